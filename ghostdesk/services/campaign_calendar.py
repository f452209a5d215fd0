"""Services: a campaign on the calendar — its executive posts and planned shares as calendar items with their
approval state and conflicts, and the markets' holidays."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ghostdesk.domain.campaigns import ApprovalState, CalendarItem, ItemType, ShareStatus
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services.campaign_approvals import approval_state, slot_hashes, waves_hash
from ghostdesk.services.campaign_moves import move_checker
from ghostdesk.services.campaign_plans import slots
from ghostdesk.storage import campaigns_repo
from ghostdesk.storage.connection import Database


def calendar_slots(db: Database, campaign_id: str) -> list[CalendarItem]:
    """The campaign's executive posts, in time order, each with its approval state (the wave plan's hash is
    not computed: see `waves_state`)."""
    stored = slots(db, campaign_id)
    if not stored:
        return []
    latest = campaigns_repo.latest_approvals(db, campaign_id)
    hashes = slot_hashes(db, stored)
    return [
        CalendarItem(
            id=s.id,
            kind="slot",
            campaign_id=campaign_id,
            slot_id=s.id,
            utc=s.utc,
            time_zone=s.time_zone,
            market=s.market,
            network=s.network,
            who="",
            wave="",
            state=approval_state(latest.get((ItemType.SLOT, s.id)), hashes[s.id]),
            holiday=s.holiday,
            weekend=s.weekend,
        )
        for s in stored
    ]


def waves_state(db: Database, campaign_id: str) -> ApprovalState:
    """The wave plan's approval state now (the state every share of the campaign shows)."""
    latest = campaigns_repo.latest_approvals(db, campaign_id).get((ItemType.WAVES, campaign_id))
    return approval_state(latest, waves_hash(db, campaign_id))


SHARE_ROW = campaigns_repo.SHARE_ROW  # (id, ambassador_name, slot_id, wave, utc text, time_zone, status)


def calendar_shares(
    db: Database, campaign_id: str, start: datetime | None = None, end: datetime | None = None
) -> tuple[list[tuple], dict[str, tuple[str, ...]]]:
    """The shares in [start, end) UTC as light rows (`SHARE_ROW`), and the rules each share moved by hand
    breaks (only moved shares are checked, with one shared checker)."""
    rows = campaigns_repo.share_rows(db, campaign_id, start, end)
    status = ShareStatus.MOVED.value  # once, not an enum lookup per row
    moved = [r[0] for r in rows if r[6] == status]
    return rows, moved_conflicts(db, campaign_id, moved)


def moved_conflicts(db: Database, campaign_id: str, share_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    if not share_ids:
        return {}
    check = move_checker(db, campaign_id)
    found: dict[str, tuple[str, ...]] = {}
    for share_id in share_ids:
        share = campaigns_repo.get_share(db, share_id)
        try:
            found[share_id] = tuple(str(c.reason) for c in check(share, share.utc))
        except GhostDeskError:  # the person left the campaign's markets or opted out since
            found[share_id] = ("not_opted_in",)
    return found


def first_time(db: Database, campaign_id: str) -> datetime | None:
    """The campaign's first executive post or share (UTC), or None before planning."""
    return campaigns_repo.first_time(db, campaign_id)


def calendar_items(
    db: Database, campaign_id: str, start: datetime | None = None, end: datetime | None = None
) -> list[CalendarItem]:
    """Every executive post and share of a campaign (or those in [start, end) UTC), in time order, with its
    approval state; shares moved by hand carry the rules they break."""
    slot_items = calendar_slots(db, campaign_id)
    if not slot_items:
        return []
    by_id = {s.id: s for s in slot_items}
    items = [s for s in slot_items if (start is None or s.utc >= start) and (end is None or s.utc < end)]
    rows, conflicts = calendar_shares(db, campaign_id, start, end)
    if rows:
        state = waves_state(db, campaign_id)
        for row in rows:
            items.append(share_item(row, by_id[row[2]], state, conflicts.get(row[0], ())))
    items.sort(key=lambda i: (i.utc, i.kind != "slot", i.id))
    return items


def share_item(row: tuple, slot: CalendarItem, state: ApprovalState, conflicts: tuple[str, ...] = ()) -> CalendarItem:
    """A calendar item for one share row (in `campaigns_repo.SHARE_ROW` order) under its executive post."""
    share_id, who, slot_id, wave, utc, zone, status = row
    return CalendarItem(
        id=share_id,
        kind="share",
        campaign_id=slot.campaign_id,
        slot_id=slot_id,
        utc=datetime.fromisoformat(utc) if isinstance(utc, str) else utc,
        time_zone=zone,
        market=slot.market,
        network=slot.network,
        who=who,
        wave=wave,
        state=state,
        moved=status == ShareStatus.MOVED.value,
        conflicts=conflicts,
    )


def holiday_profiles(db: Database, markets: Sequence[str]) -> list[tuple[str, Any]]:
    """(market, effective profile) for each market: read here, so `holidays_from` needs no workspace."""
    from ghostdesk.services import markets as market_service

    return [(market, market_service.effective(db, market)) for market in markets]


def holidays_from(
    profiles: Sequence[tuple[str, Any]], start: date, end: date, *, language: str = "en_US"
) -> dict[date, list[tuple[str, str]]]:
    """Public holidays of these (market, profile) pairs from `start` to `end`: day → [(market, name)]. Pure
    (safe on a worker thread); each market's calendar is built once per year per session
    (`markets.calendar` caches them). Names in `language` (e.g. "fr_FR") where the holidays library has that
    country's names in it, else in English."""
    from ghostdesk.markets import calendar as market_calendar

    found: dict[date, list[tuple[str, str]]] = {}
    for market, profile in profiles:
        for day, name in market_calendar.holidays_between(profile, start, end, language=language):
            found.setdefault(day, []).append((market, name))
    return found


def holidays(db: Database, markets: Sequence[str], start: date, end: date) -> dict[date, list[tuple[str, str]]]:
    """Public holidays of these markets from `start` to `end`: day → [(market, name)]."""
    return holidays_from(holiday_profiles(db, markets), start, end)
