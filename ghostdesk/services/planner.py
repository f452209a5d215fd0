"""Services: the amplification planner — pure, deterministic, explainable.

`plan()` places each variant's executive post on the calendar (one slot per network), then fills the
wave templates with ambassador shares under every constraint: consent, market and language, network,
topics, one share per person per post, the wave's timing in each person's own zone, quiet hours,
weekends and public holidays of their market, weekly caps (counting shares planned elsewhere),
staggering, fairness and distinct share texts. Nothing here does I/O; calendars come in as callables.

Linear in the roster (plus one C sort per slot and wave): ambassadors are indexed by market and group; the
rules about a person are checked once per slot, not again in each wave; the time window of a wave is computed
once per (slot, wave, zone, quiet hours, market) and shared by everyone with those (looked up by a small
per-person number); staggering puts at most one colleague per N-minute grid point and remembers how far each
window is filled; the fairness order sorts one integer key per candidate.
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ghostdesk.domain.planning import (
    CampaignInput,
    ExecutiveSlot,
    Plan,
    PlanAmbassador,
    PlanInputInvalid,
    PlannedShare,
    Skip,
    SkipReason,
    TimingKind,
    WaveTemplate,
    iso_week,
    primary_language,
)

HolidayName = Callable[[str, date], str | None]
WeekendDays = Callable[[str], Iterable[int]]  # Monday = 0 … Sunday = 6
PostingWindow = Callable[[str], tuple[time, time] | None]
MarketZone = Callable[[str], str]

DEFAULT_WEEKEND = frozenset({5, 6})
DEFAULT_WINDOW = (time(8, 0), time(10, 0))
MAX_ROLL_DAYS = 14
_MASK = (1 << 64) - 1


def no_holidays(market: str, day: date) -> str | None:
    return None


def saturday_sunday(market: str) -> frozenset[int]:
    return DEFAULT_WEEKEND


def default_window(market: str) -> tuple[time, time]:
    return DEFAULT_WINDOW


def shipped_market_zone(market: str) -> str:
    from ghostdesk.markets import profiles

    return profiles.get(market).default_time_zone


def plan(
    campaign: CampaignInput,
    ambassadors: Sequence[PlanAmbassador],
    templates: Sequence[WaveTemplate],
    *,
    holiday_name: HolidayName = no_holidays,
    weekend_days: WeekendDays = saturday_sunday,
    posting_window: PostingWindow = default_window,
    market_zone: MarketZone = shipped_market_zone,
) -> Plan:
    """The plan for a campaign. Same input (in any order of ambassadors) → the same plan."""
    with _cyclic_gc_paused():
        return _Planner(campaign, ambassadors, templates, holiday_name, weekend_days, posting_window, market_zone).run()


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The planner builds no reference cycles, only many small objects; the cyclic collector's passes
    over them would otherwise grow faster than the roster (measured: half the time at 8,000 people)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- time helpers ---------------------------------------------------------------------------------


def _local_instant(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a day, as a real instant: a time inside a DST gap moves forward (02:30 → 03:30);
    an ambiguous one (the repeated autumn hour) is its first occurrence."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def _minute(instant: datetime) -> int:
    return int(instant.timestamp()) // 60


def _ceil_to(minute: int, step: int) -> int:
    return -(-minute // step) * step


def in_quiet_hours(clock: time, start: time | None, end: time | None) -> bool:
    """Quiet hours are [start, end) local, wrapping midnight when start > end (22:00–07:00)."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end


_SPREAD: dict[int, list[int]] = {}


def _spread_order(n: int) -> list[int]:
    """Indices 0..n-1 in van der Corput order (0, n/2, n/4, 3n/4 …): the first few picks already cover
    the whole window, so a small wave is spread out instead of packed at the window's start."""
    order = _SPREAD.get(n)
    if order is None:
        bits = max(1, (n - 1).bit_length())
        order = []
        for i in range(1 << bits):
            r = int(format(i, f"0{bits}b")[::-1], 2)
            if r < n:
                order.append(r)
        _SPREAD[n] = order
    return order


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def _mix(value: int, salt: int) -> int:
    """splitmix64 finaliser: a cheap, seedless, platform-independent tie-breaker (`_fairness_order` inlines it;
    a test holds the two to the same order)."""
    z = (value ^ salt) & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


