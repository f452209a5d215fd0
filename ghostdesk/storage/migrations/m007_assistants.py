"""Storage: m007 — writing-assistant providers (non-secret settings, consent) and the log of what was sent."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m007_assistants")
def m007_assistants(db: Database) -> None:
    # API keys are not here: they live in the OS keyring only.
    db.execute(
        """
        CREATE TABLE assist_providers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('openai_chat', 'deepl')),
            base_url TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            deepl_plan TEXT NOT NULL DEFAULT 'free' CHECK (deepl_plan IN ('free', 'pro')),
            connect_timeout REAL NOT NULL DEFAULT 5,
            read_timeout REAL NOT NULL DEFAULT 60,
            ca_bundle TEXT NOT NULL DEFAULT '',
            consent INTEGER NOT NULL DEFAULT 0,
            consent_at TEXT NOT NULL DEFAULT '',
            glossary TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX assist_providers_name ON assist_providers (name COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE assist_log (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            provider_id TEXT NOT NULL,
            provider TEXT NOT NULL,
            kind TEXT NOT NULL,
            host TEXT NOT NULL,
            action TEXT NOT NULL,
            chars_sent INTEGER NOT NULL,
            preview TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL,
            elapsed_ms INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX assist_log_at ON assist_log (at)")
