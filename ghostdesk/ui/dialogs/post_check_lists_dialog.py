"""UI: the workspace's check lists — sensitive terms, approved facts, banned phrases, extra offensive terms and
the personal dictionary — one entry per line."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from ghostdesk.services import checks
from ghostdesk.ui.widgets.remembered import RememberedGeometry


class PostCheckListsDialog(RememberedGeometry, QDialog):
    """UI: `edit(parent, lists)` returns {kind: [lines]} when accepted, else None."""

    def __init__(self, lists: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(760, 460)  # every list's tab shows whole, and it still fits an 800-px screen
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        self.hints: dict[str, QLabel] = {}
        for kind in checks.EDITABLE_KINDS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            hint = QLabel()
            hint.setWordWrap(True)
            editor = QPlainTextEdit("\n".join(lists.get(kind, [])))
            page_layout.addWidget(hint)
            page_layout.addWidget(editor, 1)
            self.tabs.addTab(page, "")
            self.editors[kind] = editor
            self.hints[kind] = hint
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.restore_geometry()

    def values(self) -> dict[str, list[str]]:
        return {kind: editor.toPlainText().splitlines() for kind, editor in self.editors.items()}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check lists"))
        texts = {
            checks.SENSITIVE: (
                self.tr("Sensitive terms"),
                self.tr("Code names, unannounced projects and client names that must never appear in a post."),
            ),
            checks.FACT: (
                self.tr("Approved facts"),
                self.tr("Sentences with figures cleared for publication; a figure found here is not flagged."),
            ),
            checks.BANNED: (
                self.tr("Banned phrases"),
                self.tr("Phrases the executives never use (jargon, clichés)."),
            ),
            checks.OFFENSIVE: (
                self.tr("Offensive terms"),
                self.tr("Added to the shipped lists, in every language."),
            ),
            checks.DICTIONARY: (
                self.tr("Dictionary"),
                self.tr("Names, brands and code words the spell checker accepts."),
            ),
        }
        for index, kind in enumerate(checks.EDITABLE_KINDS):
            title, hint = texts[kind]
            self.tabs.setTabText(index, title)
            self.hints[kind].setText(hint + " " + self.tr("One entry per line."))

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

    @classmethod
    def edit(cls, parent: QWidget | None, lists: dict[str, list[str]]) -> dict[str, list[str]] | None:
        dialog = cls(lists, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