# --- internal state -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Point:
    minute: int
    utc: datetime
    local: datetime
    week: str


@dataclass(slots=True)
class _GridPoint:
    point: _Point
    clock: time  # local wall-clock time
    holiday: str | None
    weekend: bool


@dataclass(slots=True)
class _Window:
    """The feasible staggered times of one (slot, wave, zone, quiet hours, market), in spread order."""

    points: list[_Point]
    blocker: tuple[SkipReason, dict[str, Any]] | None = None
    start_local: str = ""
    end_local: str = ""
    cursor: int = 0  # points before it are all taken: staggering never rescans them

    def free_point(self, taken: set[int]) -> _Point | None:
        while self.cursor < len(self.points) and self.points[self.cursor].minute in taken:
            self.cursor += 1
        return self.points[self.cursor] if self.cursor < len(self.points) else None


@dataclass(slots=True)
class _Person:
    a: PlanAmbassador
    tz: ZoneInfo
    topics: frozenset[str]
    networks: frozenset[str]
    network_list: list[str]
    language: str  # primary subtag, lower case
    base_hash: int
    asked: int
    weeks: dict[str, int] = field(default_factory=dict)
    profile: int = 0  # people with the same zone, quiet hours and market share every time window
    sharing: dict[str, tuple[str, str]] = field(default_factory=dict)  # post → (slot, wave) of their share
    refusal_slot: int = -1  # the slot `refusal` was worked out for (the same in each of its waves)
    refusal: SkipReason | None = None


