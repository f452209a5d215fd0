"""Storage: the append-only audit log (the table refuses updates and deletes by trigger)."""

from __future__ import annotations

import json
from typing import Any

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.records import AuditEntry
from ghostdesk.storage.connection import Database

_COLUMNS = "id, at, actor, action, entity_type, entity_id, content_hash, details"


def record(
    db: Database,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    content_hash: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        id=new_id(),
        at=utc_now_iso(),
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        content_hash=content_hash,
        details=details or {},
    )
    with db.atomic():
        db.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [*_row(entry)],
        )
    return entry


def _row(entry: AuditEntry) -> tuple:
    return (
        entry.id,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity_type,
        entry.entity_id,
        entry.content_hash,
        json.dumps(entry.details, ensure_ascii=False, sort_keys=True),
    )


def for_entity(db: Database, entity_type: str, entity_id: str) -> list[AuditEntry]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY at, rowid",
        [entity_type, entity_id],
    ).fetchall()
    return [_entry(row) for row in rows]


def recent(db: Database, limit: int = 200) -> list[AuditEntry]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY at DESC, rowid DESC LIMIT ?", [limit])
    return [_entry(row) for row in rows.fetchall()]


def _entry(row: tuple) -> AuditEntry:
    return AuditEntry(*row[:7], details=json.loads(row[7] or "{}"))
