"""Services: campaigns — the brief, its posts, feeding the pure planner, the stored plan, moves and approvals.

The planner (`services/planner.py`) stays pure; `planner_inputs` is the adapter that builds its inputs from
the workspace: opted-in ambassadors of the campaign's markets (weekly caps counting other campaigns' shares,
quiet hours, topics, networks, groups), the variants of the campaign's posts (their content hash), and the
markets' calendars (holidays, weekends, posting windows, zones; workspace overrides included).

Approvals bind to a content hash: a slot's hash covers the variant's content, the network and the time;
the wave plan's covers every share; the campaign's covers the brief, every slot and the wave plan. A later
change gives a different hash, so the item shows "changed since approval" until approved again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ghostdesk.domain.ambassador import AmbassadorFilter, ConsentStatus
from ghostdesk.domain.campaigns import (
    TARGETS,
    ApprovalOutdated,
    ApprovalRecord,
    ApprovalState,
    CalendarItem,
    Campaign,
    CampaignInvalid,
    CampaignNotFound,
    CampaignPost,
    CampaignStatus,
    Decision,
    ItemType,
    NotPlanned,
    Objective,
    ShareStatus,
    StoredShare,
    StoredSlot,
    WaveTemplateRecord,
    default_wave_templates,
    parse_day,
)
from ghostdesk.domain.clock import new_id, utc_now_iso
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.records import content_hash
from ghostdesk.domain.variants import Variant
from ghostdesk.storage import ambassadors_repo, audit_repo, campaigns_repo, trash_repo
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:
    from ghostdesk.domain.campaign_reports import ItemState, KitShare, PlanPreview

if TYPE_CHECKING:  # the planner's records (ten dataclasses) load when planning or checking a move, not to read
    from ghostdesk.domain.planning import (
        CampaignInput,
        Conflict,
        Plan,
        PlanAmbassador,
        PlannedShare,
        PlanVariant,
        WaveTemplate,
    )

MAX_SPILL_DAYS = 30  # how far past the campaign's end a wave may fall (days later + rolled days), generously
ACTIONS = {Decision.APPROVE: "campaign.approve", Decision.REJECT: "campaign.reject"}


# -- the brief -----------------------------------------------------------------------------------


def _clean(campaign: Campaign) -> Campaign:
    name = " ".join(campaign.name.split())
    if not name:
        raise CampaignInvalid("A campaign needs a name", field="name")
    start = parse_day(campaign.start, "start")
    end = parse_day(campaign.end, "end")
    if end < start:
        raise CampaignInvalid("The campaign ends before it starts", field="end", start=campaign.start, end=campaign.end)
    targets = {}
    for key, value in campaign.targets.items():
        if key not in TARGETS:
            raise CampaignInvalid(f"Unknown target {key!r}", field="targets", value=key)
        if int(value) < 0:
            raise CampaignInvalid("A target is a positive number", field="targets", value=value)
        if int(value):
            targets[key] = int(value)
    from ghostdesk.markets import profiles

    markets = tuple(dict.fromkeys(m.strip().upper() for m in campaign.markets if m.strip()))
    for code in markets:
        if code not in profiles.codes():
            raise CampaignInvalid(f"Unknown market {code}", field="markets", value=code)
    return replace(campaign, name=name, objective=Objective(campaign.objective), targets=targets, markets=markets)


def create(
    db: Database,
    *,
    name: str,
    start: str,
    end: str,
    markets: Sequence[str],
    actor: str,
    objective: Objective | str = Objective.VISIBILITY,
    targets: dict[str, int] | None = None,
    executives: Sequence[str] = (),
    contact: str = "",
    notes: str = "",
) -> Campaign:
    now = utc_now_iso()
    campaign = _clean(
        Campaign(
            id=new_id(),
            name=name,
            objective=Objective(objective),
            targets=dict(targets or {}),
            start=start,
            end=end,
            markets=tuple(markets),
            executives=tuple(executives),
            contact=contact,
            notes=notes,
            created_at=now,
            updated_at=now,
        )
    )
    with db.atomic():
        campaigns_repo.insert(db, campaign)
        campaigns_repo.set_templates(db, campaign.id, default_wave_templates())
        audit_repo.record(
            db, actor=actor, action="campaign.create", entity_type="campaign", entity_id=campaign.id,
            content_hash=content_hash(campaign.content), details={"name": campaign.name},
        )  # fmt: skip
    return campaign


def update(db: Database, campaign: Campaign, *, actor: str) -> Campaign:
    cleaned = replace(_clean(campaign), updated_at=utc_now_iso())
    with db.atomic():
        campaigns_repo.update(db, cleaned)
        audit_repo.record(
            db, actor=actor, action="campaign.edit", entity_type="campaign", entity_id=campaign.id,
            content_hash=content_hash(cleaned.content),
        )  # fmt: skip
    return cleaned


def get(db: Database, campaign_id: str) -> Campaign:
    return campaigns_repo.get(db, campaign_id)


def resolve(db: Database, id_or_name: str) -> Campaign:
    """A campaign by its id or its name (case-insensitive)."""
    try:
        return campaigns_repo.get(db, id_or_name)
    except CampaignNotFound:
        found = campaigns_repo.find_by_name(db, id_or_name)
        if found is None:
            raise CampaignNotFound(f"No campaign {id_or_name!r}", id=id_or_name) from None
        return found


def list_campaigns(db: Database) -> list[Campaign]:
    return campaigns_repo.list_all(db)


def delete(db: Database, campaign_id: str, *, actor: str) -> None:
    campaigns_repo.delete(db, campaign_id, deleted_by=actor)


def restore(db: Database, trash_id: str) -> Campaign:
    """Bring a campaign back from the trash with its posts; its name must still be free."""
    name = trash_repo.get(db, trash_id).payload["campaign"][1]
    if campaigns_repo.find_by_name(db, name) is not None:
        raise CampaignInvalid(f"A campaign is already named {name}", field="name", value=name)
    return campaigns_repo.restore(db, trash_id)


def set_posts(db: Database, campaign_id: str, items: Sequence[CampaignPost], *, actor: str) -> None:
    campaign = get(db, campaign_id)
    for item in items:
        parse_day(item.day, "day")
        if item.local_time:
            try:
                time.fromisoformat(item.local_time)
            except ValueError:
                raise CampaignInvalid("A time is HH:MM", field="local_time", value=item.local_time) from None
    with db.atomic():
        campaigns_repo.set_posts(db, campaign.id, items)
        audit_repo.record(
            db, actor=actor, action="campaign.posts", entity_type="campaign", entity_id=campaign.id,
            details={"posts": [p.post_id for p in items]},
        )  # fmt: skip


def posts(db: Database, campaign_id: str) -> list[CampaignPost]:
    return campaigns_repo.posts(db, campaign_id)


def templates(db: Database, campaign_id: str) -> list[WaveTemplateRecord]:
    return campaigns_repo.templates(db, campaign_id) or list(default_wave_templates())


def set_templates(db: Database, campaign_id: str, records: Sequence[WaveTemplateRecord], *, actor: str) -> None:
    from ghostdesk.services.planner import _validate_templates

    if not records:
        raise CampaignInvalid("A campaign needs at least one wave", field="waves")
    try:
        built = tuple(r.to_template() for r in records)
    except ValueError:
        raise CampaignInvalid("A window time is HH:MM", field="waves") from None
    _validate_templates(built)
    with db.atomic():
        campaigns_repo.set_templates(db, campaign_id, records)
        audit_repo.record(
            db, actor=actor, action="campaign.waves", entity_type="campaign", entity_id=campaign_id,
            details={"waves": [r.name for r in records]},
        )  # fmt: skip


# -- feeding the planner -------------------------------------------------------------------------


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
    people = _ambassadors(db, campaign)
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


def _ambassadors(db: Database, campaign: Campaign) -> list[PlanAmbassador]:
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
        _planned(share, by_id[share.slot_id])
        for share in shares(db, campaign_id)
        if share.status != ShareStatus.CANCELLED
    )
    return Plan(plan_slots, plan_shares, ())


def _planned(share: StoredShare, slot: StoredSlot) -> PlannedShare:
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


# -- moving a share (the calendar's drag) --------------------------------------------------------


def check_move(db: Database, share_id: str, new_utc: datetime) -> tuple[Conflict, ...]:
    """What moving this share to `new_utc` would break, by the planner's own rules."""
    share = campaigns_repo.get_share(db, share_id)
    return move_checker(db, share.campaign_id)(share, new_utc)


