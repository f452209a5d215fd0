"""UI: the questions the drafting studio asks, as classmethods tests patch (nothing blocks on a modal).

The dialogs' Qt classes are imported when a question is asked: creating their Python types (and enums) the first
time cost opening the Posts page a few milliseconds for dialogs it may never show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui import messages
from ghostdesk.ui.widgets.post_labels import post_error_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SignOffAnswer:
    relayed_by: str
    how: str
    note: str


def channel_labels() -> dict[str, str]:
    return {
        "email": translate("PostPrompts", "By e-mail"),
        "chat": translate("PostPrompts", "By chat message"),
        "in_person": translate("PostPrompts", "In person"),
        "phone": translate("PostPrompts", "By phone"),
        "other": translate("PostPrompts", "Other"),
    }


class PostPrompts:
    @classmethod
    def import_file(cls, parent: QWidget | None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("PostPrompts", "Import a draft"),
            "",
            translate("PostPrompts", "Drafts (*.docx *.txt *.md)"),
        )
        return Path(name) if name else None

    @classmethod
    def image_file(cls, parent: QWidget | None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("PostPrompts", "Attach an image"),
            "",
            translate("PostPrompts", "Images (*.png *.jpg *.jpeg *.gif *.webp)"),
        )
        return Path(name) if name else None

    @classmethod
    def export_file(cls, parent: QWidget | None, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("PostPrompts", "Save the executive review copy"),
            suggested,
            translate("PostPrompts", "Word documents (*.docx)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    @classmethod
    def sign_off(cls, parent: QWidget | None, actor: str, executive_name: str) -> SignOffAnswer | None:
        from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

        dialog = QDialog(parent)
        dialog.setWindowTitle(translate("PostPrompts", "Record {0}'s approval").format(executive_name))
        dialog.setMinimumWidth(440)  # room for the title and the note's example
        form = QFormLayout(dialog)
        relayed = QLineEdit(actor)
        how = QComboBox()
        for key, label in channel_labels().items():
            how.addItem(label, key)
        note = QLineEdit()
        note.setPlaceholderText(translate("PostPrompts", "e.g. “OK for Tuesday” in the e-mail of 12 March"))
        form.addRow(translate("PostPrompts", "Relayed by"), relayed)
        form.addRow(translate("PostPrompts", "How"), how)
        form.addRow(translate("PostPrompts", "Note"), note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

        def need_name() -> None:  # an empty name used to close the dialog without recording anything
            named = bool(relayed.text().strip())
            ok.setEnabled(named)
            ok.setToolTip("" if named else translate("PostPrompts", "Say who relayed the executive's approval."))

        relayed.textChanged.connect(need_name)
        need_name()
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or not relayed.text().strip():
            return None
        return SignOffAnswer(relayed.text().strip(), how.currentData(), note.text().strip())

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, title: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            translate("PostPrompts", "Move to the trash"),
            translate("PostPrompts", "Move “{0}” to the trash? You can restore it from there.").format(title),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def error(cls, parent: QWidget | None, exc: GhostDeskError) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = post_error_text(exc) or messages.error_text(exc)
        QMessageBox.warning(parent, messages.error_title(exc), text)

    @classmethod
    def no_executive(cls, parent: QWidget | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            parent,
            translate("PostPrompts", "No executive yet"),
            translate("PostPrompts", "A post is written in an executive's voice. Add an executive first."),
        )
