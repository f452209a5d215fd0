"""Services: the ambassador roster, the consent register and data-protection requests (export, erase)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, overload

from ghostdesk.domain import ambassador as rules
from ghostdesk.domain.ambassador import (
    Ambassador,
    AmbassadorCounts,
    AmbassadorErased,
    AmbassadorFilter,
    ConsentEvent,
    ConsentKind,
    ConsentStatus,
    DuplicateEmail,
    NetworkProfile,
    NotOptedIn,
    ParticipationText,
    RosterRow,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import NotFound, ValidationError
from ghostdesk.markets import profiles
from ghostdesk.storage import ambassadors_repo as repo
from ghostdesk.storage import audit_repo
from ghostdesk.storage.connection import Database

ERASED_PLACEHOLDER = "—"

# Country names as HR files write them (English, French, German, local), besides the two-letter codes.
MARKET_ALIASES = {
    "usa": "US",
    "united states": "US",
    "united states of america": "US",
    "etats-unis": "US",
    "etats unis": "US",
    "vereinigte staaten": "US",
    "france": "FR",
    "frankreich": "FR",
    "germany": "DE",
    "allemagne": "DE",
    "deutschland": "DE",
    "japan": "JP",
    "japon": "JP",
    "日本": "JP",
    "china": "CN",
    "chine": "CN",
    "中国": "CN",
    "united kingdom": "UK",
    "great britain": "UK",
    "gb": "UK",
    "royaume-uni": "UK",
    "royaume uni": "UK",
    "grossbritannien": "UK",
    "vereinigtes konigreich": "UK",
    "spain": "ES",
    "espagne": "ES",
    "spanien": "ES",
    "espana": "ES",
}

# The words an ambassador agrees to, until the comms manager writes their own (saved as version 1 on first use).
DEFAULT_PARTICIPATION = {
    "en": "I choose to take part in the ambassador programme. Sharing is voluntary: I pick what I share, "
    "I say that I work for the company when I share, and I can stop at any time with one message.",
    "fr": "Je choisis de participer au programme d'ambassadeurs. Le partage est volontaire : je choisis ce "
    "que je partage, j'indique mon lien avec l'entreprise et je peux arrêter à tout moment par un simple message.",
    "de": "Ich nehme freiwillig am Botschafterprogramm teil. Ich wähle selbst, was ich teile, nenne meine "
    "Verbindung zum Unternehmen und kann jederzeit mit einer kurzen Nachricht aufhören.",
    "ja": "私はアンバサダープログラムへの参加を自ら選びます。共有は任意であり、共有する内容は自分で選び、"
    "会社との関係を明示し、いつでも一言で参加をやめることができます。",
    "zh": "我自愿参加大使计划。分享完全自愿：我自行选择分享的内容，分享时说明我与公司的关系，并可随时告知退出。",
    "es": "Elijo participar en el programa de embajadores. Compartir es voluntario: elijo qué comparto, "
    "indico mi relación con la empresa y puedo dejarlo en cualquier momento con un mensaje.",
}


def resolve_market(text: str) -> str:
    """'FR', 'France', 'Frankreich', 'États-Unis' … → a market code; NotFound when unknown."""
    value = (text or "").strip()
    if not value:
        raise ValidationError("A market is required", field="market")
    upper = value.upper()
    if upper in profiles.codes():
        return upper
    key = repo.fold(value)
    for code in profiles.codes():
        if repo.fold(profiles.get(code).name) == key:
            return code
    code = MARKET_ALIASES.get(key) or MARKET_ALIASES.get(value)
    if code and code in profiles.codes():
        return code
    raise NotFound(f"Unknown market {value!r}", entity="market", id=value, field="market", value=value)


def clean_language(text: str, market: str) -> str:
    value = (text or "").strip().replace("_", "-")
    if not value:
        return profiles.get(market).language
    names = {
        "english": "en",
        "anglais": "en",
        "englisch": "en",
        "french": "fr",
        "français": "fr",
        "francais": "fr",
        "französisch": "fr",
        "german": "de",
        "allemand": "de",
        "deutsch": "de",
        "japanese": "ja",
        "japonais": "ja",
        "japanisch": "ja",
        "chinese": "zh",
        "chinois": "zh",
        "chinesisch": "zh",
        "spanish": "es",
        "espagnol": "es",
        "spanisch": "es",
    }
    value = names.get(value.casefold(), value)
    primary = value.split("-")[0].lower()
    if not (2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()):
        raise ValidationError(f"{text!r} is not a language", field="language", value=text)
    return value if "-" in value else primary


def validated(draft: Ambassador) -> Ambassador:
    """Clean every field of a draft; defaults for language and time zone come from the market."""
    market = resolve_market(draft.market)
    profile = profiles.get(market)
    networks = []
    for n in draft.networks:
        if n.network not in rules.NETWORKS:
            raise ValidationError(f"Unknown network {n.network!r}", field="networks", value=n.network)
        url = rules.clean_url(n.url, n.network)
        size = rules.clean_int(n.size, "network_size", 0, rules.MAX_NETWORK_SIZE)
        networks.append(NetworkProfile(n.network, url, size))
    quiet_start = rules.clean_clock_time(draft.quiet_start, "quiet_hours")
    quiet_end = rules.clean_clock_time(draft.quiet_end, "quiet_hours")
    if bool(quiet_start) != bool(quiet_end):
        raise ValidationError("Quiet hours need a start and an end", field="quiet_hours")
    return dataclasses.replace(
        draft,
        name=rules.clean_name(draft.name),
        email=rules.clean_email(draft.email),
        market=market,
        language=clean_language(draft.language, market),
        time_zone=rules.clean_time_zone(draft.time_zone) if draft.time_zone.strip() else profile.default_time_zone,
        team=rules.clean_text(draft.team, "team"),
        networks=tuple(networks),
        topics=rules.clean_topics(draft.topics),
        max_shares_per_week=rules.clean_int(
            draft.max_shares_per_week, "max_shares_per_week", 0, rules.MAX_SHARES_PER_WEEK
        ),
        quiet_start=quiet_start,
        quiet_end=quiet_end,
        visibility=rules.clean_visibility(draft.visibility),
        notes=(draft.notes or "").strip()[: rules.MAX_NOTES],
        groups=tuple(dict.fromkeys(rules.clean_text(g, "groups", 80) for g in draft.groups if g.strip())),
    )


# -- roster --------------------------------------------------------------------------------------


def create(db: Database, draft: Ambassador, *, actor: str) -> Ambassador:
    """Add a person (consent starts as 'pending': opting in is a separate, dated act)."""
    now = utc_now_iso()
    person = dataclasses.replace(
        validated(draft), id=draft.id or new_id(), consent=ConsentStatus.PENDING, created_at=now, updated_at=now
    )
    if repo.by_emails(db, [person.email]):
        raise DuplicateEmail(f"{person.email} is already on the roster", email=person.email, field="email")
    with db.atomic():
        repo.save(db, person)
        audit_repo.record(db, actor=actor, action="ambassador.created", entity_type="ambassador", entity_id=person.id)
    return repo.get(db, person.id)


def update(db: Database, person: Ambassador, *, actor: str) -> Ambassador:
    current = repo.get(db, person.id)
    if current.consent is ConsentStatus.ERASED:
        raise AmbassadorErased("An erased person cannot be edited", id=person.id)
    clean = dataclasses.replace(validated(person), updated_at=utc_now_iso(), created_at=current.created_at)
    other = repo.by_emails(db, [clean.email]).get(clean.email)
    if other is not None and other.id != clean.id:
        raise DuplicateEmail(f"{clean.email} is already on the roster", email=clean.email, field="email")
    with db.atomic():
        repo.save(db, clean)
        audit_repo.record(db, actor=actor, action="ambassador.updated", entity_type="ambassador", entity_id=clean.id)
    return repo.get(db, clean.id)


def get(db: Database, ambassador_id: str) -> Ambassador:
    return repo.get(db, ambassador_id)


def get_many(db: Database, ids: Sequence[str]) -> dict[str, Ambassador]:
    return repo.get_many(db, ids)


def network_sizes(db: Database, ids: Sequence[str]) -> dict[str, int]:
    """Each person's network size by id (for reach figures: no need to read whole people)."""
    return repo.network_sizes(db, ids)


