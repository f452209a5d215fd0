"""Services: the markets a workspace uses — shipped profiles and added ones, with its overrides on top.

An override replaces one whole field of a profile (its JSON value) for this workspace only; the
override wins. Markets added here need no code: a full profile, usually copied from another market.
"""

from __future__ import annotations

import copy
import logging
import weakref
from dataclasses import dataclass
from typing import Any

from ghostdesk.domain.errors import NotFound
from ghostdesk.markets import checks, profiles
from ghostdesk.markets.errors import (
    MarketExists,
    MarketFieldUnknown,
    MarketInUse,
    MarketNotRemovable,
    MarketProfileInvalid,
)
from ghostdesk.markets.profiles import FIELDS, MarketProfile, parse_profile, profile_to_raw
from ghostdesk.storage import markets_repo, trash_repo, variants_repo
from ghostdesk.storage.connection import Database

log = logging.getLogger(__name__)

SHIPPED = "shipped"
WORKSPACE = "workspace"


@dataclass(frozen=True)
class MarketEntry:
    """A market as this workspace sees it: the effective profile, where it comes from, what is overridden."""

    profile: MarketProfile
    origin: str  # SHIPPED | WORKSPACE
    overridden: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        return self.profile.code


def _norm(code: str) -> str:
    return (code or "").strip().upper()


def _base_raw(db: Database, code: str) -> tuple[dict, str]:
    shipped = profiles.shipped()
    if code in shipped:
        return profile_to_raw(shipped[code]), SHIPPED
    added = markets_repo.find_market(db, code)
    if added is None:
        raise NotFound(f"Unknown market {code!r}", entity="market", id=code)
    return copy.deepcopy(added.profile), WORKSPACE


def _fill_network_rules(raw: dict) -> dict:
    """Networks a workspace adds take the rules another market already describes for them."""
    rules = dict(raw.get("network_rules") or {})
    known = profiles.known_network_rules()
    for network in raw.get("networks") or []:
        if network not in rules and network in known:
            rules[network] = profiles.network_rule_to_raw(known[network])
    raw["network_rules"] = rules
    return raw


def _merge(base: dict, changes: dict[str, Any]) -> MarketProfile:
    raw = copy.deepcopy(base)
    raw.update(copy.deepcopy(changes))
    return parse_profile(_fill_network_rules(raw))


def _entry(db: Database, code: str) -> MarketEntry:
    found = markets_repo.overrides(db, code)
    added = None if code in profiles.shipped() else markets_repo.find_market(db, code)
    return entry_from(code, added.profile if added else None, found)


def entry_from(code: str, added: dict | None, found: list[markets_repo.MarketOverride]) -> MarketEntry:
    """The market `code` as made of parts already read: the workspace's own profile for it (`added`, for a market
    this workspace added) and its overrides, in the order they apply. Readers that digest those parts use this to
    build the profile from the very same read (an `entry` read later could see other parts)."""
    shipped = profiles.shipped().get(code)
    if shipped is not None and not found:
        # Nothing to apply: the shipped profile itself (merging it with nothing parses an equal one again, a few
        # hundred µs per market on the Markets page's first open).
        return MarketEntry(shipped, SHIPPED)
    if shipped is not None:
        base, origin = profile_to_raw(shipped), SHIPPED
    elif added is not None:
        base, origin = copy.deepcopy(added), WORKSPACE
    else:
        raise NotFound(f"Unknown market {code!r}", entity="market", id=code)
    applied: dict[str, Any] = {}
    for override in found:
        try:
            _merge(base, {**applied, override.field: override.value})
        except MarketProfileInvalid as exc:
            # An override a newer profile no longer accepts is skipped, not fatal: the market stays usable.
            log.warning("Ignoring override %s.%s: %s", code, override.field, exc)
            continue
        applied[override.field] = override.value
    return MarketEntry(_merge(base, applied), origin, tuple(f for f in FIELDS if f in applied))


# Each connection's effective markets, computed once: merging and parsing a profile costs a few hundred µs
# (every override is validated against the profile), and pages ask for them per row — the calendar's day cells,
# the variant matrix, each kit. A stamp of the two market tables, read on every call (one small query), drops
# the cache whenever they changed, by this service or not; the writes below also drop it at once.
_CACHE: weakref.WeakKeyDictionary[Database, tuple[tuple, dict[str, MarketEntry]]] = weakref.WeakKeyDictionary()
_STAMP = (
    "SELECT (SELECT count(*) FROM market_overrides), (SELECT max(updated_at) FROM market_overrides),"
    " (SELECT count(*) FROM workspace_markets), (SELECT max(updated_at) FROM workspace_markets)"
)


