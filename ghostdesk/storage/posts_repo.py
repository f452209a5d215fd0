"""Storage: posts and what hangs off them — versions, autosave, sign-offs, comments, images, FTS5 search."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.domain.posts import (
    LANGUAGES,
    Approval,
    Comment,
    Post,
    PostFilter,
    PostRow,
    PostSort,
    PostStatus,
    PostVersion,
    SignOff,
)
from ghostdesk.storage import trash_repo
from ghostdesk.storage.connection import Database

FIELDS = (
    "id, executive_id, title, language, body, links, hashtags, mentions, networks, campaign_id, notes, status,"
    " approved_by, approved_at, approved_hash, created_at, updated_at"
)


def _image_hashes(db: Database, post_id: str) -> tuple[str, ...]:
    rows = db.execute("SELECT sha256 FROM post_images WHERE post_id = ? ORDER BY created_at", [post_id]).fetchall()
    return tuple(r[0] for r in rows)


def _from_row(db: Database, row: tuple, image_hashes: tuple[str, ...] | None = None) -> Post:
    """`image_hashes`: None reads them (one more statement)."""
    approval = Approval(by=row[12], at=row[13], content_hash=row[14]) if row[14] else None
    return Post(
        id=row[0],
        executive_id=row[1],
        title=row[2],
        language=row[3],
        body=row[4],
        links=tuple(json.loads(row[5])),
        hashtags=tuple(json.loads(row[6])),
        mentions=tuple(json.loads(row[7])),
        networks=tuple(json.loads(row[8])),
        campaign_id=row[9],
        notes=row[10],
        status=PostStatus(row[11]),
        approval=approval,
        image_hashes=_image_hashes(db, row[0]) if image_hashes is None else image_hashes,
        created_at=row[15],
        updated_at=row[16],
    )


def row_values(post: Post) -> list[Any]:
    a = post.approval
    return [
        post.id,
        post.executive_id,
        post.title,
        post.language,
        post.body,
        json.dumps(list(post.links), ensure_ascii=False),
        json.dumps(list(post.hashtags), ensure_ascii=False),
        json.dumps(list(post.mentions), ensure_ascii=False),
        json.dumps(list(post.networks)),
        post.campaign_id,
        post.notes,
        post.status.value,
        a.by if a else None,
        a.at if a else None,
        a.content_hash if a else None,
        post.created_at,
        post.updated_at,
    ]


def insert(db: Database, post: Post) -> None:
    db.execute(f"INSERT INTO posts ({FIELDS}) VALUES ({', '.join('?' * 17)})", row_values(post))


def update(db: Database, post: Post) -> None:
    values = row_values(post)
    columns = [c.strip() for c in FIELDS.split(",")]
    assignments = ", ".join(f"{c} = ?" for c in columns[1:15]) + ", updated_at = ?"
    db.execute(f"UPDATE posts SET {assignments} WHERE id = ?", [*values[1:15], values[16], post.id])


def get(db: Database, post_id: str) -> Post:
    row = db.execute(f"SELECT {FIELDS} FROM posts WHERE id = ?", [post_id]).fetchone()
    if row is None:
        raise NotFound(f"No post {post_id}", entity="post", id=post_id)
    return _from_row(db, row)


@dataclass(frozen=True, slots=True)
class EditorRead:
    """What the editor shows of a post on opening it: the post, its autosaved edits (snapshot, when kept) and
    sign-offs (oldest first), and its executive's name and title."""

    post: Post
    autosave: tuple[dict, str] | None
    signoffs: tuple[SignOff, ...]
    executive_name: str
    executive_title: str


_EDITOR_READ = (
    "SELECT " + ", ".join(f"p.{c.strip()}" for c in FIELDS.split(",")) + ","
    " (SELECT count(*) FROM post_images WHERE post_id = p.id), a.snapshot, a.saved_at,"
    " EXISTS (SELECT 1 FROM post_signoffs WHERE post_id = p.id), e.name, e.title"
    " FROM posts p LEFT JOIN post_autosave a ON a.post_id = p.id LEFT JOIN executives e ON e.id = p.executive_id"
    " WHERE p.id = ?"
)