def find_by_email(db: Database, email: str) -> Ambassador | None:
    return repo.by_emails(db, [email.strip().lower()]).get(email.strip().lower())


class RosterIds(Sequence[str]):
    """The ids the roster shows for a filter, in display order — read a page at a time, not all at once.

    `len()` counts; a slice reads just those rows (`LIMIT`/`OFFSET` over the index that gives the order, from the
    end for a page past the middle); `rows(start, stop)` reads what the table shows of those rows; iterating,
    `list()` or `==` read every id in one query. When no index gives the order under the filter (e.g. sorted by
    e-mail), SQLite would sort every matching row for each page, so the ids are read once and served from
    memory; a search that finds few is read whole in the scan that counts it. Reads go to the database when
    asked: changes made since then show (the table re-reads after changes that move rows).
    """

    FEW = 500  # a search matching at most this many people is read whole, in the scan that counts it

    def __init__(self, db: Database, filt: AmbassadorFilter, count: int | None = None) -> None:
        self.db, self.filter = db, filt
        self._count: int | None = count  # given when the caller has just counted these rows
        self._all: list[str] | None = None
        self._in_memory: bool | None = None
        self.reads = 0  # queries that read ids (tests count them)

    def _materialise(self) -> list[str]:
        if self._all is None:
            self._all = repo.query_ids(self.db, self.filter)
            self._count = len(self._all)
            self.reads += 1
        return self._all

    def _paged(self) -> bool:
        if self._in_memory is None:
            self._in_memory = repo.sorts_in_memory(self.db, self.filter)
        return self._all is None and not self._in_memory

    def __len__(self) -> int:
        if self._count is None:
            if self._paged() and repo.fold(self.filter.search.strip()):
                # A search scans every person's key to count them: read the first ids in the same scan, and
                # when that is all of them (the usual case for a search), the count and every page come free.
                first = repo.page_ids(self.db, self.filter, 0, self.FEW + 1)
                self.reads += 1
                if len(first) <= self.FEW:
                    self._all, self._count = first, len(first)
            if self._count is None and self._paged():
                self._count = repo.count_ids(self.db, self.filter)
            elif self._count is None:
                self._materialise()
        return self._count or 0

    def slice(self, start: int, stop: int) -> list[str]:
        """Rows start … stop - 1 (fewer at the end)."""
        if stop <= start:
            return []
        if not self._paged():
            return self._materialise()[max(start, 0) : stop]
        self.reads += 1
        if self._near_end(start):
            stop = min(stop, len(self))
            return repo.page_ids(self.db, self.filter, len(self) - stop, stop - start, from_end=True)
        return repo.page_ids(self.db, self.filter, start, stop - start)

    def _near_end(self, start: int) -> bool:
        # Past the middle, a page is read backwards from the end: SQLite steps over fewer rows to reach it.
        return self._count is not None and start > self._count // 2

    def rows(self, start: int, stop: int) -> list[RosterRow]:
        """The table's rows start … stop - 1: what it shows of each person, ids included, in one read."""
        if stop <= start:
            return []
        if not self._paged():
            return repo.roster_rows_by_id(self.db, self._materialise()[max(start, 0) : stop])
        self.reads += 1
        if self._near_end(start):
            stop = min(stop, len(self))
            return repo.roster_rows(self.db, self.filter, len(self) - stop, stop - start, from_end=True)
        return repo.roster_rows(self.db, self.filter, start, stop - start)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return self.slice(start, stop) if step == 1 else self._materialise()[index]
        row = index + len(self) if index < 0 else index
        found = self.slice(row, row + 1) if row >= 0 else []
        if not found:
            raise IndexError(index)
        return found[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._materialise())

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self.position(value) >= 0

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RosterIds | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def position(self, ambassador_id: str) -> int:
        """The person's row, or -1 when the filter leaves them out (one counting query, not a read of all ids)."""
        if self._all is not None:
            return self._all.index(ambassador_id) if ambassador_id in self._all else -1
        return repo.position(self.db, self.filter, ambassador_id)

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        row = self.position(value) if isinstance(value, str) else -1
        if row < start or (stop is not None and row >= stop):
            raise ValueError(f"{value!r} is not on the roster")
        return row

    def __repr__(self) -> str:
        return f"RosterIds({self.filter!r})"


