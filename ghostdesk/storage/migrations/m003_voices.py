"""Storage: m003 — voice profiles: settings, sample posts and the version history of each profile.

Voice rows are keyed by executive id without a cascading foreign key: when an executive goes to the trash
their voice stays, so restoring the executive brings the whole profile back.
"""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m003_voices")
def m003_voices(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE voice_profiles (
            executive_id TEXT PRIMARY KEY,
            settings TEXT NOT NULL DEFAULT '{}',
            version INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE voice_samples (
            id TEXT PRIMARY KEY,
            executive_id TEXT NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'paste',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX voice_samples_executive ON voice_samples (executive_id, language, created_at)")
    db.execute(
        """
        CREATE TABLE voice_versions (
            id TEXT PRIMARY KEY,
            executive_id TEXT NOT NULL,
            number INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            changes TEXT NOT NULL DEFAULT '[]',
            snapshot TEXT NOT NULL DEFAULT '{}',
            UNIQUE (executive_id, number)
        )
        """
    )
