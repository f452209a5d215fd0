"""Storage: market variants (post × market), their search, and moving them to the trash."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
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

# `deleted_by` of the variants the m008 trigger moves to the trash when their post is deleted.
WITH_ITS_POST = "with its post"


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


def restore_with_post(db: Database, post_id: str) -> list[Variant]:
    """Bring back the variants that went to the trash with their post (the `variants_to_trash` trigger marks
    them "with its post"); variants deleted on their own before stay in the trash. Call in the post's restore
    transaction, after the post row is back."""
    rows = db.execute(
        "SELECT id FROM trash WHERE entity_type = 'variant' AND deleted_by = ?"
        " AND json_extract(payload, '$.row.post_id') = ? ORDER BY deleted_at",
        [WITH_ITS_POST, post_id],
    ).fetchall()
    restored = []
    with db.atomic():
        for (trash_id,) in rows:
            row = trash_repo.take(db, trash_id).payload["row"]
            db.execute(
                f"INSERT INTO variants ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
            restored.append(get(db, row["id"]))
    return restored


# -- the matrix ----------------------------------------------------------------------------------

# What the Variants page needs per variant, in one query per batch of posts: the variant, whether its master
# changed since its base version (the base's content hash against the latest version's; a base we no longer
# have compares the first version, as `services.variants.stale` does), the remembered finding counts and the
# master's fields the checks read.
_MATRIX_SQL = (
    "SELECT {fields},"
    " (SELECT content_hash FROM post_versions WHERE post_id = v.post_id ORDER BY number DESC LIMIT 1),"
    " coalesce((SELECT content_hash FROM post_versions WHERE post_id = v.post_id AND number = v.base_version),"
    "          (SELECT content_hash FROM post_versions WHERE post_id = v.post_id ORDER BY number LIMIT 1)),"
    " f.checks_key, f.blocking, f.warnings,"
    " p.body, p.language, p.hashtags, p.mentions, p.executive_id"
    " FROM variants v JOIN posts p ON p.id = v.post_id LEFT JOIN variant_findings f ON f.variant_id = v.id"
    " WHERE v.post_id IN ({marks}) ORDER BY v.market"
)


@dataclass(frozen=True, slots=True)
class MatrixVariant:
    """Storage: one variant as the matrix reads it."""

    variant: Variant
    stale: bool
    checks_key: str | None  # the key its stored counts were counted under; None: never counted
    blocking: int
    warnings: int
    master_body: str
    master_language: str
    master_hashtags: tuple[str, ...]
    master_mentions: tuple[str, ...]
    executive_id: str | None


def for_matrix(db: Database, post_ids: list[str]) -> list[MatrixVariant]:
    found: list[MatrixVariant] = []
    width = len(_COLUMNS)
    for start in range(0, len(post_ids), 500):
        chunk = post_ids[start : start + 500]
        sql = _MATRIX_SQL.format(fields=", ".join(f"v.{c}" for c in _COLUMNS), marks=", ".join("?" * len(chunk)))
        for row in db.execute(sql, chunk).fetchall():
            current, base = row[width], row[width + 1]
            found.append(
                MatrixVariant(
                    variant=_from_row(row[:width]),
                    stale=current is not None and base != current,
                    checks_key=row[width + 2],
                    blocking=row[width + 3] or 0,
                    warnings=row[width + 4] or 0,
                    master_body=row[width + 5],
                    master_language=row[width + 6],
                    master_hashtags=tuple(json.loads(row[width + 7])),
                    master_mentions=tuple(json.loads(row[width + 8])),
                    executive_id=row[width + 9],
                )
            )
    return found


def put_findings(db: Database, counted: list[tuple[str, str, int, int]]) -> None:
    """Remember (variant_id, checks_key, blocking, warnings); variants deleted meanwhile are skipped."""
    if not counted:
        return
    try:
        with db.atomic():
            db.executemany(
                "INSERT INTO variant_findings (variant_id, checks_key, blocking, warnings)"
                " SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM variants WHERE id = ?1)"
                " ON CONFLICT (variant_id) DO UPDATE SET checks_key = excluded.checks_key,"
                " blocking = excluded.blocking, warnings = excluded.warnings",
                counted,
            )
    except sqlite3.ProgrammingError:  # the workspace closed before they were written: they are only a cache
        return