def move_checker(db: Database, campaign_id: str) -> Callable[[StoredShare, datetime], tuple[Conflict, ...]]:
    """`check_move` for many shares of one campaign: the stored plan, the roster and the calendars are read
    once. The returned function raises `NotOptedIn` for a person who may not be planned any more."""
    from ghostdesk.services import planner_checks

    plan = stored_plan(db, campaign_id)
    stored_slots = {s.id: s for s in slots(db, campaign_id)}
    campaign = get(db, campaign_id)
    people = {p.id: p for p in _ambassadors(db, campaign)}
    staggers = {t.name: t.stagger_minutes for t in templates(db, campaign.id)}
    calendars = market_calendars(db)

    def check(share: StoredShare, new_utc: datetime) -> tuple[Conflict, ...]:
        person = people.get(share.ambassador_id)
        if person is None:  # no longer opted in, or left the campaign's markets
            from ghostdesk.domain.ambassador import NotOptedIn

            raise NotOptedIn("This person may not be planned any more", ids=[share.ambassador_id], count=1)
        return planner_checks.check_move(
            plan,
            _planned(share, stored_slots[share.slot_id]),
            new_utc,
            person,
            stagger_minutes=staggers.get(share.wave, 10),
            holiday_name=calendars["holiday_name"],
            weekend_days=calendars["weekend_days"],
        )

    return check