def _cached(db: Database) -> dict[str, MarketEntry]:
    stamp = tuple(db.execute(_STAMP).fetchone())
    held = _CACHE.get(db)
    if held is None or held[0] != stamp:
        held = (stamp, {})
        _CACHE[db] = held
    return held[1]


def invalidate(db: Database) -> None:
    """Forget the effective markets computed for this connection (the next call computes them again)."""
    _CACHE.pop(db, None)


def entry(db: Database, code: str) -> MarketEntry:
    code = _norm(code)
    known = _cached(db)
    found = known.get(code)
    if found is None:
        found = known[code] = _entry(db, code)
    return found


def entries(db: Database) -> list[MarketEntry]:
    codes = sorted(set(profiles.codes()) | {m.code for m in markets_repo.markets(db)})
    return [entry(db, code) for code in codes]


def effective(db: Database, code: str) -> MarketProfile:
    """The profile this workspace uses for `code`: shipped or added, with its overrides applied."""
    return entry(db, code).profile


def all_effective(db: Database) -> list[MarketProfile]:
    return [e.profile for e in entries(db)]


def overrides(db: Database, code: str) -> dict[str, Any]:
    """The overridden fields' values for `code` (JSON form)."""
    return {o.field: o.value for o in markets_repo.overrides(db, _norm(code))}


def field_value(db: Database, code: str, field: str) -> Any:
    """A field's effective value in JSON form (what an override of it would replace)."""
    _check_field(field)
    return profile_to_raw(effective(db, code))[field]


def _check_field(field: str) -> None:
    if field not in FIELDS:
        raise MarketFieldUnknown(f"Markets have no field {field!r} that can be overridden", field=field)


def set_override(db: Database, code: str, field: str, value: Any) -> MarketProfile:
    """Override one field for this workspace; validated before anything is written."""
    code = _norm(code)
    _check_field(field)
    base, _ = _base_raw(db, code)
    current = overrides(db, code)
    merged = _merge(base, {**current, field: value})
    checks.verify(merged)
    if _merge(base, {k: v for k, v in current.items() if k != field}) == merged:
        markets_repo.delete_overrides(db, code, field)  # back to the default: no override needed
    else:
        markets_repo.put_override(db, code, field, value)
    invalidate(db)
    return effective(db, code)


def clear_override(db: Database, code: str, field: str | None = None) -> int:
    """Drop one field's override (or every override of the market); returns how many went."""
    code = _norm(code)
    if field is not None:
        _check_field(field)
    _base_raw(db, code)  # unknown market → NotFound
    removed = markets_repo.delete_overrides(db, code, field)
    invalidate(db)
    return removed


def add_market(db: Database, raw: dict) -> MarketProfile:
    """Add a market to this workspace from a full profile (JSON form); the code must be new."""
    raw = _fill_network_rules(copy.deepcopy(raw))
    profile = parse_profile(raw)
    if profile.code in profiles.shipped() or markets_repo.find_market(db, profile.code) is not None:
        raise MarketExists(f"Market {profile.code} already exists", market=profile.code)
    checks.verify(profile)
    markets_repo.add_market(db, profile.code, profile_to_raw(profile))
    invalidate(db)
    return profile


def copy_market(db: Database, code: str, name: str, based_on: str) -> MarketProfile:
    """Add a market that starts as a copy of another one (its effective profile), under a new code and name."""
    raw = profile_to_raw(effective(db, based_on))
    raw["code"], raw["name"] = _norm(code), (name or "").strip()
    return add_market(db, raw)


def remove_market(db: Database, code: str, *, deleted_by: str) -> None:
    """Move an added market (and its overrides) to the trash. Shipped markets stay; clear their overrides."""
    code = _norm(code)
    if code in profiles.shipped():
        raise MarketNotRemovable(f"{code} ships with GhostDesk and cannot be removed", market=code)
    used = variants_repo.count_in_market(db, code)
    if used:  # its variants are checked against its profile: without it they could not be checked or edited
        raise MarketInUse(f"{code} still has {used} variant(s)", market=code, variants=used)
    markets_repo.delete_market(db, code, deleted_by=deleted_by)
    invalidate(db)


def restore_market(db: Database, trash_id: str) -> MarketProfile:
    """Bring an added market (and its overrides) back from the trash; its code must still be free."""
    payload = trash_repo.get(db, trash_id).payload
    code = payload["market"]["code"]
    if code in profiles.shipped() or markets_repo.find_market(db, code) is not None:
        raise MarketExists(f"Market {code} already exists", market=code)
    markets_repo.restore_market(db, trash_id)
    invalidate(db)
    return effective(db, code)
