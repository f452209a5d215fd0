"""Planner: whatever the roster, every rule holds in the plan and every considered person is accounted for."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from planner_helpers import TEMPLATES, minutes_between, synthetic, synthetic_campaign

from ghostdesk.domain.planning import iso_week, primary_language
from ghostdesk.services.planner import plan

HOLIDAYS = {("JP", date(2026, 3, 20)): "Vernal Equinox Day", ("FR", date(2026, 3, 18)): "Test holiday"}


def holiday_name(market: str, day: date) -> str | None:
    return HOLIDAYS.get((market, day))


def in_quiet(clock: time, start: time | None, end: time | None) -> bool:
    if start is None or end is None:
        return False
    return start <= clock < end if start < end else clock >= start or clock < end


@settings(max_examples=12, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000), count=st.integers(min_value=0, max_value=120))
def test_every_rule_holds_in_any_plan(seed, count):
    people = {p.id: p for p in synthetic(count, seed)}
    camp = synthetic_campaign()
    result = plan(camp, list(people.values()), TEMPLATES, holiday_name=holiday_name)
    slots = {s.id: s for s in result.slots}
    weeks: Counter = Counter()
    by_post: Counter = Counter()
    texts: dict[tuple[str, str], list[int]] = defaultdict(list)
    times: dict[tuple[str, str], list] = defaultdict(list)
    for share in result.shares:
        a, slot = people[share.ambassador_id], slots[share.slot_id]
        local = share.utc.astimezone(ZoneInfo(a.time_zone))
        assert share.local == local and share.local.utcoffset() == local.utcoffset()
        assert a.opted_in and a.market == slot.market
        assert primary_language(a.language) == primary_language(slot.language)
        assert slot.network in a.networks
        assert not a.topics or set(a.topics) & set(slot.topics)
        assert share.utc > slot.utc
        assert local.weekday() not in (5, 6) and holiday_name(a.market, local.date()) is None
        assert not in_quiet(local.time(), a.quiet_start, a.quiet_end)
        weeks[(a.id, iso_week(local.date()))] += 1
        by_post[(a.id, slot.post_id)] += 1
        texts[(slot.id, share.wave)].append(share.share_text)
        times[(slot.id, a.market)].append(share.utc)
        if share.wave == "inner":
            assert "inner" in a.groups
            assert timedelta(minutes=30) <= share.utc - slot.utc <= timedelta(minutes=90)
    for (person, week), count_in_week in weeks.items():
        assert count_in_week + people[person].planned_in(week) <= people[person].max_shares_per_week
    assert all(n == 1 for n in by_post.values())
    for (slot_id, _), used in texts.items():
        assert len(used) == len(set(used)) and all(0 <= t < slots[slot_id].share_texts for t in used)
    for moments in times.values():
        assert all(minutes_between(x, y) >= 5 for x, y in itertools.pairwise(sorted(moments)))
    # Everyone of a slot's market was either planned or told why, in every wave.
    answered = {(s.ambassador_id, s.slot_id, s.wave) for s in result.shares}
    answered |= {(k.ambassador_id, k.slot_id, k.wave) for k in result.skipped}
    for slot in result.slots:
        for person in people.values():
            if person.market == slot.market:
                assert (person.id, slot.id, "market") in answered
                assert (person.id, slot.id, "later") in answered
    assert all(k.reason and isinstance(k.facts, dict) for k in result.skipped)