def for_editor(db: Database, post_id: str) -> EditorRead:
    """`get`, `get_autosave`, `signoffs` and the executive in one statement (a further one each only for a post
    that has images or sign-offs): opening a post in the editor is on the page's path to its first paint."""
    row = db.execute(_EDITOR_READ, [post_id]).fetchone()
    if row is None:
        raise NotFound(f"No post {post_id}", entity="post", id=post_id)
    images, snapshot, saved_at, signed, name, title = row[17:]
    post = _from_row(db, row[:17], None if images else ())
    return EditorRead(
        post=post,
        autosave=(json.loads(snapshot), saved_at) if snapshot is not None else None,
        signoffs=tuple(signoffs(db, post_id)) if signed else (),
        executive_name=name or "",
        executive_title=title or "",
    )


def exists(db: Database, post_id: str) -> bool:
    return db.execute("SELECT 1 FROM posts WHERE id = ?", [post_id]).fetchone() is not None


def count_for_executive(db: Database, executive_id: str) -> int:
    return db.execute("SELECT count(*) FROM posts WHERE executive_id = ?", [executive_id]).fetchone()[0]


def count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM posts").fetchone()[0]


# -- finding posts -------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must appear, each as a prefix; no operator injection."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(text))


def _where(flt: PostFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if flt.statuses:
        clauses.append(f"p.status IN ({', '.join('?' * len(flt.statuses))})")
        args.extend(s.value for s in flt.statuses)
    if flt.executive_id:
        clauses.append("p.executive_id = ?")
        args.append(flt.executive_id)
    if flt.campaign_id:
        clauses.append("p.campaign_id = ?")
        args.append(flt.campaign_id)
    if flt.language:
        clauses.append("p.language = ?")
        args.append(flt.language)
    if flt.updated_from:
        clauses.append("p.updated_at >= ?")
        args.append(date.fromisoformat(flt.updated_from).isoformat())
    if flt.updated_to:
        clauses.append("p.updated_at < ?")
        args.append((date.fromisoformat(flt.updated_to) + timedelta(days=1)).isoformat())
    return clauses, args


# Chinese and Japanese are written without spaces, so the FTS tokenizer sees a whole sentence as one token:
# searches holding such text match substrings instead (a scan, fine for the sizes a workspace holds).
# (Ranges compared directly: as a regex character class they took ≈13 ms to compile, at the import of this module.)
_CJK = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xF900, 0xFAFF), (0xAC00, 0xD7AF))


def _has_cjk(text: str) -> bool:
    return any(low <= ord(ch) <= high for ch in text for low, high in _CJK)


def _substring_terms(search: str) -> list[str]:
    return search.split() if _has_cjk(search) else []


def _like_clauses(terms: list[str]) -> tuple[list[str], list[str]]:
    def escaped(term: str) -> str:
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    haystack = "(p.title || ' ' || p.body || ' ' || p.hashtags)"
    return [f"{haystack} LIKE ? ESCAPE '\\'" for _ in terms], [escaped(t) for t in terms]


def list_ids(db: Database, flt: PostFilter) -> list[str]:
    """Ids in display order: by relevance when searching, else most recently updated first."""
    clauses, args = _where(flt)
    substrings = _substring_terms(flt.search)
    if substrings:
        extra, extra_args = _like_clauses(substrings)
        sql = "SELECT p.id FROM posts p WHERE " + " AND ".join([*clauses, *extra]) + " ORDER BY p.updated_at DESC"
        return [r[0] for r in db.execute(sql, [*args, *extra_args]).fetchall()]
    query = fts_query(flt.search)
    if flt.search.strip() and not query:
        return []
    if query:
        sql = "SELECT p.id FROM posts_fts f JOIN posts p ON p.seq = f.rowid WHERE posts_fts MATCH ?"
        sql += "".join(f" AND {c}" for c in clauses) + " ORDER BY f.rank"
        return [r[0] for r in db.execute(sql, [query, *args]).fetchall()]
    return [post_id for post_id, _ in page_ids(db, flt, limit=None)]


