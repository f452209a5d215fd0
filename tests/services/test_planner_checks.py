"""Planner: re-validating a share moved by hand (what the calendar's drag will call)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from planner_helpers import amb, campaign, morning, variant

from ghostdesk.commands.plan_words import explain
from ghostdesk.domain.planning import PlanInputInvalid, SkipReason
from ghostdesk.services.planner import plan
from ghostdesk.services.planner_checks import check_move


def planned(people, *posts, **kw):
    result = plan(campaign(*(posts or (variant("v1", at=time(7)),))), people, [morning()], **kw)
    return result, {s.ambassador_id: s for s in result.shares}


def test_a_move_inside_the_rules_has_no_conflicts():
    a = amb("a")
    result, shares = planned([a])
    assert check_move(result, shares["a"], datetime(2026, 3, 10, 8, 45, tzinfo=UTC), a) == ()


def test_a_move_before_the_executive_or_into_quiet_hours_is_flagged():
    a = amb("a", quiet_start=time(22), quiet_end=time(7))
    result, shares = planned([a])
    early = check_move(result, shares["a"], datetime(2026, 3, 10, 5, 30, tzinfo=UTC), a)  # 06:30 Paris
    assert [c.reason for c in early] == [SkipReason.BEFORE_EXECUTIVE, SkipReason.QUIET_HOURS]
    assert explain(early[1], "Ana") == "The wave falls in Ana's quiet hours (22:00–07:00 local time)."


def test_a_move_onto_a_holiday_or_a_weekend_in_the_ambassadors_market():
    a = amb("a")
    result, shares = planned([a])
    calendar = {("FR", date(2026, 3, 11)): "Test day"}
    on_holiday = check_move(
        result,
        shares["a"],
        datetime(2026, 3, 11, 8, tzinfo=UTC),
        a,
        holiday_name=lambda m, d: calendar.get((m, d)),
    )
    assert [(c.reason, c.facts["holiday"]) for c in on_holiday] == [(SkipReason.HOLIDAY, "Test day")]
    saturday = check_move(result, shares["a"], datetime(2026, 3, 14, 8, tzinfo=UTC), a)
    assert [c.reason for c in saturday] == [SkipReason.WEEKEND]


def test_a_move_too_close_to_a_colleague_names_them():
    people = [amb("a", name="Ana"), amb("b", name="Bruno")]
    result, shares = planned(people)
    near_b = shares["b"].utc + timedelta(minutes=4)
    (conflict,) = check_move(result, shares["a"], near_b, people[0])
    assert conflict.reason is SkipReason.TOO_CLOSE and conflict.facts["other"] == "b"
    assert explain(conflict, "Ana") == "Bruno shares the same post 4 minutes apart; keep 10 minutes."


def test_a_move_into_a_full_week_counts_other_shares_and_earlier_plans():
    a = amb("a", max_shares_per_week=2, planned_per_week={"2026-W12": 1})
    posts = (variant("v1", day=date(2026, 3, 10), at=time(7)), variant("v2", day=date(2026, 3, 17), at=time(7)))
    result = plan(campaign(*posts), [a], [morning()])
    first = next(s for s in result.shares if s.variant_id == "v1")
    (conflict,) = check_move(result, first, datetime(2026, 3, 18, 8, tzinfo=UTC), a)  # into week 12
    assert conflict.reason is SkipReason.WEEKLY_CAP_REACHED
    assert conflict.facts == {"week": "2026-W12", "cap": 2, "planned": 2}


def test_a_naive_time_is_refused():
    a = amb("a")
    result, shares = planned([a])
    with pytest.raises(PlanInputInvalid):
        check_move(result, shares["a"], datetime(2026, 3, 10, 8), a)
