"""Markets: the shipped market profiles (data files in ghostdesk.resources/markets), read once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import time
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ghostdesk.domain.errors import NotFound
from ghostdesk.markets.errors import MarketProfileInvalid

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
COUNTING_MODES = ("plain", "x_weighted")  # x_weighted: CJK and emoji count 2, links 23 (docs.x.com)
FORMALITIES = ("direct", "neutral", "formal", "polite")


@dataclass(frozen=True, slots=True)
class NetworkRule:
    """One network's limits as this market sees them. None = not known."""

    id: str
    name: str
    limit: int | None = None  # characters per post, by `counting`
    fold: int | None = None  # characters shown before "see more" (desktop)
    fold_mobile: int | None = None
    counting: str = "plain"
    verified: bool = False  # False: the numbers are a best guess (e.g. XING)
    note: str = ""


@dataclass(frozen=True, slots=True)
class RegisterRule:
    """How to address readers; `wrong_markers` are words that betray the wrong register."""

    formality: str = "neutral"
    address: str = ""  # e.g. "vous", "Sie", "desu-masu"
    note: str = ""
    wrong_markers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DisclosureRule:
    """An editable default, a hint and not legal advice. `{company}` is filled in by `disclosure_texts`."""

    label: str = ""
    accepted: tuple[str, ...] = ()  # other wordings that also disclose the link
    basis: str = ""  # where the hint comes from


@dataclass(frozen=True, slots=True)
class DailyWindow:
    """A good time to post on a working day, in the market's local time."""

    start: time
    end: time
    label: str = ""


@dataclass(frozen=True, slots=True)
class MarketProfile:
    code: str  # upper-case, e.g. "FR"
    name: str  # English name; the UI translates through its own labels
    language: str  # BCP 47 primary language, e.g. "fr"
    locale: str  # Babel/ICU locale, e.g. "fr_FR"
    time_zones: tuple[str, ...]  # IANA zones; the first is the default
    networks: tuple[str, ...]  # network ids available in this market
    network_rules: tuple[NetworkRule, ...] = ()  # one per network, same order as `networks`
    unavailable_networks: tuple[tuple[str, str], ...] = ()  # (network id, why) for well-known absences
    register: RegisterRule = RegisterRule()
    disclosure: DisclosureRule = DisclosureRule()
    posting_windows: tuple[DailyWindow, ...] = ()
    weekend: tuple[int, ...] = (5, 6)  # Monday = 0
    holiday_country: str = ""  # ISO code for the `holidays` library ("" = no public holidays known)
    holiday_subdivision: str = ""
    currency: str = ""  # ISO 4217
    date_pattern: str = ""  # CLDR pattern for short dates, e.g. "dd/MM/yyyy"
    monitoring_needs_agreement: bool = False  # per-person analytics need a works council's agreement (DE)
    checklist: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def default_time_zone(self) -> str:
        return self.time_zones[0]


# The fields a workspace may override (every one but the code), in display order.
FIELDS = (
    "name",
    "language",
    "locale",
    "time_zones",
    "networks",
    "network_rules",
    "unavailable_networks",
    "register",
    "disclosure",
    "posting_windows",
    "weekend",
    "holiday_country",
    "holiday_subdivision",
    "currency",
    "date_pattern",
    "monitoring_needs_agreement",
    "checklist",
    "sources",
)

