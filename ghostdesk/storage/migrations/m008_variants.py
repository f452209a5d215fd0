"""Storage: m008 — market variants (post × market) and their FTS5 search."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m008_variants")
def m008_variants(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE variants (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            market TEXT NOT NULL,
            language TEXT NOT NULL,
            networks TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL DEFAULT '',
            hashtags TEXT NOT NULL DEFAULT '[]',
            link TEXT NOT NULL DEFAULT '',
            disclosure TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            reviewer TEXT NOT NULL DEFAULT '',
            base_version INTEGER NOT NULL DEFAULT 0,
            planned_date TEXT NOT NULL DEFAULT '',
            adapted INTEGER NOT NULL DEFAULT 0,
            approved_by TEXT,
            approved_at TEXT,
            approved_hash TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (post_id, market)
        )
        """
    )
    db.execute("CREATE INDEX variants_market ON variants (market, status)")
    db.execute(
        """
        CREATE VIRTUAL TABLE variants_fts USING fts5(
            body, hashtags, content='variants', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER variants_fts_insert AFTER INSERT ON variants BEGIN
            INSERT INTO variants_fts (rowid, body, hashtags) VALUES (new.seq, new.body, new.hashtags);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER variants_fts_delete AFTER DELETE ON variants BEGIN
            INSERT INTO variants_fts (variants_fts, rowid, body, hashtags) VALUES ('delete', old.seq, old.body, old.hashtags);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER variants_fts_update AFTER UPDATE OF body, hashtags ON variants BEGIN
            INSERT INTO variants_fts (variants_fts, rowid, body, hashtags) VALUES ('delete', old.seq, old.body, old.hashtags);
            INSERT INTO variants_fts (rowid, body, hashtags) VALUES (new.seq, new.body, new.hashtags);
        END
        """
    )
    # Deleting a post cascades to its variants: keep each one in the trash first (same transaction), in the
    # payload shape variants_repo.restore reads, so restoring the post can bring its variants back.
    db.execute(
        """
        CREATE TRIGGER variants_to_trash BEFORE DELETE ON posts BEGIN
            INSERT INTO trash (id, deleted_at, deleted_by, entity_type, entity_id, label, payload)
            SELECT lower(hex(randomblob(16))),
                   strftime('%Y-%m-%dT%H:%M:%S', 'now') || '.' || substr(strftime('%f', 'now'), 4) || '000+00:00',
                   'with its post', 'variant', v.id, v.market || ': ' || substr(v.body, 1, 60),
                   json_object('row', json_object('id', v.id, 'post_id', v.post_id, 'market', v.market, 'language', v.language, 'networks', v.networks, 'body', v.body, 'hashtags', v.hashtags, 'link', v.link, 'disclosure', v.disclosure, 'status', v.status, 'reviewer', v.reviewer, 'base_version', v.base_version, 'planned_date', v.planned_date, 'adapted', v.adapted, 'approved_by', v.approved_by, 'approved_at', v.approved_at, 'approved_hash', v.approved_hash, 'created_at', v.created_at, 'updated_at', v.updated_at))
            FROM variants v WHERE v.post_id = old.id;
        END
        """
    )
