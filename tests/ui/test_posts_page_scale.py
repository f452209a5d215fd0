"""The posts page over thousands of posts reads only the rows on screen when it opens (benchmarks/pages.py)."""

from __future__ import annotations

import random

from _window_helpers import shown_main_window

from ghostdesk.services import demo_large
from ghostdesk.storage import bulk, executives_repo
from ghostdesk.ui.models.post_table_model import PostTableModel


def test_opening_the_posts_page_asks_only_for_rows_on_screen(qtbot, app_context, workspace, monkeypatch):

    executive = executives_repo.create(workspace.db, "Claire Vasseur").id
    bulk.insert_posts(workspace.db, demo_large._posts(random.Random(1), 3_000, [executive]))
    asked: set[int] = set()
    original = PostTableModel.data

    def counting(self, index, role=0):
        asked.add(index.row())
        return original(self, index, role)

    monkeypatch.setattr(PostTableModel, "data", counting)
    window = shown_main_window(qtbot, app_context, workspace)
    page = window.page("posts")  # built hidden (its first selection still sizes columns from the loaded rows)
    asked.clear()
    window.show_page("posts")
    qtbot.waitUntil(page.isVisible)
    page.grab()
    assert page.model.total >= 3_000
    # showing it: a screen holds a few dozen rows; sizing columns from Qt's default 1,000-row sample read them
    # all, several times over (over a second on the large workspace)
    assert 0 < len(asked) < 300, len(asked)
    app_context.workspace = None


def _many_posts(workspace, n: int = 3_000) -> None:
    executive = executives_repo.create(workspace.db, "Claire Vasseur").id
    with workspace.db.atomic():
        bulk.insert_posts(workspace.db, demo_large._posts(random.Random(1), n, [executive]))


def _statements(workspace) -> list[str]:
    """The statements we send (not those FTS5 runs inside, which the trace shows as "-- …")."""
    found: list[str] = []
    workspace.db.conn.set_trace_callback(lambda sql: None if sql.startswith("--") else found.append(sql))
    return found


def test_the_first_screen_costs_one_small_query_and_no_count(qtmodeltester, workspace):
    import ghostdesk.ui.models.post_table_model as table_module
    from ghostdesk.domain.posts import PostFilter

    _many_posts(workspace)
    model = PostTableModel()
    statements = _statements(workspace)
    try:
        model.set_workspace(workspace)
        for row in range(40):  # the first screen, every cell
            for column in range(model.columnCount()):
                model.index(row, column).data()
        # one statement: the first page's ids and lines together (it read 1,000 ids and counted them all)
        assert len(statements) == 1 and "count(" not in statements[0].lower(), statements
        assert statements[0].rstrip().endswith(f"LIMIT {table_module.FIRST_PAGE}")
        assert model.rowCount() == table_module.FIRST_PAGE and model.canFetchMore()
        assert model.total == 3_000  # counted when asked, once
        assert model.total == 3_000 and len(statements) == 2
        statements.clear()
        model.set_filter(PostFilter(search="post"))  # every post matches: the ranked list is paged too
        assert len(statements) == 1 and "count(" not in statements[0].lower(), statements
        assert model.rowCount() == table_module.FIRST_PAGE
        model.fetchMore()
        assert model.rowCount() == table_module.FIRST_PAGE + table_module.ID_CHUNK
        assert len(set(model._ids)) == model.rowCount()
    finally:
        workspace.db.conn.set_trace_callback(None)
    qtmodeltester.check(model)


def test_the_page_opens_before_it_loads_the_editor(qtbot, app_context, workspace, monkeypatch):
    """Built hidden, the page selects nothing (a selection sized the columns from every loaded row before anything
    was on screen); the editor shows the first post's fields, so the page is laid out once, with them, when it is
    shown, and its checks wait for that paint. Once shown, the first post's row is selected. The editor does not
    read every post's tags for the completer until a tag is typed."""
    from ghostdesk.services import posts

    _many_posts(workspace, 500)
    tag_reads = []
    monkeypatch.setattr(posts, "used_hashtags", lambda ws: tag_reads.append(1) or ["GridTech"])
    window = shown_main_window(qtbot, app_context, workspace)
    page = window.page("posts")
    assert not page.isVisible() and page.editor.post.id == page.model.post_id(0) and page.editor.feedback_pending
    assert not page.table.selectionModel().hasSelection()
    window.show_page("posts")
    qtbot.waitUntil(lambda: page.table.selectionModel().hasSelection() and not page.editor.feedback_pending)
    assert page.editor.post.id == page.model.post_id(0) and page.table.currentIndex().row() == 0
    assert tag_reads == []
    qtbot.waitUntil(lambda: page.count_label.text() == "Posts shown: 500")
    page.editor.body.setFocus()
    qtbot.keyClicks(page.editor.body, " #Gri")
    assert tag_reads == [1] and page.editor.body.completer.currentCompletion() == "GridTech"
    page.editor.dirty = False
    app_context.workspace = None
