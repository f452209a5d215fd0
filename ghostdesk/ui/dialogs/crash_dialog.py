"""UI: the dialog shown after an unexpected error, with details a person can copy into a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """UI: unexpected error report."""

    def __init__(self, parent: QWidget | None, report: str, crash_file: Path | None, log_file: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("GhostDesk hit an unexpected problem"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        where = str(crash_file) if crash_file else self.tr("(the crash file could not be written)")
        intro = QLabel(
            self.tr(
                "Something went wrong that GhostDesk did not expect. Your saved work is safe in the workspace "
                "file, and nothing was sent anywhere. If it happens again, copy the details below and send them to "
                "whoever supports GhostDesk for you (API keys are left out of them).\n\nCrash file: {0}\nLog: {1}"
            ).format(where, log_file)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(intro.textInteractionFlags() | intro.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_report(cls, parent: QWidget | None, report: str, crash_file: Path | None, log_file: Path) -> None:
        cls(parent, report, crash_file, log_file).exec()
