"""Services: a campaign's plan — feeding the pure planner (`services/planner.py`) and storing what it planned.

The planner stays pure; `planner_inputs` is the adapter that builds its inputs from the workspace: opted-in
ambassadors of the campaign's markets (weekly caps counting other campaigns' shares, quiet hours, topics,
networks, groups), the variants of the campaign's posts (their content hash), and the markets' calendars
(holidays, weekends, posting windows, zones; workspace overrides included). `compute` plans, `apply` stores a
plan (slots and shares), `preview_plan` says what storing it again would change, `stored_plan` reads it back.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ghostdesk.domain.ambassador import AmbassadorFilter, ConsentStatus
from ghostdesk.domain.campaigns import Campaign, CampaignStatus, ShareStatus, StoredShare, StoredSlot
from ghostdesk.domain.clock import new_id
from ghostdesk.domain.variants import Variant
from ghostdesk.services.campaign_briefs import get, posts, templates
from ghostdesk.storage import ambassadors_repo, audit_repo, campaigns_repo
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:
    from ghostdesk.domain.campaign_reports import PlanPreview

if TYPE_CHECKING:  # the planner's records (ten dataclasses) load when planning or checking a move, not to read
    from ghostdesk.domain.planning import (
        CampaignInput,
        Plan,
        PlanAmbassador,
        PlannedShare,
        PlanVariant,
        WaveTemplate,
    )


MAX_SPILL_DAYS = 30  # how far past the campaign's end a wave may fall (days later + rolled days), generously


@dataclass(frozen=True)
class PlannerInputs:
    """Everything the pure planner reads for one campaign, built from the workspace."""

    campaign: CampaignInput
    ambassadors: tuple[PlanAmbassador, ...]
    templates: tuple[WaveTemplate, ...]
    variants: dict[str, Variant]
    holiday_name: Callable[[str, date], str | None]
    weekend_days: Callable[[str], tuple[int, ...]]
    posting_window: Callable[[str], tuple[time, time] | None]
    market_zone: Callable[[str], str]


def market_calendars(db: Database) -> dict[str, Callable]:
    """The planner's calendar callables over the workspace's effective market profiles."""
    from ghostdesk.markets import calendar as market_calendar
    from ghostdesk.services import markets as market_service

    profile = functools.cache(lambda m: market_service.effective(db, m))
    return {
        "holiday_name": lambda m, d: market_calendar.is_holiday(profile(m), d),
        "weekend_days": lambda m: tuple(profile(m).weekend),
        "posting_window": lambda m: next(((w.start, w.end) for w in profile(m).posting_windows), None),
        "market_zone": lambda m: profile(m).default_time_zone,
    }


def _clock(text: str) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def share_texts(variant: Variant) -> int | None:
    """How many distinct share texts a variant offers (None: as many as needed).

    HOOK: when the actions work's `propose_share_texts` lands, return the number it proposes; until then
    every share carries the variant's text and a distinct index (see `share_text`)."""
    return None


def share_text(variant: Variant, index: int) -> str:
    """The text for share number `index` of a variant. HOOK: see `share_texts`."""
    return variant.full_text


def planner_inputs(db: Database, campaign_id: str) -> PlannerInputs:
    from ghostdesk.domain.planning import CampaignInput, PlanVariant
    from ghostdesk.markets.rules import network_available
    from ghostdesk.services import markets as market_service
    from ghostdesk.services import variants as variant_service

    campaign = get(db, campaign_id)
    items = posts(db, campaign.id)
    by_post = variant_service.for_posts(db, [p.post_id for p in items])
    profiles: dict[str, object] = {}
    plan_variants: list[PlanVariant] = []
    found: dict[str, Variant] = {}
    for item in items:
        for variant in by_post.get(item.post_id, []):
            if campaign.markets and variant.market not in campaign.markets:
                continue
            if variant.market not in profiles:
                profiles[variant.market] = market_service.effective(db, variant.market)
            # Never plan a post on a network the market does not have (LinkedIn in China); the variant's
            # own checks already flag it as a blocking finding.
            usable = tuple(n for n in variant.networks if network_available(profiles[variant.market], n))
            if not usable:
                continue
            found[variant.id] = variant
            plan_variants.append(
                PlanVariant(
                    id=variant.id,
                    post_id=variant.post_id,
                    market=variant.market,
                    language=variant.language,
                    day=date.fromisoformat(item.day),
                    networks=usable,
                    local_time=_clock(item.local_time),
                    share_texts=share_texts(variant),
                )
            )
    people = plan_ambassadors(db, campaign)
    calendars = market_calendars(db)
    return PlannerInputs(
        campaign=CampaignInput(campaign.id, tuple(plan_variants)),
        ambassadors=tuple(people),
        templates=tuple(_casefold_group(r.to_template()) for r in templates(db, campaign.id)),
        variants=found,
        **calendars,
    )


