"""UI: edit the participation text per language (each save is a new version; accepted ones never change)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import ambassadors
from ghostdesk.ui.views import ambassador_texts as texts

LANGUAGES = ("en", "fr", "de", "ja", "zh", "es")
# Language names are written in their own language, so anyone can find theirs.
NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "ja": "日本語", "zh": "中文", "es": "Español"}


class ParticipationTextDialog(QDialog):
    """UI: what ambassadors agree to, per language; kits quote it."""

    def __init__(self, parent: QWidget | None, db, actor: str) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self._edited: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(NAMES[code], code)
        # open on the interface's language (a French team edited its French text after skipping past English)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(QLocale().name().split("_")[0]), 0))
        self.version_label = QLabel()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setMinimumSize(520, 200)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.language_combo)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.version_label)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._show)
        self.retranslate_ui()
        self._show()

    def language(self) -> str:
        return self.language_combo.currentData()

    def _show(self) -> None:
        text = ambassadors.participation_text(self.db, self.language())
        self.body_edit.setPlainText(text.body)
        self._version = text.version
        self._describe()

    def _describe(self) -> None:
        if self._version:
            self.version_label.setText(
                self.tr("Version {0}. Saving makes a new version; people keep the version they accepted.").format(
                    self._version
                )
            )
        else:
            self.version_label.setText(self.tr("Suggested text, not saved yet. Adapt it to your programme."))

    def save(self) -> None:
        try:
            saved = ambassadors.set_participation_text(self.db, self.language(), self.body_edit.toPlainText(),
                                                       actor=self.actor)  # fmt: skip
        except GhostDeskError as exc:
            QMessageBox.warning(self, texts.error_title(exc), texts.error_text(exc))
            return
        self._version = saved.version
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Participation texts"))
        if hasattr(self, "_version"):
            self._describe()

    @classmethod
    def edit(cls, parent: QWidget | None, db, actor: str) -> None:
        cls(parent, db, actor).exec()
