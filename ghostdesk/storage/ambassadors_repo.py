"""Storage: ambassadors, groups, topics, the consent register and participation texts (rows ↔ dataclasses)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence

from ghostdesk.domain.ambassador import (
    Ambassador,
    AmbassadorCounts,
    AmbassadorFilter,
    ConsentEvent,
    ConsentKind,
    ConsentStatus,
    NetworkProfile,
    ParticipationText,
    RosterRow,
    Visibility,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound
from ghostdesk.storage.connection import Database

_COLUMNS = (
    "id, name, email, market, language, time_zone, team, networks, topics, max_shares_per_week, quiet_start,"
    " quiet_end, visibility, notes, consent, consent_at, consent_text_version, consent_text_language, erased_at,"
    " created_at, updated_at"
)
_SORTS = {
    "name": "search_key",  # starts with the folded name, so 'Léa' sorts before 'Lukas'
    "email": "IFNULL(email, '') COLLATE NOCASE",  # NULL once erased; '' sorts where NULL would
    "market": "market",
    "team": "team COLLATE NOCASE",
    "consent": "consent",
    "network_size": "network_size",
    "updated_at": "updated_at",
    "language": "language",
    "time_zone": "time_zone",
}
_CHUNK = 500


def fold(text: str) -> str:
    """Accent- and case-blind form used for search ('Zoé' finds 'zoe')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_CONSENT = {status.value: status for status in ConsentStatus}
_VISIBILITY = {visibility.value: visibility for visibility in Visibility}


def _from_row(row: tuple, groups: tuple[str, ...] = ()) -> Ambassador:
    networks, topics = row[7], row[8]
    return Ambassador(
        id=row[0],
        name=row[1],
        email=row[2] or "",
        market=row[3],
        language=row[4],
        time_zone=row[5],
        team=row[6],
        networks=tuple(NetworkProfile(**n) for n in json.loads(networks)) if networks != "[]" else (),
        topics=tuple(json.loads(topics)) if topics != "[]" else (),
        max_shares_per_week=row[9],
        quiet_start=row[10],
        quiet_end=row[11],
        visibility=_VISIBILITY[row[12]],  # a dict look-up: an enum call per row is ~1 µs
        notes=row[13],
        groups=groups,
        consent=_CONSENT[row[14]],
        consent_at=row[15],
        consent_text_version=row[16],
        consent_text_language=row[17],
        erased_at=row[18],
        created_at=row[19],
        updated_at=row[20],
    )


def _values(a: Ambassador) -> list:
    networks = [{"network": n.network, "url": n.url, "size": n.size} for n in a.networks]
    return [
        a.id,
        a.name,
        a.email or None,
        a.market,
        a.language,
        a.time_zone,
        a.team,
        json.dumps(networks, ensure_ascii=False),
        json.dumps(list(a.topics), ensure_ascii=False),
        a.network_size,
        a.max_shares_per_week,
        a.quiet_start,
        a.quiet_end,
        a.visibility.value,
        a.notes,
        a.consent.value,
        a.consent_at,
        a.consent_text_language,
        a.consent_text_version,
        fold(" ".join((a.name, a.email, a.team))),
        a.erased_at,
        a.created_at or utc_now_iso(),
        a.updated_at or utc_now_iso(),
    ]


_UPSERT = """
    INSERT INTO ambassadors (id, name, email, market, language, time_zone, team, networks, topics, network_size,
        max_shares_per_week, quiet_start, quiet_end, visibility, notes, consent, consent_at, consent_text_language,
        consent_text_version, search_key, erased_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET
        name = excluded.name, email = excluded.email, market = excluded.market, language = excluded.language,
        time_zone = excluded.time_zone, team = excluded.team, networks = excluded.networks, topics = excluded.topics,
        network_size = excluded.network_size, max_shares_per_week = excluded.max_shares_per_week,
        quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, visibility = excluded.visibility,
        notes = excluded.notes, search_key = excluded.search_key, updated_at = excluded.updated_at
"""


