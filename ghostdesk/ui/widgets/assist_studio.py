"""UI: the studio's assistant actions — rewrite in voice, translate (DeepL), share texts — for the post editor.

`PostAssist(editor)` is the "Assistant" button (its menu holds the actions) and owns a busy bar (what is
running, Cancel). Rewrite and translate run off the GUI thread; the answer is shown in the ProposalDialog and
applied only on Accept, through one QTextCursor edit block, so Ctrl+Z takes it back in one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui.tasks import run_in_background
from ghostdesk.ui.widgets.menu_button import MenuToolButton

if TYPE_CHECKING:
    from ghostdesk.domain.assist import Proposal
    from ghostdesk.services.assist import CancelToken

# The assistant's services, providers, runtime and proposal dialog load when an action is first used: the
# button is on the Posts page's first screen, the code behind it is not (~0.1 s of imports).

translate = QCoreApplication.translate
TRANSLATE_LANGUAGES = ("en", "fr", "de", "es", "it", "ja", "zh")


def action_error_text(exc: BaseException) -> str:
    """Translated words for an action's failure (the provider errors' words come from assist_messages)."""
    if isinstance(exc, GhostDeskError) and exc.code == "assist_no_provider":
        if exc.fields.get("kind") == "deepl":
            return translate("PostAssist", "No DeepL translator is set up. Add one in Tools ▸ Writing assistants.")
        return translate("PostAssist", "No chat assistant is set up. Add one in Tools ▸ Writing assistants.")
    if isinstance(exc, GhostDeskError):
        from ghostdesk.ui import assist_messages

        return assist_messages.error_text(exc)
    return translate("PostAssist", "The assistant failed unexpectedly: {0}").format(str(exc))


class PostAssistPrompts:
    """UI: the questions the studio's assistant actions ask, as classmethods tests can patch."""

    @classmethod
    def target_language(cls, parent: QWidget, current: str) -> str | None:
        from ghostdesk.ui.widgets.post_labels import language_label

        codes = [c for c in TRANSLATE_LANGUAGES if c != current] or list(TRANSLATE_LANGUAGES)
        labels = [language_label(c) for c in codes]
        title = translate("PostAssist", "Translate")
        label = translate("PostAssist", "Translate into:")
        chosen, ok = QInputDialog.getItem(parent, title, label, labels, 0, False)
        return codes[labels.index(chosen)] if ok and chosen in labels else None

    @classmethod
    def failed(cls, parent: QWidget, exc: BaseException) -> None:
        QMessageBox.warning(parent, translate("PostAssist", "Writing assistant"), action_error_text(exc))

    @classmethod
    def stale(cls, parent: QWidget) -> None:
        QMessageBox.information(
            parent,
            translate("PostAssist", "Writing assistant"),
            translate("PostAssist", "The text changed while the assistant worked, so nothing was applied."),
        )