class _Planner:
    def __init__(
        self,
        campaign: CampaignInput,
        ambassadors: Sequence[PlanAmbassador],
        templates: Sequence[WaveTemplate],
        holiday_name: HolidayName,
        weekend_days: WeekendDays,
        posting_window: PostingWindow,
        market_zone: MarketZone,
    ) -> None:
        self.campaign = campaign
        self.templates = tuple(templates)
        self.holiday_name = holiday_name
        self.weekend_days = weekend_days
        self.posting_window = posting_window
        self.market_zone = market_zone
        self._zones: dict[str, ZoneInfo] = {}
        self._weekends: dict[str, frozenset[int]] = {}
        self._days: dict[tuple[str, date], tuple[str | None, bool]] = {}
        self._weeks: dict[date, str] = {}
        self._grids: dict[tuple, list[_GridPoint]] = {}
        _validate_templates(self.templates)
        self.people = self._people(ambassadors)

    # -- inputs --

    def _zone(self, name: str, **where: Any) -> ZoneInfo:
        tz = self._zones.get(name)
        if tz is None:
            try:
                tz = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError, TypeError):
                raise PlanInputInvalid(f"Unknown time zone {name!r}", field="time_zone", value=name, **where) from None
            self._zones[name] = tz
        return tz

    def _people(self, ambassadors: Sequence[PlanAmbassador]) -> list[_Person]:
        people: list[_Person] = []
        seen: set[str] = set()
        profiles: dict[tuple, int] = {}
        for a in sorted(ambassadors, key=lambda x: x.id):
            if a.id in seen:
                raise PlanInputInvalid(f"Ambassador {a.id!r} is listed twice", field="id", ambassador=a.id)
            seen.add(a.id)
            if a.max_shares_per_week < 0:
                raise PlanInputInvalid("A weekly cap cannot be negative", field="max_shares_per_week", ambassador=a.id)
            if (a.quiet_start is None) != (a.quiet_end is None):
                raise PlanInputInvalid("Quiet hours need a start and an end", field="quiet_hours", ambassador=a.id)
            weeks: dict[str, int] = defaultdict(int)
            for key, count in a.planned_per_week:
                weeks[key] += count
            people.append(
                _Person(
                    a=a,
                    tz=self._zone(a.time_zone, ambassador=a.id),
                    topics=frozenset(t.casefold() for t in a.topics),
                    networks=frozenset(a.networks),
                    network_list=sorted(set(a.networks)),
                    language=primary_language(a.language),
                    base_hash=_hash64(a.id),
                    asked=max(0, a.asked_before),
                    weeks=weeks,
                    profile=profiles.setdefault((a.time_zone, a.quiet_start, a.quiet_end, a.market), len(profiles)),
                )
            )
        return people

    def _weekend(self, market: str) -> frozenset[int]:
        days = self._weekends.get(market)
        if days is None:
            days = frozenset(int(d) for d in self.weekend_days(market))
            if not days <= set(range(7)):
                raise PlanInputInvalid("Weekend days are 0 (Monday) to 6 (Sunday)", field="weekend", market=market)
            self._weekends[market] = days
        return days

    def _day(self, market: str, day: date) -> tuple[str | None, bool]:
        key = (market, day)
        status = self._days.get(key)
        if status is None:
            status = (self.holiday_name(market, day), day.weekday() in self._weekend(market))
            self._days[key] = status
        return status

    def _window_bounds(self, market: str, wave: WaveTemplate) -> tuple[time, time] | None:
        if wave.timing.start is not None and wave.timing.end is not None:
            return wave.timing.start, wave.timing.end
        return self.posting_window(market)

    # -- executive slots --

    def _slots(self) -> list[ExecutiveSlot]:
        slots: list[ExecutiveSlot] = []
        seen: set[str] = set()
        for v in self.campaign.variants:
            if v.id in seen:
                raise PlanInputInvalid(f"Variant {v.id!r} is listed twice", field="id", variant=v.id)
            seen.add(v.id)
            if v.share_texts is not None and v.share_texts < 1:
                raise PlanInputInvalid("A variant needs at least one share text", field="share_texts", variant=v.id)
            zone_name = v.time_zone or self.market_zone(v.market)
            tz = self._zone(zone_name, variant=v.id)
            clock = v.local_time
            if clock is None:
                window = self.posting_window(v.market)
                if window is None:
                    raise PlanInputInvalid(
                        "The variant has no time and its market no posting window",
                        field="local_time",
                        variant=v.id,
                        market=v.market,
                    )
                clock = window[0]
            utc = _local_instant(v.day, clock, tz)
            holiday, weekend = self._day(v.market, v.day)
            for network in dict.fromkeys(v.networks):
                slots.append(
                    ExecutiveSlot(
                        id=f"{v.id}:{network}",
                        variant_id=v.id,
                        post_id=v.post_id,
                        market=v.market,
                        network=network,
                        language=v.language,
                        topics=v.topics,
                        time_zone=zone_name,
                        local=utc.astimezone(tz),
                        utc=utc,
                        holiday=holiday,
                        weekend=weekend,
                        share_texts=v.share_texts,
                    )
                )
        slots.sort(key=lambda s: (s.utc, s.id))
        return slots

    # -- time windows --

    def _compute_window(self, slot: ExecutiveSlot, wave: WaveTemplate, p: _Person) -> _Window:
        timing = wave.timing
        step = wave.stagger_minutes
        earliest = _minute(slot.utc) + timing.min_minutes
        if timing.kind is TimingKind.AFTER:
            return self._points(earliest, _minute(slot.utc) + timing.max_minutes + 1, step, p)
        bounds = self._window_bounds(p.a.market, wave)
        if bounds is None:
            return _Window([], (SkipReason.NO_POSTING_WINDOW, {"market": p.a.market}))
        day = datetime.fromtimestamp(earliest * 60, p.tz).date() + timedelta(days=timing.days_later)
        start, end = self._span(day, bounds, p.tz)
        if _ceil_to(max(start, earliest), step) >= end:  # today's window is over: the next one
            day += timedelta(days=1)
        first: _Window | None = None
        for offset in range(timing.roll_days + 1):
            start, end = self._span(day + timedelta(days=offset), bounds, p.tz)
            window = self._points(max(start, earliest), end, step, p)
            if window.points:
                return window
            first = first or window
        assert first is not None
        return first

    @staticmethod
    def _span(day: date, bounds: tuple[time, time], tz: ZoneInfo) -> tuple[int, int]:
        start = _local_instant(day, bounds[0], tz)
        end_day = day if bounds[1] > bounds[0] else day + timedelta(days=1)
        return _minute(start), _minute(_local_instant(end_day, bounds[1], tz))

    def _grid(self, start: int, end: int, step: int, tz: ZoneInfo, market: str) -> list[_GridPoint]:
        """Every grid point in [start, end) with its local time and day status; shared by all quiet-hour variants."""
        key = (start, end, step, tz.key, market)
        grid = self._grids.get(key)
        if grid is None:
            grid = []
            for minute in range(_ceil_to(start, step), end, step):
                utc = datetime.fromtimestamp(minute * 60, UTC)
                local = utc.astimezone(tz)
                day = local.date()
                name, is_weekend = self._day(market, day)
                week = self._weeks.get(day)
                if week is None:
                    week = self._weeks[day] = iso_week(day)
                grid.append(_GridPoint(_Point(minute, utc, local, week), local.time(), name, is_weekend))
            self._grids[key] = grid
        return grid

    def _points(self, start: int, end: int, step: int, p: _Person) -> _Window:
        """Grid points (UTC minutes, multiples of `step`) in [start, end) that this person may use."""
        a = p.a
        points: list[_Point] = []
        holiday: dict[str, Any] | None = None
        weekend: dict[str, Any] | None = None
        quiet = False
        for g in self._grid(start, end, step, p.tz, a.market):
            if g.holiday is not None:
                day = g.point.local.date()
                holiday = holiday or {"market": a.market, "holiday": g.holiday, "date": day.isoformat()}
            elif g.weekend:
                day = g.point.local.date()
                weekend = weekend or {"market": a.market, "date": day.isoformat(), "weekday": day.weekday()}
            elif in_quiet_hours(g.clock, a.quiet_start, a.quiet_end):
                quiet = True
            else:
                points.append(g.point)
        start_local = datetime.fromtimestamp(start * 60, p.tz).isoformat()
        end_local = datetime.fromtimestamp(end * 60, p.tz).isoformat()
        blocker: tuple[SkipReason, dict[str, Any]] | None = None
        if not points:
            if holiday:
                blocker = (SkipReason.HOLIDAY, holiday)
            elif weekend:
                blocker = (SkipReason.WEEKEND, weekend)
            elif quiet:
                blocker = (
                    SkipReason.QUIET_HOURS,
                    {
                        "quiet_start": a.quiet_start.strftime("%H:%M") if a.quiet_start else "",
                        "quiet_end": a.quiet_end.strftime("%H:%M") if a.quiet_end else "",
                        "window_start": start_local,
                        "window_end": end_local,
                    },
                )
            else:
                blocker = (
                    SkipReason.NO_FREE_TIME,
                    {"stagger_minutes": step, "window_start": start_local, "window_end": end_local},
                )
        ordered = [points[i] for i in _spread_order(len(points))] if points else []
        return _Window(ordered, blocker, start_local, end_local)

    # -- assignment --

    def run(self) -> Plan:
        slots = self._slots()
        by_market: dict[str, list[_Person]] = defaultdict(list)
        by_group_market: dict[tuple[str, str], list[_Person]] = defaultdict(list)
        by_group: dict[str, list[_Person]] = defaultdict(list)
        for p in self.people:  # sorted by id: every index is in id order
            by_market[p.a.market].append(p)
            for g in dict.fromkeys(p.a.groups):
                by_group_market[(g, p.a.market)].append(p)
                by_group[g].append(p)
        post_markets: dict[str, set[str]] = defaultdict(set)
        first_slot_of_post: dict[str, str] = {}
        for s in slots:
            post_markets[s.post_id].add(s.market)
            first_slot_of_post.setdefault(s.post_id, s.id)

        shares: list[PlannedShare] = []
        skipped: list[Skip] = []
        skip_to = skipped.append

        for si, slot in enumerate(slots):
            next_text = 0
            slot_id, post_id = slot.id, slot.post_id
            slot_topics = frozenset(t.casefold() for t in slot.topics)
            slot_language = primary_language(slot.language)
            # Every candidate is in the slot's market, so one stagger grid serves the slot's waves: no burst
            # across waves either.
            taken: set[int] = set()
            for wave in self.templates:
                wave_name = wave.name
                if wave.group is None:
                    candidates = by_market.get(slot.market, [])
                else:
                    candidates = by_group_market.get((wave.group, slot.market), [])
                    if first_slot_of_post[post_id] == slot_id:
                        covered = post_markets[post_id]
                        for p in by_group.get(wave.group, []):
                            if p.a.market not in covered:
                                wrong, facts = SkipReason.WRONG_MARKET_OR_LANGUAGE, _market_facts(p, slot)
                                skip_to(Skip(p.a.id, p.a.name, slot_id, wave_name, wrong, facts))
                ordered = _fairness_order(candidates, _hash64(f"{slot_id}\x1f{wave_name}"))
                windows: dict[int, _Window] = {}  # by the person's profile (zone, quiet hours, market)
                limit = wave.size
                if slot.share_texts is not None:
                    limit = slot.share_texts if limit is None else min(limit, slot.share_texts)
                placed = 0
                for p in ordered:
                    a = p.a
                    if p.refusal_slot != si:  # the rules about the person: the same in each of the slot's waves
                        p.refusal_slot = si
                        p.refusal = _who_rule(p, slot, slot_language, slot_topics)
                    refused = p.refusal
                    if refused is not None:
                        skip_to(Skip(a.id, a.name, slot_id, wave_name, refused, _who_facts(refused, p, slot)))
                        continue
                    earlier = p.sharing.get(post_id)
                    if earlier is not None:
                        facts = {"post_id": post_id, "slot": earlier[0], "wave": earlier[1]}
                        skip_to(Skip(a.id, a.name, slot_id, wave_name, SkipReason.ALREADY_SHARING, facts))
                        continue
                    window = windows.get(p.profile)
                    if window is None:
                        window = windows[p.profile] = self._compute_window(slot, wave, p)
                    if window.blocker is not None:
                        reason, facts = window.blocker
                        skip_to(Skip(a.id, a.name, slot_id, wave_name, reason, dict(facts)))
                        continue
                    point = window.free_point(taken)
                    week = (point or window.points[0]).week
                    planned = p.weeks.get(week, 0)
                    if planned >= a.max_shares_per_week:
                        facts = {"week": week, "cap": a.max_shares_per_week, "planned": planned}
                        skip_to(Skip(a.id, a.name, slot_id, wave_name, SkipReason.WEEKLY_CAP_REACHED, facts))
                    elif wave.size is not None and placed >= wave.size:
                        facts = {"size": wave.size, "asked": p.asked}
                        skip_to(Skip(a.id, a.name, slot_id, wave_name, SkipReason.NOT_SELECTED, facts))
                    elif limit is not None and placed >= limit:
                        facts = {"available": slot.share_texts}
                        skip_to(Skip(a.id, a.name, slot_id, wave_name, SkipReason.NO_SHARE_TEXT_LEFT, facts))
                    elif point is None:
                        facts = {
                            "stagger_minutes": wave.stagger_minutes,
                            "window_start": window.start_local,
                            "window_end": window.end_local,
                        }
                        skip_to(Skip(a.id, a.name, slot_id, wave_name, SkipReason.NO_FREE_TIME, facts))
                    else:
                        taken.add(point.minute)
                        p.weeks[week] = planned + 1
                        p.asked += 1
                        p.sharing[post_id] = (slot_id, wave_name)
                        text = next_text % slot.share_texts if slot.share_texts else next_text
                        next_text += 1
                        placed += 1
                        shares.append(
                            PlannedShare(
                                ambassador_id=a.id,
                                ambassador_name=a.name,
                                slot_id=slot_id,
                                post_id=post_id,
                                variant_id=slot.variant_id,
                                market=slot.market,
                                network=slot.network,
                                wave=wave_name,
                                utc=point.utc,
                                local=point.local,
                                time_zone=a.time_zone,
                                share_text=text,
                            )
                        )
        shares.sort(key=lambda s: (s.utc, s.slot_id, s.wave, s.ambassador_id))
        return Plan(tuple(slots), tuple(shares), tuple(skipped))


