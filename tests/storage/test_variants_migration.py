"""m008 adds market variants to a workspace made before it, leaving its posts alone."""

from __future__ import annotations

from _old_workspace import workspace_before

from ghostdesk.storage import executives_repo, posts_repo
from ghostdesk.storage.migrations import known_names


def test_m008_comes_after_the_posts():
    names = known_names()
    assert names.index("m008_variants") > names.index("m004_posts")


def test_upgrade_from_a_workspace_without_variants(tmp_path, monkeypatch):
    from ghostdesk.services import posts, variants
    from ghostdesk.storage.workspace import open_workspace_file

    path = tmp_path / "old.ghostdesk"
    with workspace_before(path, "m008_variants", monkeypatch) as ws:
        executive = executives_repo.create(ws.db, "Claire Vasseur")
        post = posts.new_post(ws, executive.id, actor="t", body="Before variants existed")
    with open_workspace_file(path) as reopened:
        assert "m008_variants" in reopened.migrated
        assert posts_repo.get(reopened.db, post.id).body == "Before variants existed"
        fr = variants.create(reopened.db, post.id, "FR", actor="t", body="Avant les variantes")
        assert [v.id for v in variants.search(reopened.db, "variantes")] == [fr.id]
