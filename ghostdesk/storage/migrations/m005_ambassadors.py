"""Storage: m005 — ambassadors, their groups and topics, the consent register and participation texts."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m005_ambassadors")
def m005_ambassadors(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE ambassadors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT,  -- NULL once erased; unique while set
            market TEXT NOT NULL,
            language TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            team TEXT NOT NULL DEFAULT '',
            networks TEXT NOT NULL DEFAULT '[]',
            topics TEXT NOT NULL DEFAULT '[]',
            network_size INTEGER NOT NULL DEFAULT 0,
            max_shares_per_week INTEGER NOT NULL DEFAULT 3,
            quiet_start TEXT NOT NULL DEFAULT '',
            quiet_end TEXT NOT NULL DEFAULT '',
            visibility TEXT NOT NULL DEFAULT 'named',
            notes TEXT NOT NULL DEFAULT '',
            consent TEXT NOT NULL DEFAULT 'pending',
            consent_at TEXT NOT NULL DEFAULT '',
            consent_text_language TEXT NOT NULL DEFAULT '',
            consent_text_version INTEGER NOT NULL DEFAULT 0,
            search_key TEXT NOT NULL DEFAULT '',  -- folded name, e-mail and team: accent-blind search and name order
            erased_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX ambassadors_email ON ambassadors (email) WHERE email IS NOT NULL")
    # Covering indexes (…, search_key, id): the roster reads 20,000 ids in display order without touching rows.
    db.execute("CREATE INDEX ambassadors_sort ON ambassadors (search_key, id, consent)")
    db.execute("CREATE INDEX ambassadors_market ON ambassadors (market, search_key, id, consent)")
    db.execute("CREATE INDEX ambassadors_team ON ambassadors (team COLLATE NOCASE, search_key, id, consent)")
    db.execute("CREATE INDEX ambassadors_consent ON ambassadors (consent, search_key, id)")
    # Plain rowid tables: SQLite 3.40's quick_check misreads WITHOUT ROWID tables whose key order differs.
    db.execute(
        """
        CREATE TABLE ambassador_topics (
            ambassador_id TEXT NOT NULL REFERENCES ambassadors (id) ON DELETE CASCADE,
            topic TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (topic, ambassador_id)
        )
        """
    )
    db.execute("CREATE INDEX ambassador_topics_person ON ambassador_topics (ambassador_id)")
    db.execute(
        """
        CREATE TABLE ambassador_groups (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE ambassador_group_members (
            group_id TEXT NOT NULL REFERENCES ambassador_groups (id) ON DELETE CASCADE,
            ambassador_id TEXT NOT NULL REFERENCES ambassadors (id) ON DELETE CASCADE,
            PRIMARY KEY (group_id, ambassador_id)
        )
        """
    )
    db.execute("CREATE INDEX ambassador_group_members_person ON ambassador_group_members (ambassador_id)")
    db.execute(
        """
        CREATE TABLE participation_texts (
            language TEXT NOT NULL,
            version INTEGER NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (language, version)
        )
        """
    )
    # A text someone agreed to never changes: edits add a version.
    db.execute(
        """
        CREATE TRIGGER participation_texts_no_update BEFORE UPDATE ON participation_texts
        BEGIN SELECT RAISE(ABORT, 'participation texts are versioned, never edited'); END
        """
    )
    db.execute(
        """
        CREATE TABLE consent_events (
            id TEXT PRIMARY KEY,
            ambassador_id TEXT NOT NULL REFERENCES ambassadors (id),
            kind TEXT NOT NULL CHECK (kind IN ('opt_in', 'opt_out')),
            at TEXT NOT NULL,
            text_language TEXT NOT NULL DEFAULT '',
            text_version INTEGER NOT NULL DEFAULT 0,
            actor TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX consent_events_person ON consent_events (ambassador_id, at)")
    # The register is history: the database refuses to rewrite it.
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""
            CREATE TRIGGER consent_events_no_{event.lower()} BEFORE {event} ON consent_events
            BEGIN SELECT RAISE(ABORT, 'the consent register is append-only'); END
            """
        )