def _fairness_order(candidates: list[_Person], salt: int) -> list[_Person]:
    """Least asked first, ties by `_mix(base_hash, salt)`: the order `sorted(key=(asked, _mix(...)))` gives,
    from one integer key per person (asked above the 64 hash bits), the mix inlined, and the sort on C ints."""
    keys = []
    for p in candidates:
        z = p.base_hash ^ salt  # both < 2**64
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        keys.append((p.asked << 64) | (z ^ (z >> 31)))
    return [candidates[i] for i in sorted(range(len(candidates)), key=keys.__getitem__)]


def _who_rule(p: _Person, slot: ExecutiveSlot, slot_language: str, slot_topics: frozenset[str]) -> SkipReason | None:
    """The first rule about the person (not the time) that keeps them out of this slot, if any."""
    if not p.a.opted_in:
        return SkipReason.NOT_OPTED_IN
    if p.language != slot_language:
        return SkipReason.WRONG_MARKET_OR_LANGUAGE
    if slot.network not in p.networks:
        return SkipReason.NETWORK_NOT_USED
    if slot_topics and p.topics and p.topics.isdisjoint(slot_topics):
        return SkipReason.NO_MATCHING_TOPIC
    return None


def _who_facts(rule: SkipReason, p: _Person, slot: ExecutiveSlot) -> dict[str, Any]:
    """The facts behind `_who_rule`'s answer: new objects for every skip, as if the rule were checked again."""
    if rule is SkipReason.WRONG_MARKET_OR_LANGUAGE:
        return _market_facts(p, slot)
    if rule is SkipReason.NETWORK_NOT_USED:
        return {"network": slot.network, "networks": list(p.network_list)}
    if rule is SkipReason.NO_MATCHING_TOPIC:
        return {"post_topics": list(slot.topics), "topics": list(p.a.topics)}
    return {}


