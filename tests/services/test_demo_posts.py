"""The demo workspace's posts: a dozen, in several states, for executives the voices feature shares."""

import random

from ghostdesk.domain.posts import PostFilter, PostStatus
from ghostdesk.services import checks, demo, demo_posts, posts
from ghostdesk.storage import executives_repo


def test_demo_has_a_dozen_posts_in_every_state(tmp_path):
    with demo.build(tmp_path / "demo") as ws:
        ids = posts.list_ids(ws, PostFilter())
        rows = posts.rows(ws, ids)
        assert len(ids) == 12
        assert {r.status for r in rows.values()} == set(PostStatus)
        assert {r.executive_name for r in rows.values()} == {"Claire Moreau", "Jordan Hale"}
        for row in rows.values():
            post = posts.get(ws, row.id)
            if row.status in (PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED):
                assert post.approval_valid
            if row.status in (PostStatus.SCHEDULED, PostStatus.PUBLISHED):
                assert posts.current_signoff(ws, post) is not None
        teaser = next(r for r in rows.values() if r.title == "Project Heron teaser")
        assert {f.rule_id for f in checks.check_post(ws, teaser.id)} >= {"sensitive_term", "absolute_claim"}
        results = next(r for r in rows.values() if r.title == "Résultats semestriels")
        assert checks.check_post(ws, results.id) == []  # its figures are in the approved facts
        assert demo.is_current(ws)


def test_existing_executives_are_reused(workspace):
    existing = executives_repo.create(workspace.db, "Claire Moreau", title="CEO")
    demo_posts.populate(workspace, random.Random(1))
    names = [e.name for e in executives_repo.list_all(workspace.db)]
    assert names.count("Claire Moreau") == 1
    assert existing.id in {posts.get(workspace, i).executive_id for i in posts.list_ids(workspace, PostFilter())}