def move_share(
    db: Database, share_id: str, new_utc: datetime, *, actor: str, force: bool = False
) -> tuple[Conflict, ...]:
    """Move a planned share. With conflicts and not `force`, nothing changes and the conflicts come back;
    otherwise the share moves (status MOVED) and the audit log records it."""
    if new_utc.tzinfo is None:
        raise CampaignInvalid("A moved share needs an aware time", field="utc")
    conflicts = check_move(db, share_id, new_utc)
    if conflicts and not force:
        return conflicts
    share = campaigns_repo.get_share(db, share_id)
    moved = replace(share, utc=new_utc.astimezone(UTC), status=ShareStatus.MOVED)
    with db.atomic():
        campaigns_repo.update_share(db, moved)
        audit_repo.record(
            db, actor=actor, action="campaign.move_share", entity_type="planned_share", entity_id=share_id,
            details={"campaign_id": share.campaign_id, "from": share.utc.isoformat(), "to": moved.utc.isoformat(),
                     "conflicts": [str(c.reason) for c in conflicts]},
        )  # fmt: skip
    return conflicts


# -- approvals -----------------------------------------------------------------------------------


def _slot_content(slot: StoredSlot, variant: Variant | None) -> dict:
    return {
        "variant": variant.content if variant is not None else None,
        "network": slot.network,
        "utc": slot.utc.astimezone(UTC).isoformat(),
    }


def _waves_content(stored: Sequence[StoredShare]) -> list:
    return sorted(
        [s.ambassador_id, s.slot_id, s.wave, s.utc.astimezone(UTC).isoformat(), s.share_text_index, s.share_text]
        for s in stored
        if s.status != ShareStatus.CANCELLED
    )


def _slot_hashes(db: Database, stored_slots: Sequence[StoredSlot]) -> dict[str, str]:
    # The stored variant as it is (what services.variants.get returns): reading it from the repository keeps
    # the variants service — the market rules and checks — out of the Calendar page's first open.
    from ghostdesk.storage import variants_repo

    # One read for every slot's variant; a variant deleted since planning is missing: the slot's content is gone.
    variants = variants_repo.by_ids(db, list({s.variant_id for s in stored_slots}))
    return {s.id: content_hash(_slot_content(s, variants.get(s.variant_id))) for s in stored_slots}


def _waves_hash(db: Database, campaign_id: str) -> str:
    """The wave plan's hash, as `_waves_content` of every share, from plain rows (no dataclasses)."""
    iso = {}  # stored UTC text → its isoformat (the same for rows we wrote; normalised for any other)
    content = []
    for ambassador_id, slot_id, wave, utc, index, text in campaigns_repo.waves_rows(db, campaign_id):
        if utc not in iso:
            iso[utc] = datetime.fromisoformat(utc).astimezone(UTC).isoformat()
        content.append([ambassador_id, slot_id, wave, iso[utc], index, text])
    content.sort()
    return content_hash(content)