def _market_facts(p: _Person, slot: ExecutiveSlot) -> dict[str, Any]:
    return {
        "market": p.a.market,
        "language": p.a.language,
        "slot_market": slot.market,
        "slot_language": slot.language,
    }


def _validate_templates(templates: tuple[WaveTemplate, ...]) -> None:
    names: set[str] = set()
    for wave in templates:
        where = {"wave": wave.name}
        if not wave.name or wave.name in names:
            raise PlanInputInvalid("Each wave needs its own name", field="name", **where)
        names.add(wave.name)
        t = wave.timing
        if not 1 <= wave.stagger_minutes <= 24 * 60:
            raise PlanInputInvalid("Staggering is 1 to 1440 minutes", field="stagger_minutes", **where)
        if wave.size is not None and wave.size < 1:
            raise PlanInputInvalid("A wave's size is at least 1", field="size", **where)
        if t.min_minutes < 0 or t.days_later < 0 or not 0 <= t.roll_days <= MAX_ROLL_DAYS:
            raise PlanInputInvalid("Wave timing cannot go backwards", field="timing", **where)
        if t.kind is TimingKind.AFTER and t.max_minutes < t.min_minutes:
            raise PlanInputInvalid("A wave's span must end after it starts", field="timing", **where)
        if t.kind is TimingKind.AFTER and (t.roll_days or t.days_later or t.start is not None):
            raise PlanInputInvalid("Days and windows belong to window waves, not spans", field="timing", **where)
        if (t.start is None) != (t.end is None):
            raise PlanInputInvalid("A wave's window needs a start and an end", field="timing", **where)


