"""UI: the proposal dialog — an assistant's suggestion beside the original, as a diff: Accept, Edit or Reject.

`ProposalDialog.review(parent, proposal, title=…, note=…)` returns the accepted text (as edited) or None.
Any action shows its proposals through it: rewrite and translate in the studio, adaptation in the variants
editor. Nothing changes anywhere until the caller applies the returned text.
"""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.assist import Proposal
from ghostdesk.ui.i18n import count
from ghostdesk.ui.widgets.remembered import RememberedGeometry

# CJK characters are diffed one by one (their words are not separated by spaces); other text word by word.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|\w+|\s+|[^\w\s]")
REMOVED_STYLE = "background:#fbd3d0;color:#8c1d18;text-decoration:line-through;"
ADDED_STYLE = "background:#d4f0d8;color:#0f5223;"


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_html(original: str, proposed: str) -> tuple[str, str, int]:
    """Both texts as HTML, removed parts marked on the left and added parts on the right; and how many changes."""
    a, b = tokens(original), tokens(proposed)
    left: list[str] = []
    right: list[str] = []
    changes = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old, new = _html("".join(a[i1:i2])), _html("".join(b[j1:j2]))
        if op == "equal":
            left.append(old)
            right.append(new)
            continue
        changes += 1
        if old:
            left.append(f'<span style="{REMOVED_STYLE}">{old}</span>')
        if new:
            right.append(f'<span style="{ADDED_STYLE}">{new}</span>')
    wrap = '<div style="white-space:pre-wrap;">{}</div>'
    return wrap.format("".join(left)), wrap.format("".join(right)), changes


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class ProposalDialog(RememberedGeometry, QDialog):
    """UI: shows a Proposal beside its original; Accept returns the proposed (possibly edited) text."""

    def __init__(self, parent: QWidget | None, proposal: Proposal, *, title: str = "", note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("proposalDialog")
        self.proposal = proposal
        self.title_text = title
        self.note_text = note
        self.editing = False
        self._build()
        self.retranslate_ui()
        self.resize(780, 480)  # fits an 800 × 600 screen
        self.restore_geometry()

    def _build(self) -> None:
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fff4ce; color: #4a3b00; padding: 6px; border-radius: 4px; }")
        self.warning.setVisible(self.proposal.truncated)
        self.original_label = QLabel()
        self.proposed_label = QLabel()
        self.original_view = QTextEdit(readOnly=True)
        self.original_view.setObjectName("proposalOriginal")
        self.proposed_view = QTextEdit(readOnly=True)
        self.proposed_view.setObjectName("proposalProposed")
        self.proposed_view.setAcceptRichText(False)
        left, right, self.changes = diff_html(self.proposal.original, self.proposal.proposed)
        self.original_view.setHtml(left)
        self.proposed_view.setHtml(right)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(dark);")

        panes = QGridLayout()
        panes.addWidget(self.original_label, 0, 0)
        panes.addWidget(self.proposed_label, 0, 1)
        panes.addWidget(self.original_view, 1, 0)
        panes.addWidget(self.proposed_view, 1, 1)
        panes.setRowStretch(1, 1)

        self.buttons = QDialogButtonBox()
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("proposalAccept")
        self.accept_button.setDefault(True)
        self.edit_button = QPushButton(clicked=self.start_editing)
        self.edit_button.setObjectName("proposalEdit")
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("proposalReject")
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.warning)
        layout.addLayout(panes, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    # -- behaviour ---------------------------------------------------------------------------------
    def start_editing(self) -> None:
        """Turn the proposed pane into a plain editor (the diff colours go; the words stay)."""
        if self.editing:
            return
        self.editing = True
        self.proposed_view.setPlainText(self.proposal.proposed)
        self.proposed_view.setReadOnly(False)
        self.proposed_view.setFocus()
        self.edit_button.setEnabled(False)
        self.retranslate_ui()

    def accepted_text(self) -> str:
        return self.proposed_view.toPlainText() if self.editing else self.proposal.proposed

    @classmethod
    def review(cls, parent: QWidget | None, proposal: Proposal, *, title: str = "", note: str = "") -> str | None:
        """The text to apply, or None when the user rejects the proposal. Tests patch this method."""
        dialog = cls(parent, proposal, title=title, note=note)
        try:
            return dialog.accepted_text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title_text or self.tr("Review the proposal"))
        note = self.note_text or self.tr("Proposed by {0}. Nothing changes until you accept.")
        self.note.setText(note.format(self.proposal.provider))
        self.warning.setText(self.tr("The service stopped at its length limit: the proposal may be cut short."))
        self.original_label.setText(self.tr("Now"))
        self.proposed_label.setText(self.tr("Proposed (you may edit it)") if self.editing else self.tr("Proposed"))
        if self.changes:
            self.summary.setText(
                count(
                    self.changes,
                    self.tr("{0} change: removed words in red, added words in green."),
                    self.tr("{0} changes: removed words in red, added words in green."),
                )
            )
        else:
            self.summary.setText(self.tr("The proposal is the same as the text now."))
        self.accept_button.setText(self.tr("Accept"))
        self.edit_button.setText(self.tr("Edit"))
        self.reject_button.setText(self.tr("Reject"))