def current_hashes(db: Database, campaign_id: str) -> dict[tuple[ItemType, str], str]:
    """The hash of every approvable item as it is now: each slot, the wave plan, the campaign."""
    campaign = get(db, campaign_id)
    hashes = {(ItemType.SLOT, k): h for k, h in _slot_hashes(db, slots(db, campaign_id)).items()}
    waves = _waves_hash(db, campaign_id)
    hashes[(ItemType.WAVES, campaign_id)] = waves
    hashes[(ItemType.CAMPAIGN, campaign_id)] = content_hash(
        {
            "brief": campaign.content,
            "slots": sorted(h for (t, _), h in hashes.items() if t == ItemType.SLOT),
            "waves": waves,
        }
    )
    return hashes


def _state(record: ApprovalRecord | None, current: str) -> ApprovalState:
    if record is None:
        return ApprovalState.NOT_REVIEWED
    if record.decision == Decision.REJECT:
        return ApprovalState.REJECTED if record.content_hash == current else ApprovalState.NOT_REVIEWED
    return ApprovalState.APPROVED if record.content_hash == current else ApprovalState.CHANGED


def states(db: Database, campaign_id: str) -> dict[tuple[ItemType, str], ItemState]:
    """Every item's approval state now. A rejected item that changed since is to be reviewed again."""
    from ghostdesk.domain.campaign_reports import ItemState

    latest = campaigns_repo.latest_approvals(db, campaign_id)
    return {
        key: ItemState(key[0], key[1], _state(latest.get(key), current), current, latest.get(key))
        for key, current in current_hashes(db, campaign_id).items()
    }


def decide(
    db: Database,
    campaign_id: str,
    item_type: ItemType | str,
    item_id: str,
    decision: Decision | str,
    *,
    actor: str,
    comment: str = "",
    expected_hash: str | None = None,
) -> ApprovalRecord:
    """Record a decision on one item, bound to the hash of its current content (also in the audit log).

    A rejection needs a comment. With `expected_hash` (a reviewer's decision from a review package), the
    decision is refused with `ApprovalOutdated` when the content changed since."""
    item_type, decision = ItemType(item_type), Decision(decision)
    if item_type != ItemType.SLOT:
        item_id = campaign_id
    current = current_hashes(db, campaign_id).get((item_type, item_id))
    if current is None:
        raise NotPlanned(f"Nothing to decide on: {item_type.value} {item_id}", item_type=item_type.value, id=item_id)
    if decision == Decision.REJECT and not comment.strip():
        raise CampaignInvalid("A rejection needs a comment", field="comment")
    if expected_hash is not None and expected_hash != current:
        raise ApprovalOutdated("The content changed since it was reviewed", item_type=item_type.value, id=item_id)
    record = campaigns_repo.new_approval(campaign_id, item_type, item_id, current, decision, actor, comment.strip())
    with db.atomic():
        campaigns_repo.add_approval(db, record)
        audit_repo.record(
            db, actor=actor, action=ACTIONS[decision], entity_type=f"campaign_{item_type.value}", entity_id=item_id,
            content_hash=current, details={"campaign_id": campaign_id, "comment": record.comment},
        )  # fmt: skip
        if item_type == ItemType.CAMPAIGN:
            campaign = get(db, campaign_id)
            status = CampaignStatus.APPROVED if decision == Decision.APPROVE else CampaignStatus.PLANNED
            campaigns_repo.touch(db, campaign, status)
    return record


def approve(db: Database, campaign_id: str, item_type: ItemType | str, item_id: str = "", *, actor: str,
            comment: str = "") -> ApprovalRecord:  # fmt: skip
    return decide(db, campaign_id, item_type, item_id, Decision.APPROVE, actor=actor, comment=comment)


def reject(db: Database, campaign_id: str, item_type: ItemType | str, item_id: str = "", *, actor: str,
           comment: str) -> ApprovalRecord:  # fmt: skip
    return decide(db, campaign_id, item_type, item_id, Decision.REJECT, actor=actor, comment=comment)


