"""Domain: the amplification planner's inputs and outputs — plain, frozen data, no I/O.

Adapters fill these from the ambassadors, posts/variants and campaign repositories; the planner
(`ghostdesk.services.planner`) turns them into a `Plan`. Every person not planned carries a `Skip`
with a stable reason code and the facts behind it; words are chosen by the CLI or UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from ghostdesk.domain.errors import ValidationError


class PlanInputInvalid(ValidationError):
    """The planner was given input it cannot plan with (unknown zone, duplicate id, bad rule …)."""

    code = "plan_input_invalid"


class SkipReason(StrEnum):
    """Why an ambassador was not planned for one (slot, wave). Stable: used in JSON and by the UI."""

    NOT_OPTED_IN = "not_opted_in"
    WRONG_MARKET_OR_LANGUAGE = "wrong_market_or_language"
    NETWORK_NOT_USED = "network_not_used"
    NO_MATCHING_TOPIC = "no_matching_topic"
    ALREADY_SHARING = "already_sharing"  # one share per person per post
    NO_POSTING_WINDOW = "no_posting_window"
    HOLIDAY = "holiday"
    WEEKEND = "weekend"
    QUIET_HOURS = "quiet_hours"
    WEEKLY_CAP_REACHED = "weekly_cap_reached"
    NOT_SELECTED = "not_selected"  # the wave was full; others were asked less often (rotation)
    NO_SHARE_TEXT_LEFT = "no_share_text_left"
    NO_FREE_TIME = "no_free_time"  # every staggered time in the window is taken by a colleague
    # Only when a planned share is moved by hand (`planner_checks.check_move`):
    BEFORE_EXECUTIVE = "before_executive"  # a share before the executive's own post
    TOO_CLOSE = "too_close"  # a colleague shares the same slot within the stagger span


class TimingKind(StrEnum):
    AFTER = "after"  # a fixed span after the executive's post, e.g. 30–90 minutes
    WINDOW = "window"  # a local daily window (e.g. 08:00–10:00) in each ambassador's own zone


@dataclass(frozen=True, slots=True)
class PlanAmbassador:
    """One person the planner may ask. `planned_per_week` maps ISO week keys ("2026-W10") to shares
    already planned elsewhere; `asked_before` is how often they were asked in earlier plans (fairness)."""

    id: str
    name: str
    market: str
    language: str  # BCP 47; compared on the primary subtag ("en-GB" matches "en")
    time_zone: str  # IANA
    topics: tuple[str, ...] = ()  # empty: open to every topic
    networks: tuple[str, ...] = ()
    max_shares_per_week: int = 3
    quiet_start: time | None = None  # local; a span may wrap midnight (22:00–07:00)
    quiet_end: time | None = None
    opted_in: bool = True
    groups: tuple[str, ...] = ()
    planned_per_week: tuple[tuple[str, int], ...] = ()
    asked_before: int = 0

    def __post_init__(self) -> None:
        weeks = self.planned_per_week
        if isinstance(weeks, dict):
            object.__setattr__(self, "planned_per_week", tuple(sorted(weeks.items())))
        for name in ("topics", "networks", "groups"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise PlanInputInvalid(f"{name} must be a sequence, not text", field=name, ambassador=self.id)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))

    def planned_in(self, week: str) -> int:
        return sum(count for key, count in self.planned_per_week if key == week)


@dataclass(frozen=True, slots=True)
class PlanVariant:
    """One market variant of a post to place on the calendar, on each of its networks.

    `local_time` None → the start of the market's posting window; `time_zone` None → the market's zone.
    `share_texts` is how many distinct share texts exist for it (None: as many as needed)."""

    id: str
    post_id: str
    market: str
    language: str
    day: date
    networks: tuple[str, ...]
    topics: tuple[str, ...] = ()
    local_time: time | None = None
    time_zone: str | None = None
    share_texts: int | None = None

    def __post_init__(self) -> None:
        for name in ("networks", "topics"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise PlanInputInvalid(f"{name} must be a sequence, not text", field=name, variant=self.id)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))


@dataclass(frozen=True, slots=True)
class CampaignInput:
    id: str
    variants: tuple[PlanVariant, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.variants, tuple):
            object.__setattr__(self, "variants", tuple(self.variants))


@dataclass(frozen=True, slots=True)
class WaveTiming:
    """When a wave's shares may happen, relative to the executive's post.

    AFTER:  between `min_minutes` and `max_minutes` after the post (inclusive).
    WINDOW: in the ambassador's local daily window `start`–`end` (None → their market's posting window),
            on the first day, `days_later` days after the post's local date, whose window still has time
            at least `min_minutes` after the post. `roll_days`: when that day is a weekend, a holiday or
            all quiet hours for someone, try up to that many following days for them.
    """

    kind: TimingKind
    min_minutes: int = 0
    max_minutes: int = 0
    days_later: int = 0
    start: time | None = None
    end: time | None = None
    roll_days: int = 0

    @classmethod
    def after(cls, min_minutes: int, max_minutes: int) -> WaveTiming:
        return cls(TimingKind.AFTER, min_minutes=min_minutes, max_minutes=max_minutes)

    @classmethod
    def next_window(
        cls, start: time | None = None, end: time | None = None, *, min_minutes: int = 30, roll_days: int = 0
    ) -> WaveTiming:
        return cls(TimingKind.WINDOW, min_minutes=min_minutes, start=start, end=end, roll_days=roll_days)

    @classmethod
    def days_after(
        cls, days: int, start: time | None = None, end: time | None = None, *, roll_days: int = 0
    ) -> WaveTiming:
        return cls(TimingKind.WINDOW, days_later=days, start=start, end=end, roll_days=roll_days)


@dataclass(frozen=True, slots=True)
class WaveTemplate:
    """A wave of shares after each executive post. `group` None → the slot market's ambassadors;
    otherwise members of that group in the slot's market. `size`: at most this many people per
    (post slot, wave); None → everyone who fits. Shares land on a `stagger_minutes` grid, at most one
    colleague per grid time for a slot and market (across its waves too), so no two are closer than that."""

    name: str
    timing: WaveTiming
    group: str | None = None
    size: int | None = None
    stagger_minutes: int = 10


@dataclass(frozen=True, slots=True)
class ExecutiveSlot:
    """When the executive posts one variant on one network: local time in `time_zone`, and UTC."""

    id: str
    variant_id: str
    post_id: str
    market: str
    network: str
    language: str
    topics: tuple[str, ...]
    time_zone: str
    local: datetime  # aware, in time_zone
    utc: datetime  # aware, UTC
    holiday: str | None = None  # the market's public holiday that day, if any (for the calendar to mark)
    weekend: bool = False
    share_texts: int | None = None


@dataclass(frozen=True, slots=True)
class PlannedShare:
    ambassador_id: str
    ambassador_name: str
    slot_id: str
    post_id: str
    variant_id: str
    market: str
    network: str
    wave: str
    utc: datetime
    local: datetime  # aware, in the ambassador's zone
    time_zone: str
    share_text: int  # index of the share text; distinct within a wave


@dataclass(frozen=True, slots=True)
class Skip:
    """An ambassador not planned for one (slot, wave): a reason code and the facts behind it."""

    ambassador_id: str
    ambassador_name: str
    slot_id: str
    wave: str
    reason: SkipReason
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A rule a hand-moved share would break; the same codes and facts as a Skip."""

    reason: SkipReason
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Plan:
    slots: tuple[ExecutiveSlot, ...]
    shares: tuple[PlannedShare, ...]
    skipped: tuple[Skip, ...]

    def shares_for(self, ambassador_id: str) -> list[PlannedShare]:
        return [s for s in self.shares if s.ambassador_id == ambassador_id]

    def skips_for(self, ambassador_id: str) -> list[Skip]:
        return [s for s in self.skipped if s.ambassador_id == ambassador_id]


def iso_week(day: date) -> str:
    """ "2026-W10": the ISO week a local date belongs to (weekly caps count per ISO week)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def primary_language(tag: str) -> str:
    """ "fr-CA" → "fr": languages match on their primary subtag."""
    return tag.replace("_", "-").split("-")[0].strip().lower()


def language_matches(a: str, b: str) -> bool:
    return primary_language(a) == primary_language(b)
