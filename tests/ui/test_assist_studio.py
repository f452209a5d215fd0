"""UI: the studio's assistant actions through qtbot, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import _assist_fakes as fakes
import pytest
from _actions_helpers import executive_with_voice, post_for
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from ghostdesk.domain.assist import Proposal
from ghostdesk.ui.dialogs.assist_proposal import ProposalDialog, diff_html
from ghostdesk.ui.widgets.assist_studio import PostAssistPrompts
from ghostdesk.ui.widgets.post_editor import PostEditor

fake_server, memory_keyring = fakes.fake_server, fakes.memory_keyring
BODY = "We did good work this year. Thanks to everyone on the team."


@pytest.fixture
def studio(qtbot, app_context, workspace, fake_server, memory_keyring):
    service = fakes.make_service(workspace.db, secrets=app_context_secrets(app_context))
    fakes.add_providers(service, fake_server)
    executive = executive_with_voice(workspace.db)
    post = post_for(workspace, executive, body=BODY)
    app_context.workspace = workspace
    editor = PostEditor()
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    editor.set_context(app_context)
    editor.load(post.id)
    yield editor
    if editor.assist.is_busy():
        editor.assist.cancel()
        qtbot.waitUntil(lambda: not editor.assist.is_busy(), timeout=5000)
    editor.dirty = False
    app_context.workspace = None


def app_context_secrets(context):
    from ghostdesk.ui.assist_runtime import runtime_for

    return runtime_for(context).secrets


def _select(editor, start: int, end: int) -> None:
    cursor = editor.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)


def _reviewed(monkeypatch, answer):
    seen: list[Proposal] = []

    def review(cls, parent, proposal, *, title="", note=""):
        seen.append(proposal)
        return answer(proposal) if callable(answer) else answer

    monkeypatch.setattr(ProposalDialog, "review", classmethod(review))
    return seen


def test_rewrite_accept_changes_the_selection_and_ctrl_z_restores_it(qtbot, studio, monkeypatch):
    seen = _reviewed(monkeypatch, lambda p: p.proposed)
    _select(studio, 0, len("We did good work this year."))
    studio.assist.update_enabled()
    assert studio.assist.act_rewrite.isEnabled()
    studio.assist.act_rewrite.trigger()
    assert studio.assist.busy_bar.isVisible() and studio.body.isReadOnly()  # busy, and the draft waits
    qtbot.waitUntil(lambda: bool(seen) and not studio.assist.is_busy(), timeout=5000)
    assert seen[0].original == "We did good work this year."
    assert studio.body.toPlainText() == "REWRITTEN We did good work this year. Thanks to everyone on the team."
    assert not studio.body.isReadOnly() and not studio.assist.busy_bar.isVisible()
    studio.body.setFocus()
    qtbot.keyClick(studio.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert studio.body.toPlainText() == BODY


def test_rewrite_reject_leaves_the_draft_unchanged(qtbot, studio, monkeypatch):
    seen = _reviewed(monkeypatch, None)
    _select(studio, 0, 10)
    studio.assist.act_rewrite.trigger()
    qtbot.waitUntil(lambda: bool(seen) and not studio.assist.is_busy(), timeout=5000)
    assert studio.body.toPlainText() == BODY
    assert not studio.body.document().isUndoAvailable()  # nothing was applied, not even an empty edit


def test_the_shortcut_runs_the_rewrite(qtbot, studio, monkeypatch):
    seen = _reviewed(monkeypatch, None)
    studio.activateWindow()
    studio.body.setFocus()
    _select(studio, 0, 10)
    qtbot.keyClick(studio.body, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen) and not studio.assist.is_busy(), timeout=5000)
    assert seen[0].original == BODY[:10]


def test_rewrite_needs_a_selection(studio):
    studio.body.moveCursor(QTextCursor.MoveOperation.End)
    studio.assist.update_enabled()
    assert not studio.assist.act_rewrite.isEnabled()
    menu = studio.body.context_menu_at(3)
    assert studio.assist.act_rewrite in menu.actions() and studio.assist.act_translate in menu.actions()


def test_cancel_leaves_the_draft_unchanged(qtbot, studio, fake_server, monkeypatch):
    seen = _reviewed(monkeypatch, lambda p: p.proposed)
    fake_server.script.append(("slow", 3))
    _select(studio, 0, 10)
    studio.assist.act_rewrite.trigger()
    assert studio.assist.is_busy()
    qtbot.mouseClick(studio.assist.busy_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not studio.assist.is_busy(), timeout=2000)  # at once, not after 3 s
    assert seen == [] and studio.body.toPlainText() == BODY and not studio.body.isReadOnly()


@pytest.mark.parametrize(
    ("step", "words"),
    [(("status", 401), "refused the API key"), (("status", 404), "Wrong model"), (("filter",), "content filter")],
)
def test_failures_are_explained_and_change_nothing(qtbot, studio, fake_server, monkeypatch, step, words):
    seen = _reviewed(monkeypatch, lambda p: p.proposed)
    said: list[str] = []
    monkeypatch.setattr(PostAssistPrompts, "failed", classmethod(lambda cls, parent, exc: said.append(exc)))
    fake_server.script.extend([step] * 3)
    _select(studio, 0, 10)
    studio.assist.act_rewrite.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    from ghostdesk.ui.widgets.assist_studio import action_error_text

    assert words in action_error_text(said[0])
    assert seen == [] and studio.body.toPlainText() == BODY


def test_translate_the_whole_post_keeps_never_translate_terms(qtbot, studio, monkeypatch, fake_server):
    seen = _reviewed(monkeypatch, lambda p: p.proposed)
    monkeypatch.setattr(PostAssistPrompts, "target_language", classmethod(lambda cls, parent, current: "fr"))
    studio.body.moveCursor(QTextCursor.MoveOperation.End)  # no selection: the whole post
    studio.assist.act_translate.trigger()
    qtbot.waitUntil(lambda: bool(seen) and not studio.assist.is_busy(), timeout=5000)
    assert studio.body.toPlainText() == BODY.upper()
    assert fake_server.seen[-1]["body"]["target_lang"] == "FR"
    studio.body.undo()
    assert studio.body.toPlainText() == BODY


def test_without_a_provider_the_action_says_where_to_add_one(qtbot, studio, monkeypatch, workspace):
    from ghostdesk.storage import assist_repo

    for provider in assist_repo.list_all(workspace.db):
        assist_repo.delete(workspace.db, provider.id)
    said: list = []
    monkeypatch.setattr(PostAssistPrompts, "failed", classmethod(lambda cls, parent, exc: said.append(exc)))
    _select(studio, 0, 10)
    studio.assist.act_rewrite.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    from ghostdesk.ui.widgets.assist_studio import action_error_text

    assert "Tools ▸ Writing assistants" in action_error_text(said[0])
    assert studio.body.toPlainText() == BODY


# -- the proposal dialog ---------------------------------------------------------------------------


def test_proposal_dialog_shows_a_diff_and_returns_the_edited_text(qtbot):
    proposal = Proposal("rewrite", "We did good work.", "We did great work together.", "Local chat")
    dialog = ProposalDialog(None, proposal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "good" in dialog.original_view.toPlainText() and dialog.changes == 2
    assert dialog.accepted_text() == proposal.proposed
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert not dialog.proposed_view.isReadOnly()
    dialog.proposed_view.setPlainText("We did great work, together.")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ProposalDialog.DialogCode.Accepted
    assert dialog.accepted_text() == "We did great work, together."


def test_diff_marks_cjk_character_by_character():
    left, right, changes = diff_html("今日は良い日です", "今日は悪い日です")
    assert changes == 1 and "line-through" in left and ">悪</span>" in right


# -- share texts ---------------------------------------------------------------------------------


def test_share_texts_dialog_offline(qtbot, studio, app_context):
    from ghostdesk.ui.dialogs.assist_share_texts import ShareTextsDialog

    dialog = ShareTextsDialog(None, app_context, studio.post.id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.count.setValue(4)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.source.currentData() is None and dialog.source.count() == 2  # offline + the chat service
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.rows) == 4, timeout=5000)
    assert len(set(dialog.texts)) == 4
    qtbot.mouseClick(dialog.rows[1].copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.texts[1]


def test_share_texts_action_opens_the_dialog(studio, monkeypatch):
    from ghostdesk.ui.dialogs.assist_share_texts import ShareTextsDialog

    opened = []
    monkeypatch.setattr(ShareTextsDialog, "open_for", classmethod(lambda cls, *args: opened.append(args[2:])))
    studio.assist.act_share.trigger()
    assert opened == [(studio.post.id, "en")]


# -- adapt to market (the variants editor's hook) ------------------------------------------------


def test_adapt_runner_hands_back_the_accepted_variant(qtbot, studio, app_context, monkeypatch):
    from ghostdesk.ui.assist_adapt import AdaptRunner

    seen = _reviewed(monkeypatch, lambda p: p.proposed + " (edited)")
    runner = AdaptRunner(studio, app_context)
    accepted: list[str] = []
    assert runner.start(studio.post.id, "jp", on_accepted=accepted.append)
    assert runner.is_busy() and not runner.busy_bar.isHidden()
    qtbot.waitUntil(lambda: bool(accepted), timeout=5000)
    assert seen[0].action == "adapt" and accepted == ["REWRITTEN " + BODY + " (edited)"]
    assert studio.body.toPlainText() == BODY  # nothing saved or changed here


def test_adapt_runner_without_a_provider_opens_the_offline_path(qtbot, studio, app_context, workspace, monkeypatch):
    from ghostdesk.storage import assist_repo
    from ghostdesk.ui.assist_adapt import AdaptRunner

    for provider in assist_repo.list_all(workspace.db):
        assist_repo.delete(workspace.db, provider.id)
    offline: list[bool] = []
    runner = AdaptRunner(studio, app_context)
    runner.start(studio.post.id, "JP", on_accepted=lambda text: None, on_offline=lambda: offline.append(True))
    qtbot.waitUntil(lambda: bool(offline), timeout=5000)
    assert not runner.is_busy()


def test_adapt_runner_cancel(qtbot, studio, app_context, fake_server, monkeypatch):
    from ghostdesk.ui.assist_adapt import AdaptRunner

    seen = _reviewed(monkeypatch, lambda p: p.proposed)
    fake_server.script.append(("slow", 3))
    runner = AdaptRunner(studio, app_context)
    runner.start(studio.post.id, "DE", on_accepted=lambda text: None)
    qtbot.mouseClick(runner.busy_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=2000)
    assert seen == []


def test_loading_another_post_meanwhile_applies_nothing(qtbot, studio, fake_server, monkeypatch, workspace):
    seen = _reviewed(monkeypatch, lambda p: p.proposed)
    stale: list[bool] = []
    monkeypatch.setattr(PostAssistPrompts, "stale", classmethod(lambda cls, parent: stale.append(True)))
    other = post_for(workspace, executive_with_voice_named(workspace.db), body="Another post entirely.")
    fake_server.script.append(("slow", 0.4))
    _select(studio, 0, 10)
    studio.assist.act_rewrite.trigger()
    studio.load(other.id)
    qtbot.waitUntil(lambda: bool(stale), timeout=5000)
    assert seen == [] and studio.body.toPlainText() == "Another post entirely."


def executive_with_voice_named(db):
    from ghostdesk.services import voices

    return voices.create_executive(db, "Sam Ortiz", actor="test")
