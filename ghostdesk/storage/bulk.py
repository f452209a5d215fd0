"""Storage: bulk writes for big synthetic workspaces (`ghostdesk demo --size large`, the benchmarks).

Each function writes many rows of one aggregate with `executemany`, in the caller's transaction, through the
same column lists and row converters as the aggregate's repository, so a bulk row is exactly a row the app
would write. Posts and variants keep their FTS5 indexes in step through the usual insert triggers (measured:
cheaper than dropping the triggers and rebuilding the index afterwards at 10,000 posts / 50,000 variants).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ghostdesk.domain.ambassador import ConsentEvent
from ghostdesk.domain.posts import Post
from ghostdesk.domain.variants import Variant
from ghostdesk.storage import posts_repo, variants_repo
from ghostdesk.storage.connection import Database


def insert_posts(db: Database, posts: Iterable[Post]) -> None:
    """New posts (no images); their search index rows come from the posts_fts_insert trigger."""
    marks = ", ".join("?" * len(posts_repo._FIELDS.split(",")))
    with db.atomic():
        db.executemany(f"INSERT INTO posts ({posts_repo._FIELDS}) VALUES ({marks})", map(posts_repo._values, posts))


def insert_variants(db: Database, variants: Iterable[Variant]) -> None:
    """New variants; their search index rows come from the variants_fts_insert trigger."""
    marks = ", ".join("?" * len(variants_repo._COLUMNS))
    with db.atomic():
        db.executemany(
            f"INSERT INTO variants ({variants_repo._FIELDS}) VALUES ({marks})", map(variants_repo._values, variants)
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
