"""UI: window geometry and splitter state kept in QSettings, keyed by class name."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QWidget


class RememberedGeometry:
    """Mixin for top-level widgets and dialogs: call `restore_geometry()` after building, save on close."""

    def _settings_key(self) -> str:
        return f"geometry/{type(self).__name__}"

    def restore_geometry(self) -> bool:
        settings = QSettings()
        blob = settings.value(self._settings_key())
        restored = bool(blob) and self.restoreGeometry(blob)  # type: ignore[attr-defined]
        state = settings.value(self._settings_key() + "/state")
        if state and hasattr(self, "restoreState"):
            self.restoreState(state)  # type: ignore[attr-defined]
        for splitter in self._restorable_splitters():
            if splitter.objectName():
                value = settings.value(f"{self._settings_key()}/{splitter.objectName()}")
                if value:
                    splitter.restoreState(value)
        return restored

    def _restorable_splitters(self) -> list[QSplitter]:
        """The splitters `restore_geometry` puts back (those with an object name): by default every one inside."""
        return self.findChildren(QSplitter)  # type: ignore[attr-defined]

    def save_geometry(self) -> None:
        settings = QSettings()
        widget: QWidget = self  # type: ignore[assignment]
        settings.setValue(self._settings_key(), widget.saveGeometry())
        if hasattr(self, "saveState"):
            settings.setValue(self._settings_key() + "/state", self.saveState())  # type: ignore[attr-defined]
        for splitter in widget.findChildren(QSplitter):
            if splitter.objectName():
                settings.setValue(f"{self._settings_key()}/{splitter.objectName()}", splitter.saveState())