def approve_all(db: Database, campaign_id: str, *, actor: str, comment: str = "") -> list[ApprovalRecord]:
    """Approve every slot, the wave plan and the campaign, in one transaction."""
    with db.atomic():
        done = [
            approve(db, campaign_id, ItemType.SLOT, s.id, actor=actor, comment=comment) for s in slots(db, campaign_id)
        ]
        done.append(approve(db, campaign_id, ItemType.WAVES, actor=actor, comment=comment))
        done.append(approve(db, campaign_id, ItemType.CAMPAIGN, actor=actor, comment=comment))
    return done


def history(db: Database, campaign_id: str) -> list[ApprovalRecord]:
    return campaigns_repo.approvals(db, campaign_id)


# -- for the share kits --------------------------------------------------------------------------


def share_count(db: Database, campaign_id: str) -> int:
    """How many shares the campaign plans (one indexed count)."""
    return campaigns_repo.share_count(db, campaign_id)


def kit_shares(
    db: Database,
    campaign_id: str,
    ambassador_id: str | None = None,
    *,
    state: dict[tuple[ItemType, str], ItemState] | None = None,
) -> list[KitShare]:
    """Each planned share (not cancelled) as the kits need it, in time order. `approved` is True only when
    the variant holds a valid approval of its current content AND its campaign slot is approved now.
    `state`: the campaign's `states`, when the caller has them already."""
    from ghostdesk.domain.campaign_reports import KitShare
    from ghostdesk.services import variants as variant_service

    stored_slots = {s.id: s for s in slots(db, campaign_id)}
    state = states(db, campaign_id) if state is None else state
    planned = shares(db, campaign_id, ambassador_id=ambassador_id)
    emails = ambassadors_repo.emails(db, list({s.ambassador_id for s in planned}))
    variants: dict[str, Variant] = {}
    hashes: dict[str, str] = {}  # variant id → content hash (a property that hashes the content on each call)
    result = []
    for share in planned:
        if share.status == ShareStatus.CANCELLED:
            continue
        slot = stored_slots[share.slot_id]
        if slot.variant_id not in variants:
            variants[slot.variant_id] = variant_service.get(db, slot.variant_id)
            hashes[slot.variant_id] = variants[slot.variant_id].content_hash
        variant = variants[slot.variant_id]
        current = hashes[slot.variant_id]
        slot_state = state.get((ItemType.SLOT, slot.id))
        result.append(
            KitShare(
                share_id=share.id,
                ambassador_id=share.ambassador_id,
                ambassador_email=emails.get(share.ambassador_id, ""),
                utc=share.utc,
                time_zone=share.time_zone,
                local=share.utc.astimezone(ZoneInfo(share.time_zone)),
                network=slot.network,
                market=slot.market,
                wave=share.wave,
                variant_id=variant.id,
                post_id=variant.post_id,
                approved=variant.approval is not None
                and variant.approval.content_hash == current  # Variant.approval_valid, hashed once
                and slot_state is not None
                and slot_state.state == ApprovalState.APPROVED,
                content_hash=current,
                share_text_index=share.share_text_index,
                share_text=share.share_text,
                link=variant.link,
            )
        )
    return result


def require_planned(db: Database, campaign_id: str) -> None:
    if not slots(db, campaign_id):
        raise NotPlanned("The campaign has no stored plan yet", id=campaign_id)


# -- the calendar --------------------------------------------------------------------------------


def calendar_slots(db: Database, campaign_id: str) -> list[CalendarItem]:
    """The campaign's executive posts, in time order, each with its approval state (the wave plan's hash is
    not computed: see `waves_state`)."""
    stored = slots(db, campaign_id)
    if not stored:
        return []
    latest = campaigns_repo.latest_approvals(db, campaign_id)
    hashes = _slot_hashes(db, stored)
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
            state=_state(latest.get((ItemType.SLOT, s.id)), hashes[s.id]),
            holiday=s.holiday,
            weekend=s.weekend,
        )
        for s in stored
    ]


def waves_state(db: Database, campaign_id: str) -> ApprovalState:
    """The wave plan's approval state now (the state every share of the campaign shows)."""
    latest = campaigns_repo.latest_approvals(db, campaign_id).get((ItemType.WAVES, campaign_id))
    return _state(latest, _waves_hash(db, campaign_id))


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
