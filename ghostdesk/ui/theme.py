"""UI: light, dark, or whatever the system uses."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def apply(app: QApplication, choice: str) -> None:
    hints = app.styleHints()
    if not hasattr(hints, "setColorScheme"):  # Qt ≥ 6.8
        return
    if choice not in ("light", "dark"):
        hints.unsetColorScheme()  # follow the platform (the default: no `Qt` enum named at start-up, see qt_values)
        return
    from PySide6.QtCore import Qt

    hints.setColorScheme(Qt.ColorScheme.Light if choice == "light" else Qt.ColorScheme.Dark)
