"""Planner: each constraint on its own, then all of them together."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

import pytest
from planner_helpers import amb, campaign, inner, later, minutes_between, morning, reasons, variant

from ghostdesk.domain.planning import PlanInputInvalid, SkipReason, WaveTemplate, WaveTiming
from ghostdesk.services.planner import plan


def test_a_willing_colleague_is_planned_after_the_executive_in_their_morning_window():
    result = plan(campaign(variant("v1", at=time(8, 0))), [amb("a")], [morning()])
    assert len(result.slots) == 1 and result.slots[0].local.hour == 8
    (share,) = result.shares
    assert share.ambassador_id == "a" and share.wave == "market"
    assert share.utc >= result.slots[0].utc + timedelta(minutes=30)
    assert time(8) <= share.local.time() < time(10)
    assert share.local.tzinfo is not None and share.local.utcoffset() == timedelta(hours=1)
    assert result.skipped == ()


def test_consent_only_opted_in_people_are_planned():
    result = plan(campaign(variant("v1")), [amb("yes"), amb("no", opted_in=False)], [morning()])
    assert [s.ambassador_id for s in result.shares] == ["yes"]
    assert reasons(result) == {"no": ["not_opted_in"]}


def test_market_and_language_must_match_the_variant():
    people = [amb("fr"), amb("fr-en", language="en"), amb("de", market="DE")]
    result = plan(campaign(variant("v1")), people, [morning()])
    assert [s.ambassador_id for s in result.shares] == ["fr"]
    # A colleague from another market is not a candidate for this market's wave at all.
    assert reasons(result) == {"fr-en": ["wrong_market_or_language"]}
    (skip,) = result.skipped
    assert skip.facts == {"market": "FR", "language": "en", "slot_market": "FR", "slot_language": "fr"}


def test_language_compares_the_primary_subtag():
    result = plan(campaign(variant("v1")), [amb("a", language="fr-CA")], [morning()])
    assert len(result.shares) == 1


def test_a_group_member_whose_market_the_post_does_not_cover_is_told_why():
    people = [amb("paris", groups=("inner",)), amb("tokyo", market="JP", groups=("inner",))]
    result = plan(campaign(variant("v1")), people, [inner()])
    assert [s.ambassador_id for s in result.shares] == ["paris"]
    (skip,) = result.skipped
    assert skip.reason is SkipReason.WRONG_MARKET_OR_LANGUAGE and skip.facts["market"] == "JP"


def test_network_must_be_one_the_ambassador_uses():
    result = plan(campaign(variant("v1", networks=("x",))), [amb("a", networks=("linkedin",))], [morning()])
    assert result.shares == ()
    (skip,) = result.skipped
    assert skip.reason is SkipReason.NETWORK_NOT_USED and skip.facts == {"network": "x", "networks": ["linkedin"]}


def test_topics_need_one_in_common_and_no_topics_means_open_to_all():
    people = [amb("ai", topics=("AI", "cloud")), amb("hr", topics=("hiring",)), amb("any")]
    result = plan(campaign(variant("v1", topics=("ai",))), people, [morning()])
    assert sorted(s.ambassador_id for s in result.shares) == ["ai", "any"]
    assert reasons(result) == {"hr": ["no_matching_topic"]}
    assert result.skipped[0].facts == {"post_topics": ["ai"], "topics": ["hiring"]}


def test_weekly_cap_counts_shares_already_planned_elsewhere():
    people = [amb("full", max_shares_per_week=2, planned_per_week={"2026-W11": 2}), amb("room", max_shares_per_week=2)]
    result = plan(campaign(variant("v1")), people, [morning()])  # Tuesday 10 March 2026: week 11
    assert [s.ambassador_id for s in result.shares] == ["room"]
    (skip,) = result.skipped
    assert skip.reason is SkipReason.WEEKLY_CAP_REACHED
    assert skip.facts == {"week": "2026-W11", "cap": 2, "planned": 2}


def test_weekly_cap_counts_shares_of_this_plan_per_iso_week():
    posts = [
        variant("mon", day=date(2026, 3, 9)),
        variant("wed", day=date(2026, 3, 11)),
        variant("next-mon", day=date(2026, 3, 16)),
    ]
    result = plan(campaign(*posts), [amb("a", max_shares_per_week=1)], [morning()])
    assert [s.variant_id for s in result.shares] == ["mon", "next-mon"]
    assert [(s.slot_id, str(s.reason)) for s in result.skipped] == [("wed:linkedin", "weekly_cap_reached")]


def test_quiet_hours_in_the_ambassadors_own_zone():
    # 18:00 in Paris is 02:00 in Tokyo: inside a 22:00–07:00 quiet span there.
    people = [
        amb("tokyo", market="JP", groups=("inner",), quiet_start=time(22), quiet_end=time(7)),
        amb("tokyo-night-owl", market="JP", groups=("inner",)),
    ]
    result = plan(campaign(variant("v1", market="JP", at=time(2), time_zone="Asia/Tokyo")), people, [inner()])
    assert [s.ambassador_id for s in result.shares] == ["tokyo-night-owl"]
    (skip,) = result.skipped
    assert skip.reason is SkipReason.QUIET_HOURS
    assert skip.facts["quiet_start"] == "22:00" and skip.facts["quiet_end"] == "07:00"


def test_quiet_hours_that_cover_part_of_the_window_leave_the_rest():
    person = amb("a", groups=("inner",), quiet_start=time(20), quiet_end=time(9, 50))
    result = plan(campaign(variant("v1", at=time(9))), [person], [inner()])  # window 09:30–10:30
    (share,) = result.shares
    assert share.local.time() >= time(9, 50)


def test_weekend_days_are_skipped_and_can_roll_to_the_next_working_day():
    thursday = variant("v1", day=date(2026, 3, 12))
    result = plan(campaign(thursday), [amb("a")], [later(2)])
    (skip,) = result.skipped
    assert skip.reason is SkipReason.WEEKEND
    assert skip.facts == {"market": "FR", "date": "2026-03-14", "weekday": 5}

    rolled = plan(campaign(thursday), [amb("a")], [later(2, roll_days=2)])
    (share,) = rolled.shares
    assert share.local.date() == date(2026, 3, 16)


def test_weekend_days_come_from_the_market():
    friday = variant("v1", day=date(2026, 3, 12))  # +1 day = Friday
    result = plan(campaign(friday), [amb("a")], [later(1)], weekend_days=lambda market: {4, 5})
    assert result.skipped[0].reason is SkipReason.WEEKEND and result.skipped[0].facts["weekday"] == 4


def test_public_holiday_of_the_ambassadors_market_with_its_name():
    calendar = {("JP", date(2026, 5, 4)): "Greenery Day"}
    people = [amb("tokyo", market="JP", groups=("inner",)), amb("paris", groups=("inner",))]
    posts = [
        variant("jp", market="JP", day=date(2026, 5, 4), post_id="p1"),
        variant("fr", market="FR", day=date(2026, 5, 4), post_id="p1"),
    ]
    result = plan(campaign(*posts), people, [inner()], holiday_name=lambda m, d: calendar.get((m, d)))
    assert [s.ambassador_id for s in result.shares] == ["paris"]
    (skip,) = result.skipped
    assert skip.reason is SkipReason.HOLIDAY
    assert skip.facts == {"market": "JP", "holiday": "Greenery Day", "date": "2026-05-04"}
    jp_slot = next(s for s in result.slots if s.market == "JP")
    assert jp_slot.holiday == "Greenery Day"


def test_real_holiday_calendars_from_the_holidays_library():
    holidays = pytest.importorskip("holidays")

    def holiday_name(market: str, day: date) -> str | None:
        return holidays.country_holidays(market, years=day.year).get(day)

    people = [amb("tokyo", market="JP"), amb("paris", market="FR")]
    posts = [variant("jp", market="JP", day=date(2026, 5, 1)), variant("fr", market="FR", day=date(2026, 7, 13))]
    # JP: next business morning after Friday 1 May is Monday 4 May, in Golden Week; FR: 14 July.
    result = plan(campaign(*posts), people, [later(1, roll_days=0), morning()], holiday_name=holiday_name)
    found = {(s.ambassador_id, s.wave): s for s in result.skipped}
    assert found[("paris", "later")].reason is SkipReason.HOLIDAY
    assert found[("paris", "later")].facts["date"] == "2026-07-14" and found[("paris", "later")].facts["holiday"]
    assert found[("tokyo", "later")].reason is SkipReason.WEEKEND  # Saturday 2 May
    golden = plan(campaign(posts[0]), people, [later(3)], holiday_name=holiday_name)
    assert golden.skipped[0].reason is SkipReason.HOLIDAY and golden.skipped[0].facts["date"] == "2026-05-04"


def test_one_share_per_person_per_post_across_waves_and_networks():
    person = amb("a", groups=("inner",))
    result = plan(campaign(variant("v1", networks=("linkedin", "x"))), [person], [inner(), morning()])
    assert len(result.shares) == 1
    assert {str(s.reason) for s in result.skipped} == {"already_sharing"}


def test_staggering_keeps_colleagues_apart_and_spreads_them_over_the_window():
    people = [amb(f"a{i}") for i in range(4)]
    result = plan(campaign(variant("v1", at=time(7))), people, [morning(stagger=15)])  # window 08:00–10:00
    times = sorted(s.utc for s in result.shares)
    assert len(times) == 4
    assert all(minutes_between(a, b) >= 15 for a, b in itertools.pairwise(times))
    assert minutes_between(times[0], times[-1]) >= 60  # spread, not packed at 08:00–08:45


def test_staggering_never_puts_two_colleagues_closer_than_n_minutes_across_waves():
    people = [amb(f"a{i}", groups=("inner",) if i < 5 else ()) for i in range(12)]
    result = plan(campaign(variant("v1", at=time(9))), people, [inner(stagger=10), morning(stagger=10)])
    times = sorted(s.utc for s in result.shares)
    assert all(minutes_between(a, b) >= 10 for a, b in itertools.pairwise(times))


def test_when_every_staggered_time_is_taken_the_rest_are_told_so():
    people = [amb(f"a{i:02d}") for i in range(15)]
    result = plan(campaign(variant("v1", at=time(7))), people, [morning(stagger=10)])  # 12 times in 2 hours
    assert len(result.shares) == 12
    assert [str(s.reason) for s in result.skipped] == ["no_free_time"] * 3
    assert result.skipped[0].facts["stagger_minutes"] == 10


def test_share_texts_are_distinct_within_a_wave_and_limited_by_what_exists():
    people = [amb(f"a{i}") for i in range(5)]
    result = plan(campaign(variant("v1", at=time(7), share_texts=3)), people, [morning()])
    assert sorted(s.share_text for s in result.shares) == [0, 1, 2]
    assert [str(s.reason) for s in result.skipped] == ["no_share_text_left"] * 2
    unlimited = plan(campaign(variant("v1", at=time(7))), people, [morning()])
    assert sorted(s.share_text for s in unlimited.shares) == [0, 1, 2, 3, 4]


def test_share_text_indices_rotate_across_waves_and_stay_distinct_within_each():
    people = [amb(f"a{i}", groups=("inner",) if i < 2 else ()) for i in range(4)]
    result = plan(campaign(variant("v1", share_texts=3)), people, [inner(), morning()])
    by_wave: dict[str, list[int]] = {}
    for s in result.shares:
        by_wave.setdefault(s.wave, []).append(s.share_text)
    assert all(len(v) == len(set(v)) for v in by_wave.values())
    assert sorted(by_wave["inner"]) == [0, 1] and sorted(by_wave["market"]) == [0, 2]


def test_all_constraints_together_each_person_gets_their_own_reason():
    calendar = {("JP", date(2026, 3, 20)): "Vernal Equinox Day"}
    people = [
        amb("ok"),
        amb("ok-2"),
        amb("consent", opted_in=False),
        amb("language", language="en"),
        amb("network", networks=("xing",)),
        amb("topic", topics=("hiring",)),
        amb("capped", max_shares_per_week=1, planned_per_week={"2026-W12": 1}),
        amb("quiet", quiet_start=time(6), quiet_end=time(12)),
        amb("rotation", asked_before=9),
        amb("tokyo", market="JP", groups=("inner",)),
    ]
    posts = [
        variant("fr", day=date(2026, 3, 19), post_id="p1", topics=("ai",)),
        variant("jp", market="JP", day=date(2026, 3, 19), at=time(23, 30), post_id="p1", topics=("ai",)),
    ]
    templates = [inner(), morning(size=2)]
    result = plan(campaign(*posts), people, templates, holiday_name=lambda m, d: calendar.get((m, d)))
    assert sorted(s.ambassador_id for s in result.shares) == ["ok", "ok-2"]
    assert reasons(result) == {
        "consent": ["not_opted_in"],
        "language": ["wrong_market_or_language"],
        "network": ["network_not_used"],
        "topic": ["no_matching_topic"],
        "capped": ["weekly_cap_reached"],
        "quiet": ["quiet_hours"],
        "rotation": ["not_selected"],
        "tokyo": ["holiday", "holiday"],  # the inner-circle and morning waves both fall on 20 March in Japan
    }


def test_bad_input_is_refused_clearly():
    with pytest.raises(PlanInputInvalid) as caught:
        plan(campaign(variant("v1")), [amb("a", time_zone="Mars/Olympus")], [morning()])
    assert caught.value.fields["value"] == "Mars/Olympus"
    with pytest.raises(PlanInputInvalid):
        plan(campaign(variant("v1")), [amb("a"), amb("a")], [morning()])
    with pytest.raises(PlanInputInvalid):
        plan(campaign(variant("v1")), [amb("a")], [morning(), morning()])
    with pytest.raises(PlanInputInvalid):
        plan(campaign(variant("v1")), [amb("a")], [WaveTemplate("w", WaveTiming.after(90, 30))])
    with pytest.raises(PlanInputInvalid):
        plan(campaign(variant("v1")), [amb("a", quiet_start=time(22))], [morning()])


def test_slot_defaults_come_from_the_market_window_and_zone():
    post = variant("v1", at=None, time_zone=None, day=date(2026, 7, 14))
    result = plan(
        campaign(post),
        [],
        [],
        posting_window=lambda market: (time(12, 15), time(13)),
        holiday_name=lambda m, d: "Fête nationale" if (m, d) == ("FR", date(2026, 7, 14)) else None,
    )
    (slot,) = result.slots
    assert slot.time_zone == "Europe/Paris" and slot.local.time() == time(12, 15)
    assert slot.utc == datetime(2026, 7, 14, 10, 15, tzinfo=UTC)
    assert slot.holiday == "Fête nationale"
