"""The posts page over thousands of posts reads only the rows on screen when it opens (benchmarks/pages.py)."""

from __future__ import annotations

import random

from ghostdesk.services import demo_large
from ghostdesk.storage import bulk, executives_repo
from ghostdesk.ui.models.post_table_model import PostTableModel


def test_opening_the_posts_page_asks_only_for_rows_on_screen(qtbot, app_context, workspace, monkeypatch):
    from ghostdesk.ui.mainwindow import MainWindow

    executive = executives_repo.create(workspace.db, "Claire Vasseur").id
    bulk.insert_posts(workspace.db, demo_large._posts(random.Random(1), 3_000, [executive]))
    asked: set[int] = set()
    original = PostTableModel.data

    def counting(self, index, role=0):
        asked.add(index.row())
        return original(self, index, role)

    monkeypatch.setattr(PostTableModel, "data", counting)
    app_context.workspace = workspace
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
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