def page_ids(
    db: Database, flt: PostFilter, *, limit: int | None, after: tuple[str, str] | None = None
) -> list[tuple[str, str]]:
    """(id, updated_at) in display order without a search, a page at a time: keyset paging on the covering
    indexes, so each page costs the same however many posts there are. `after` is the last (updated_at, id)."""
    clauses, args = _where(flt)
    if after is not None:
        clauses.append("(p.updated_at, p.id) < (?, ?)")
        args.extend(after)
    sql = "SELECT p.id, p.updated_at FROM posts p"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY p.updated_at DESC, p.id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [(r[0], r[1]) for r in db.execute(sql, args).fetchall()]


# -- the posts table: one page at a time, in any column's order ----------------------------------

_ROW_SELECT = (
    "p.id, p.title, coalesce(e.name, ''), p.status, p.language, p.networks, p.updated_at, substr(p.body, 1, 160)"
)
_ROW_FROM = " LEFT JOIN executives e ON e.id = p.executive_id"
_RECENT = ("p.updated_at", "p.id")
_GROUPED = {"status": "p.status", "language": "p.language", "executive": "p.executive_id"}


@dataclass(frozen=True, slots=True)
class TablePage:
    """A page of the posts table: ids in display order, their lines when asked for (and snippets when
    searching), and where the next page starts (None when this was the last)."""

    ids: list[str]
    rows: dict[str, PostRow]
    snippets: dict[str, str]
    cursor: Any


@dataclass(frozen=True, slots=True)
class _Segment:
    """A run of the order that one index streams: extra condition, key columns (the last is p.id), direction."""

    where: str
    args: tuple
    keys: tuple[str, ...]
    descending: bool


def _group_order(db: Database, sort: PostSort) -> list[str]:
    if sort.order:
        return list(sort.order)
    if sort.column == "status":
        return [s.value for s in PostStatus]
    if sort.column == "language":
        return list(LANGUAGES)
    return [r[0] for r in db.execute("SELECT id FROM executives ORDER BY name COLLATE NOCASE, id").fetchall()]


def _segments(db: Database, sort: PostSort) -> list[_Segment]:
    """Every order as runs the covering indexes stream without sorting: by update or title directly; by a
    grouped column one value after the other (in the order given), newest first within each value."""
    if sort.column == "updated":
        return [_Segment("", (), _RECENT, sort.descending)]
    if sort.column == "title":  # untitled posts last either way (the table shows their first words instead)
        titled = _Segment("p.title != ''", (), ("p.title COLLATE NOCASE", "p.id"), sort.descending)
        return [titled, _Segment("p.title = ''", (), _RECENT, True)]
    column = _GROUPED[sort.column]
    values = _group_order(db, sort)
    runs = [_Segment(f"{column} = ?", (v,), _RECENT, True) for v in (values[::-1] if sort.descending else values)]
    rest = _Segment(f"{column} NOT IN ({', '.join('?' * len(values))})", tuple(values), _RECENT, True)
    return [*runs, rest] if values else [_Segment("", (), _RECENT, True)]


_NETWORKS: dict[str, tuple[str, ...]] = {}  # the few distinct network lists, parsed once


def _networks(text: str) -> tuple[str, ...]:
    found = _NETWORKS.get(text)
    if found is None:
        found = tuple(json.loads(text))
        if len(_NETWORKS) < 256:
            _NETWORKS[text] = found
    return found


def _post_row(r: tuple) -> PostRow:
    return PostRow(
        id=r[0],
        title=r[1],
        executive_name=r[2],
        status=PostStatus(r[3]),
        language=r[4],
        networks=_networks(r[5]),
        updated_at=r[6],
        excerpt=" ".join(r[7].split()),
    )


