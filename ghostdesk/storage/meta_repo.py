"""Storage: workspace-wide key/value facts (name, creation, demo version)."""

from __future__ import annotations

from ghostdesk.storage.connection import Database


def get(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def get_all(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM meta").fetchall())


def put(db: Database, key: str, value: str) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