def query_ids(db: Database, filt: AmbassadorFilter | None = None, *, count: int | None = None) -> RosterIds:
    """The ids the roster shows, in display order, as a lazy sequence (see RosterIds; `list()` for a snapshot).
    `count`: how many rows the filter shows, when the caller has just counted them (e.g. `counts().total` for
    the whole roster), so they are not counted again."""
    return RosterIds(db, filt or AmbassadorFilter(), count)


def counts(db: Database) -> AmbassadorCounts:
    return repo.counts(db)


def teams(db: Database) -> list[str]:
    return repo.teams(db)


def topics(db: Database) -> list[str]:
    return repo.topics(db)


def group_names(db: Database) -> list[str]:
    """The groups' names in order (the filter's choices: no counting)."""
    return repo.group_names(db)


def groups(db: Database) -> dict[str, int]:
    """Group names with how many (not erased) people are in each."""
    return repo.group_sizes(db)


def add_to_group(db: Database, ids: Sequence[str], group: str, *, actor: str) -> int:
    name = rules.clean_text(group, "groups", 80)
    if not name:
        raise ValidationError("A group needs a name", field="groups")
    people = [p for p in repo.get_many(db, ids).values() if p.consent is not ConsentStatus.ERASED]
    changed = [
        dataclasses.replace(p, groups=(*p.groups, name))
        for p in people
        if name.casefold() not in {g.casefold() for g in p.groups}
    ]
    with db.atomic():
        repo.ensure_groups(db, [name])
        repo.save_many(db, changed)
        audit_repo.record(
            db,
            actor=actor,
            action="ambassadors.grouped",
            entity_type="ambassador_group",
            entity_id=name,
            details={"added": len(changed)},
        )
    return len(changed)