def _casefold_group(template: WaveTemplate) -> WaveTemplate:
    return replace(template, group=template.group.casefold()) if template.group else template


def plan_ambassadors(db: Database, campaign: Campaign) -> list[PlanAmbassador]:
    from ghostdesk.domain.planning import PlanAmbassador, iso_week
    from ghostdesk.services import ambassadors as ambassador_service

    ids: list[str] = []
    for market in campaign.markets:
        ids.extend(
            ambassadors_repo.query_ids(db, AmbassadorFilter(market=market, consent=ConsentStatus.OPTED_IN.value))
        )
    ids = ambassador_service.plannable(db, ids)  # opted in only, whatever the filter said
    people = ambassador_service.get_many(db, ids)
    # weekly caps only matter in the weeks this campaign can touch (waves may run a little past its end)
    window_start = datetime.combine(date.fromisoformat(campaign.start) - timedelta(days=8), time(), UTC)
    window_end = datetime.combine(date.fromisoformat(campaign.end) + timedelta(days=MAX_SPILL_DAYS), time(), UTC)
    elsewhere = campaigns_repo.other_shares_by_ambassador(db, campaign.id, ids, start=window_start, end=window_end)
    asked = campaigns_repo.other_share_counts(db, campaign.id, ids)
    result = []
    for person_id in ids:
        person = people[person_id]
        tz = ZoneInfo(person.time_zone)
        weeks: dict[str, int] = {}
        for utc in elsewhere.get(person_id, ()):
            week = iso_week(datetime.fromisoformat(utc).astimezone(tz).date())
            weeks[week] = weeks.get(week, 0) + 1
        result.append(
            PlanAmbassador(
                id=person.id,
                name=person.name,
                market=person.market,
                language=person.language,
                time_zone=person.time_zone,
                topics=person.topics,
                networks=tuple(n.network for n in person.networks),
                max_shares_per_week=person.max_shares_per_week,
                quiet_start=_clock(person.quiet_start),
                quiet_end=_clock(person.quiet_end),
                opted_in=person.plannable,
                groups=tuple(g.casefold() for g in person.groups),  # group names match whatever their case
                planned_per_week=weeks,
                asked_before=asked.get(person_id, 0),
            )
        )
    return result


def compute(db: Database, campaign_id: str) -> Plan:
    """The plan the planner proposes now (nothing is stored)."""
    from ghostdesk.services import planner

    inputs = planner_inputs(db, campaign_id)
    return planner.plan(
        inputs.campaign,
        inputs.ambassadors,
        inputs.templates,
        holiday_name=inputs.holiday_name,
        weekend_days=inputs.weekend_days,
        posting_window=inputs.posting_window,
        market_zone=inputs.market_zone,
    )


def _slot_key(campaign_id: str, planner_slot_id: str) -> str:
    return f"{campaign_id}/{planner_slot_id}"


def apply(db: Database, campaign_id: str, plan: Plan, *, actor: str) -> Campaign:
    """Store `plan` as the campaign's plan (replacing the previous one) and mark it planned."""
    from ghostdesk.services import variants as variant_service

    campaign = get(db, campaign_id)
    variants = {}
    for s in plan.slots:
        if s.variant_id not in variants:
            variants[s.variant_id] = variant_service.get(db, s.variant_id)
    slots = [
        StoredSlot(
            id=_slot_key(campaign.id, s.id),
            campaign_id=campaign.id,
            variant_id=s.variant_id,
            post_id=s.post_id,
            market=s.market,
            network=s.network,
            language=s.language,
            utc=s.utc,
            time_zone=s.time_zone,
            holiday=s.holiday or "",
            weekend=s.weekend,
            content_hash=variants[s.variant_id].content_hash,
        )
        for s in plan.slots
    ]
    shares = [
        StoredShare(
            id=new_id(),
            campaign_id=campaign.id,
            ambassador_id=s.ambassador_id,
            ambassador_name=s.ambassador_name,
            slot_id=_slot_key(campaign.id, s.slot_id),
            wave=s.wave,
            utc=s.utc,
            time_zone=s.time_zone,
            share_text_index=s.share_text,
            share_text=share_text(variants[s.variant_id], s.share_text),
        )
        for s in plan.shares
    ]
    from ghostdesk.services.campaign_texts import store_share_texts

    with db.atomic():
        campaigns_repo.replace_plan(db, campaign.id, slots, shares)
        # Each person's own words are chosen with the plan, so what is approved is what the kits carry.
        store_share_texts(db, campaign.id, actor=actor)
        campaign = campaigns_repo.touch(db, campaign, CampaignStatus.PLANNED)
        audit_repo.record(
            db, actor=actor, action="campaign.plan", entity_type="campaign", entity_id=campaign.id,
            details={"slots": len(slots), "shares": len(shares), "skipped": len(plan.skipped)},
        )  # fmt: skip
    return campaign


