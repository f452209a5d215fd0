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


# -- the list the user sees, and deleting for good ------------------------------------------------------


def entries(db: Database, *, hidden_by: str = "") -> list[tuple]:
    """(id, deleted_at, deleted_by, entity_type, entity_id, label), newest first, without the payloads; items
    deleted by `hidden_by` (records that went to the trash with another one) are left out."""
    return db.execute(
        "SELECT id, deleted_at, deleted_by, entity_type, entity_id, label FROM trash WHERE deleted_by != ?"
        " ORDER BY deleted_at DESC, rowid DESC",
        [hidden_by],
    ).fetchall()


def get(db: Database, trash_id: str) -> TrashItem:
    row = db.execute(f"SELECT {_COLUMNS} FROM trash WHERE id = ?", [trash_id]).fetchone()
    if row is None:
        raise NotFound(f"No trash item {trash_id}", entity="trash", id=trash_id)
    return _item(row)


def purge(db: Database, trash_ids: list[str]) -> int:
    """Delete items for good; returns how many went. Call inside `db.atomic()`."""
    count = 0
    for start in range(0, len(trash_ids), 500):
        chunk = trash_ids[start : start + 500]
        cur = db.execute(f"DELETE FROM trash WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        count += cur.rowcount
    return count


def purge_all(db: Database) -> int:
    return db.execute("DELETE FROM trash").rowcount
