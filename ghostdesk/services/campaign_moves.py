"""Services: moving one planned share to another time (the calendar's drag), checked by the planner's own
rules against the stored plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ghostdesk.domain.campaigns import CampaignInvalid, ShareStatus, StoredShare
from ghostdesk.services.campaign_briefs import get, templates
from ghostdesk.services.campaign_plans import market_calendars, plan_ambassadors, planned_share, slots, stored_plan
from ghostdesk.storage import audit_repo, campaigns_repo
from ghostdesk.storage.connection import Database

if TYPE_CHECKING:  # the planner's records load when checking a move
    from ghostdesk.domain.planning import Conflict


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
    people = {p.id: p for p in plan_ambassadors(db, campaign)}
    staggers = {t.name: t.stagger_minutes for t in templates(db, campaign.id)}
    calendars = market_calendars(db)

    def check(share: StoredShare, new_utc: datetime) -> tuple[Conflict, ...]:
        person = people.get(share.ambassador_id)
        if person is None:  # no longer opted in, or left the campaign's markets
            from ghostdesk.domain.ambassador import NotOptedIn

            raise NotOptedIn("This person may not be planned any more", ids=[share.ambassador_id], count=1)
        return planner_checks.check_move(
            plan,
            planned_share(share, stored_slots[share.slot_id]),
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