def table_page(
    db: Database,
    flt: PostFilter,
    sort: PostSort | None = None,
    *,
    limit: int,
    cursor: Any = None,
    with_rows: bool = False,
) -> TablePage:
    """One page of the posts table from `cursor` (None: the first page). Without a search, keyset paging over
    the covering indexes: each page costs the same wherever it starts. A search pages its ranked matches
    (LIMIT/OFFSET), snippets included with the rows. `with_rows` reads the lines too, in the same query.
    `sort` None is the default order: most recently updated first, or by relevance when searching."""
    if flt.search.strip():
        return _search_page(db, flt, sort, limit=limit, offset=cursor or 0, with_rows=with_rows)
    segments = _segments(db, sort or PostSort())
    index, last = cursor or (0, None)
    clauses, args = _where(flt)
    ids: list[str] = []
    rows_: dict[str, PostRow] = {}
    while index < len(segments) and len(ids) < limit:
        segment = segments[index]
        where, values = list(clauses), list(args)
        if segment.where:
            where.append(segment.where)
            values.extend(segment.args)
        if last is not None:
            where.append(
                f"({', '.join(segment.keys)}) {'<' if segment.descending else '>'} ({', '.join('?' * len(last))})"
            )
            values.extend(last)
        direction = " DESC" if segment.descending else ""
        sql = f"SELECT {_ROW_SELECT if with_rows else 'p.id'}, {', '.join(segment.keys)} FROM posts p"
        sql += _ROW_FROM if with_rows else ""
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY "
        sql += ", ".join(k + direction for k in segment.keys) + " LIMIT ?"
        wanted = limit - len(ids)
        found = db.execute(sql, [*values, wanted]).fetchall()
        for r in found:
            ids.append(r[0])
            if with_rows:
                rows_[r[0]] = _post_row(r)
        if len(found) < wanted:
            index, last = index + 1, None
        else:
            last = tuple(found[-1][-len(segment.keys) :])
    return TablePage(ids, rows_, {}, (index, last) if index < len(segments) else None)


def _order_by(db: Database, sort: PostSort | None) -> tuple[str, list[Any]]:
    """An ORDER BY for a search sorted by a column (the matches are sorted; no index needed)."""
    recent = "p.updated_at DESC, p.id DESC"
    if sort is None:
        return "", []
    direction = " DESC" if sort.descending else ""
    if sort.column == "updated":
        return f"p.updated_at{direction}, p.id{direction}", []
    if sort.column == "title":
        return f"p.title = '', p.title COLLATE NOCASE{direction}, {recent}", []
    values = _group_order(db, sort)
    rank = " ".join("WHEN ? THEN " + str(i) for i in range(len(values)))
    return f"CASE {_GROUPED[sort.column]} {rank} ELSE {len(values)} END{direction}, {recent}", values


def _search_page(
    db: Database, flt: PostFilter, sort: PostSort | None, *, limit: int, offset: int, with_rows: bool
) -> TablePage:
    clauses, args = _where(flt)
    select = f"{_ROW_SELECT if with_rows else 'p.id'}"
    order, order_args = _order_by(db, sort)
    substrings = _substring_terms(flt.search)
    if substrings:
        extra, extra_args = _like_clauses(substrings)
        sql = f"SELECT {select} FROM posts p{_ROW_FROM if with_rows else ''} WHERE " + " AND ".join([*clauses, *extra])
        sql += f" ORDER BY {order or 'p.updated_at DESC, p.id DESC'} LIMIT ? OFFSET ?"
        found = db.execute(sql, [*args, *extra_args, *order_args, limit, offset]).fetchall()
        shown = {}
        if with_rows:
            bodies = dict(db.execute(
                f"SELECT id, body FROM posts WHERE id IN ({', '.join('?' * len(found))})", [r[0] for r in found]
            ).fetchall()) if found else {}  # fmt: skip
            shown = {r[0]: _substring_snippet(bodies[r[0]], substrings) for r in found}
    else:
        query = fts_query(flt.search)
        if not query:
            return TablePage([], {}, {}, None)
        snippet = f", snippet(posts_fts, 1, '{SNIPPET_START}', '{SNIPPET_END}', '…', 14)" if with_rows else ""
        sql = f"SELECT {select}{snippet} FROM posts_fts f JOIN posts p ON p.seq = f.rowid"
        sql += (_ROW_FROM if with_rows else "") + " WHERE posts_fts MATCH ?" + "".join(f" AND {c}" for c in clauses)
        sql += f" ORDER BY {order or 'f.rank'} LIMIT ? OFFSET ?"
        found = db.execute(sql, [query, *args, *order_args, limit, offset]).fetchall()
        shown = {r[0]: r[8] for r in found} if with_rows else {}
    rows_ = {r[0]: _post_row(r) for r in found} if with_rows else {}
    ids = [r[0] for r in found]
    return TablePage(ids, rows_, shown, offset + len(ids) if len(ids) == limit else None)


