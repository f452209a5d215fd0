"""Storage: m004 — posts, their versions, autosave, sign-offs, comments, images, check terms and FTS5 search."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m004_posts")
def m004_posts(db: Database) -> None:
    # `seq` is an explicit INTEGER PRIMARY KEY so the FTS index's rowids survive a VACUUM;
    # `id` is the text UUID every other table and the application use.
    db.execute(
        """
        CREATE TABLE posts (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            executive_id TEXT NOT NULL REFERENCES executives(id),
            title TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            body TEXT NOT NULL DEFAULT '',
            links TEXT NOT NULL DEFAULT '[]',
            hashtags TEXT NOT NULL DEFAULT '[]',
            mentions TEXT NOT NULL DEFAULT '[]',
            networks TEXT NOT NULL DEFAULT '["linkedin"]',
            campaign_id TEXT,
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            approved_by TEXT,
            approved_at TEXT,
            approved_hash TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    # Covering indexes: the posts table reads only ids in display order, so 100,000 ids come from the index alone.
    for name, columns in {
        "posts_updated": "updated_at, id",
        "posts_status": "status, updated_at, id",
        "posts_executive": "executive_id, updated_at, id",
        "posts_campaign": "campaign_id, updated_at, id",
        "posts_language": "language, updated_at, id",
    }.items():
        db.execute(f"CREATE INDEX {name} ON posts ({columns})")
    db.execute(
        """
        CREATE TABLE post_versions (
            id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            UNIQUE (post_id, number)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE post_autosave (
            post_id TEXT PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
            snapshot TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE post_signoffs (
            id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            executive_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            relayed_by TEXT NOT NULL,
            how TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            signed_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX post_signoffs_post ON post_signoffs (post_id, signed_at)")
    db.execute(
        """
        CREATE TABLE post_comments (
            id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX post_comments_post ON post_comments (post_id, created_at)")
    db.execute(
        """
        CREATE TABLE post_images (
            id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mime TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX post_images_post ON post_images (post_id)")
    # Workspace word lists for the checks: sensitive terms (code names), approved facts, extra offensive
    # terms, banned phrases (optionally per executive), and the personal dictionary.
    db.execute(
        """
        CREATE TABLE check_terms (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            term TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT '',
            executive_id TEXT,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX check_terms_kind ON check_terms (kind, language)")
    db.execute(
        """
        CREATE VIRTUAL TABLE posts_fts USING fts5(
            title, body, hashtags, content='posts', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
            INSERT INTO posts_fts (rowid, title, body, hashtags) VALUES (new.seq, new.title, new.body, new.hashtags);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
            INSERT INTO posts_fts (posts_fts, rowid, title, body, hashtags)
            VALUES ('delete', old.seq, old.title, old.body, old.hashtags);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, body, hashtags ON posts BEGIN
            INSERT INTO posts_fts (posts_fts, rowid, title, body, hashtags)
            VALUES ('delete', old.seq, old.title, old.body, old.hashtags);
            INSERT INTO posts_fts (rowid, title, body, hashtags) VALUES (new.seq, new.title, new.body, new.hashtags);
        END
        """
    )
