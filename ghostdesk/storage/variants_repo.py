"""Storage: market variants (post × market), their search, and moving them to the trash."""

from __future__ import annotations

import hashlib
import json
import sqlite3
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
# master's fields the checks read. The posts' latest and first version hashes are looked up once per post.
_MATRIX_SQL = (
    "WITH m AS MATERIALIZED (SELECT p.id, p.body, p.language, p.hashtags, p.mentions, p.executive_id,"
    " (SELECT content_hash FROM post_versions WHERE post_id = p.id ORDER BY number DESC LIMIT 1) AS latest,"
    " (SELECT content_hash FROM post_versions WHERE post_id = p.id ORDER BY number LIMIT 1) AS first"
    " FROM posts p WHERE p.id IN ({marks}))"
    " SELECT {fields}, m.latest,"
    " coalesce((SELECT content_hash FROM post_versions WHERE post_id = v.post_id AND number = v.base_version),"
    " m.first), f.checks_key, f.blocking, f.warnings, m.body, m.language, m.hashtags, m.mentions, m.executive_id"
    " FROM m JOIN variants v ON v.post_id = m.id LEFT JOIN variant_findings f ON f.variant_id = v.id"
)
# The stored columns the checks read (the variant's, then its master's), digested together for the counts' key.
_INPUTS = tuple(_COLUMNS.index(c) for c in ("body", "language", "networks", "hashtags", "link", "disclosure"))
_PLANNED = _COLUMNS.index("planned_date")


_STATUSES = {s.value: s for s in PostStatus}
_ID, _POST_ID, _MARKET, _LANGUAGE, _STATUS = (
    _COLUMNS.index(c) for c in ("id", "post_id", "market", "language", "status")
)
_APPROVED_HASH = _COLUMNS.index("approved_hash")


class MatrixVariant:
    """Storage: one variant as the matrix reads it.

    A screen of the matrix needs only each variant's id, market, status and whether its approval holds; the
    whole `Variant` (JSON fields decoded, dataclass built) is made on first use of `variant`, by the checks.
    """

    __slots__ = (
        "_row", "_variant", "blocking", "checks_key", "executive_id", "inputs", "master_body", "master_hashtags_json",
        "master_language", "master_mentions_json", "stale", "warnings",
    )  # fmt: skip

    def __init__(
        self, row: tuple, *, stale: bool, checks_key: str | None, blocking: int, warnings: int, inputs: str,
        master_body: str, master_language: str, master_hashtags_json: str, master_mentions_json: str,
        executive_id: str | None,
    ) -> None:  # fmt: skip
        self._row = row  # the variant's stored columns (_COLUMNS)
        self._variant: Variant | None = None
        self.stale = stale
        self.checks_key = checks_key  # the key its stored counts were counted under; None: never counted
        self.blocking = blocking
        self.warnings = warnings
        self.inputs = inputs  # a digest of the stored text the checks read: the variant's fields and its master's
        self.master_body = master_body
        self.master_language = master_language
        self.master_hashtags_json = master_hashtags_json
        self.master_mentions_json = master_mentions_json
        self.executive_id = executive_id

    @property
    def variant(self) -> Variant:
        if self._variant is None:
            self._variant = _from_row(self._row)
        return self._variant

    @property
    def id(self) -> str:
        return self._row[_ID]

    @property
    def post_id(self) -> str:
        return self._row[_POST_ID]

    @property
    def market(self) -> str:
        return self._row[_MARKET]

    @property
    def language(self) -> str:
        return self._row[_LANGUAGE]

    @property
    def status(self) -> PostStatus:
        return _STATUSES.get(self._row[_STATUS]) or PostStatus(self._row[_STATUS])

    @property
    def approval_valid(self) -> bool:
        return bool(self._row[_APPROVED_HASH]) and self.variant.approval_valid


def for_matrix(db: Database, post_ids: list[str]) -> list[MatrixVariant]:
    found: list[MatrixVariant] = []
    width = len(_COLUMNS)
    fields = ", ".join(f"v.{c}" for c in _COLUMNS)
    for start in range(0, len(post_ids), 500):
        chunk = post_ids[start : start + 500]
        sql = _MATRIX_SQL.format(fields=fields, marks=", ".join("?" * len(chunk)))
        for row in db.execute(sql, chunk).fetchall():
            latest, base, key, blocking, warnings, *master = row[width:]
            texts = [row[i] for i in _INPUTS]
            texts += [row[_PLANNED], master[0], master[1], master[2], master[3]]
            found.append(
                MatrixVariant(
                    row[:width],
                    stale=latest is not None and base != latest,
                    checks_key=key,
                    blocking=blocking or 0,
                    warnings=warnings or 0,
                    inputs=hashlib.sha1("\x1f".join(texts).encode()).hexdigest(),
                    master_body=master[0],
                    master_language=master[1],
                    master_hashtags_json=master[2],
                    master_mentions_json=master[3],
                    executive_id=master[4],
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