def count_ids(db: Database, flt: PostFilter) -> int:
    clauses, args = _where(flt)
    substrings = _substring_terms(flt.search)
    if substrings:
        extra, extra_args = _like_clauses(substrings)
        sql = "SELECT count(*) FROM posts p WHERE " + " AND ".join([*clauses, *extra])
        return db.execute(sql, [*args, *extra_args]).fetchone()[0]
    query = fts_query(flt.search)
    if flt.search.strip() and not query:
        return 0
    if query:
        sql = "SELECT count(*) FROM posts_fts f JOIN posts p ON p.seq = f.rowid WHERE posts_fts MATCH ?"
        return db.execute(sql + "".join(f" AND {c}" for c in clauses), [query, *args]).fetchone()[0]
    sql = "SELECT count(*) FROM posts p" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return db.execute(sql, args).fetchone()[0]


def rows(db: Database, ids: list[str]) -> dict[str, PostRow]:
    """The table's lines for a batch of ids (one query)."""
    if not ids:
        return {}
    sql = (
        "SELECT p.id, p.title, coalesce(e.name, ''), p.status, p.language, p.networks, p.updated_at,"
        " substr(p.body, 1, 160) FROM posts p LEFT JOIN executives e ON e.id = p.executive_id"
        f" WHERE p.id IN ({', '.join('?' * len(ids))})"
    )
    return {r[0]: _post_row(r) for r in db.execute(sql, ids).fetchall()}


SNIPPET_START, SNIPPET_END = "\x02", "\x03"


def snippets(db: Database, search: str, ids: list[str]) -> dict[str, str]:
    """Body snippets around the matched words, marked with SNIPPET_START/SNIPPET_END."""
    substrings = _substring_terms(search)
    if substrings and ids:
        bodies = db.execute(f"SELECT id, body FROM posts WHERE id IN ({', '.join('?' * len(ids))})", ids)
        return {post_id: _substring_snippet(body, substrings) for post_id, body in bodies.fetchall()}
    query = fts_query(search)
    if not query or not ids:
        return {}
    sql = (
        f"SELECT p.id, snippet(posts_fts, 1, '{SNIPPET_START}', '{SNIPPET_END}', '…', 14)"
        " FROM posts_fts f JOIN posts p ON p.seq = f.rowid"
        f" WHERE posts_fts MATCH ? AND p.id IN ({', '.join('?' * len(ids))})"
    )
    return dict(db.execute(sql, [query, *ids]).fetchall())


def _substring_snippet(body: str, terms: list[str], width: int = 40) -> str:
    lower = body.lower()
    first = min((i for i in (lower.find(t.lower()) for t in terms) if i >= 0), default=0)
    start = max(0, first - width // 2)
    window = body[start : start + width * 2]
    for term in sorted(terms, key=len, reverse=True):
        window = re.sub(re.escape(term), lambda m: f"{SNIPPET_START}{m.group(0)}{SNIPPET_END}", window, flags=re.I)
    return ("…" if start else "") + window + ("…" if start + width * 2 < len(body) else "")


def used_tags(db: Database, column: str, limit: int = 300) -> list[str]:
    """Hashtags or mentions used in the workspace's posts, most used first."""
    if column not in ("hashtags", "mentions"):
        raise ValueError(column)
    rows_ = db.execute(
        f"SELECT j.value, count(*) AS n FROM posts p, json_each(p.{column}) j"
        " GROUP BY j.value COLLATE NOCASE ORDER BY n DESC, j.value LIMIT ?",
        [limit],
    ).fetchall()
    return [r[0] for r in rows_]


# -- versions ------------------------------------------------------------------------------------


def add_version(db: Database, post: Post, *, saved_by: str, reason: str) -> PostVersion:
    number = db.execute("SELECT coalesce(max(number), 0) + 1 FROM post_versions WHERE post_id = ?", [post.id])
    number = number.fetchone()[0]
    snapshot = {**post.content, "title": post.title, "notes": post.notes}
    version = PostVersion(new_id(), post.id, number, utc_now_iso(), saved_by, reason, post.content_hash, snapshot)
    db.execute(
        "INSERT INTO post_versions (id, post_id, number, saved_at, saved_by, reason, content_hash, snapshot)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            version.id,
            post.id,
            number,
            version.saved_at,
            saved_by,
            reason,
            version.content_hash,
            json.dumps(snapshot, ensure_ascii=False),
        ],
    )
    return version