def plan_and_apply(db: Database, campaign_id: str, *, actor: str) -> Plan:
    result = compute(db, campaign_id)
    apply(db, campaign_id, result, actor=actor)
    return result


def preview_plan(db: Database, campaign_id: str) -> PlanPreview:
    """Plan again without storing: the new plan and how it differs from the stored one. Shares are matched by
    (post slot, person, wave); the same share at another time is "moved". Nothing is written."""
    from ghostdesk.domain.campaign_reports import ChangeCount, PlanPreview

    result = compute(db, campaign_id)
    old_slots = {s.id: s for s in slots(db, campaign_id)}
    new_slots = {_slot_key(campaign_id, s.id): s for s in result.slots}
    slot_changes = ChangeCount()
    for key in old_slots.keys() | new_slots.keys():
        if key not in old_slots:
            slot_changes = slot_changes.plus("added")
        elif key not in new_slots:
            slot_changes = slot_changes.plus("removed")
        elif old_slots[key].utc != new_slots[key].utc:
            slot_changes = slot_changes.plus("moved")
    old = {
        (s.slot_id, s.ambassador_id, s.wave): s for s in shares(db, campaign_id) if s.status != ShareStatus.CANCELLED
    }
    new = {(_slot_key(campaign_id, s.slot_id), s.ambassador_id, s.wave): s for s in result.shares}
    total, unchanged = ChangeCount(), 0
    by_wave: dict[str, ChangeCount] = {}
    by_person: dict[str, tuple[str, ChangeCount]] = {}
    for key in old.keys() | new.keys():
        before, after = old.get(key), new.get(key)
        if before is None:
            kind = "added"
        elif after is None:
            kind = "removed"
        elif before.utc != after.utc:
            kind = "moved"
        else:
            unchanged += 1
            continue
        some = after or before
        total = total.plus(kind)
        by_wave[key[2]] = by_wave.get(key[2], ChangeCount()).plus(kind)
        name, counted = by_person.get(key[1], (some.ambassador_name, ChangeCount()))
        by_person[key[1]] = (name, counted.plus(kind))
    return PlanPreview(campaign_id, result, total, unchanged, slot_changes, by_wave, by_person, result.skipped)


def apply_preview(db: Database, preview: PlanPreview, *, actor: str) -> Campaign:
    """Store a previewed plan (the user accepted it)."""
    return apply(db, preview.campaign_id, preview.plan, actor=actor)  # type: ignore[arg-type]


def slots(db: Database, campaign_id: str) -> list[StoredSlot]:
    return campaigns_repo.slots(db, campaign_id)


def shares(
    db: Database,
    campaign_id: str | None = None,
    *,
    ambassador_id: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[StoredShare]:
    return campaigns_repo.shares(db, campaign_id, ambassador_id=ambassador_id, start=start, end=end)


def stored_plan(db: Database, campaign_id: str) -> Plan:
    """The stored plan as the planner's `Plan` (slot ids are the stored ones), for re-validation."""
    from ghostdesk.domain.planning import ExecutiveSlot, Plan

    stored_slots = slots(db, campaign_id)
    by_id = {s.id: s for s in stored_slots}
    plan_slots = tuple(
        ExecutiveSlot(
            id=s.id,
            variant_id=s.variant_id,
            post_id=s.post_id,
            market=s.market,
            network=s.network,
            language=s.language,
            topics=(),
            time_zone=s.time_zone,
            local=s.utc.astimezone(ZoneInfo(s.time_zone)),
            utc=s.utc,
            holiday=s.holiday or None,
            weekend=s.weekend,
        )
        for s in stored_slots
    )
    plan_shares = tuple(
        planned_share(share, by_id[share.slot_id])
        for share in shares(db, campaign_id)
        if share.status != ShareStatus.CANCELLED
    )
    return Plan(plan_slots, plan_shares, ())


def planned_share(share: StoredShare, slot: StoredSlot) -> PlannedShare:
    from ghostdesk.domain.planning import PlannedShare

    return PlannedShare(
        ambassador_id=share.ambassador_id,
        ambassador_name=share.ambassador_name,
        slot_id=share.slot_id,
        post_id=slot.post_id,
        variant_id=slot.variant_id,
        market=slot.market,
        network=slot.network,
        wave=share.wave,
        utc=share.utc,
        local=share.utc.astimezone(ZoneInfo(share.time_zone)),
        time_zone=share.time_zone,
        share_text=share.share_text_index,
    )
