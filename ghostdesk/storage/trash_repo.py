"""Storage: the trash. Repositories move a deleted record here with everything needed to restore it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:
    from ghostdesk.domain.records import TrashItem

# Every repository that deletes imports this module, so the GUI start-up does too; TrashItem (a frozen dataclass,
# ≈1 ms to create) is imported where an item is made.

_COLUMNS = "id, deleted_at, deleted_by, entity_type, entity_id, label, payload"


def put(
    db: Database, *, entity_type: str, entity_id: str, label: str, payload: dict[str, Any], deleted_by: str
) -> TrashItem:
    """Store a deleted record. Call inside the same `db.atomic()` block that deletes the row."""
    from ghostdesk.domain.records import TrashItem

    item = TrashItem(new_id(), utc_now_iso(), deleted_by, entity_type, entity_id, label, payload)
    db.execute(
        f"INSERT INTO trash ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [*_row(item)],
    )
    return item


def _row(item: TrashItem) -> tuple:
    payload = json.dumps(item.payload, ensure_ascii=False, sort_keys=True)
    return (item.id, item.deleted_at, item.deleted_by, item.entity_type, item.entity_id, item.label, payload)


def items(db: Database, entity_type: str | None = None) -> list[TrashItem]:
    sql = f"SELECT {_COLUMNS} FROM trash"
    args: list[Any] = []
    if entity_type:
        sql += " WHERE entity_type = ?"
        args.append(entity_type)
    rows = db.execute(sql + " ORDER BY deleted_at DESC", args).fetchall()
    return [_item(row) for row in rows]


def take(db: Database, trash_id: str) -> TrashItem:
    """Remove an item from the trash and return it, for its repository to re-insert (same transaction)."""
    row = db.execute(f"SELECT {_COLUMNS} FROM trash WHERE id = ?", [trash_id]).fetchone()
    if row is None:
        raise NotFound(f"No trash item {trash_id}", entity="trash", id=trash_id)
    db.execute("DELETE FROM trash WHERE id = ?", [trash_id])
    return _item(row)


def _item(row: tuple) -> TrashItem:
    from ghostdesk.domain.records import TrashItem

    return TrashItem(*row[:6], payload=json.loads(row[6]))
