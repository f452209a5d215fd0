"""Storage: m012 — an index for sorting the posts table by title (case-insensitive), so a page of the sorted
table streams from the index instead of sorting every post."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m012_posts_title_index")
def m012_posts_title_index(db: Database) -> None:
    db.execute("CREATE INDEX posts_title ON posts (title COLLATE NOCASE, id)")
