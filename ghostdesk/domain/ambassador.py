"""Domain: ambassadors, their consent, and the pure rules that clean what people type or import."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from ghostdesk.domain.errors import GhostDeskError, ValidationError

MAX_NAME = 120
MAX_EMAIL = 254
MAX_TEXT = 200
MAX_NOTES = 4000
MAX_TOPICS = 30
MAX_SHARES_PER_WEEK = 50
DEFAULT_SHARES_PER_WEEK = 3
MAX_NETWORK_SIZE = 1_000_000_000

# Network ids known across markets (the market profiles list which ones each market uses).
NETWORKS = ("linkedin", "x", "xing", "facebook", "line", "weibo", "wechat_moments", "wecom_moments", "maimai")


class Visibility(StrEnum):
    """How an ambassador appears on leaderboards."""

    NAMED = "named"
    ANONYMOUS = "anonymous"
    HIDDEN = "hidden"


class ConsentStatus(StrEnum):
    PENDING = "pending"  # on the roster, no recorded answer yet
    OPTED_IN = "opted_in"
    OPTED_OUT = "opted_out"
    ERASED = "erased"  # personal data removed on request; past results stay, anonymised


class ConsentKind(StrEnum):
    OPT_IN = "opt_in"
    OPT_OUT = "opt_out"


class AmbassadorError(GhostDeskError):
    code = "ambassador"


class NotOptedIn(AmbassadorError):
    """Someone who has not opted in (or has opted out) cannot be planned or receive a kit."""

    code = "ambassador_not_opted_in"


class AmbassadorErased(AmbassadorError):
    code = "ambassador_erased"


class DuplicateEmail(AmbassadorError):
    code = "ambassador_duplicate_email"


@dataclass(frozen=True, slots=True)
class NetworkProfile:
    network: str
    url: str = ""
    size: int = 0


@dataclass(frozen=True, slots=True)
class Ambassador:
    id: str
    name: str
    email: str
    market: str
    language: str
    time_zone: str
    team: str = ""
    networks: tuple[NetworkProfile, ...] = ()
    topics: tuple[str, ...] = ()
    max_shares_per_week: int = DEFAULT_SHARES_PER_WEEK
    quiet_start: str = ""  # "22:00" local time, empty = none
    quiet_end: str = ""
    visibility: Visibility = Visibility.NAMED
    notes: str = ""
    groups: tuple[str, ...] = ()
    consent: ConsentStatus = ConsentStatus.PENDING
    consent_at: str = ""
    consent_text_version: int = 0
    consent_text_language: str = ""
    erased_at: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def network_size(self) -> int:
        return sum(n.size for n in self.networks)

    @property
    def plannable(self) -> bool:
        return self.consent is ConsentStatus.OPTED_IN


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One line of the roster table: what it shows of a person (the whole record loads when asked for)."""

    id: str
    name: str
    email: str
    market: str
    team: str
    consent: ConsentStatus
    consent_at: str
    network_size: int
    time_zone: str
    groups: tuple[str, ...] = ()

    @classmethod
    def of(cls, person: Ambassador) -> RosterRow:
        return cls(person.id, person.name, person.email, person.market, person.team, person.consent,
                   person.consent_at, person.network_size, person.time_zone, person.groups)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    id: str
    ambassador_id: str
    kind: ConsentKind
    at: str
    text_language: str = ""
    text_version: int = 0
    actor: str = ""
    source: str = ""  # "app", "import", "cli"


@dataclass(frozen=True, slots=True)
class ParticipationText:
    """What an ambassador agrees to when opting in; every edit is a new version, old ones stay."""

    language: str
    version: int
    body: str
    created_at: str = ""
    created_by: str = ""


@dataclass(frozen=True, slots=True)
class AmbassadorFilter:
    """What the roster shows. Empty fields do not filter."""

    search: str = ""
    market: str = ""
    team: str = ""
    topic: str = ""
    group: str = ""
    consent: str = ""  # a ConsentStatus value, or "" for all but erased
    sort: str = "name"  # name, email, market, team, consent, network_size, updated_at
    descending: bool = False


@dataclass(frozen=True, slots=True)
class AmbassadorCounts:
    total: int = 0
    opted_in: int = 0
    opted_out: int = 0
    pending: int = 0
    erased: int = 0


# -- cleaning rules ------------------------------------------------------------------------------

# Patterns, compiled by `re` on first use (its cache): the roster page imports this module before its first paint.
_EMAIL = r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$"
_TIME = r"^([01]?\d|2[0-3])(?:[:hH.]([0-5]\d)?)?$"


def _single_line(text: str, field_name: str, limit: int) -> str:
    value = " ".join((text or "").split())
    if len(value) > limit:
        raise ValidationError(f"{field_name} has at most {limit} characters", field=field_name, limit=limit)
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in value):
        raise ValidationError(f"{field_name} cannot hold control characters", field=field_name)
    return value


def clean_name(name: str) -> str:
    value = _single_line(name, "name", MAX_NAME)
    if not value:
        raise ValidationError("A name is required", field="name")
    return value


def clean_text(text: str, field_name: str, limit: int = MAX_TEXT) -> str:
    return _single_line(text, field_name, limit)


def clean_email(email: str) -> str:
    """Trimmed and lower-cased (people are matched by e-mail, case-insensitively)."""
    value = (email or "").strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if not value:
        raise ValidationError("An e-mail address is required", field="email")
    if len(value) > MAX_EMAIL or not re.match(_EMAIL, value) or ".." in value:
        raise ValidationError(f"{value!r} is not an e-mail address", field="email", value=value)
    return value.lower()


