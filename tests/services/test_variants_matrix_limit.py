"""Services: the variants matrix can show only the most recently edited posts, saying how many there are."""

from __future__ import annotations

from ghostdesk.services import posts, variants
from ghostdesk.storage import executives_repo


def test_matrix_limit_keeps_the_newest_posts_and_counts_all(workspace):
    executive = executives_repo.create(workspace.db, "Claire Moreau")
    made = [posts.new_post(workspace, executive.id, actor="t", body=f"Post number {i}") for i in range(5)]
    for post in made:
        variants.create(workspace.db, post.id, "FR", actor="t")
    full = variants.matrix(workspace.db)
    assert len(full.rows) == 5 and not full.truncated
    capped = variants.matrix(workspace.db, limit=2)
    assert capped.truncated and capped.total_posts == 5
    assert [r.post_id for r in capped.rows] == [r.post_id for r in full.rows][:2]
    assert all(r.cells["FR"] is not None for r in capped.rows)
