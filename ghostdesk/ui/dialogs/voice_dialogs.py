"""UI: the questions the Voices page asks, as classmethods tests patch (nothing blocks on a modal in tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.voice import LANGUAGES
from ghostdesk.ui.views.voice_texts import error_text, language_name

translate = QCoreApplication.translate


class VoiceSampleDialog(QDialog):
    """UI: type or paste one sample post and say its language."""

    def __init__(self, parent: QWidget | None, language: str = "en", text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sample post"))
        self.resize(560, 420)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setPlaceholderText(self.tr("Paste a post the executive wrote…"))
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> tuple[str, str]:
        return self.text_edit.toPlainText(), self.language_combo.currentData()


class VoicePrompts:
    @classmethod
    def executive_name(cls, parent: QWidget | None) -> str | None:
        name, ok = QInputDialog.getText(
            parent, translate("VoicePrompts", "New executive"), translate("VoicePrompts", "Name:")
        )
        return name if ok and name.strip() else None

    @classmethod
    def sample(cls, parent: QWidget | None, language: str, text: str = "") -> tuple[str, str] | None:
        dialog = VoiceSampleDialog(parent, language, text)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def sample_files(cls, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("VoicePrompts", "Import sample posts"),
            "",
            translate("VoicePrompts", "Posts (*.txt *.docx *.csv);;All files (*)"),
        )
        return [Path(n) for n in names]

    @classmethod
    def photo_file(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("VoicePrompts", "Choose a photo"),
            "",
            translate("VoicePrompts", "Images (*.png *.jpg *.jpeg)"),
        )
        return Path(name) if name else None

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, name: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("VoicePrompts", "Move to the trash?"),
            translate("VoicePrompts", "Move {0} to the trash? The voice profile comes back if you restore it.").format(
                name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def error(cls, parent: QWidget | None, error: GhostDeskError) -> None:
        QMessageBox.warning(parent, translate("VoicePrompts", "GhostDesk could not do that"), error_text(error))
