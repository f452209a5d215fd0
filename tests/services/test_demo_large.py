"""The large demo's machinery on a scaled-down build (the full size is for `make bench`, not `make test`)."""

from __future__ import annotations

import json

from ghostdesk.cli import main
from ghostdesk.domain.posts import PostFilter
from ghostdesk.services import demo_large, posts, workspaces
from ghostdesk.storage import posts_repo


def _table_counts(ws) -> dict[str, int]:
    tables = ("posts", "variants", "ambassadors", "consent_events", "campaigns", "planned_shares")
    return {t: ws.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_cli_builds_a_scaled_large_demo_that_passes_check(tmp_path, capsys):
    target = tmp_path / "large.ghostdesk"
    assert main(["demo", str(target), "--size", "large", "--scale", "0.01", "--json"]) == 0
    reported = json.loads(capsys.readouterr().out)
    assert reported["synthetic"] == {"posts": 100, "variants": 500, "ambassadors": 200, "campaigns": 1,
                                     "planned_shares": 2000}  # fmt: skip
    assert reported["size_bytes"] == target.stat().st_size > 0
    assert workspaces.check(target).ok
    with workspaces.open_workspace(target) as ws:
        found = _table_counts(ws)
        # the tour's own rows plus the synthetic load
        assert found["posts"] >= 100 and found["variants"] >= 500 and found["ambassadors"] >= 200
        assert found["planned_shares"] >= 2000
        assert found["campaigns"] >= 2  # the tour's campaign and the synthetic one
        # every synthetic opted-in person has their register entry
        missing = ws.db.execute(
            "SELECT COUNT(*) FROM ambassadors a WHERE consent = 'opted_in'"
            " AND NOT EXISTS (SELECT 1 FROM consent_events e WHERE e.ambassador_id = a.id)"
        ).fetchone()[0]
        assert missing == 0
        # …naming the participation text they accepted, one that exists in their language
        unnamed = ws.db.execute(
            "SELECT COUNT(*) FROM consent_events e WHERE e.kind = 'opt_in' AND NOT EXISTS"
            " (SELECT 1 FROM participation_texts t WHERE t.language = e.text_language AND t.version = e.text_version)"
        ).fetchone()[0]
        assert unnamed == 0
        # the search index holds the bulk rows: an FTS search finds a synthetic post by its number
        assert ws.db.execute("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')") is not None
        assert ws.db.execute("INSERT INTO variants_fts (variants_fts) VALUES ('integrity-check')") is not None
        found_ids = posts.list_ids(ws, PostFilter(search="post 42"))
        assert any(posts_repo.get(ws.db, i).title.endswith("#42") for i in found_ids)
        # results for half the synthetic planned shares, each tied to its share
        synthetic = ws.db.execute("SELECT COUNT(*) FROM results_figures WHERE source = 'demo'").fetchone()[0]
        assert synthetic == 1000
        orphans = ws.db.execute(
            "SELECT COUNT(*) FROM results_figures f WHERE source = 'demo'"
            " AND NOT EXISTS (SELECT 1 FROM planned_shares s WHERE s.id = f.share_id)"
        ).fetchone()[0]
        assert orphans == 0
        untitled = ws.db.execute(
            "SELECT COUNT(*) FROM results_figures WHERE source = 'demo' AND content_title = ''"
        ).fetchone()[0]
        assert untitled == 0  # "Best content" names the posts, as after a real import


def test_large_demo_is_deterministic(tmp_path):
    first = demo_large.build(tmp_path / "a", scale=0.005)
    second = demo_large.build(tmp_path / "b", scale=0.005)
    size = demo_large.counts(0.005)
    expected = {
        "SELECT id, title, body, status FROM posts": size.posts,
        "SELECT id, post_id, market, body FROM variants": size.variants,
        "SELECT id, name, email, market, consent FROM ambassadors": size.ambassadors,
        "SELECT id, ambassador_id, slot_id, utc, share_text FROM planned_shares": size.shares,
    }
    with first, second:
        for query, count in expected.items():
            # the tour's own rows get fresh ids on every build; the synthetic ones come from the seed
            same = set(first.db.execute(query).fetchall()) & set(second.db.execute(query).fetchall())
            assert len(same) == count, query


def test_an_existing_file_is_kept_without_force(tmp_path, capsys):
    target = tmp_path / "kept.ghostdesk"
    target.write_bytes(b"mine")
    assert main(["demo", str(target), "--size", "large", "--scale", "0.005"]) != 0
    assert target.read_bytes() == b"mine"
