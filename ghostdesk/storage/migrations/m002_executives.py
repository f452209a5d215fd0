"""Storage: m002 — executives, the people whose voice the posts are written in."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m002_executives")
def m002_executives(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE executives (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            bio TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '[]',
            markets TEXT NOT NULL DEFAULT '[]',
            pillars TEXT NOT NULL DEFAULT '[]',
            photo BLOB,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX executives_name ON executives (name COLLATE NOCASE)")
