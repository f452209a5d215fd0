"""Storage: market variants (post × market), their search, and moving them to the trash."""

from __future__ import annotations

import json
from typing import Any

from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.posts import Approval, PostStatus
from ghostdesk.domain.variants import Variant
from ghostdesk.storage import trash_repo
from ghostdesk.storage.connection import Database
from ghostdesk.storage.posts_repo import fts_query

_COLUMNS = (
    "id",
    "post_id",
    "market",
    "language",
    "networks",
    "body",
    "hashtags",
    "link",
    "disclosure",
    "status",
    "reviewer",
    "base_version",
    "planned_date",
    "adapted",
    "approved_by",
    "approved_at",
    "approved_hash",
    "created_at",
    "updated_at",
)
FIELDS = ", ".join(_COLUMNS)


def _from_row(row: tuple) -> Variant:
    r = dict(zip(_COLUMNS, row, strict=True))
    approval = Approval(r["approved_by"], r["approved_at"], r["approved_hash"]) if r["approved_hash"] else None
    return Variant(
        id=r["id"],
        post_id=r["post_id"],
        market=r["market"],
        language=r["language"],
        networks=tuple(json.loads(r["networks"])),
        body=r["body"],
        hashtags=tuple(json.loads(r["hashtags"])),
        link=r["link"],
        disclosure=r["disclosure"],
        status=PostStatus(r["status"]),
        reviewer=r["reviewer"],
        base_version=r["base_version"],
        planned_date=r["planned_date"],
        adapted=bool(r["adapted"]),
        approval=approval,
        created_at=r["created_at"],
        updated_at=r["updated_at"],
    )


def row_values(v: Variant) -> list[Any]:
    a = v.approval
    return [
        v.id,
        v.post_id,
        v.market,
        v.language,
        json.dumps(list(v.networks)),
        v.body,
        json.dumps(list(v.hashtags), ensure_ascii=False),
        v.link,
        v.disclosure,
        v.status.value,
        v.reviewer,
        v.base_version,
        v.planned_date,
        int(v.adapted),
        a.by if a else None,
        a.at if a else None,
        a.content_hash if a else None,
        v.created_at,
        v.updated_at,
    ]


def insert(db: Database, variant: Variant) -> None:
    db.execute(f"INSERT INTO variants ({FIELDS}) VALUES ({', '.join('?' * len(_COLUMNS))})", row_values(variant))


def update(db: Database, variant: Variant) -> None:
    values = dict(zip(_COLUMNS, row_values(variant), strict=True))
    changing = [c for c in _COLUMNS if c not in ("id", "post_id", "market", "created_at")]
    db.execute(
        f"UPDATE variants SET {', '.join(f'{c} = ?' for c in changing)} WHERE id = ?",
        [*(values[c] for c in changing), variant.id],
    )


def get(db: Database, variant_id: str) -> Variant:
    row = db.execute(f"SELECT {FIELDS} FROM variants WHERE id = ?", [variant_id]).fetchone()
    if row is None:
        raise NotFound(f"No variant {variant_id}", entity="variant", id=variant_id)
    return _from_row(row)


def find(db: Database, post_id: str, market: str) -> Variant | None:
    row = db.execute(f"SELECT {FIELDS} FROM variants WHERE post_id = ? AND market = ?", [post_id, market])
    row = row.fetchone()
    return _from_row(row) if row else None


def for_posts(db: Database, post_ids: list[str]) -> list[Variant]:
    found: list[Variant] = []
    for start in range(0, len(post_ids), 500):  # stay well under SQLite's bound-parameter limit
        chunk = post_ids[start : start + 500]
        rows = db.execute(
            f"SELECT {FIELDS} FROM variants WHERE post_id IN ({', '.join('?' * len(chunk))}) ORDER BY market",
            chunk,
        ).fetchall()
        found.extend(_from_row(r) for r in rows)
    return found


def markets_in_use(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT market FROM variants ORDER BY market").fetchall()]


def search(db: Database, text: str) -> list[str]:
    """Ids of variants whose body or hashtags hold every word (prefix match), best first."""
    query = fts_query(text)
    if not query:
        return []
    sql = (
        "SELECT v.id FROM variants_fts f JOIN variants v ON v.seq = f.rowid WHERE variants_fts MATCH ? ORDER BY f.rank"
    )
    return [r[0] for r in db.execute(sql, [query]).fetchall()]


def delete(db: Database, variant_id: str, *, deleted_by: str) -> None:
    """Move a variant to the trash, in one transaction."""
    variant = get(db, variant_id)
    row = dict(zip(_COLUMNS, row_values(variant), strict=True))
    with db.atomic():
        trash_repo.put(
            db,
            entity_type="variant",
            entity_id=variant_id,
            label=f"{variant.market}: {variant.body[:60]}",
            payload={"row": row},
            deleted_by=deleted_by,
        )
        db.execute("DELETE FROM variants WHERE id = ?", [variant_id])


def restore(db: Database, trash_id: str) -> Variant:
    with db.atomic():
        item = trash_repo.take(db, trash_id)
        row = item.payload["row"]
        db.execute(f"INSERT INTO variants ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    return get(db, item.entity_id)
