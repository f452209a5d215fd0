"""Storage: bulk writes for big synthetic workspaces (`ghostdesk demo --size large`, the benchmarks).

Each function writes many rows of one aggregate with `executemany`, in the caller's transaction, through the
same column lists and row converters as the aggregate's repository, so a bulk row is exactly a row the app
would write. Posts and variants keep their FTS5 indexes in step through the usual insert triggers (measured:
cheaper than dropping the triggers and rebuilding the index afterwards at 10,000 posts / 50,000 variants).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ghostdesk.domain.ambassador import ConsentEvent
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.posts import Post
from ghostdesk.domain.results import METRICS, Figures
from ghostdesk.domain.variants import Variant
from ghostdesk.storage import posts_repo, results_repo, variants_repo
from ghostdesk.storage.connection import Database


def insert_posts(db: Database, posts: Iterable[Post]) -> None:
    """New posts (no images); their search index rows come from the posts_fts_insert trigger."""
    marks = ", ".join("?" * len(posts_repo.FIELDS.split(",")))
    with db.atomic():
        db.executemany(f"INSERT INTO posts ({posts_repo.FIELDS}) VALUES ({marks})", map(posts_repo.row_values, posts))


def insert_variants(db: Database, variants: Iterable[Variant]) -> None:
    """New variants, with their content hashes; their search index rows come from the variants_fts_insert trigger."""
    marks = ", ".join("?" * len(variants_repo.WRITE_FIELDS.split(", ")))
    with db.atomic():
        db.executemany(
            f"INSERT INTO variants ({variants_repo.WRITE_FIELDS}) VALUES ({marks})",
            map(variants_repo.write_values, variants),
        )


def insert_consent_events(db: Database, events: Sequence[ConsentEvent]) -> None:
    """Register entries for people saved with their current consent already set (the register stays complete)."""
    with db.atomic():
        db.executemany(
            "INSERT INTO consent_events (id, ambassador_id, kind, at, text_language, text_version, actor, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (e.id, e.ambassador_id, e.kind.value, e.at, e.text_language, e.text_version, e.actor, e.source)
                for e in events
            ],
        )


def optimize_search(db: Database) -> None:
    """Merge the FTS5 segments a bulk load leaves behind, so the first search is as fast as later ones."""
    with db.atomic():
        for table in ("posts_fts", "variants_fts"):
            if db.table_exists(table):
                db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')").close()


def share_facts(db: Database, share_ids: Sequence[str]) -> list[tuple]:
    """(share id, campaign id, ambassador id, wave, utc, network, market, post id) for planned shares."""
    found: list[tuple] = []
    for start in range(0, len(share_ids), 900):  # SQLite's bound-parameter limit
        chunk = list(share_ids[start : start + 900])
        found += db.execute(
            "SELECT s.id, s.campaign_id, s.ambassador_id, s.wave, s.utc, p.network, p.market, p.post_id "
            "FROM planned_shares s JOIN planned_slots p ON p.id = s.slot_id "
            f"WHERE s.id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
    return found


def insert_figures(db: Database, figures: Iterable[Figures]) -> None:
    """Results rows as `results_repo.save_figures` writes them (new keys only)."""
    columns = results_repo.FIGURE_COLUMNS
    now = utc_now_iso()
    rows = []
    for f in figures:
        values = {k: getattr(f, k) for k in columns if k not in METRICS}
        values.update(f.metrics.as_dict())
        values.update(kind=str(f.kind), id=f.id or new_id(), created_at=now, updated_at=now)
        rows.append([values[c] for c in columns])
    db.executemany(f"INSERT INTO results_figures ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