# -- consent -------------------------------------------------------------------------------------


def participation_text(db: Database, language: str) -> ParticipationText:
    """The current text for a language (saved, or the shipped default as an unsaved version 0)."""
    language = language.split("-")[0].lower()
    saved = repo.participation_text(db, language)
    if saved is not None:
        return saved
    return ParticipationText(language, 0, DEFAULT_PARTICIPATION.get(language, DEFAULT_PARTICIPATION["en"]))


def set_participation_text(db: Database, language: str, body: str, *, actor: str) -> ParticipationText:
    """Save a new version of the text; earlier versions (which people accepted) are kept unchanged."""
    text = (body or "").strip()
    if not text:
        raise ValidationError("The participation text cannot be empty", field="body")
    if len(text) > 20_000:
        raise ValidationError("The participation text is too long", field="body", limit=20_000)
    language = language.split("-")[0].lower()
    current = repo.participation_text(db, language)
    if current is not None and current.body == text:
        return current
    saved = repo.add_participation_text(db, language, text, actor)
    audit_repo.record(
        db,
        actor=actor,
        action="participation_text.saved",
        entity_type="participation_text",
        entity_id=f"{language}:{saved.version}",
    )
    return saved


def opt_in(db: Database, ids: Sequence[str], *, actor: str, source: str = "app", at: str = "") -> list[Ambassador]:
    """Record an explicit, dated opt-in against the current participation text of each person's language."""
    people = _existing(db, ids)
    when = at or utc_now_iso()
    with db.atomic():
        for person in people:
            if person.consent is ConsentStatus.ERASED:
                raise AmbassadorErased("An erased person cannot opt in", id=person.id)
            text = participation_text(db, person.language)
            already = (person.consent_text_language, person.consent_text_version) == (text.language, text.version)
            if person.consent is ConsentStatus.OPTED_IN and already:
                continue  # nothing new to record: same text, still opted in
            if text.version == 0:
                text = repo.add_participation_text(db, text.language, text.body, actor)
            event = ConsentEvent(
                new_id(), person.id, ConsentKind.OPT_IN, when, text.language, text.version, actor, source
            )
            repo.record_consent(db, event)
    return list(repo.get_many(db, [p.id for p in people]).values())


