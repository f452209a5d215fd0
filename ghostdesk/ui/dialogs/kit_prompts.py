"""UI: the questions the Share kits page asks, as classmethods tests patch (nothing blocks on a modal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate


class KitPrompts:
    @classmethod
    def choose_folder(cls, parent: QWidget | None, start: str = "") -> Path | None:
        """The folder the kits go to, or None when the user cancels."""
        chosen = QFileDialog.getExistingDirectory(parent, translate("KitsPage", "Folder for the share kits"), start)
        return Path(chosen) if chosen else None

    @classmethod
    def open_folder(cls, folder: Path) -> bool:
        """Show the folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