def save_many(db: Database, ambassadors: Sequence[Ambassador]) -> None:
    """Insert or update people with their topics and groups (consent fields change only through the register)."""
    if not ambassadors:
        return
    with db.atomic():
        db.conn.executemany(_UPSERT, [_values(a) for a in ambassadors])
        ids = [a.id for a in ambassadors]
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            db.execute(f"DELETE FROM ambassador_topics WHERE ambassador_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM ambassador_group_members WHERE ambassador_id IN ({marks})", chunk)
        db.conn.executemany(
            "INSERT OR IGNORE INTO ambassador_topics (ambassador_id, topic) VALUES (?, ?)",
            [(a.id, t) for a in ambassadors for t in a.topics],
        )
        group_ids = ensure_groups(db, {g for a in ambassadors for g in a.groups})
        db.conn.executemany(
            "INSERT OR IGNORE INTO ambassador_group_members (group_id, ambassador_id) VALUES (?, ?)",
            [(group_ids[g.casefold()], a.id) for a in ambassadors for g in a.groups],
        )


def save(db: Database, ambassador: Ambassador) -> None:
    save_many(db, [ambassador])


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start : start + _CHUNK])


def get(db: Database, ambassador_id: str) -> Ambassador:
    found = get_many(db, [ambassador_id])
    if ambassador_id not in found:
        raise NotFound(f"No ambassador {ambassador_id}", entity="ambassador", id=ambassador_id)
    return found[ambassador_id]