def opt_out(db: Database, ids: Sequence[str], *, actor: str, source: str = "app", at: str = "") -> list[Ambassador]:
    """One click, dated; history stays. Future plans leave the person out from now on."""
    people = _existing(db, ids)
    when = at or utc_now_iso()
    with db.atomic():
        for person in people:
            if person.consent is ConsentStatus.ERASED:
                continue
            repo.record_consent(
                db, ConsentEvent(new_id(), person.id, ConsentKind.OPT_OUT, when, actor=actor, source=source)
            )
    return list(repo.get_many(db, [p.id for p in people]).values())


def _existing(db: Database, ids: Sequence[str]) -> list[Ambassador]:
    found = repo.get_many(db, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"No ambassador {missing[0]}", entity="ambassador", id=missing[0])
    return [found[i] for i in dict.fromkeys(ids)]


def consent_history(db: Database, ambassador_id: str) -> list[ConsentEvent]:
    return repo.consent_events(db, ambassador_id)


def plannable(db: Database, ids: Sequence[str]) -> list[str]:
    """Of these people, those who may be planned or receive a kit (opted in), in the given order."""
    found = repo.get_many(db, ids)
    return [i for i in ids if i in found and found[i].plannable]


def require_plannable(db: Database, ids: Sequence[str]) -> None:
    """Planning and kits call this; it refuses anyone not opted in."""
    allowed = set(plannable(db, ids))
    refused = [i for i in ids if i not in allowed]
    if refused:
        raise NotOptedIn(f"{len(refused)} people have not opted in", ids=refused, count=len(refused))


# -- data protection -----------------------------------------------------------------------------


def export_person(db: Database, ambassador_id: str) -> dict[str, Any]:
    """Everything GhostDesk holds about one person, as JSON-ready data (a subject-access request)."""
    person = repo.get(db, ambassador_id)
    events = repo.consent_events(db, ambassador_id)
    texts = {}
    for e in events:
        if e.kind is ConsentKind.OPT_IN and (e.text_language, e.text_version) not in texts:
            text = repo.participation_text(db, e.text_language, e.text_version)
            if text is not None:
                texts[(e.text_language, e.text_version)] = text
    data = dataclasses.asdict(person)
    data["networks"] = [dataclasses.asdict(n) for n in person.networks]
    return {
        "format": "ghostdesk.person/1",
        "exported_at": utc_now_iso(),
        "ambassador": _plain(data),
        "consent_register": [_plain(dataclasses.asdict(e)) for e in events],
        "participation_texts_accepted": [_plain(dataclasses.asdict(t)) for t in texts.values()],
        "activity": [
            {"at": a.at, "action": a.action, "actor": a.actor}
            for a in audit_repo.for_entity(db, "ambassador", ambassador_id)
        ],
    }


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value.value if hasattr(value, "value") and not isinstance(value, int | str) else value


def erase(db: Database, ambassador_id: str, *, actor: str) -> Ambassador:
    """Remove the person's personal data for good. Their id, market and consent dates stay, so past
    results keep adding up — anonymised."""
    person = repo.get(db, ambassador_id)
    if person.consent is ConsentStatus.ERASED:
        return person
    with db.atomic():
        repo.erase(db, ambassador_id, ERASED_PLACEHOLDER)
        audit_repo.record(
            db, actor=actor, action="ambassador.erased", entity_type="ambassador", entity_id=ambassador_id
        )
    return repo.get(db, ambassador_id)


def export_csv(db: Database, path: Path, filt: AmbassadorFilter | None = None) -> int:
    """Write the roster (or the filtered part) as a spreadsheet-safe CSV. Returns the number of people."""
    from ghostdesk.export import ambassadors_csv

    ids = repo.query_ids(db, filt or AmbassadorFilter())
    people = repo.get_many(db, ids)
    ordered = [people[i] for i in ids if i in people]
    ambassadors_csv.write(Path(path), ordered)
    return len(ordered)
