"""Storage: m001 — workspace metadata, the trash and the append-only audit log."""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m001_initial")
def m001_initial(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            content_hash TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at)")
    db.execute("CREATE INDEX audit_log_at ON audit_log (at)")
    # Append-only: the database itself refuses edits and deletions of the log.
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""
            CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
            """
        )
    db.execute(
        """
        CREATE TABLE trash (
            id TEXT PRIMARY KEY,
            deleted_at TEXT NOT NULL,
            deleted_by TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX trash_entity ON trash (entity_type, entity_id)")
    db.execute("CREATE INDEX trash_deleted_at ON trash (deleted_at)")
