"""Services: re-validate one planned share moved by hand (the calendar's drag), with the planner's rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ghostdesk.domain.planning import (
    Conflict,
    Plan,
    PlanAmbassador,
    PlanInputInvalid,
    PlannedShare,
    SkipReason,
    iso_week,
)
from ghostdesk.services.planner import HolidayName, WeekendDays, in_quiet_hours, no_holidays, saturday_sunday


def check_move(
    plan: Plan,
    share: PlannedShare,
    new_utc: datetime,
    ambassador: PlanAmbassador,
    *,
    stagger_minutes: int = 10,
    holiday_name: HolidayName = no_holidays,
    weekend_days: WeekendDays = saturday_sunday,
) -> tuple[Conflict, ...]:
    """What `share` moved to `new_utc` would break (empty: the move is fine). Other shares stay put.

    Checks the executive's post time, the ambassador's weekends, public holidays and quiet hours in their
    own zone, their weekly cap (this plan's other shares and those planned elsewhere) and staggering
    against colleagues sharing the same slot in the same market."""
    if new_utc.tzinfo is None:
        raise PlanInputInvalid("A moved share needs an aware time", field="utc")
    if ambassador.id != share.ambassador_id:
        raise PlanInputInvalid("The share belongs to someone else", field="ambassador", ambassador=ambassador.id)
    try:
        tz = ZoneInfo(ambassador.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise PlanInputInvalid("Unknown time zone", field="time_zone", value=ambassador.time_zone) from None
    when = new_utc.astimezone(UTC)
    local = when.astimezone(tz)
    day = local.date()
    found: list[Conflict] = []
    slot = next((s for s in plan.slots if s.id == share.slot_id), None)
    if slot is not None and when <= slot.utc:
        found.append(Conflict(SkipReason.BEFORE_EXECUTIVE, {"slot_utc": slot.utc.isoformat()}))
    name = holiday_name(ambassador.market, day)
    if name is not None:
        found.append(
            Conflict(SkipReason.HOLIDAY, {"market": ambassador.market, "holiday": name, "date": day.isoformat()})
        )
    elif day.weekday() in set(weekend_days(ambassador.market)):
        found.append(
            Conflict(
                SkipReason.WEEKEND, {"market": ambassador.market, "date": day.isoformat(), "weekday": day.weekday()}
            )
        )
    if in_quiet_hours(local.time(), ambassador.quiet_start, ambassador.quiet_end):
        assert ambassador.quiet_start is not None and ambassador.quiet_end is not None
        found.append(
            Conflict(
                SkipReason.QUIET_HOURS,
                {
                    "quiet_start": ambassador.quiet_start.strftime("%H:%M"),
                    "quiet_end": ambassador.quiet_end.strftime("%H:%M"),
                    "window_start": local.isoformat(),
                    "window_end": local.isoformat(),
                },
            )
        )
    week = iso_week(day)
    others = [s for s in plan.shares if s.ambassador_id == ambassador.id and s != share]
    planned = ambassador.planned_in(week) + sum(1 for s in others if iso_week(s.utc.astimezone(tz).date()) == week)
    if planned >= ambassador.max_shares_per_week:
        found.append(
            Conflict(
                SkipReason.WEEKLY_CAP_REACHED, {"week": week, "cap": ambassador.max_shares_per_week, "planned": planned}
            )
        )
    span = timedelta(minutes=stagger_minutes)
    for other in plan.shares:
        if other.slot_id == share.slot_id and other.market == share.market and other.ambassador_id != ambassador.id:
            gap = abs(other.utc - when)
            if gap < span:
                facts = {
                    "other": other.ambassador_id,
                    "other_name": other.ambassador_name,
                    "minutes": int(gap.total_seconds() // 60),
                    "stagger_minutes": stagger_minutes,
                }
                found.append(Conflict(SkipReason.TOO_CLOSE, facts))
    return tuple(found)