# --- JSON for `ghostdesk plan --json` -------------------------------------------------------------


def plan_to_dict(plan: Plan) -> dict[str, list[dict[str, Any]]]:
    """The JSON shape of `ghostdesk plan --json`: `slots`, `shares`, `skipped` (reason code + facts)."""
    return {
        "slots": [
            {
                "id": s.id,
                "variant_id": s.variant_id,
                "post_id": s.post_id,
                "market": s.market,
                "network": s.network,
                "language": s.language,
                "time_zone": s.time_zone,
                "local": s.local.isoformat(),
                "utc": s.utc.isoformat(),
                "holiday": s.holiday,
                "weekend": s.weekend,
            }
            for s in plan.slots
        ],
        "shares": [
            {
                "ambassador": s.ambassador_id,
                "ambassador_name": s.ambassador_name,
                "slot": s.slot_id,
                "post_id": s.post_id,
                "variant_id": s.variant_id,
                "market": s.market,
                "network": s.network,
                "wave": s.wave,
                "utc": s.utc.isoformat(),
                "local": s.local.isoformat(),
                "time_zone": s.time_zone,
                "share_text": s.share_text,
            }
            for s in plan.shares
        ],
        "skipped": [
            {
                "ambassador": k.ambassador_id,
                "ambassador_name": k.ambassador_name,
                "slot": k.slot_id,
                "wave": k.wave,
                "reason": str(k.reason),
                "facts": dict(k.facts),
            }
            for k in plan.skipped
        ],
    }
