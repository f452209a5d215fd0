"""Planner: local times across daylight-saving switches (US 8 Mar / 1 Nov 2026, EU 29 Mar / 25 Oct 2026)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner_helpers import amb, campaign, inner, later, morning, variant

from ghostdesk.services.planner import plan

NO_WEEKEND = {"weekend_days": lambda market: set()}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_executive_slots_keep_their_wall_clock_time_across_the_spring_switches():
    posts = [variant(f"us-{d}", market="US", day=date(2026, 3, d), at=time(9)) for d in (6, 9, 30)] + [
        variant(f"fr-{d}", market="FR", day=date(2026, 3, d), at=time(9)) for d in (6, 9, 30)
    ]
    slots = {s.variant_id: s for s in plan(campaign(*posts), [], []).slots}
    assert {k: s.local.time() for k, s in slots.items()} == {k: time(9) for k in slots}
    assert slots["us-6"].utc == utc(2026, 3, 6, 14)  # EST, UTC-5
    assert slots["us-9"].utc == utc(2026, 3, 9, 13)  # EDT, UTC-4: the US switched on 8 March
    assert slots["us-30"].utc == utc(2026, 3, 30, 13)
    assert slots["fr-6"].utc == utc(2026, 3, 6, 8)  # CET, UTC+1
    assert slots["fr-9"].utc == utc(2026, 3, 9, 8)  # still CET: between the two switches New York is 5 h behind
    assert slots["fr-30"].utc == utc(2026, 3, 30, 7)  # CEST, UTC+2 since 29 March


def test_each_ambassador_gets_their_own_local_morning_across_zones_and_switches():
    people = [
        amb("ny", market="US", time_zone="America/New_York"),
        amb("la", market="US", time_zone="America/Los_Angeles"),
        amb("paris", market="FR"),
    ]
    posts = []
    for d in (date(2026, 3, 5), date(2026, 3, 10), date(2026, 3, 31), date(2026, 10, 22), date(2026, 10, 27)):
        posts.append(variant(f"us-{d}", market="US", day=d, at=time(7), post_id=f"us-{d}"))
        posts.append(variant(f"fr-{d}", market="FR", day=d, at=time(7), post_id=f"fr-{d}"))
    result = plan(campaign(*posts), people, [morning()])
    assert len(result.shares) == 3 * 5
    for share in result.shares:
        zone = ZoneInfo(share.time_zone)
        assert share.local.utcoffset() == share.utc.astimezone(zone).utcoffset()
        assert share.local == share.utc  # the same instant
        assert time(8) <= share.local.time() < time(10), share
        assert share.local.date() == share.utc.astimezone(zone).date()
    la = sorted((s for s in result.shares if s.ambassador_id == "la"), key=lambda s: s.utc)
    assert [s.local.utcoffset() for s in la] == [timedelta(hours=h) for h in (-8, -7, -7, -7, -7)]


def test_a_wave_planned_over_the_switch_night_uses_the_new_offset():
    people = [amb("ny", market="US"), amb("paris", market="FR")]
    posts = [
        variant("us", market="US", day=date(2026, 3, 7), at=time(9), post_id="us"),  # Saturday, EST
        variant("fr", market="FR", day=date(2026, 3, 28), at=time(9), post_id="fr"),  # Saturday, CET
    ]
    result = plan(campaign(*posts), people, [later(1)], **NO_WEEKEND)
    shares = {s.ambassador_id: s for s in result.shares}
    assert shares["ny"].local.date() == date(2026, 3, 8) and time(8) <= shares["ny"].local.time() < time(10)
    assert utc(2026, 3, 8, 12) <= shares["ny"].utc < utc(2026, 3, 8, 14)  # 08:00 EDT is 12:00 UTC, not 13:00
    assert utc(2026, 3, 29, 6) <= shares["paris"].utc < utc(2026, 3, 29, 8)  # 08:00 CEST is 06:00 UTC


def test_the_autumn_switches_too():
    people = [amb("ny", market="US"), amb("paris", market="FR")]
    posts = [
        variant("us", market="US", day=date(2026, 10, 31), at=time(9), post_id="us"),
        variant("fr", market="FR", day=date(2026, 10, 24), at=time(9), post_id="fr"),
    ]
    result = plan(campaign(*posts), people, [later(1)], **NO_WEEKEND)
    shares = {s.ambassador_id: s for s in result.shares}
    assert utc(2026, 11, 1, 13) <= shares["ny"].utc < utc(2026, 11, 1, 15)  # 08:00 EST again
    assert utc(2026, 10, 25, 7) <= shares["paris"].utc < utc(2026, 10, 25, 9)  # 08:00 CET again
    assert shares["paris"].local.utcoffset() == timedelta(hours=1)


def test_an_after_wave_spanning_the_missing_hour_counts_real_minutes():
    # 01:30 CET on 29 March; 30–90 real minutes later it is 03:00–04:00 CEST (02:xx never happens).
    person = amb("paris", groups=("inner",))
    result = plan(campaign(variant("v", day=date(2026, 3, 29), at=time(1, 30))), [person], [inner()], **NO_WEEKEND)
    (slot,) = result.slots
    (share,) = result.shares
    assert slot.utc == utc(2026, 3, 29, 0, 30)
    assert timedelta(minutes=30) <= share.utc - slot.utc <= timedelta(minutes=90)
    assert share.local.utcoffset() == timedelta(hours=2) and share.local.hour == 3


def test_wall_times_in_a_gap_move_forward_and_repeated_ones_take_the_first():
    gap = variant("gap", market="US", day=date(2026, 3, 8), at=time(2, 30))
    repeated = variant("again", market="US", day=date(2026, 11, 1), at=time(1, 30))
    slots = {s.variant_id: s for s in plan(campaign(gap, repeated), [], []).slots}
    assert slots["gap"].utc == utc(2026, 3, 8, 7, 30) and slots["gap"].local.time() == time(3, 30)
    assert slots["again"].utc == utc(2026, 11, 1, 5, 30)  # 01:30 EDT, the first of the two
    assert slots["again"].local.utcoffset() == timedelta(hours=-4)


def test_next_morning_window_when_todays_is_over():
    result = plan(campaign(variant("v", at=time(11))), [amb("a")], [morning()])
    (share,) = result.shares
    assert share.local.date() == date(2026, 3, 11) and time(8) <= share.local.time() < time(10)


def test_an_ambassador_far_east_gets_the_next_morning_in_their_own_zone():
    # 09:00 in New York on Tuesday is 22:00 in Tokyo: the next Tokyo morning is Wednesday.
    person = amb("tokyo-en", market="US", time_zone="Asia/Tokyo")
    result = plan(campaign(variant("v", market="US", at=time(9))), [person], [morning()])
    (share,) = result.shares
    assert share.local.date() == date(2026, 3, 11) and time(8) <= share.local.time() < time(10)
    assert str(share.local.tzinfo) == "Asia/Tokyo"
