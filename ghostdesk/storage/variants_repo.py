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
# What every insert and update writes: the fields, and `content_hash` (m014) — `Variant.content_hash`, so that
# whether an approval holds is read without the body (`for_matrix`). NULL there means "not known" (see m014).
_WRITE_COLUMNS = (*_COLUMNS, "content_hash")
WRITE_FIELDS = ", ".join(_WRITE_COLUMNS)

# `deleted_by` of the variants the m008 trigger moves to the trash when their post is deleted.
WITH_ITS_POST = "with its post"


def _from_row(row: tuple) -> Variant:
    (id_, post_id, market, language, networks, body, hashtags, link, disclosure, status, reviewer, base_version,
     planned_date, adapted, approved_by, approved_at, approved_hash, created_at, updated_at) = row  # fmt: skip
    return Variant(
        id=id_,
        post_id=post_id,
        market=market,
        language=language,
        networks=tuple(json.loads(networks)),
        body=body,
        hashtags=tuple(json.loads(hashtags)),
        link=link,
        disclosure=disclosure,
        status=PostStatus(status),
        reviewer=reviewer,
        base_version=base_version,
        planned_date=planned_date,
        adapted=bool(adapted),
        approval=Approval(approved_by, approved_at, approved_hash) if approved_hash else None,
        created_at=created_at,
        updated_at=updated_at,
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


def write_values(v: Variant) -> list[Any]:
    """`row_values` and the content hash: the values of `WRITE_FIELDS`."""
    return [*row_values(v), v.content_hash]


def insert(db: Database, variant: Variant) -> None:
    db.execute(
        f"INSERT INTO variants ({WRITE_FIELDS}) VALUES ({', '.join('?' * len(_WRITE_COLUMNS))})",
        write_values(variant),
    )


def update(db: Database, variant: Variant) -> None:
    values = dict(zip(_WRITE_COLUMNS, write_values(variant), strict=True))
    changing = [c for c in _WRITE_COLUMNS if c not in ("id", "post_id", "market", "created_at")]
    db.execute(
        f"UPDATE variants SET {', '.join(f'{c} = ?' for c in changing)} WHERE id = ?",
        [*(values[c] for c in changing), variant.id],
    )


def hash_problems(db: Database) -> list[str]:
    """Variants whose stored content hash (m014) is not their content's (none unless written around the
    repository); NULL is "not known", never a problem. A wrong hash would show an approval as holding."""
    rows = db.execute(f"SELECT {FIELDS}, content_hash FROM variants WHERE content_hash IS NOT NULL")
    return [
        f"variant {row[0]}: stored content hash is not its content's"
        for row in rows
        if row[-1] != _from_row(row[:-1]).content_hash
    ]


def get(db: Database, variant_id: str) -> Variant:
    row = db.execute(f"SELECT {FIELDS} FROM variants WHERE id = ?", [variant_id]).fetchone()
    if row is None:
        raise NotFound(f"No variant {variant_id}", entity="variant", id=variant_id)
    return _from_row(row)


def by_ids(db: Database, variant_ids: list[str]) -> dict[str, Variant]:
    """The variants with these ids, by id (missing ids are left out), read in chunks of a few hundred."""
    found: dict[str, Variant] = {}
    for start in range(0, len(variant_ids), 500):  # stay well under SQLite's bound-parameter limit
        chunk = variant_ids[start : start + 500]
        rows = db.execute(f"SELECT {FIELDS} FROM variants WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        found.update((v.id, v) for v in map(_from_row, rows.fetchall()))
    return found


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


def count_in_market(db: Database, market: str) -> int:
    return db.execute("SELECT COUNT(*) FROM variants WHERE market = ?", [market]).fetchone()[0]


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


def _reinsert(db: Database, row: dict[str, Any]) -> None:
    """Insert a trashed row again (`row`: the payload's, by column), with its content hash computed from it: the
    payloads hold the fields only (the m008 trigger's too), never a hash to trust."""
    row = {c: v for c, v in row.items() if c != "content_hash"}
    row["content_hash"] = _from_row(tuple(row[c] for c in _COLUMNS)).content_hash
    db.execute(f"INSERT INTO variants ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def restore(db: Database, trash_id: str) -> Variant:
    with db.atomic():
        item = trash_repo.take(db, trash_id)
        _reinsert(db, item.payload["row"])
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
            _reinsert(db, row)
            restored.append(get(db, row["id"]))
    return restored


# -- the matrix ----------------------------------------------------------------------------------

# What the Variants page's first screen needs, in one query per batch of posts, without any text but a title: each
# post's title (or, untitled, the start of its body), language and status; per variant its market, language and
# status, whether its approval holds (`approved_hash` against the stored `content_hash`), whether its master changed
# since its base version (the base's content hash against the latest version's; a base we no longer have compares
# the first version, as `services.variants.stale` does), and its remembered finding counts with their key. The
# posts' latest and first version hashes are looked up once per post.
_MATRIX_SQL = (
    "WITH m AS MATERIALIZED (SELECT p.id, p.title, CASE WHEN p.title = '' THEN substr(p.body, 1, 160) END AS start,"
    " p.language, p.status, p.executive_id,"
    " (SELECT content_hash FROM post_versions WHERE post_id = p.id ORDER BY number DESC LIMIT 1) AS latest,"
    " (SELECT content_hash FROM post_versions WHERE post_id = p.id ORDER BY number LIMIT 1) AS first"
    " FROM posts p WHERE p.id IN ({marks}))"
    " SELECT m.id, m.title, m.start, m.language, m.status, v.id, v.market, v.language, v.status, v.approved_hash,"
    " v.content_hash, m.latest,"
    " coalesce((SELECT content_hash FROM post_versions WHERE post_id = v.post_id AND number = v.base_version),"
    " m.first), f.checks_key, f.blocking, f.warnings, m.executive_id"
    " FROM m LEFT JOIN variants v ON v.post_id = m.id LEFT JOIN variant_findings f ON f.variant_id = v.id"
)

# Everything the checks read of a variant and of its master (`services.variants.MatrixReader` builds their
# context from these columns only). The m014 triggers drop a variant's remembered counts whenever one of them
# changes: a column added here needs a trigger that watches it (tests/storage/test_variant_inputs.py).
VARIANT_INPUTS = ("id", "post_id", "market", "language", "networks", "body", "hashtags", "link", "disclosure",
                  "planned_date")  # fmt: skip
MASTER_INPUTS = ("id", "body", "language", "hashtags", "mentions", "executive_id")

_STATUSES = {s.value: s for s in PostStatus}


class MatrixVariant:
    """Storage: one variant as a screen of the matrix reads it: no text, no `Variant` built."""

    __slots__ = ("approval_valid", "blocking", "checks_key", "executive_id", "id", "language", "market", "post_id",
                 "stale", "status", "warnings")  # fmt: skip

    def __init__(
        self, id: str, post_id: str, market: str, language: str, status: PostStatus, *, approval_valid: bool,
        stale: bool, checks_key: str | None, blocking: int, warnings: int, executive_id: str | None,
    ) -> None:  # fmt: skip
        self.id = id
        self.post_id = post_id
        self.market = market
        self.language = language
        self.status = status
        self.approval_valid = approval_valid
        self.stale = stale
        self.checks_key = checks_key  # the key its stored counts were counted under; None: not counted
        self.blocking = blocking
        self.warnings = warnings
        self.executive_id = executive_id  # its master's executive


@dataclass(frozen=True, slots=True)
class MatrixHead:
    """Storage: a post as a row of the matrix shows it."""

    id: str
    title: str  # its title, or the start of its body when it has none
    language: str
    status: PostStatus


def for_matrix(db: Database, post_ids: list[str]) -> tuple[dict[str, MatrixHead], list[MatrixVariant]]:
    """These posts (those still there) and their variants, as a screen of the matrix shows them."""
    heads: dict[str, MatrixHead] = {}
    found: list[MatrixVariant] = []
    unknown: list[int] = []  # approved variants whose content hash is not stored (NULL): computed from the row
    for start in range(0, len(post_ids), 500):
        chunk = post_ids[start : start + 500]
        sql = _MATRIX_SQL.format(marks=", ".join("?" * len(chunk)))
        for row in db.execute(sql, chunk).fetchall():
            post_id, title, body_start, post_language, post_status, id_ = row[:6]
            if post_id not in heads:
                title = title or " ".join((body_start or "").split())[:60]
                heads[post_id] = MatrixHead(post_id, title, post_language, _status(post_status))
            if id_ is None:  # a post without variants
                continue
            market, language, status, approved, current, latest, base, key, blocking, warnings, executive = row[6:]
            if approved and current is None:
                unknown.append(len(found))
            found.append(
                MatrixVariant(
                    id_, post_id, market, language, _status(status),
                    approval_valid=bool(approved) and approved == current, stale=latest is not None and base != latest,
                    checks_key=key, blocking=blocking or 0, warnings=warnings or 0, executive_id=executive,
                )
            )  # fmt: skip
    if unknown:
        whole = by_ids(db, [found[i].id for i in unknown])
        for i in unknown:
            variant = whole.get(found[i].id)
            found[i].approval_valid = variant is not None and variant.approval_valid
    return heads, found


def _status(value: str) -> PostStatus:
    return _STATUSES.get(value) or PostStatus(value)


class CheckInputs:
    """Storage: what the checks read of one variant and its master, as stored (`VARIANT_INPUTS`,
    `MASTER_INPUTS`). `variant` holds those fields only; `stored` is the row as read, which `put_findings`
    compares with the row at write time."""

    __slots__ = ("executive_id", "master_body", "master_hashtags", "master_language", "master_mentions", "stored",
                 "variant")  # fmt: skip

    def __init__(self, stored: tuple) -> None:
        self.stored = stored
        id_, post_id, market, language, networks, body, hashtags, link, disclosure, planned_date = stored[:10]
        self.variant = Variant(
            id=id_, post_id=post_id, market=market, language=language, networks=tuple(json.loads(networks)),
            body=body, hashtags=tuple(json.loads(hashtags)), link=link, disclosure=disclosure,
            planned_date=planned_date,
        )  # fmt: skip
        _, self.master_body, self.master_language, hashtags, mentions, self.executive_id = stored[10:]
        self.master_hashtags = tuple(json.loads(hashtags))
        self.master_mentions = tuple(json.loads(mentions))


_INPUTS_SELECT = ", ".join([*(f"v.{c}" for c in VARIANT_INPUTS), *(f"p.{c}" for c in MASTER_INPUTS)])


def check_inputs(db: Database, variant_ids: list[str]) -> dict[str, CheckInputs]:
    """What the checks read for these variants (those still there), by variant id: one query per few hundred."""
    found: dict[str, CheckInputs] = {}
    for start in range(0, len(variant_ids), 500):
        chunk = variant_ids[start : start + 500]
        sql = (
            f"SELECT {_INPUTS_SELECT} FROM variants v JOIN posts p ON p.id = v.post_id"
            f" WHERE v.id IN ({', '.join('?' * len(chunk))})"
        )
        found.update((row[0], CheckInputs(row)) for row in db.execute(sql, chunk).fetchall())
    return found


# Write counts only while the stored inputs are still those they were counted from: an edit between counting
# (after a paint) and writing (a few ticks later) has already dropped the row, and must not see it come back.
_PUT_FINDINGS = (
    "INSERT INTO variant_findings (variant_id, checks_key, blocking, warnings)"
    " SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM variants v JOIN posts p ON p.id = v.post_id WHERE "
    + " AND ".join(
        f"{column} IS ?{n}"
        for n, column in enumerate([*(f"v.{c}" for c in VARIANT_INPUTS), *(f"p.{c}" for c in MASTER_INPUTS)], 5)
    )
    + ") ON CONFLICT (variant_id) DO UPDATE SET checks_key = excluded.checks_key,"
    " blocking = excluded.blocking, warnings = excluded.warnings"
)


def put_findings(db: Database, counted: list[tuple[str, int, int, CheckInputs]]) -> None:
    """Remember (checks_key, blocking, warnings, inputs counted from) per variant; a variant deleted or whose
    inputs changed meanwhile is skipped."""
    if not counted:
        return
    try:
        with db.atomic():
            db.executemany(
                _PUT_FINDINGS,
                [
                    (inputs.stored[0], key, blocking, warnings, *inputs.stored)
                    for key, blocking, warnings, inputs in counted
                ],
            )
    except sqlite3.ProgrammingError:  # the workspace closed before they were written: they are only a cache
        return
