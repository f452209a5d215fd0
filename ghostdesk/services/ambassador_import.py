"""Services: map an HR table's columns to roster fields, check every row, and import all-or-nothing.

Re-importing updates people by e-mail instead of duplicating them: non-empty cells replace the stored value,
empty cells keep it, groups are added to.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ghostdesk.domain import ambassador as rules
from ghostdesk.domain.ambassador import (
    Ambassador,
    ConsentStatus,
    ImportMissingColumns,
    ImportRejected,
    NetworkProfile,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.markets import profiles
from ghostdesk.services import ambassadors
from ghostdesk.services.ambassador_sources import SourceTable, read_source
from ghostdesk.storage import ambassadors_repo as repo
from ghostdesk.storage import audit_repo
from ghostdesk.storage.connection import Database

NETWORK_URL = "url:"  # field "url:linkedin" = the LinkedIn profile address
NETWORK_SIZE = "size:"  # field "size:linkedin" = followers on LinkedIn

BASE_FIELDS = (
    "first_name",
    "last_name",
    "name",
    "email",
    "team",
    "market",
    "language",
    "time_zone",
    "topics",
    "groups",
    "max_shares_per_week",
    "quiet_hours",
    "quiet_start",
    "quiet_end",
    "visibility",
    "notes",
    "network_size",
)
FIELDS = (
    *BASE_FIELDS,
    *(NETWORK_URL + n for n in rules.NETWORKS),
    *(NETWORK_SIZE + n for n in rules.NETWORKS),
)

# Header names in English, French and German (folded: lower case, no accents, letters and digits only).
_SYNONYMS = {
    "first_name": "firstname givenname forename prenom vorname",
    "last_name": "lastname surname familyname nomdefamille nachname familienname",
    "name": "name fullname displayname nomcomplet nometprenom prenometnom vollstandigername vollername"
    " mitarbeiter collaborateur employee employe ambassador ambassadeur botschafter",
    "email": "email mail emailaddress workemail courriel adresseemail adressemail adressecourriel emailadresse"
    " mailadresse emailpro emailprofessionnel",
    "team": "team department dept division service departement equipe abteilung bereich businessunit unit",
    "market": "market country countrycode pays codepays marche land landercode markt region",
    "language": "language lang langue sprache locale",
    "time_zone": "timezone tz fuseauhoraire fuseau zeitzone",
    "topics": "topics topic interests sujets sujet themes centresdinteret interets themen interessen",
    "groups": "groups group groupes groupe gruppen gruppe",
    "max_shares_per_week": "maxsharesperweek sharesperweek maxshares partagesparsemaine maxpartages"
    " maxpartagesparsemaine beitragejewoche maxbeitragejewoche beitrageprowoche",
    "quiet_hours": "quiethours heurescalmes plagecalme ruhezeiten ruhezeit donotdisturb",
    "quiet_start": "quietstart debutcalme ruhezeitbeginn",
    "quiet_end": "quietend fincalme ruhezeitende",
    "visibility": "visibility leaderboard visibilite classement sichtbarkeit rangliste",
    "notes": "notes note comment comments remarques remarque commentaire commentaires bemerkungen notizen anmerkungen",
    "network_size": "networksize followers abonnes tailledureseau reseau netzwerkgrosse kontakte follower audience",
}
# Japanese and Chinese headers (HR systems in Tokyo and Shanghai export these).
_SYNONYMS_CJK = {
    "name": "氏名 名前 姓名 员工姓名 社員名",
    "first_name": "名 名字",
    "last_name": "姓",
    "email": "メール メールアドレス 電子メール 邮箱 电子邮件 邮件地址 电子邮箱",
    "team": "部署 所属 部门",
    "market": "国 国名 国家 国家地区",
    "language": "言語 语言",
    "time_zone": "タイムゾーン 时区",
    "topics": "トピック 话题 主题",
    "groups": "グループ 群组 分组",
    "notes": "備考 メモ 备注",
}
for _field, _words in _SYNONYMS_CJK.items():
    _SYNONYMS[_field] += " " + _words

_NETWORK_NAMES = {
    "linkedin": "linkedin linkedinurl linkedinprofile profillinkedin linkedinprofil",
    "x": "x twitter xurl twitterurl xtwitter twitterx",
    "xing": "xing xingprofil xingurl",
    "facebook": "facebook facebookurl",
    "line": "line lineid",
    "weibo": "weibo weibourl",
    "wechat_moments": "wechat wechatid wechatmoments",
    "wecom_moments": "wecom wecommoments",
    "maimai": "maimai",
}
_SIZE_WORDS = ("size", "followers", "follower", "abonnes", "taille", "kontakte", "contacts", "connections")


def _fold_header(text: str) -> str:
    return re.sub(r"[\W_]", "", repo.fold(text or ""))


_LOOKUP: dict[str, str] = {}
for _field, _words in _SYNONYMS.items():
    for _word in _words.split():
        _LOOKUP.setdefault(_fold_header(_word), _field)
for _network, _words in _NETWORK_NAMES.items():
    for _word in _words.split():
        _LOOKUP.setdefault(_word, NETWORK_URL + _network)
        for _size in _SIZE_WORDS:
            _LOOKUP.setdefault(_word + _size, NETWORK_SIZE + _network)
            _LOOKUP.setdefault(_size + _word, NETWORK_SIZE + _network)
    _LOOKUP.setdefault(_network.replace("_", ""), NETWORK_URL + _network)
    _LOOKUP.setdefault(_network.replace("_", "") + "size", NETWORK_SIZE + _network)
_LOOKUP["nom"] = "last_name"  # French: "Nom" beside "Prénom" is the family name; alone, the full name


def guess_field(header: str) -> str | None:
    return _LOOKUP.get(_fold_header(header))


def guess_mapping(headers: Sequence[str]) -> tuple[str | None, ...]:
    """One field (or None = ignore) per column; each field is used once."""
    mapping: list[str | None] = []
    taken: set[str] = set()
    for header in headers:
        found = guess_field(header)
        if found in taken:
            found = None
        if found:
            taken.add(found)
        mapping.append(found)
    if "last_name" in taken and "first_name" not in taken and "name" not in taken:
        mapping = ["name" if f == "last_name" else f for f in mapping]
    elif "name" in taken and "first_name" in taken and "last_name" not in taken:
        mapping = ["last_name" if f == "name" else f for f in mapping]  # German "Vorname" + "Name"
    return tuple(mapping)


def missing_fields(mapping: Sequence[str | None]) -> list[str]:
    used = set(mapping)
    missing = [] if "email" in used else ["email"]
    if not ({"name", "first_name", "last_name"} & used):
        missing.append("name")
    return missing


# -- planning ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str
    field: str = ""
    value: str = ""
    message: str = ""


@dataclass(frozen=True)
class ImportOptions:
    default_market: str = ""
    skip_invalid: bool = False
    dry_run: bool = False


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False
    rows: int = 0
    encoding: str = ""
    delimiter: str = ""
    # (line, "create" | "update" | "unchanged", person) for the preview
    outcomes: list[tuple[int, str, Ambassador]] = field(default_factory=list, repr=False)
    # Columns the automatic mapping left out (no field matches, or a field's second column): their values
    # are not imported, so the CLI names them instead of dropping them silently.
    ignored_columns: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [dataclasses.asdict(e) for e in self.errors],
            "written": self.written,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "ignored_columns": list(self.ignored_columns),
        }


_REASONS = {
    "email": "bad_email",
    "name": "bad_name",
    "market": "unknown_market",
    "time_zone": "bad_time_zone",
    "language": "bad_language",
    "network_size": "bad_number",
    "max_shares_per_week": "bad_number",
    "visibility": "bad_visibility",
    "quiet_hours": "bad_quiet_hours",
    "topics": "bad_topics",
    "groups": "bad_groups",
    "team": "bad_team",
}


def _reason(exc: GhostDeskError, value: str) -> str:
    name = exc.fields.get("field", "")
    if name in ("email", "name", "market") and not value.strip():
        return f"missing_{name}"
    if name in rules.NETWORKS:
        return "bad_url"
    return _REASONS.get(name, "bad_value")


def _unquote(cell: str) -> str:
    """Undo the apostrophe our own safe export puts before formula-like text."""
    text = cell.strip()
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@" else text


def _draft(cells: dict[str, str], existing: Ambassador | None, default_market: str) -> Ambassador:
    def pick(name: str, current):
        value = cells.get(name, "")
        return value if value else current

    base = existing or Ambassador(id="", name="", email="", market=default_market, language="", time_zone="")
    if cells.get("name"):
        name = cells["name"]
    elif cells.get("first_name") or cells.get("last_name"):
        name = " ".join(p for p in (cells.get("first_name", ""), cells.get("last_name", "")) if p)
    else:
        name = base.name
    market = pick("market", base.market)
    language, zone = base.language, base.time_zone
    if existing is not None and cells.get("market") and cells["market"] != existing.market:
        language, zone = "", ""  # a move to another market brings that market's defaults
    networks = {n.network: n for n in base.networks}
    for key, value in cells.items():
        if not value:
            continue
        if key.startswith(NETWORK_URL):
            network = key[len(NETWORK_URL) :]
            old = networks.get(network, NetworkProfile(network))
            networks[network] = dataclasses.replace(old, url=value)
        elif key.startswith(NETWORK_SIZE):
            network = key[len(NETWORK_SIZE) :]
            old = networks.get(network, NetworkProfile(network))
            networks[network] = dataclasses.replace(
                old, size=rules.clean_int(value, "network_size", 0, rules.MAX_NETWORK_SIZE)
            )
    if cells.get("network_size"):
        size = rules.clean_int(cells["network_size"], "network_size", 0, rules.MAX_NETWORK_SIZE)
        if not any(k.startswith(NETWORK_SIZE) and v for k, v in cells.items()):
            first = next(iter(networks), None)
            if first is None:
                first = profiles.get(ambassadors.resolve_market(market)).networks[0]
            networks[first] = dataclasses.replace(networks.get(first, NetworkProfile(first)), size=size)
    quiet_start, quiet_end = base.quiet_start, base.quiet_end
    if cells.get("quiet_hours"):
        quiet_start, quiet_end = rules.parse_quiet_hours(cells["quiet_hours"])
    quiet_start, quiet_end = pick("quiet_start", quiet_start), pick("quiet_end", quiet_end)
    groups = base.groups
    if cells.get("groups"):
        known = {g.casefold() for g in groups}
        groups = (*groups, *(g for g in rules.split_groups(cells["groups"]) if g.casefold() not in known))
    return dataclasses.replace(
        base,
        name=name,
        email=cells.get("email", "") or base.email,
        market=market,
        language=pick("language", language),
        time_zone=pick("time_zone", zone),
        team=pick("team", base.team),
        networks=tuple(networks.values()),
        topics=rules.clean_topics(cells["topics"]) if cells.get("topics") else base.topics,
        max_shares_per_week=pick("max_shares_per_week", base.max_shares_per_week),
        quiet_start=quiet_start,
        quiet_end=quiet_end,
        visibility=pick("visibility", base.visibility),
        notes=pick("notes", base.notes),
        groups=groups,
    )


_COMPARED = (
    "name",
    "market",
    "language",
    "time_zone",
    "team",
    "networks",
    "topics",
    "max_shares_per_week",
    "quiet_start",
    "quiet_end",
    "visibility",
    "notes",
    "groups",
)


def plan(db: Database, table: SourceTable, mapping: Sequence[str | None], options: ImportOptions) -> ImportReport:
    """Check every row against the roster; nothing is written."""
    missing = missing_fields(mapping)
    if missing:
        raise ImportMissingColumns(
            f"{table.name or 'The file'} has no column for: {', '.join(missing)} (its columns: "
            f"{', '.join(h for h in table.headers if h) or 'none'})",
            fields=missing,
            headers=list(table.headers),
        )
    if options.default_market:
        ambassadors.resolve_market(options.default_market)
    report = ImportReport(
        rows=len(table.rows), encoding=table.encoding, delimiter=table.delimiter, dry_run=options.dry_run
    )
    width = len(mapping)
    email_column = list(mapping).index("email")
    emails = [rules_email(r.cells[email_column]) for r in table.rows if len(r.cells) > email_column]
    existing = repo.by_emails(db, [e for e in emails if e])
    seen: dict[str, int] = {}
    for row in table.rows:
        if row.problem:
            report.errors.append(RowError(row.line, row.problem, message=row.detail))
            continue
        if len(row.cells) > width:
            report.errors.append(
                RowError(
                    row.line,
                    "wrong_column_count",
                    value=str(len(row.cells)),
                    message=f"expected {width} cells, found {len(row.cells)}",
                )
            )
            continue
        # Many exporters leave out trailing empty cells: a short row is padded, not refused.
        padded = (*row.cells, *([""] * (width - len(row.cells))))
        cells = {f: _unquote(c) for f, c in zip(mapping, padded, strict=True) if f}
        email = rules_email(cells.get("email", ""))
        if email and email in seen:
            report.errors.append(
                RowError(row.line, "duplicate", "email", cells["email"], f"same e-mail as line {seen[email]}")
            )
            continue
        current = existing.get(email) if email else None
        try:
            draft = _draft(cells, current, options.default_market)
            person = ambassadors.validated(draft)
        except GhostDeskError as exc:
            name = exc.fields.get("field", "")
            value = str(exc.fields.get("value", cells.get(name, "")))
            report.errors.append(RowError(row.line, _reason(exc, value), name, value, exc.message))
            continue
        seen[person.email] = row.line
        if current is None:
            report.created += 1
            report.outcomes.append((row.line, "create", person))
        elif all(getattr(current, f) == getattr(person, f) for f in _COMPARED):
            report.unchanged += 1
            report.outcomes.append((row.line, "unchanged", person))
        else:
            report.updated += 1
            report.outcomes.append((row.line, "update", person))
    return report


def rules_email(text: str) -> str:
    try:
        return rules.clean_email(text)
    except GhostDeskError:
        return ""


def run(
    db: Database,
    table: SourceTable,
    mapping: Sequence[str | None],
    options: ImportOptions,
    *,
    actor: str,
    source: str = "app",
) -> ImportReport:
    """Plan and, unless a dry run, write — all rows or none. Invalid rows stop the import unless skipped."""
    with db.atomic():
        report = plan(db, table, mapping, options)
        if options.dry_run:
            return report
        if report.errors and not options.skip_invalid:
            raise ImportRejected(
                f"{len(report.errors)} rows are invalid; nothing was imported",
                count=len(report.errors),
                errors=[f"{e.line}: {e.reason}" for e in report.errors[:50]],
            )
        now = utc_now_iso()
        people = []
        for _line, action, person in report.outcomes:
            if action == "create":
                people.append(
                    dataclasses.replace(
                        person, id=new_id(), consent=ConsentStatus.PENDING, created_at=now, updated_at=now
                    )
                )
            elif action == "update":
                people.append(dataclasses.replace(person, updated_at=now))
        repo.save_many(db, people)
        audit_repo.record(
            db,
            actor=actor,
            action="ambassadors.imported",
            entity_type="ambassador_import",
            entity_id=table.name,
            details={
                "created": report.created,
                "updated": report.updated,
                "skipped": len(report.errors),
                "source": source,
            },
        )
        report.written = True
    return report


def import_file(
    db: Database,
    path: Path,
    options: ImportOptions,
    *,
    actor: str,
    encoding: str | None = None,
    delimiter: str | None = None,
    source: str = "app",
) -> ImportReport:
    """The CLI's one-shot import: read, map automatically, check, and write all-or-nothing.

    Row problems come back in the report (not written unless skipped); file problems raise."""
    table = read_source(path, encoding=encoding, delimiter=delimiter)
    mapping = guess_mapping(table.headers)
    try:
        report = run(db, table, mapping, options, actor=actor, source=source)
    except ImportRejected:
        report = plan(db, table, mapping, options)
        report.written = False
    report.ignored_columns = [h for h, f in zip(table.headers, mapping, strict=False) if h and f is None]
    return report