@cache
def _zones() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def clean_time_zone(zone: str) -> str:
    value = (zone or "").strip()
    if value not in _zones():
        raise ValidationError(f"{value!r} is not an IANA time zone", field="time_zone", value=value)
    return value


def clean_clock_time(text: str, field_name: str) -> str:
    """'22:00', '7h30', '07.30' → 'HH:MM'; empty stays empty."""
    value = (text or "").strip()
    if not value:
        return ""
    match = re.match(_TIME, value)
    if not match:
        raise ValidationError(f"{value!r} is not a time of day", field=field_name, value=value)
    return f"{int(match[1]):02d}:{match[2] or '00'}"


def parse_quiet_hours(text: str) -> tuple[str, str]:
    """'22:00-07:00' (also '22h–7h', '22:00 to 07:00') → ('22:00', '07:00')."""
    value = (text or "").strip()
    if not value:
        return "", ""
    parts = [p for p in re.split(r"\s*(?:-|–|—|to|à|bis)\s*", value) if p]
    if len(parts) != 2:
        raise ValidationError(f"{value!r} is not a range of hours", field="quiet_hours", value=value)
    start = clean_clock_time(
        parts[0] if ":" in parts[0] or "h" in parts[0].lower() else parts[0] + ":00", "quiet_hours"
    )
    end = clean_clock_time(parts[1] if ":" in parts[1] or "h" in parts[1].lower() else parts[1] + ":00", "quiet_hours")
    return start, end


def clean_int(value: int | str, field_name: str, low: int, high: int) -> int:
    text = str(value).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if text.endswith(".0"):
        text = text[:-2]
    # Thousands separators as HR spreadsheets write them: 1,234 / 1.234 / 1'234.
    if re.fullmatch(r"\d{1,3}([,.']\d{3})+", text):
        text = re.sub(r"[,.']", "", text)
    try:
        number = int(text)
    except ValueError:
        raise ValidationError(f"{value!r} is not a whole number", field=field_name, value=str(value)) from None
    if not low <= number <= high:
        raise ValidationError(
            f"{number} is outside {low}–{high}", field=field_name, value=str(value), low=low, high=high
        )
    return number


def clean_topics(topics: tuple[str, ...] | list[str] | str) -> tuple[str, ...]:
    """Topics are short labels; a cell may hold several separated by , ; or |. Duplicates are dropped."""
    items = re.split(r"[,;|]", topics) if isinstance(topics, str) else list(topics)
    seen: dict[str, str] = {}
    for item in items:
        label = _single_line(item, "topics", 60)
        if label and label.casefold() not in seen:
            seen[label.casefold()] = label
    if len(seen) > MAX_TOPICS:
        raise ValidationError(f"At most {MAX_TOPICS} topics", field="topics", limit=MAX_TOPICS)
    return tuple(seen.values())


def clean_visibility(value: str) -> Visibility:
    text = (value or "").strip().casefold()
    aliases = {
        "": Visibility.NAMED,
        "named": Visibility.NAMED,
        "name": Visibility.NAMED,
        "nominatif": Visibility.NAMED,
        "nommé": Visibility.NAMED,
        "namentlich": Visibility.NAMED,
        "anonymous": Visibility.ANONYMOUS,
        "anonyme": Visibility.ANONYMOUS,
        "anonym": Visibility.ANONYMOUS,
        "hidden": Visibility.HIDDEN,
        "masqué": Visibility.HIDDEN,
        "caché": Visibility.HIDDEN,
        "verborgen": Visibility.HIDDEN,
        "no": Visibility.HIDDEN,
        "non": Visibility.HIDDEN,
        "nein": Visibility.HIDDEN,
    }
    if text not in aliases:
        raise ValidationError(f"{value!r} is not a leaderboard visibility", field="visibility", value=value)
    return aliases[text]


def clean_url(url: str, field_name: str) -> str:
    value = (url or "").strip()
    if not value:
        return ""
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        if re.match(r"^[\w.-]+\.[a-z]{2,}/\S*$", value, re.IGNORECASE):
            value = "https://" + value
        else:
            raise ValidationError(f"{value!r} is not a web address", field=field_name, value=value)
    if len(value) > 500:
        raise ValidationError("A web address has at most 500 characters", field=field_name, limit=500)
    return value


def split_groups(text: str) -> tuple[str, ...]:
    return tuple(g for g in (clean_text(p, "groups", 80) for p in re.split(r"[;|,]", text or "")) if g)


@dataclass(frozen=True, slots=True)
class PersonExport:
    """Everything held about one person, for a data-protection request."""

    ambassador: Ambassador
    consent_events: tuple[ConsentEvent, ...] = ()
    accepted_texts: tuple[ParticipationText, ...] = ()
    history: tuple[dict, ...] = field(default_factory=tuple)


# -- import failures that concern the whole file (row problems are reported per row) --------------


class ImportProblem(AmbassadorError):
    code = "import_failed"


class ImportUnreadable(ImportProblem):
    """Not a CSV or .xlsx we can read (binary, damaged, old .xls, wrong encoding chosen …)."""

    code = "import_unreadable"


class ImportTooLarge(ImportProblem):
    code = "import_too_large"


class ImportTooManyRows(ImportProblem):
    code = "import_too_many_rows"


class ImportEmpty(ImportProblem):
    code = "import_empty"


class ImportMissingColumns(ImportProblem):
    """The mapping has no column for a required field (e-mail, a name)."""

    code = "import_missing_columns"


class ImportRejected(ImportProblem):
    """Some rows are invalid and the user did not choose to skip them: nothing was written."""

    code = "import_rejected"