def _version(row: tuple) -> PostVersion:
    return PostVersion(*row[:7], snapshot=json.loads(row[7]))


_VERSION_FIELDS = "id, post_id, number, saved_at, saved_by, reason, content_hash, snapshot"


def versions(db: Database, post_id: str) -> list[PostVersion]:
    rows_ = db.execute(
        f"SELECT {_VERSION_FIELDS} FROM post_versions WHERE post_id = ? ORDER BY number", [post_id]
    ).fetchall()
    return [_version(r) for r in rows_]


def latest_version(db: Database, post_id: str) -> PostVersion | None:
    row = db.execute(
        f"SELECT {_VERSION_FIELDS} FROM post_versions WHERE post_id = ? ORDER BY number DESC LIMIT 1", [post_id]
    ).fetchone()
    return _version(row) if row else None


# -- autosave ------------------------------------------------------------------------------------


def put_autosave(db: Database, post_id: str, snapshot: dict) -> str:
    saved_at = utc_now_iso()
    with db.atomic():
        db.execute(
            "INSERT INTO post_autosave (post_id, snapshot, saved_at) VALUES (?, ?, ?)"
            " ON CONFLICT(post_id) DO UPDATE SET snapshot = excluded.snapshot, saved_at = excluded.saved_at",
            [post_id, json.dumps(snapshot, ensure_ascii=False), saved_at],
        )
    return saved_at


def get_autosave(db: Database, post_id: str) -> tuple[dict, str] | None:
    row = db.execute("SELECT snapshot, saved_at FROM post_autosave WHERE post_id = ?", [post_id]).fetchone()
    return (json.loads(row[0]), row[1]) if row else None


def clear_autosave(db: Database, post_id: str) -> None:
    db.execute("DELETE FROM post_autosave WHERE post_id = ?", [post_id])


# -- sign-offs, comments, images -----------------------------------------------------------------


def add_signoff(db: Database, signoff: SignOff) -> None:
    db.execute(
        "INSERT INTO post_signoffs (id, post_id, executive_id, content_hash, relayed_by, how, note, signed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            signoff.id,
            signoff.post_id,
            signoff.executive_id,
            signoff.content_hash,
            signoff.relayed_by,
            signoff.how,
            signoff.note,
            signoff.signed_at,
        ],
    )


def signoffs(db: Database, post_id: str) -> list[SignOff]:
    rows_ = db.execute(
        "SELECT id, post_id, executive_id, content_hash, relayed_by, how, note, signed_at FROM post_signoffs"
        " WHERE post_id = ? ORDER BY signed_at",
        [post_id],
    ).fetchall()
    return [SignOff(*r) for r in rows_]


def add_comment(db: Database, post_id: str, author: str, text: str) -> Comment:
    comment = Comment(new_id(), post_id, author, text, utc_now_iso())
    with db.atomic():
        db.execute(
            "INSERT INTO post_comments (id, post_id, author, text, created_at) VALUES (?, ?, ?, ?, ?)",
            [comment.id, post_id, author, text, comment.created_at],
        )
    return comment


def comments(db: Database, post_id: str) -> list[Comment]:
    rows_ = db.execute(
        "SELECT id, post_id, author, text, created_at FROM post_comments WHERE post_id = ? ORDER BY created_at",
        [post_id],
    ).fetchall()
    return [Comment(*r) for r in rows_]


def add_image(db: Database, post_id: str, name: str, mime: str, sha256: str, data: bytes) -> str:
    image_id = new_id()
    db.execute(
        "INSERT INTO post_images (id, post_id, name, mime, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [image_id, post_id, name, mime, sha256, data, utc_now_iso()],
    )
    return image_id


