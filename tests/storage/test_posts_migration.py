"""m004 adds the posts tables (with FTS5) to a workspace made before it, and leaves existing data alone."""

from __future__ import annotations

import pytest

from ghostdesk.storage import database, executives_repo, posts_repo
from ghostdesk.storage.migrations import MIGRATIONS, known_names


def test_m004_is_registered_after_the_executives():
    names = known_names()
    assert names.index("m004_posts") > names.index("m002_executives")


def test_upgrade_from_a_workspace_without_posts(tmp_path, monkeypatch):
    from ghostdesk.domain.posts import PostFilter
    from ghostdesk.services import posts
    from ghostdesk.storage.workspace import open_workspace_file

    path = tmp_path / "old.ghostdesk"
    every = list(MIGRATIONS.migrations)
    # A workspace made before m004 has none of the later migrations either (m008 variants hangs off posts).
    monkeypatch.setattr(MIGRATIONS, "migrations", [m for m in every if m.name < "m004_posts"])
    db = database.create_database(path)
    executive = executives_repo.create(db, "Claire Vasseur")
    db.close()
    monkeypatch.setattr(MIGRATIONS, "migrations", every)
    assert "m004_posts" in database.inspect_file(path).pending
    with open_workspace_file(path) as reopened:
        assert "m004_posts" in reopened.migrated
        assert executives_repo.get(reopened.db, executive.id).name == "Claire Vasseur"
        post = posts.new_post(reopened, executive.id, actor="t", body="Searchable after the upgrade")
        assert posts_repo.list_ids(reopened.db, PostFilter(search="upgrade")) == [post.id]


def test_posts_need_an_existing_executive(workspace):
    import sqlite3

    from ghostdesk.domain.posts import Post

    with pytest.raises(sqlite3.IntegrityError):
        posts_repo.insert(workspace.db, Post(id="p", executive_id="ghost", created_at="x", updated_at="x"))


def test_list_ids_uses_covering_indexes(workspace):
    plan = " ".join(
        row[3] for row in workspace.db.execute("EXPLAIN QUERY PLAN SELECT id FROM posts ORDER BY updated_at DESC")
    )
    assert "COVERING INDEX posts_updated" in plan
    plan = " ".join(
        row[3]
        for row in workspace.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM posts WHERE status = 'draft' ORDER BY updated_at DESC"
        )
    )
    assert "COVERING INDEX posts_status" in plan
