"""Two instances on one workspace: the second opens read-only (after asking), says so in its title and status
bar, and its pages offer no editing; a write that still reaches a service is refused with a clear message."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

from campaign_helpers import world

from ghostdesk.domain.errors import WorkspaceLocked
from ghostdesk.services import ambassadors, campaigns, posts, workspaces
from ghostdesk.ui.dialogs.prompts import Ask

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ghostdesk.services import workspaces
    ws = workspaces.open_workspace(Path(sys.argv[1]))
    print("open", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture
def shared(tmp_path):
    """A workspace with a post, people and a planned campaign, held open for writing by another process."""
    path = tmp_path / "shared.ghostdesk"
    with workspaces.create(path) as ws:
        campaign, post, _made, _roster = world(ws, markets=("US", "FR"), day="2027-03-16")
        campaigns.plan_and_apply(ws.db, campaign.id, actor="t")
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert other.stdout.readline().strip() == b"open"
    yield path, campaign, post
    other.stdin.close()
    other.wait(10)


@pytest.fixture
def window(qtbot, app_context, shared, monkeypatch):
    from ghostdesk.ui.mainwindow import MainWindow

    asked = []
    monkeypatch.setattr(Ask, "open_read_only", classmethod(lambda cls, parent, error: asked.append(error) or True))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    assert window.controller.open_path(shared[0])
    assert [type(e) for e in asked] == [WorkspaceLocked]
    yield window
    window.controller.close_workspace()


def _changes(path: Path) -> tuple:
    """What a write would change, read through a separate read-only connection."""
    with workspaces.open_workspace(path, read_only=True) as ws:
        return (
            ws.db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0],
            ws.db.execute("SELECT COUNT(*), MAX(updated_at) FROM posts").fetchone(),
            ambassadors.counts(ws.db).total,
        )


def test_window_says_read_only(window, shared):
    assert window.context.workspace.read_only
    assert window.windowTitle().endswith("[read-only]")
    assert window.state_label.text() == "Read-only"


def test_posts_page_offers_no_editing(window, shared, qtbot):
    path, _campaign, post = shared
    before = _changes(path)
    page = window.show_page("posts")
    page.table.selectRow(page.model.row_of(post.id))
    editor = page.editor
    qtbot.waitUntil(lambda: editor.post is not None and editor.post.id == post.id)
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.lists_button.isEnabled()
    assert editor.body.isReadOnly() or not editor.body.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.title_edit.isEnabled()
    qtbot.keyClicks(editor.body, "typed anyway")
    editor.autosave_now()
    assert editor.save()  # nothing to save: the text could not change
    assert posts.get(window.context.workspace, post.id).body == post.body
    assert _changes(path) == before


def test_ambassadors_page_offers_no_editing_and_refuses_clearly(window, shared, monkeypatch):
    path = shared[0]
    before = _changes(path)
    page = window.show_page("ambassadors")
    page.table.selectRow(0)
    assert page.selected_ids()
    for button in (page.add_button, page.import_button, page.texts_button, page.opt_in_button, page.opt_out_button,
                   page.group_button, page.edit_button, page.erase_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
    assert page.export_button.isEnabled()  # reading out is still allowed
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append((title, text)))
    page.opt_out_selected()  # as if a shortcut reached it: the service refuses, the page says why
    assert told and told[0][0] == "The workspace cannot be written"
    assert "cannot be written" in told[0][1]
    assert _changes(path) == before


def test_calendar_page_offers_no_editing(window, shared):
    path, campaign, _post = shared
    before = _changes(path)
    page = window.show_page("calendar")
    assert page.campaign_combo.currentData() == campaign.id and page.model.items()
    page.month.setFocus()
    share = next(i for i in page.model.items() if i.kind == "share")
    page.selected_id = share.id
    page._update_actions()
    for widget in (page.new_button, page.edit_button, page.plan_button, page.posts_button, page.waves_button,
                   page.approve_button, page.reject_button, page.approve_campaign_button, page.review_action,
                   page.decisions_action):  # fmt: skip
        assert not widget.isEnabled(), widget.text()
    assert page.files_button.isEnabled() and page.ics_action.isEnabled()  # exports read only
    assert not page.move_item(share.id, share.utc.replace(hour=(share.utc.hour + 2) % 24))
    assert _changes(path) == before


def test_roster_export_to_a_vanished_folder_says_why(window, shared, monkeypatch, tmp_path, qtbot):
    from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts

    target = tmp_path / "unplugged" / "roster.csv"
    monkeypatch.setattr(AmbassadorPrompts, "export_target", classmethod(lambda cls, parent, suggested: target))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append((title, text)))
    page = window.show_page("ambassadors")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert told == [("Export failed", f"{target} cannot be written (read-only file or folder). Your work is safe; "
                                      "save a copy elsewhere.")]  # fmt: skip
    assert not target.parent.exists()


def test_voices_page_offers_no_editing(window, shared):
    page = window.show_page("voices")
    assert page.executive_id is not None  # the profile is shown, as a summary
    assert not page.summary.edit_button.isEnabled()
    assert not page.new_button.isEnabled()
    assert not page.form.isEnabled()  # even when code builds the editor


def test_a_refused_write_says_this_window_has_it_read_only_not_that_the_file_is(window, shared, monkeypatch):
    """The refusal said "(read-only file or folder)" — untrue here: the file is writable, another GhostDesk has it."""
    page = window.show_page("ambassadors")
    page.table.selectRow(0)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append((title, text)))
    page.opt_out_selected()
    [(title, text)] = told
    assert title == "The workspace cannot be written"
    assert "is open read-only in this window" in text and "read-only file or folder" not in text
    assert "close any other GhostDesk that has it open" in text