_CODE = re.compile(r"^[A-Z][A-Z0-9_-]{1,9}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2}|_\d{3})?$")
_NETWORK = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_HOLIDAY_COUNTRY = re.compile(r"^[A-Z]{2,3}$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _fail(code: str, field: str, reason: str) -> MarketProfileInvalid:
    return MarketProfileInvalid(f"Market {code or '?'}: {field}: {reason}", market=code, field=field, reason=reason)


def _text(raw: dict, key: str, code: str, *, required: bool = False, pattern: re.Pattern | None = None) -> str:
    value = raw.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _fail(code, key, "must be text")
    value = value.strip()
    if required and not value:
        raise _fail(code, key, "is required")
    if value and pattern is not None and not pattern.match(value):
        raise _fail(code, key, "is not in the expected form")
    return value


def _texts(raw: dict, key: str, code: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(code, key, "must be a list of texts")
    return tuple(v.strip() for v in value if v.strip())


def _count(value: Any, code: str, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _fail(code, field, "must be a positive whole number or null")
    return value


def _network_rule(network: str, raw: Any, code: str) -> NetworkRule:
    field = f"network_rules.{network}"
    if raw is None:  # a network nobody described yet: limits unknown
        return NetworkRule(id=network, name=network, verified=False)
    if not isinstance(raw, dict):
        raise _fail(code, field, "must be an object")
    counting = raw.get("counting", "plain")
    if counting not in COUNTING_MODES:
        raise _fail(code, field, f"counting must be one of {', '.join(COUNTING_MODES)}")
    return NetworkRule(
        id=network,
        name=str(raw.get("name") or network),
        limit=_count(raw.get("limit"), code, f"{field}.limit"),
        fold=_count(raw.get("fold"), code, f"{field}.fold"),
        fold_mobile=_count(raw.get("fold_mobile"), code, f"{field}.fold_mobile"),
        counting=counting,
        verified=bool(raw.get("verified", False)),
        note=str(raw.get("note") or ""),
    )


def _clock(value: Any, code: str, field: str) -> time:
    if not isinstance(value, str) or not _HHMM.match(value):
        raise _fail(code, field, "must be a time HH:MM")
    return time.fromisoformat(value)


def parse_profile(raw: dict) -> MarketProfile:
    """A validated profile from its JSON form; raises MarketProfileInvalid naming the bad field."""
    if not isinstance(raw, dict):
        raise _fail("", "profile", "must be an object")
    code = _text(raw, "code", "", required=True).upper()
    if not _CODE.match(code):
        raise _fail(code, "code", "use 2–10 capital letters, digits, - or _ (e.g. BR)")
    name = _text(raw, "name", code, required=True)
    language = _text(raw, "language", code, required=True, pattern=_LANGUAGE)
    locale = _text(raw, "locale", code, required=True, pattern=_LOCALE)

    zones = _texts(raw, "time_zones", code)
    if not zones:
        raise _fail(code, "time_zones", "needs at least one IANA time zone")
    for zone in zones:
        try:
            ZoneInfo(zone)  # an unknown zone fails loudly at load, not at planning time
        except (ZoneInfoNotFoundError, ValueError):
            raise _fail(code, "time_zones", f"unknown time zone {zone!r}") from None

    networks = _texts(raw, "networks", code)
    for network in networks:
        if not _NETWORK.match(network):
            raise _fail(code, "networks", f"{network!r} is not a network id (lower case, digits, _)")
    if len(set(networks)) != len(networks):
        raise _fail(code, "networks", "lists a network twice")
    rules_raw = raw.get("network_rules") or {}
    if not isinstance(rules_raw, dict):
        raise _fail(code, "network_rules", "must be an object keyed by network id")
    rules = tuple(_network_rule(n, rules_raw.get(n), code) for n in networks)

    unavailable_raw = raw.get("unavailable_networks") or {}
    if not isinstance(unavailable_raw, dict):
        raise _fail(code, "unavailable_networks", "must be an object {network id: reason}")
    unavailable = tuple((str(k), str(v or "")) for k, v in unavailable_raw.items())
    clash = sorted({k for k, _ in unavailable} & set(networks))
    if clash:
        raise _fail(code, "unavailable_networks", f"{', '.join(clash)} is also listed as available")

    register_raw = raw.get("register") or {}
    if not isinstance(register_raw, dict):
        raise _fail(code, "register", "must be an object")
    formality = register_raw.get("formality", "neutral")
    if formality not in FORMALITIES:
        raise _fail(code, "register", f"formality must be one of {', '.join(FORMALITIES)}")
    register = RegisterRule(
        formality=formality,
        address=str(register_raw.get("address") or ""),
        note=str(register_raw.get("note") or ""),
        wrong_markers=_texts(register_raw, "wrong_markers", code),
    )

    disclosure_raw = raw.get("disclosure") or {}
    if not isinstance(disclosure_raw, dict):
        raise _fail(code, "disclosure", "must be an object")
    disclosure = DisclosureRule(
        label=_text(disclosure_raw, "label", code),
        accepted=_texts(disclosure_raw, "accepted", code),
        basis=_text(disclosure_raw, "basis", code),
    )

    windows_raw = raw.get("posting_windows") or []
    if not isinstance(windows_raw, list):
        raise _fail(code, "posting_windows", "must be a list of {start, end}")
    windows = []
    for item in windows_raw:
        if not isinstance(item, dict):
            raise _fail(code, "posting_windows", "each window is {start, end, label}")
        start = _clock(item.get("start"), code, "posting_windows")
        end = _clock(item.get("end"), code, "posting_windows")
        if end <= start:
            raise _fail(code, "posting_windows", "a window must end after it starts")
        windows.append(DailyWindow(start=start, end=end, label=str(item.get("label") or "")))
    windows.sort(key=lambda w: w.start)

    weekend_raw = raw.get("weekend", ["sat", "sun"])
    if not isinstance(weekend_raw, list) or any(d not in WEEKDAYS for d in weekend_raw):
        raise _fail(code, "weekend", f"must be a list of {', '.join(WEEKDAYS)}")
    weekend = tuple(sorted({WEEKDAYS.index(d) for d in weekend_raw}))
    if len(weekend) == 7:
        raise _fail(code, "weekend", "leaves no working day")

    date_pattern = _text(raw, "date_pattern", code)
    if date_pattern and not all(ch in date_pattern for ch in "dMy"):
        raise _fail(code, "date_pattern", "needs day (d), month (M) and year (y)")

    return MarketProfile(
        code=code,
        name=name,
        language=language,
        locale=locale,
        time_zones=zones,
        networks=networks,
        network_rules=rules,
        unavailable_networks=unavailable,
        register=register,
        disclosure=disclosure,
        posting_windows=tuple(windows),
        weekend=weekend,
        holiday_country=_text(raw, "holiday_country", code, pattern=_HOLIDAY_COUNTRY).upper(),
        holiday_subdivision=_text(raw, "holiday_subdivision", code),
        currency=_text(raw, "currency", code, pattern=_CURRENCY),
        date_pattern=date_pattern,
        monitoring_needs_agreement=bool(raw.get("monitoring_needs_agreement", False)),
        checklist=_texts(raw, "checklist", code),
        sources=_texts(raw, "sources", code),
    )


def network_rule_to_raw(rule: NetworkRule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "limit": rule.limit,
        "fold": rule.fold,
        "fold_mobile": rule.fold_mobile,
        "counting": rule.counting,
        "verified": rule.verified,
        "note": rule.note,
    }


def profile_to_raw(profile: MarketProfile) -> dict[str, Any]:
    """The JSON form of a profile (the inverse of `parse_profile`)."""
    return {
        "code": profile.code,
        "name": profile.name,
        "language": profile.language,
        "locale": profile.locale,
        "time_zones": list(profile.time_zones),
        "networks": list(profile.networks),
        "network_rules": {r.id: network_rule_to_raw(r) for r in profile.network_rules},
        "unavailable_networks": dict(profile.unavailable_networks),
        "register": {
            "formality": profile.register.formality,
            "address": profile.register.address,
            "note": profile.register.note,
            "wrong_markers": list(profile.register.wrong_markers),
        },
        "disclosure": {
            "label": profile.disclosure.label,
            "accepted": list(profile.disclosure.accepted),
            "basis": profile.disclosure.basis,
        },
        "posting_windows": [
            {"start": w.start.strftime("%H:%M"), "end": w.end.strftime("%H:%M"), "label": w.label}
            for w in profile.posting_windows
        ],
        "weekend": [WEEKDAYS[d] for d in profile.weekend],
        "holiday_country": profile.holiday_country,
        "holiday_subdivision": profile.holiday_subdivision,
        "currency": profile.currency,
        "date_pattern": profile.date_pattern,
        "monitoring_needs_agreement": profile.monitoring_needs_agreement,
        "checklist": list(profile.checklist),
        "sources": list(profile.sources),
    }


def _parse(raw: dict) -> MarketProfile:
    return parse_profile(raw)


@cache
def shipped() -> dict[str, MarketProfile]:
    folder = resources.files("ghostdesk.resources").joinpath("markets")
    profiles = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            profile = _parse(json.loads(entry.read_text(encoding="utf-8")))
            profiles[profile.code] = profile
    return profiles


def codes() -> list[str]:
    return list(shipped())


def get(code: str) -> MarketProfile:
    try:
        return shipped()[code.strip().upper()]
    except KeyError:
        raise NotFound(f"Unknown market {code!r}", entity="market", id=code) from None


def resolve(market: MarketProfile | str) -> MarketProfile:
    """A profile as given, or the shipped one for a code (pass effective profiles to honour overrides)."""
    return market if isinstance(market, MarketProfile) else get(market)


def known_network_rules() -> dict[str, NetworkRule]:
    """Every network some shipped profile describes: the defaults for a network a workspace adds."""
    known: dict[str, NetworkRule] = {}
    for profile in shipped().values():
        for rule in profile.network_rules:
            known.setdefault(rule.id, rule)
    return known