def _groups_of(db: Database, ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The groups of these people (at most one chunk of ids), each person's in name order."""
    marks = ", ".join("?" * len(ids))
    groups: dict[str, list[str]] = {}
    for person, name in db.execute(
        "SELECT m.ambassador_id, g.name FROM ambassador_group_members m JOIN ambassador_groups g"
        f" ON g.id = m.group_id WHERE m.ambassador_id IN ({marks}) ORDER BY g.name COLLATE NOCASE",
        list(ids),
    ).fetchall():
        groups.setdefault(person, []).append(name)
    return {person: tuple(names) for person, names in groups.items()}


def get_many(db: Database, ids: Sequence[str]) -> dict[str, Ambassador]:
    """Load people by id."""
    result: dict[str, Ambassador] = {}
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        groups = _groups_of(db, chunk)
        for row in db.execute(f"SELECT {_COLUMNS} FROM ambassadors WHERE id IN ({marks})", chunk).fetchall():
            result[row[0]] = _from_row(row, groups.get(row[0], ()))
    return result


def network_sizes(db: Database, ids: Sequence[str]) -> dict[str, int]:
    """Each person's stored network size (what `Ambassador.network_size` adds up when the row is written),
    without reading and parsing the whole row."""
    result: dict[str, int] = {}
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        result.update(db.execute(f"SELECT id, network_size FROM ambassadors WHERE id IN ({marks})", chunk).fetchall())
    return result


def emails(db: Database, ids: Sequence[str]) -> dict[str, str]:
    """Each person's e-mail address by id ('' when none), without reading the whole row."""
    result: dict[str, str] = {}
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        rows = db.execute(f"SELECT id, email FROM ambassadors WHERE id IN ({marks})", chunk).fetchall()
        result.update((person, email or "") for person, email in rows)
    return result


# -- the roster table: what it shows, a window of rows at a time --------------------------------------

_ROW_COLUMNS = "id, name, email, market, team, consent, consent_at, network_size, time_zone"


def _roster_rows(db: Database, rows: list[tuple], *, with_groups: bool = True) -> list[RosterRow]:
    groups: dict[str, tuple[str, ...]] = {}
    for chunk in _chunks([r[0] for r in rows] if with_groups else []):
        groups.update(_groups_of(db, chunk))
    return [
        RosterRow(r[0], r[1], r[2] or "", r[3], r[4], _CONSENT[r[5]], r[6], r[7], r[8], groups.get(r[0], ()))
        for r in rows
    ]


# Each returned row's groups, in the same statement: a JSON array (any name survives it), '[]' for none.
_ROW_GROUPS = (
    "(SELECT json_group_array(g.name) FROM ambassador_group_members m JOIN ambassador_groups g ON g.id = m.group_id"
    " WHERE m.ambassador_id = ambassadors.id)"
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _group_names(cell: str) -> tuple[str, ...]:
    """A row's groups from `_ROW_GROUPS`, in `COLLATE NOCASE` order as `_groups_of` gives them (SQLite's NOCASE
    folds ASCII letters only; names are unique under it, so no two compare equal)."""
    if cell == "[]":
        return ()
    return tuple(sorted(json.loads(cell), key=lambda name: name.translate(_ASCII_LOWER)))


def roster_rows(
    db: Database, filt: AmbassadorFilter, offset: int, limit: int, *, from_end: bool = False
) -> list[RosterRow]:
    """Rows offset … offset + limit - 1 of the roster as the table shows them (`from_end`: as in page_ids), with
    their groups, in one query (in the index's order: SQLite reads only the rows returned, and looks up the groups
    of those alone)."""
    where, args = _where(filt)
    order = _order_by(filt, reverse=from_end)
    sql = f"SELECT {_ROW_COLUMNS}, {_ROW_GROUPS} FROM ambassadors WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = db.execute(sql, [*args, max(limit, 0), max(offset, 0)]).fetchall()
    return [
        RosterRow(r[0], r[1], r[2] or "", r[3], r[4], _CONSENT[r[5]], r[6], r[7], r[8], _group_names(r[9]))
        for r in (rows[::-1] if from_end else rows)
    ]


def roster_rows_by_id(db: Database, ids: Sequence[str], *, with_groups: bool = True) -> list[RosterRow]:
    """The table's rows for these people, in the order given (those not found are left out); without their
    groups (left empty) when the caller does not need them."""
    found: dict[str, tuple] = {}
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        found.update(
            (r[0], r) for r in db.execute(f"SELECT {_ROW_COLUMNS} FROM ambassadors WHERE id IN ({marks})", chunk)
        )
    return _roster_rows(db, [found[i] for i in ids if i in found], with_groups=with_groups)


def by_emails(db: Database, emails: Iterable[str]) -> dict[str, Ambassador]:
    """Current people keyed by (lower-case) e-mail."""
    wanted = sorted({e.lower() for e in emails if e})
    ids: list[str] = []
    for chunk in _chunks(wanted):
        marks = ", ".join("?" * len(chunk))
        ids += [r[0] for r in db.execute(f"SELECT id FROM ambassadors WHERE email IN ({marks})", chunk).fetchall()]
    return {a.email: a for a in get_many(db, ids).values()}


_NOT_ERASED = "consent != 'erased'"


def _where(filt: AmbassadorFilter) -> tuple[str, list]:
    clauses: list[str] = []
    args: list = []
    if filt.consent:
        clauses.append("consent = ?")
        args.append(filt.consent)
    else:
        clauses.append(_NOT_ERASED)
    if filt.market:
        clauses.append("market = ?")
        args.append(filt.market.upper())
    if filt.team:
        clauses.append("team = ? COLLATE NOCASE")
        args.append(filt.team)
    if filt.topic:
        clauses.append("id IN (SELECT ambassador_id FROM ambassador_topics WHERE topic = ?)")
        args.append(filt.topic)
    if filt.group:
        clauses.append(
            "id IN (SELECT m.ambassador_id FROM ambassador_group_members m JOIN ambassador_groups g"
            " ON g.id = m.group_id WHERE g.name = ? COLLATE NOCASE)"
        )
        args.append(filt.group)
    term = fold(filt.search.strip())
    if term:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("search_key LIKE ? ESCAPE '\\'")
        args.append(f"%{escaped}%")
    return " AND ".join(clauses), args


def _order(filt: AmbassadorFilter) -> list[tuple[str, bool]]:
    """The roster's sort as (expression, descending) terms; ties go by name, then id, so the order is total."""
    key = _SORTS.get(filt.sort, _SORTS["name"])
    if key == "search_key":
        return [("search_key", filt.descending), ("id", filt.descending)]
    return [(key, filt.descending), ("search_key", False), ("id", False)]


def _order_by(filt: AmbassadorFilter, *, reverse: bool = False) -> str:
    return ", ".join(f"{expr} {'DESC' if descending != reverse else 'ASC'}" for expr, descending in _order(filt))


def query_ids(db: Database, filt: AmbassadorFilter) -> list[str]:
    """Every id the roster shows, in display order (indexed filters, one query)."""
    where, args = _where(filt)
    return [row[0] for row in db.execute(f"SELECT id FROM ambassadors WHERE {where} ORDER BY {_order_by(filt)}", args)]


def page_ids(db: Database, filt: AmbassadorFilter, offset: int, limit: int, *, from_end: bool = False) -> list[str]:
    """One page of the roster's ids in display order: rows offset … offset + limit - 1, or with `from_end` the
    page whose last row is `offset` rows before the end (read backwards: SQLite skips rows one by one, so a page
    near the end is cheaper counted from there)."""
    where, args = _where(filt)
    sql = f"SELECT id FROM ambassadors WHERE {where} ORDER BY {_order_by(filt, reverse=from_end)} LIMIT ? OFFSET ?"
    found = [row[0] for row in db.execute(sql, [*args, max(limit, 0), max(offset, 0)])]
    return found[::-1] if from_end else found


def _only_market_or_team(filt: AmbassadorFilter) -> bool:
    """No filter but a market or a team (or neither), and not a consent: each has an index of its own."""
    return not (filt.consent or filt.topic or filt.group or fold(filt.search.strip())) and not (
        filt.market and filt.team
    )


def count_ids(db: Database, filt: AmbassadorFilter) -> int:
    """How many people the roster shows for this filter."""
    where, args = _where(filt)
    if where == _NOT_ERASED:  # the whole roster: the stored totals (m013)
        return counts(db).total
    if filt.consent and where == "consent = ?":  # one consent state alone: its stored count
        return _stored_counts(db).get(filt.consent, 0)
    if _only_market_or_team(filt):
        # A market's (or team's) people counted along its index without reading each one's consent, less the
        # erased among them (a short range of the consent index; `+` keeps SQLite on that index).
        column, value = ("market", filt.market.upper()) if filt.market else ("team", filt.team)
        nocase = " COLLATE NOCASE" if column == "team" else ""
        sql = (
            f"SELECT (SELECT COUNT(*) FROM ambassadors WHERE {column} = ?{nocase})"
            f" - (SELECT COUNT(*) FROM ambassadors WHERE consent = 'erased' AND +{column} = ?{nocase})"
        )
        return db.execute(sql, [value, value]).fetchone()[0]
    return db.execute(f"SELECT COUNT(*) FROM ambassadors WHERE {where}", args).fetchone()[0]


def sorts_in_memory(db: Database, filt: AmbassadorFilter) -> bool:
    """True when SQLite must sort the matching rows itself (no index gives this order under this filter):
    every page would then sort them all again, so the roster reads its ids once instead."""
    if filt.sort in ("", "name") and _only_market_or_team(filt):
        return False  # by name, over the whole roster, a market or a team: an index gives the order (tested)
    where, args = _where(filt)
    plan = db.execute(f"EXPLAIN QUERY PLAN SELECT id FROM ambassadors WHERE {where} ORDER BY {_order_by(filt)}", args)
    return any("TEMP B-TREE" in row[-1] for row in plan.fetchall())


def position(db: Database, filt: AmbassadorFilter, ambassador_id: str) -> int:
    """The row of a person in the roster for this filter, or -1 when the filter leaves them out."""
    where, args = _where(filt)
    terms = _order(filt)
    keys = db.execute(
        f"SELECT {', '.join(expr for expr, _ in terms)} FROM ambassadors WHERE id = ? AND {where}",
        [ambassador_id, *args],
    ).fetchone()
    if keys is None:
        return -1
    # Rows before it: smaller on the first term that differs (larger, for a descending term).
    before, values = [], []
    for i, (expr, descending) in enumerate(terms):
        equal = [f"{e} = ?" for e, _ in terms[:i]]
        before.append("(" + " AND ".join([*equal, f"{expr} {'>' if descending else '<'} ?"]) + ")")
        values += [*keys[:i], keys[i]]
    sql = f"SELECT COUNT(*) FROM ambassadors WHERE {where} AND ({' OR '.join(before)})"
    return db.execute(sql, [*args, *values]).fetchone()[0]


def _stored_counts(db: Database) -> dict[str, int]:
    """People per consent state, as the triggers of m013 keep them in `ambassador_counts` (a few rows)."""
    return dict(db.execute("SELECT consent, people FROM ambassador_counts").fetchall())


def counts(db: Database) -> AmbassadorCounts:
    """The roster's totals, read from `ambassador_counts` (one statement over a few rows): triggers on
    `ambassadors` keep it exact under every write, so nothing is counted here."""
    stored = _stored_counts(db)
    erased = stored.get(ConsentStatus.ERASED.value, 0)
    return AmbassadorCounts(
        total=sum(stored.values()) - erased,
        opted_in=stored.get(ConsentStatus.OPTED_IN.value, 0),
        opted_out=stored.get(ConsentStatus.OPTED_OUT.value, 0),
        pending=stored.get(ConsentStatus.PENDING.value, 0),
        erased=erased,
    )


def counted(db: Database) -> dict[str, int]:
    """People per consent state, counted from the rows themselves (what `ambassador_counts` must agree with:
    `ghostdesk check` and the tests compare the two)."""
    return dict(db.execute("SELECT consent, COUNT(*) FROM ambassadors GROUP BY consent").fetchall())


def count_problems(db: Database) -> list[str]:
    """Where the stored totals disagree with the rows (none unless the triggers were bypassed)."""
    stored = {state: people for state, people in _stored_counts(db).items() if people}
    rows = counted(db)
    return [
        f"ambassador counts: {state} stored {stored.get(state, 0)}, counted {rows.get(state, 0)}"
        for state in sorted(set(stored) | set(rows))
        if stored.get(state, 0) != rows.get(state, 0)
    ]


def teams(db: Database) -> list[str]:
    """The teams of people on the roster, one spelling per team (the filter ignores case), in order.

    A skip-scan of the team index: one short look-up per team instead of reading every person."""
    rows = db.execute(
        """
        WITH RECURSIVE found (team) AS (
            SELECT (SELECT MIN(team COLLATE NOCASE) FROM ambassadors WHERE team != '' AND consent != 'erased')
            UNION ALL
            SELECT (SELECT MIN(team COLLATE NOCASE) FROM ambassadors
                    WHERE team COLLATE NOCASE > found.team AND consent != 'erased')
            FROM found WHERE found.team IS NOT NULL
        )
        SELECT team FROM found WHERE team IS NOT NULL
        """
    )
    return [r[0] for r in rows.fetchall()]


def topics(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT topic FROM ambassador_topics ORDER BY topic").fetchall()]


def group_names(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM ambassador_groups ORDER BY name COLLATE NOCASE").fetchall()]


def ensure_groups(db: Database, names: Iterable[str]) -> dict[str, str]:
    """Group ids by folded name, creating the missing groups."""
    wanted = {n.casefold(): n for n in names if n}
    found: dict[str, str] = {}
    for name in wanted.values():
        row = db.execute("SELECT id FROM ambassador_groups WHERE name = ? COLLATE NOCASE", [name]).fetchone()
        if row is None:
            group_id, now = new_id(), utc_now_iso()
            db.execute(
                "INSERT INTO ambassador_groups (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                [group_id, name, now, now],
            )
        else:
            group_id = row[0]
        found[name.casefold()] = group_id
    return found


def group_sizes(db: Database) -> dict[str, int]:
    rows = db.execute(
        "SELECT g.name, COUNT(a.id) FROM ambassador_groups g LEFT JOIN ambassador_group_members m"
        " ON m.group_id = g.id LEFT JOIN ambassadors a ON a.id = m.ambassador_id AND a.consent != 'erased'"
        " GROUP BY g.id ORDER BY g.name COLLATE NOCASE"
    )
    return dict(rows.fetchall())


# -- consent register ----------------------------------------------------------------------------


def record_consent(db: Database, event: ConsentEvent) -> None:
    """Append to the register and set the person's current status, in one transaction."""
    status = ConsentStatus.OPTED_IN if event.kind is ConsentKind.OPT_IN else ConsentStatus.OPTED_OUT
    with db.atomic():
        db.execute(
            "INSERT INTO consent_events (id, ambassador_id, kind, at, text_language, text_version, actor, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                event.id,
                event.ambassador_id,
                event.kind.value,
                event.at,
                event.text_language,
                event.text_version,
                event.actor,
                event.source,
            ],
        )
        db.execute(
            "UPDATE ambassadors SET consent = ?, consent_at = ?, consent_text_language = ?, consent_text_version = ?,"
            " updated_at = ? WHERE id = ?",
            [status.value, event.at, event.text_language, event.text_version, utc_now_iso(), event.ambassador_id],
        )


def consent_events(db: Database, ambassador_id: str) -> list[ConsentEvent]:
    rows = db.execute(
        "SELECT id, ambassador_id, kind, at, text_language, text_version, actor, source FROM consent_events"
        " WHERE ambassador_id = ? ORDER BY at, rowid",
        [ambassador_id],
    ).fetchall()
    return [ConsentEvent(r[0], r[1], ConsentKind(r[2]), *r[3:]) for r in rows]


# -- participation texts -------------------------------------------------------------------------


def participation_text(db: Database, language: str, version: int | None = None) -> ParticipationText | None:
    sql = "SELECT language, version, body, created_at, created_by FROM participation_texts WHERE language = ?"
    args: list = [language]
    if version is None:
        sql += " ORDER BY version DESC LIMIT 1"
    else:
        sql += " AND version = ?"
        args.append(version)
    row = db.execute(sql, args).fetchone()
    return ParticipationText(*row) if row else None


def add_participation_text(db: Database, language: str, body: str, created_by: str) -> ParticipationText:
    with db.atomic():
        row = db.execute("SELECT MAX(version) FROM participation_texts WHERE language = ?", [language]).fetchone()
        text = ParticipationText(language, (row[0] or 0) + 1, body, utc_now_iso(), created_by)
        db.execute(
            "INSERT INTO participation_texts (language, version, body, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
            [text.language, text.version, text.body, text.created_at, text.created_by],
        )
    return text


# -- data protection -----------------------------------------------------------------------------


def erase(db: Database, ambassador_id: str, placeholder: str) -> None:
    """Remove personal data; the row (and its id, market and consent history) stays for past results."""
    now = utc_now_iso()
    with db.atomic():
        db.execute(
            "UPDATE ambassadors SET name = ?, email = NULL, team = '', networks = '[]', topics = '[]',"
            " network_size = 0, quiet_start = '', quiet_end = '', visibility = 'hidden', notes = '',"
            " consent = 'erased', search_key = '', erased_at = ?, updated_at = ? WHERE id = ?",
            [placeholder, now, now, ambassador_id],
        )
        db.execute("DELETE FROM ambassador_topics WHERE ambassador_id = ?", [ambassador_id])
        db.execute("DELETE FROM ambassador_group_members WHERE ambassador_id = ?", [ambassador_id])
        # No copy of the person may survive in the trash either.
        db.execute("DELETE FROM trash WHERE entity_type = 'ambassador' AND entity_id = ?", [ambassador_id])
