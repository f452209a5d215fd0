"""The Trash dialog: lists what was deleted, restores it onto the pages, refuses nothing in read-only."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from ghostdesk.services import posts, trash, voices, workspaces
from ghostdesk.ui.dialogs.trash_dialog import TrashDialog, TrashModel, TrashPrompts


@pytest.fixture
def deleted_post(workspace):
    claire = voices.create_executive(workspace.db, "Claire Vasseur", actor="t")
    keep = posts.new_post(workspace, claire.id, actor="t", title="Kept", body="Still here.")
    gone = posts.new_post(workspace, claire.id, actor="t", title="Grid lab", body="We opened a grid lab.")
    posts.delete(workspace, gone.id, actor="ines")
    return keep, gone


def _titles(page) -> list[str]:
    return [page.model.index(r, page.model.TITLE).data() for r in range(page.model.rowCount())]


def test_model_passes_the_tester(qtmodeltester, workspace, deleted_post):
    model = TrashModel()
    model.set_entries(trash.entries(workspace.db))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Post" and model.index(0, 1).data() == "Grid lab"
    assert model.index(0, 3).data() == "ines"


def test_restore_brings_the_post_back_on_the_posts_page(qtbot, main_window, deleted_post):
    page = main_window.show_page("posts")
    assert _titles(page) == ["Kept"]
    action = main_window.findChild(QAction, "actTrash")
    main_window.file_menu.aboutToShow.emit()
    assert action.text() == "&Trash…" and action.isEnabled()
    dialog = TrashDialog(main_window.context, main_window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.model.rowCount() == 0 and not dialog.empty_button.isEnabled()
    assert sorted(_titles(page)) == ["Grid lab", "Kept"]


def test_purge_asks_first(qtbot, main_window, deleted_post, monkeypatch):
    dialog = TrashDialog(main_window.context, main_window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(TrashPrompts, "confirm_purge", classmethod(lambda cls, parent, label: False))
    dialog.purge_button.click()
    assert dialog.model.rowCount() == 1
    monkeypatch.setattr(TrashPrompts, "confirm_empty", classmethod(lambda cls, parent, count: count == 1))
    dialog.empty_button.click()
    assert dialog.model.rowCount() == 0 and trash.entries(main_window.context.workspace.db) == []


def test_a_refused_restore_says_which_parent_to_restore_first(qtbot, app_context, workspace, monkeypatch):
    claire = voices.create_executive(workspace.db, "Claire Vasseur", actor="t")
    voices.delete_executive(workspace.db, claire.id, actor="t")
    sample_exec = voices.create_executive(workspace.db, "Henri", actor="t")
    voices.add_samples(workspace.db, sample_exec.id, [("A sample post about the grid.", "en")], actor="t")
    voices.delete_sample(workspace.db, voices.samples(workspace.db, sample_exec.id)[0].id, actor="t")
    voices.delete_executive(workspace.db, sample_exec.id, actor="t")
    app_context.workspace = workspace
    shown = []
    monkeypatch.setattr(TrashPrompts, "error", classmethod(lambda cls, parent, exc: shown.append(exc)))
    dialog = TrashDialog(app_context)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.entry_at(r).entity_type == "voice_sample")
    dialog.table.selectRow(row)
    dialog.restore_button.click()
    from ghostdesk.ui.dialogs.trash_dialog import error_text

    assert "Restore the voice profile first" in error_text(shown[0])
    app_context.workspace = None


def test_read_only_workspace_shows_but_cannot_change(qtbot, app_context, tmp_path):
    path = tmp_path / "ro.ghostdesk"
    with workspaces.create(path, name="ro") as ws:
        claire = voices.create_executive(ws.db, "Claire Vasseur", actor="t")
        voices.delete_executive(ws.db, claire.id, actor="t")
    with workspaces.open_workspace(path, read_only=True) as ws:
        app_context.workspace = ws
        dialog = TrashDialog(app_context)
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 1
        assert not dialog.restore_button.isEnabled() and not dialog.purge_button.isEnabled()
        assert not dialog.empty_button.isEnabled()
        app_context.workspace = None
