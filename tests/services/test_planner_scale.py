"""Planner at scale (benchmarks/planner.py): the same plans as before the work per person was cut, and work that
grows with the roster only in a straight line. Counted in calls, never timed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from collections import Counter
from datetime import date

import pytest
from planner_helpers import TEMPLATES, synthetic, synthetic_campaign

from ghostdesk.services import planner
from ghostdesk.services.planner import plan, plan_to_dict


def digest(result) -> str:
    """Every slot, share and skip (with its facts), in the plan's own order."""
    return hashlib.sha256(json.dumps(plan_to_dict(result), sort_keys=True).encode()).hexdigest()[:16]


def holiday(market: str, day: date) -> str | None:
    return "Fête" if (market, day) in {("FR", date(2026, 3, 12)), ("JP", date(2026, 3, 11))} else None


def weekend(market: str) -> set[int]:
    return {4, 5} if market == "JP" else {5, 6}


# Computed with the planner as it was before its run was reworked (sorting on one integer key, the rules about a
# person checked once per slot, windows and staggering looked up per slot): not one share, skip or fact moved.
BEFORE = {
    (1, 300): ("efbf33641bd87c68", "23e26877e6df5f88"),
    (7, 1500): ("4a0ba2cf21acd1b5", "76eba3325ee38df4"),
}


@pytest.mark.parametrize(("seed", "count"), sorted(BEFORE))
def test_the_plan_is_the_one_planned_before(seed, count):
    people = synthetic(count, seed)
    rng = random.Random(seed)
    asked = [dataclasses.replace(a, asked_before=rng.randint(0, 5)) for a in people]
    plain = plan(synthetic_campaign(), people, TEMPLATES)
    busy = plan(synthetic_campaign(), asked, TEMPLATES, holiday_name=holiday, weekend_days=weekend)
    assert len(plain.shares) > 50 and len(busy.skipped) > 1000  # a real plan, not an empty one
    assert (digest(plain), digest(busy)) == BEFORE[(seed, count)]


def test_the_fairness_order_is_least_asked_first_then_the_seedless_hash():
    people = synthetic(400, 3)
    planned = planner._Planner(synthetic_campaign(), people, TEMPLATES, *[None] * 3, lambda m: "Europe/Paris").people
    rng = random.Random(3)
    for p in planned:
        p.asked = rng.choice([0, 0, 1, 2, 7, 2**40])
    twins = [dataclasses.replace(p, base_hash=planned[0].base_hash) for p in planned[:3]]  # equal hashes: stable
    candidates = planned + twins
    for salt in (0, 1, planner._hash64("FR-0:linkedin\x1fmarket"), (1 << 64) - 1):
        expected = sorted(candidates, key=lambda p, salt=salt: (p.asked, planner._mix(p.base_hash, salt)))
        assert [id(p) for p in planner._fairness_order(candidates, salt)] == [id(p) for p in expected]


def _counted(monkeypatch, count: int) -> tuple[Counter, object, list]:
    calls: Counter = Counter()
    for name in ("_who_rule", "_fairness_order"):
        real = getattr(planner, name)

        def wrapper(*args, real=real, name=name):
            calls[name] += 1
            if name == "_fairness_order":
                calls["sort keys"] += len(args[0])
            return real(*args)

        monkeypatch.setattr(planner, name, wrapper)
    real_window = planner._Planner._compute_window
    monkeypatch.setattr(
        planner._Planner,
        "_compute_window",
        lambda self, *a: calls.update(["_compute_window"]) or real_window(self, *a),
    )
    people = synthetic(count, 11)
    result = plan(synthetic_campaign(), people, TEMPLATES, holiday_name=holiday)
    monkeypatch.undo()
    return calls, result, people


def test_the_work_grows_in_a_straight_line_with_the_roster(monkeypatch):
    small, small_plan, small_people = _counted(monkeypatch, 500)
    big, big_plan, big_people = _counted(monkeypatch, 2_000)
    slots = small_plan.slots
    assert big_plan.slots == slots

    def in_market(people, group: str | None = None) -> int:  # one (person, slot) pair per slot of their market
        markets = Counter(p.market for p in people if group is None or group in p.groups)
        return sum(markets[s.market] for s in slots)

    # The rules about a person are checked once per slot, not again in each of its waves.
    assert small["_who_rule"] <= in_market(small_people) and big["_who_rule"] <= in_market(big_people)
    # One sort key per candidate of each (slot, wave); one sort per (slot, wave).
    assert small["_fairness_order"] == big["_fairness_order"] == len(slots) * len(TEMPLATES)
    for calls, people in ((small, small_people), (big, big_people)):
        assert calls["sort keys"] == sum(in_market(people, w.group) for w in TEMPLATES)
    # Time windows are shared by everyone with the same zone, quiet hours and market: their number does not
    # grow with the roster (a market has one zone and four quiet-hour settings in this roster).
    assert big["_compute_window"] <= len(slots) * len(TEMPLATES) * 4
    assert big["_compute_window"] <= small["_compute_window"] + len(slots) * len(TEMPLATES)
    # Every candidate of every (slot, wave) leaves exactly one record: a share or a skip.
    assert len(big_plan.shares) + len(big_plan.skipped) == big["sort keys"]
    assert len(small_plan.shares) + len(small_plan.skipped) == small["sort keys"]