class AssistBusyBar(QWidget):
    """UI: "Asking … / Cancel", shown while an assistant works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistBusyBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # indeterminate
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("assistCancel")
        row.addWidget(self.progress)
        row.addWidget(self.label, 1)
        row.addWidget(self.cancel_button)
        self.hide()
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))


class PostAssist(MenuToolButton):
    """UI: the studio's "Assistant" menu button; it also adds its actions to the body's context menu."""

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.setObjectName("postAssistButton")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.editor = editor
        self.busy_bar = AssistBusyBar()
        self.busy_bar.cancel_button.clicked.connect(self.cancel)
        self._task = None
        self._cancel: CancelToken | None = None
        self._was_read_only = False
        self.act_rewrite = QAction(self, triggered=self.rewrite_selection)
        self.act_rewrite.setObjectName("actRewriteInVoice")
        self.act_rewrite.setShortcut(QKeySequence("Ctrl+Alt+R"))
        self.act_rewrite.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_translate = QAction(self, triggered=self.translate_text)
        self.act_translate.setObjectName("actTranslate")
        self.act_translate.setShortcut(QKeySequence("Ctrl+Alt+T"))
        self.act_translate.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_share = QAction(self, triggered=self.share_texts)
        self.act_share.setObjectName("actShareTexts")
        editor.addAction(self.act_rewrite)
        editor.addAction(self.act_translate)
        menu = QMenu(self)
        menu.aboutToShow.connect(self.update_enabled)
        for action in (self.act_rewrite, self.act_translate, self.act_share):
            menu.addAction(action)
        self.setMenu(menu)
        previous = editor.body.menu_provider

        def body_menu(body_menu: QMenu, position: int) -> None:
            if previous is not None:
                previous(body_menu, position)
            self.fill_context_menu(body_menu)

        editor.body.menu_provider = body_menu
        self.retranslate_ui()

    # -- state ---------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._task is not None

    def _can_edit(self) -> bool:
        workspace = self.editor.workspace
        return (
            self.editor.post is not None
            and workspace is not None
            and not workspace.read_only
            and not self.is_busy()
            and not self.editor.body.isReadOnly()
        )

    def update_enabled(self) -> None:
        editable = self._can_edit()
        self.act_rewrite.setEnabled(editable and self.editor.body.textCursor().hasSelection())
        self.act_translate.setEnabled(editable and bool(self.editor.body.toPlainText().strip()))
        self.act_share.setEnabled(self.editor.post is not None and self.editor.workspace is not None)

    def fill_context_menu(self, menu: QMenu) -> None:
        self.update_enabled()
        if menu.actions():
            menu.addSeparator()
        menu.addAction(self.act_rewrite)
        menu.addAction(self.act_translate)

    # -- the actions ---------------------------------------------------------------------------------
    def _target(self) -> QTextCursor:
        """The selection, or the whole post when nothing is selected (a cursor that follows later edits)."""
        cursor = QTextCursor(self.editor.body.textCursor())
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.Document)
        return cursor

    def rewrite_selection(self) -> None:
        self.update_enabled()
        if not self.act_rewrite.isEnabled():
            return
        post = self.editor.compose()
        cursor = self._target()

        from ghostdesk.services import assist_actions

        def call(service, db, cancel, text):
            return assist_actions.rewrite_in_voice(
                db, post.executive_id, text, post.language, assist=service, cancel=cancel
            )

        self._run(cursor, call, self.tr("Rewriting in {0}'s voice…").format(self._executive_name()))

    def translate_text(self) -> None:
        self.update_enabled()
        if not self.act_translate.isEnabled():
            return
        post = self.editor.compose()
        cursor = self._target()
        target = PostAssistPrompts.target_language(self.editor, post.language)
        if not target:
            return

        from ghostdesk.services import assist_actions

        def call(service, db, cancel, text):
            return assist_actions.translate(db, post.executive_id, text, target, assist=service, cancel=cancel)

        self._run(cursor, call, self.tr("Translating with DeepL…"))

    def share_texts(self) -> None:
        self.update_enabled()
        if not self.act_share.isEnabled():
            return
        from ghostdesk.ui.dialogs.assist_share_texts import ShareTextsDialog

        post = self.editor.compose()
        ShareTextsDialog.open_for(self.editor, self.editor.context, post.id, post.language)

    def _executive_name(self) -> str:
        return self.editor.executive_combo.currentText() or self.tr("the executive")

    # -- running -------------------------------------------------------------------------------------
    def _run(self, cursor: QTextCursor, call, busy_text: str) -> None:
        from ghostdesk.services.assist import CancelToken
        from ghostdesk.ui.assist_runtime import runtime_for

        text = cursor.selectedText().replace("\u2029", "\n")
        runtime, workspace, cancel = runtime_for(self.editor.context), self.editor.workspace, CancelToken()

        def work(_handle) -> Proposal:
            db = workspace.connect_worker()  # the worker's own connection (voice profile, sent log)
            try:
                return call(runtime.service(db), db, cancel, text)
            finally:
                db.close()

        self._cancel = cancel
        self._set_busy(True, busy_text)
        self._task = run_in_background(work, lambda proposal: self._on_done(cursor, proposal), self._on_failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
        if self._task is not None:
            self._task.cancel()
        self.busy_bar.label.setText(self.tr("Cancelling…"))

    def _finish(self) -> None:
        self._task = None
        self._cancel = None
        self._set_busy(False)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, GhostDeskError) and exc.code == "assist_cancelled":
            return  # the user asked for it: nothing changed, nothing to say
        PostAssistPrompts.failed(self.editor, exc)

    def _on_done(self, cursor: QTextCursor, proposal: Proposal) -> None:
        self._finish()
        if cursor.selectedText().replace("\u2029", "\n") != proposal.original:  # e.g. another post was loaded
            PostAssistPrompts.stale(self.editor)
            return
        from ghostdesk.ui.dialogs.assist_proposal import ProposalDialog

        titles = {"rewrite": self.tr("Rewrite in voice"), "translate": self.tr("Translation")}
        accepted = ProposalDialog.review(self.editor, proposal, title=titles.get(proposal.action, ""))
        if accepted is None or accepted == proposal.original:
            return
        self.apply(cursor, proposal.original, accepted)

    def apply(self, cursor: QTextCursor, original: str, text: str) -> bool:
        """Replace the cursor's selection with `text` in one undoable step, if it still holds `original`."""
        if cursor.selectedText().replace("\u2029", "\n") != original:
            PostAssistPrompts.stale(self.editor)
            return False
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.editor.body.setTextCursor(cursor)
        return True

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_bar.label.setText(text)
        self.busy_bar.setVisible(busy)
        self.setEnabled(not busy)
        body = self.editor.body
        if busy:  # the text waits for the answer; a locked post's body stays read-only afterwards
            self._was_read_only = body.isReadOnly()
            body.setReadOnly(True)
        else:
            body.setReadOnly(self._was_read_only)
        self.update_enabled()

    # -- language ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Assistant"))
        self.act_rewrite.setText(self.tr("Rewrite in voice"))
        self.act_translate.setText(self.tr("Translate (DeepL)…"))
        self.act_share.setText(self.tr("Share texts…"))
