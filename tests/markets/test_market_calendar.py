"""Public holidays per market and DST-correct posting windows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ghostdesk.markets import calendar, profiles


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("FR", date(2026, 7, 14), "National Day"),
        ("JP", date(2026, 5, 4), "Greenery Day"),  # Golden Week
        ("JP", date(2026, 5, 5), "Children's Day"),
        ("CN", date(2026, 10, 1), "National Day"),
        ("US", date(2026, 11, 26), "Thanksgiving Day"),
        ("DE", date(2026, 10, 3), "German Unity Day"),
        ("UK", date(2026, 12, 25), "Christmas Day"),
        ("ES", date(2026, 10, 12), "National Day"),
    ],
)
def test_known_holidays(code, day, expected):
    assert calendar.is_holiday(code, day) == expected


def test_ordinary_days_are_not_holidays_and_names_follow_the_language():
    assert calendar.is_holiday("FR", date(2026, 7, 15)) is None
    assert calendar.is_holiday("US", date(2026, 7, 14)) is None
    assert calendar.is_holiday("FR", date(2026, 7, 14), language="fr") == "Fête nationale"
    assert calendar.is_holiday("CN", date(2026, 10, 1), language="zh_CN") == "国庆节"
    # A language the library lacks falls back to English.
    assert calendar.is_holiday("DE", date(2026, 10, 3), language="xx") == "German Unity Day"


def test_golden_week_and_national_day_week():
    golden = calendar.holidays_between("JP", date(2026, 4, 28), date(2026, 5, 6))
    assert [d.day for d, _ in golden] == [29, 3, 4, 5, 6]
    week = calendar.holidays_between("CN", date(2026, 9, 30), date(2026, 10, 8))
    assert date(2026, 10, 1) in [d for d, _ in week] and len(week) >= 5


def test_working_days_skip_weekends_and_holidays():
    assert calendar.is_working_day("FR", date(2026, 7, 13))
    assert not calendar.is_working_day("FR", date(2026, 7, 14))
    assert not calendar.is_working_day("FR", date(2026, 7, 18))  # a Saturday


def _utc(window):
    return window.start.astimezone(UTC), window.end.astimezone(UTC)


def test_us_window_keeps_local_time_across_the_march_switch():
    # DST starts in the US on Sunday 8 March 2026.
    ny = ZoneInfo("America/New_York")
    before = calendar.next_posting_window("US", datetime(2026, 3, 6, 6, 0, tzinfo=ny))
    after = calendar.next_posting_window("US", datetime(2026, 3, 6, 18, 0, tzinfo=ny))
    assert before.start == datetime(2026, 3, 6, 8, 0, tzinfo=ny)
    assert before.start.utcoffset() == timedelta(hours=-5)
    assert after.start.date() == date(2026, 3, 9) and after.start.hour == 8
    assert after.start.utcoffset() == timedelta(hours=-4)
    assert _utc(before)[0].hour == 13 and _utc(after)[0].hour == 12


def test_us_window_in_another_zone_of_the_market():
    la = calendar.next_posting_window("US", datetime(2026, 3, 9, 11, 0, tzinfo=UTC), zone="America/Los_Angeles")
    assert la.zone == "America/Los_Angeles" and la.start.hour == 8 and la.start.utcoffset() == timedelta(hours=-7)


def test_eu_window_across_the_march_and_october_switches():
    # Between the US (8 March) and EU (29 March) switches, New York is 4 h behind Paris, not 6.
    paris = ZoneInfo("Europe/Paris")
    spring = calendar.next_posting_window("FR", datetime(2026, 3, 27, 18, 0, tzinfo=paris))
    assert spring.start == datetime(2026, 3, 30, 8, 30, tzinfo=paris)
    assert _utc(spring)[0].hour == 6  # CEST, UTC+2
    autumn = calendar.next_posting_window("FR", datetime(2026, 10, 23, 18, 0, tzinfo=paris))
    assert autumn.start.date() == date(2026, 10, 26) and _utc(autumn)[0].hour == 7  # CET, UTC+1
    de = calendar.next_posting_window("DE", datetime(2026, 3, 28, 12, 0, tzinfo=UTC))
    assert de.start.astimezone(UTC) == datetime(2026, 3, 30, 5, 30, tzinfo=UTC)


def test_window_skips_a_holiday_and_trims_to_now():
    paris = ZoneInfo("Europe/Paris")
    w = calendar.next_posting_window("FR", datetime(2026, 7, 13, 20, 0, tzinfo=paris))
    assert w.start == datetime(2026, 7, 15, 8, 30, tzinfo=paris)  # 14 July skipped
    inside = calendar.next_posting_window("FR", datetime(2026, 7, 15, 9, 0, tzinfo=paris))
    assert inside.start == datetime(2026, 7, 15, 9, 0, tzinfo=paris) and inside.end.hour == 10
    tokyo = calendar.next_posting_window("JP", datetime(2026, 5, 1, 23, 0, tzinfo=ZoneInfo("Asia/Tokyo")))
    assert tokyo.start.date() == date(2026, 5, 7)  # weekend, then Golden Week


def test_naive_datetimes_are_refused_and_windowless_markets_have_none():
    with pytest.raises(ValueError):
        calendar.next_posting_window("FR", datetime(2026, 7, 13, 9, 0))
    raw = profiles.profile_to_raw(profiles.get("FR"))
    raw["posting_windows"] = []
    assert calendar.next_posting_window(profiles.parse_profile(raw), datetime.now(UTC)) is None
