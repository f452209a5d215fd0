"""Domain: campaigns — objectives, the posts they carry, their wave templates, the stored plan and approvals.

The planner's own inputs and outputs live in `domain/planning.py`; these are the records kept in the
workspace around it. Approvals bind to a content hash (`records.content_hash`) of exactly what was approved.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING

from ghostdesk.domain.errors import GhostDeskError, NotFound, ValidationError

if TYPE_CHECKING:  # the planner's records load with the planner, not with every campaign read (the calendar)
    from ghostdesk.domain.planning import WaveTemplate

MAX_NAME = 120
TARGETS = ("reach", "engagement", "clicks", "conversions")


class Objective(StrEnum):
    VISIBILITY = "visibility"
    REPUTATION = "reputation"
    LEADS = "leads"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"  # a plan is stored
    APPROVED = "approved"  # the whole campaign holds a valid approval
    ARCHIVED = "archived"


class ShareStatus(StrEnum):
    PLANNED = "planned"
    MOVED = "moved"  # moved by hand in the calendar
    CANCELLED = "cancelled"


class ItemType(StrEnum):
    """What an approval is about."""

    SLOT = "slot"  # one variant on one network at one time (the executive's post in a campaign slot)
    WAVES = "waves"  # the whole wave plan: who shares what when
    CAMPAIGN = "campaign"  # the campaign as a whole: brief, every slot and the wave plan


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


class ApprovalState(StrEnum):
    """What the UI shows for an item; the words are the UI's."""

    NOT_REVIEWED = "not_reviewed"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGED = "changed_since_approval"  # approved, then its content changed: needs a new approval


class CampaignError(GhostDeskError):
    code = "campaign"


class CampaignNotFound(NotFound):
    code = "campaign_not_found"


class CampaignInvalid(ValidationError):
    code = "campaign_invalid"


class ApprovalOutdated(CampaignInvalid):
    """A reviewer's decision about content that changed since the review package was made."""

    code = "approval_outdated"


class NotPlanned(CampaignError):
    """The action needs a stored plan and the campaign has none."""

    code = "campaign_not_planned"


class ReviewPackageInvalid(CampaignError):
    """A review package or decisions file that is not ours, damaged, or altered after export."""

    code = "review_package_invalid"


@dataclass(frozen=True, slots=True)
class Campaign:
    """A campaign's brief: objective, targets, dates, markets, executives and contact."""

    id: str
    name: str
    objective: Objective = Objective.VISIBILITY
    targets: dict[str, int] = field(default_factory=dict)  # reach, engagement, clicks, conversions
    start: str = ""  # ISO dates
    end: str = ""
    markets: tuple[str, ...] = ()
    executives: tuple[str, ...] = ()  # executive ids
    status: CampaignStatus = CampaignStatus.DRAFT
    contact: str = ""  # whom ambassadors ask (name or e-mail), shown in kits
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def utm_campaign(self) -> str:
        """`utm_campaign` for this campaign's links: the name in lower-case ASCII with hyphens ("Grid week
        2027" → "grid-week-2027"), readable in any analytics tool; the id when the name has no ASCII letters."""
        ascii_name = unicodedata.normalize("NFKD", self.name).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or self.id

    @property
    def tracking_code(self) -> str:
        """`utm_campaign` in its share kits' links: the readable slug and the start of the id ("grid-week-2027-
        3f2a9c1d"). The results import finds the campaign by that id part, so a campaign renamed after its kits
        went out, or another whose name makes the same slug, never loses or takes its clicks."""
        tag = self.id.replace("-", "")[:8]
        slug = self.utm_campaign
        return self.id if slug == self.id else f"{slug}-{tag}"

    @property
    def content(self) -> dict:
        """The brief as approved (not status or timestamps)."""
        return {
            "name": self.name,
            "objective": self.objective.value,
            "targets": {k: int(v) for k, v in sorted(self.targets.items())},
            "start": self.start,
            "end": self.end,
            "markets": sorted(self.markets),
            "executives": sorted(self.executives),
            "contact": self.contact,
        }


