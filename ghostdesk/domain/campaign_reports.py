"""Domain: what is reported about a campaign's plan — each approvable item's state, the shares as the share kits
need them, and what "plan again" would change. Also importable from `ghostdesk.domain.campaigns` (created on
first use there, so reading a campaign does not pay for them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ghostdesk.domain.campaigns import ApprovalRecord, ApprovalState, ItemType


@dataclass(frozen=True, slots=True)
class ItemState:
    """An approvable item's state now, with its current hash and its latest decision."""

    item_type: ItemType
    item_id: str
    state: ApprovalState
    current_hash: str
    last: ApprovalRecord | None = None


@dataclass(frozen=True, slots=True)
class KitShare:
    """One planned share as the share kits need it."""

    share_id: str
    ambassador_id: str
    ambassador_email: str
    utc: datetime
    time_zone: str
    local: datetime
    network: str
    market: str
    wave: str
    variant_id: str
    post_id: str
    approved: bool  # the variant holds a valid approval AND its slot is approved in this campaign
    content_hash: str  # the variant's current content hash
    share_text_index: int
    share_text: str
    link: str


@dataclass(frozen=True, slots=True)
class ChangeCount:
    """How many shares a new plan adds, moves (same person, post and wave at another time) and removes."""

    added: int = 0
    moved: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        return self.added + self.moved + self.removed

    def plus(self, kind: str) -> ChangeCount:
        return ChangeCount(
            self.added + (kind == "added"), self.moved + (kind == "moved"), self.removed + (kind == "removed")
        )


@dataclass(frozen=True, slots=True)
class PlanPreview:
    """What "plan again" would change, before anything is stored: the new plan, the differences with the stored
    one (shares in all, per wave, per person; executive posts) and the planner's skips."""

    campaign_id: str
    plan: object  # the planner's Plan, applied as it is when the user accepts
    shares: ChangeCount
    unchanged: int
    slots: ChangeCount
    by_wave: dict[str, ChangeCount]
    by_person: dict[str, tuple[str, ChangeCount]]  # ambassador id → (name, changes); only people with changes
    skipped: tuple  # the planner's Skip records
