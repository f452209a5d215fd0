"""UI: the questions the Calendar page asks, as classmethods tests can patch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

translate = QCoreApplication.translate


class CalendarPrompts:
    @classmethod
    def confirm_move(cls, parent: QWidget | None, reasons: list[str]) -> bool:
        """The move breaks these rules: move anyway?"""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("CalendarPrompts", "Move this share anyway?"),
            translate("CalendarPrompts", "At the new time:") + "\n• " + "\n• ".join(reasons),
            parent=parent,
        )
        move = box.addButton(translate("CalendarPrompts", "Move anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is move

    @classmethod
    def reject_comment(cls, parent: QWidget | None) -> str | None:
        """Why it is rejected (a rejection needs a comment); None when cancelled."""
        text, ok = QInputDialog.getText(
            parent,
            translate("CalendarPrompts", "Reject"),
            translate("CalendarPrompts", "What should change?"),
            QLineEdit.EchoMode.Normal,
        )
        return text.strip() if ok and text.strip() else None

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, suggested: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return Path(name) if name else None

    @classmethod
    def open_path(cls, parent: QWidget | None, title: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
        return Path(name) if name else None

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