@dataclass(frozen=True, slots=True)
class CampaignPost:
    """A post in a campaign, on a day (ISO date) and optionally at a local time ("HH:MM", else the window)."""

    campaign_id: str
    post_id: str
    day: str
    local_time: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class WaveTemplateRecord:
    """An editable wave template stored for a campaign; `to_template()` gives the planner's."""

    name: str
    kind: str  # "after" | "window"
    min_minutes: int = 0
    max_minutes: int = 0
    days_later: int = 0
    start: str = ""  # "HH:MM" or "" (the market's posting window)
    end: str = ""
    roll_days: int = 0
    group: str = ""
    size: int | None = None
    stagger_minutes: int = 10

    def to_template(self) -> WaveTemplate:
        from ghostdesk.domain.planning import TimingKind, WaveTemplate, WaveTiming

        start = time.fromisoformat(self.start) if self.start else None
        end = time.fromisoformat(self.end) if self.end else None
        if self.kind == "after":
            timing = WaveTiming.after(self.min_minutes, self.max_minutes)
        else:
            timing = WaveTiming(
                TimingKind.WINDOW,
                min_minutes=self.min_minutes,
                days_later=self.days_later,
                start=start,
                end=end,
                roll_days=self.roll_days,
            )
        return WaveTemplate(
            self.name, timing, group=self.group or None, size=self.size, stagger_minutes=self.stagger_minutes
        )


def default_wave_templates() -> tuple[WaveTemplateRecord, ...]:
    """Inner circle 30–90 min after; each market's ambassadors in their next local morning window; a last
    wave two days later."""
    return (
        WaveTemplateRecord(
            "inner circle", "after", min_minutes=30, max_minutes=90, group="inner circle", stagger_minutes=5
        ),
        WaveTemplateRecord("market", "window", min_minutes=30, start="08:00", end="10:00", roll_days=2, size=20),
        WaveTemplateRecord("last", "window", days_later=2, start="12:00", end="14:00", roll_days=2, size=10),
    )


@dataclass(frozen=True, slots=True)
class StoredSlot:
    """An executive post as stored in a campaign's plan: one variant on one network at one time."""

    id: str
    campaign_id: str
    variant_id: str
    post_id: str
    market: str
    network: str
    language: str
    utc: datetime
    time_zone: str
    holiday: str = ""
    weekend: bool = False
    content_hash: str = ""  # of the variant's content when planned


@dataclass(frozen=True, slots=True)
class StoredShare:
    """An ambassador's share as stored in a campaign's plan."""

    id: str
    campaign_id: str
    ambassador_id: str
    ambassador_name: str
    slot_id: str
    wave: str
    utc: datetime
    time_zone: str
    share_text_index: int
    share_text: str
    status: ShareStatus = ShareStatus.PLANNED


@dataclass(frozen=True, slots=True)
class ApprovalRecord:
    """One approval decision, bound to the hash of exactly what was decided on."""

    id: str
    campaign_id: str
    item_type: ItemType
    item_id: str
    content_hash: str
    decision: Decision
    by: str
    at: str
    comment: str = ""


def parse_day(text: str, field_name: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CampaignInvalid("A date is YYYY-MM-DD", field=field_name, value=text) from None


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One thing on the calendar: an executive post (kind "slot") or an ambassador share (kind "share")."""

    id: str  # the slot's or the share's id
    kind: str
    campaign_id: str
    slot_id: str
    utc: datetime
    time_zone: str
    market: str
    network: str
    who: str  # the ambassador's name; "" for the executive's post
    wave: str  # "" for the executive's post
    state: ApprovalState  # the slot's approval (posts) or the wave plan's (shares)
    holiday: str = ""
    weekend: bool = False
    moved: bool = False
    conflicts: tuple[str, ...] = ()  # SkipReason values for shares moved against the rules


# Records only the approvals, the share kits and "plan again" need: defined in `campaign_reports` and created
# when first asked for (a frozen dataclass costs about a millisecond to create; showing a month of the
# calendar needs none of these).
_REPORTS = ("ItemState", "KitShare", "ChangeCount", "PlanPreview")


def __getattr__(name: str):
    if name in _REPORTS:
        from ghostdesk.domain import campaign_reports

        return getattr(campaign_reports, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
