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
    "email": "email COLLATE NOCASE",
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


def _from_row(row: tuple, groups: tuple[str, ...] = ()) -> Ambassador:
    return Ambassador(
        id=row[0],
        name=row[1],
        email=row[2] or "",
        market=row[3],
        language=row[4],
        time_zone=row[5],
        team=row[6],
        networks=tuple(NetworkProfile(**n) for n in json.loads(row[7])),
        topics=tuple(json.loads(row[8])),
        max_shares_per_week=row[9],
        quiet_start=row[10],
        quiet_end=row[11],
        visibility=Visibility(row[12]),
        notes=row[13],
        groups=groups,
        consent=ConsentStatus(row[14]),
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


def get_many(db: Database, ids: Sequence[str]) -> dict[str, Ambassador]:
    """Load people by id (the roster's row cache fills itself through this)."""
    result: dict[str, Ambassador] = {}
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        groups: dict[str, list[str]] = {}
        for person, name in db.execute(
            "SELECT m.ambassador_id, g.name FROM ambassador_group_members m JOIN ambassador_groups g"
            f" ON g.id = m.group_id WHERE m.ambassador_id IN ({marks}) ORDER BY g.name COLLATE NOCASE",
            chunk,
        ).fetchall():
            groups.setdefault(person, []).append(name)
        for row in db.execute(f"SELECT {_COLUMNS} FROM ambassadors WHERE id IN ({marks})", chunk).fetchall():
            result[row[0]] = _from_row(row, tuple(groups.get(row[0], ())))
    return result


def by_emails(db: Database, emails: Iterable[str]) -> dict[str, Ambassador]:
    """Current people keyed by (lower-case) e-mail."""
    wanted = sorted({e.lower() for e in emails if e})
    ids: list[str] = []
    for chunk in _chunks(wanted):
        marks = ", ".join("?" * len(chunk))
        ids += [r[0] for r in db.execute(f"SELECT id FROM ambassadors WHERE email IN ({marks})", chunk).fetchall()]
    return {a.email: a for a in get_many(db, ids).values()}


def _where(filt: AmbassadorFilter) -> tuple[str, list]:
    clauses: list[str] = []
    args: list = []
    if filt.consent:
        clauses.append("consent = ?")
        args.append(filt.consent)
    else:
        clauses.append("consent != 'erased'")
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


def query_ids(db: Database, filt: AmbassadorFilter) -> list[str]:
    """The ids the roster shows, in display order (indexed filters, one query)."""
    where, args = _where(filt)
    order = _SORTS.get(filt.sort, _SORTS["name"])
    direction = "DESC" if filt.descending else "ASC"
    if order == "search_key":
        sql = f"SELECT id FROM ambassadors WHERE {where} ORDER BY search_key {direction}, id {direction}"
    else:
        sql = f"SELECT id FROM ambassadors WHERE {where} ORDER BY {order} {direction}, search_key, id"
    return [row[0] for row in db.execute(sql, args).fetchall()]


def counts(db: Database) -> AmbassadorCounts:
    found = dict(db.execute("SELECT consent, COUNT(*) FROM ambassadors GROUP BY consent").fetchall())
    return AmbassadorCounts(
        total=sum(v for k, v in found.items() if k != "erased"),
        opted_in=found.get("opted_in", 0),
        opted_out=found.get("opted_out", 0),
        pending=found.get("pending", 0),
        erased=found.get("erased", 0),
    )


def teams(db: Database) -> list[str]:
    rows = db.execute(
        "SELECT DISTINCT team FROM ambassadors WHERE team != '' AND consent != 'erased' ORDER BY team COLLATE NOCASE"
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
