"""Storage: m010 — campaign results, the import log, remembered column mappings, points rules, badges, contests.

Campaign, planned-share and executive-slot ids are plain TEXT without foreign keys: the calendar owns those
tables (a later migration); results only remember the keys.
"""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m010_results")
def m010_results(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE results_imports (
            id TEXT PRIMARY KEY,
            file_hash TEXT NOT NULL UNIQUE,  -- sha256 of the file's bytes: the same file is never counted twice
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            rows INTEGER NOT NULL DEFAULT 0,
            row_keys TEXT NOT NULL DEFAULT '[]',  -- JSON list of the figures keys this file wrote
            actor TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE results_figures (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('share', 'executive')),
            ambassador_id TEXT NOT NULL DEFAULT '',
            share_id TEXT NOT NULL DEFAULT '',
            slot_id TEXT NOT NULL DEFAULT '',
            executive_id TEXT NOT NULL DEFAULT '',
            network TEXT NOT NULL DEFAULT '',
            market TEXT NOT NULL DEFAULT '',
            wave TEXT NOT NULL DEFAULT '',
            content_key TEXT NOT NULL DEFAULT '',
            content_title TEXT NOT NULL DEFAULT '',
            posted_on TEXT NOT NULL DEFAULT '',
            read_on TEXT NOT NULL DEFAULT '',
            impressions INTEGER NOT NULL DEFAULT 0 CHECK (impressions >= 0),
            reactions INTEGER NOT NULL DEFAULT 0 CHECK (reactions >= 0),
            comments INTEGER NOT NULL DEFAULT 0 CHECK (comments >= 0),
            reposts INTEGER NOT NULL DEFAULT 0 CHECK (reposts >= 0),
            clicks INTEGER NOT NULL DEFAULT 0 CHECK (clicks >= 0),
            conversions INTEGER NOT NULL DEFAULT 0 CHECK (conversions >= 0),
            source TEXT NOT NULL DEFAULT 'manual',
            row_key TEXT NOT NULL,  -- one figures row per key: a newer reading replaces the older one
            import_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX results_figures_key ON results_figures (row_key)")
    db.execute("CREATE INDEX results_figures_campaign ON results_figures (campaign_id, kind, ambassador_id)")
    db.execute(
        """
        CREATE TABLE results_mappings (
            format TEXT NOT NULL,
            signature TEXT NOT NULL,  -- the file's folded headers: the same export shape maps the same way
            mapping TEXT NOT NULL,  -- JSON field → header
            updated_at TEXT NOT NULL,
            PRIMARY KEY (format, signature)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE results_points_rules (
            name TEXT PRIMARY KEY,
            value REAL NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE results_badges (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            metric TEXT NOT NULL,
            threshold REAL NOT NULL CHECK (threshold > 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE results_contests (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            campaign_id TEXT NOT NULL DEFAULT '',
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            rules TEXT NOT NULL DEFAULT '',
            prize TEXT NOT NULL DEFAULT '',
            metric TEXT NOT NULL DEFAULT 'points',
            winners_count INTEGER NOT NULL DEFAULT 1 CHECK (winners_count >= 1),
            winners TEXT NOT NULL DEFAULT '[]',
            decided_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (ends_on >= starts_on)
        )
        """
    )
    # "Ambassador #7": numbers handed out in order of first appearance, stable per campaign.
    db.execute(
        """
        CREATE TABLE results_aliases (
            campaign_id TEXT NOT NULL,
            ambassador_id TEXT NOT NULL,
            number INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, ambassador_id),
            UNIQUE (campaign_id, number)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE results_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """
    )
    db.execute("INSERT INTO results_settings (key, value) VALUES ('no_person_ranking', '0')")