def images(db: Database, post_id: str) -> list[tuple[str, str, str, bytes]]:
    """(id, name, mime, data) in the order they were added."""
    return [
        tuple(r)
        for r in db.execute(
            "SELECT id, name, mime, data FROM post_images WHERE post_id = ? ORDER BY created_at", [post_id]
        ).fetchall()
    ]


# -- check terms ---------------------------------------------------------------------------------


def add_term(db: Database, kind: str, term: str, language: str = "", executive_id: str | None = None) -> str:
    term_id = new_id()
    with db.atomic():
        db.execute(
            "INSERT INTO check_terms (id, kind, term, language, executive_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [term_id, kind, term, language, executive_id, utc_now_iso()],
        )
    return term_id


def terms(db: Database, kind: str, language: str | None = None, executive_id: str | None = None) -> list[str]:
    """Terms of a kind for a language (None: every language) and an executive (`pick_terms`' rules)."""
    return pick_terms(terms_of_kinds(db, (kind,)), kind, language, executive_id)


def terms_of_kinds(db: Database, kinds: tuple[str, ...]) -> list[tuple[str, str, str, str | None]]:
    """Every term of these kinds as (kind, term, language, executive_id), ordered by term: one read to pick the
    lists of many kinds, languages and executives from (`pick_terms`)."""
    marks = ", ".join("?" * len(kinds))
    sql = f"SELECT kind, term, language, executive_id FROM check_terms WHERE kind IN ({marks}) ORDER BY term"
    return [tuple(r) for r in db.execute(sql, list(kinds)).fetchall()]


def pick_terms(
    rows: list[tuple[str, str, str, str | None]],
    kind: str,
    language: str | None = None,
    executive_id: str | None = None,
) -> list[str]:
    """The terms of a kind that apply, from `terms_of_kinds` rows (in their order) — the one place of the rules:
    a language-less term applies to every language (and `language=None` takes every language); an executive-less
    term applies to every executive, an executive's own term only to them (`executive_id=None`: only the
    executive-less terms)."""
    return [
        term
        for k, term, lang, owner in rows
        if k == kind
        and (language is None or lang == "" or lang == language)
        and (owner is None or (executive_id and owner == executive_id))
    ]


def replace_terms(db: Database, kind: str, terms_: list[str]) -> None:
    """Replace the workspace-wide (language- and executive-less) terms of a kind, in one transaction."""
    with db.atomic():
        db.execute("DELETE FROM check_terms WHERE kind = ? AND language = '' AND executive_id IS NULL", [kind])
        now = utc_now_iso()
        for term in terms_:
            db.execute(
                "INSERT INTO check_terms (id, kind, term, language, executive_id, created_at) VALUES (?, ?, ?, '', NULL, ?)",
                [new_id(), kind, term, now],
            )


# -- deleting ------------------------------------------------------------------------------------


def delete(db: Database, post_id: str, *, deleted_by: str) -> None:
    """Move a post (with its versions) to the trash, in one transaction."""
    post = get(db, post_id)
    columns = [c.strip() for c in FIELDS.split(",")]
    row = dict(zip(columns, row_values(post), strict=True))
    payload = {"row": row, "versions": [_version_dict(v) for v in versions(db, post_id)]}
    with db.atomic():
        trash_repo.put(
            db,
            entity_type="post",
            entity_id=post_id,
            label=post.title or post.body[:60],
            payload=payload,
            deleted_by=deleted_by,
        )
        db.execute("DELETE FROM posts WHERE id = ?", [post_id])


def _version_dict(v: PostVersion) -> dict:
    return {
        "id": v.id,
        "post_id": v.post_id,
        "number": v.number,
        "saved_at": v.saved_at,
        "saved_by": v.saved_by,
        "reason": v.reason,
        "content_hash": v.content_hash,
        "snapshot": json.dumps(v.snapshot, ensure_ascii=False),
    }


def restore(db: Database, trash_id: str) -> Post:
    with db.atomic():
        item = trash_repo.take(db, trash_id)
        row = item.payload["row"]
        db.execute(f"INSERT INTO posts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        for v in item.payload.get("versions", []):
            db.execute(
                f"INSERT INTO post_versions ({', '.join(v)}) VALUES ({', '.join('?' * len(v))})", list(v.values())
            )
    return get(db, item.entity_id)
