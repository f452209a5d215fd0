"""Planner scaling: plan one campaign for 500 / 2,000 / 8,000 synthetic ambassadors (seeded).

Prints the best of five runs for each size and the growth from 2,000 to 8,000 (goal ≤ 4.5×: near-linear).
"""

from __future__ import annotations

import random
import sys
import time as clock
from datetime import date, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Row, emit

from ghostdesk.domain.planning import (
    CampaignInput,
    PlanAmbassador,
    PlanVariant,
    WaveTemplate,
    WaveTiming,
)
from ghostdesk.services.planner import plan

MARKETS = {
    "US": ("en", ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"), ("linkedin", "x")),
    "FR": ("fr", ("Europe/Paris",), ("linkedin", "x")),
    "DE": ("de", ("Europe/Berlin",), ("linkedin", "xing", "x")),
    "JP": ("ja", ("Asia/Tokyo",), ("x", "line", "facebook", "linkedin")),
    "CN": ("zh", ("Asia/Shanghai",), ("wechat_moments", "weibo", "maimai")),
}
TOPICS = ("ai", "cloud", "hiring", "events", "security", "sustainability")
SIZES = (500, 2_000, 8_000)
GOAL = 4.5
REPEATS = 9


def roster(count: int, seed: int = 42) -> list[PlanAmbassador]:
    rng = random.Random(seed)
    people = []
    for i in range(count):
        market = rng.choice(sorted(MARKETS))
        language, zones, networks = MARKETS[market]
        quiet = rng.random() < 0.4
        people.append(
            PlanAmbassador(
                id=f"{rng.getrandbits(128):032x}",
                name=f"Ambassador {i}",
                market=market,
                language=language,
                time_zone=rng.choice(zones),
                topics=tuple(rng.sample(TOPICS, rng.randint(0, 3))),
                networks=tuple(rng.sample(networks, rng.randint(1, len(networks)))),
                max_shares_per_week=rng.randint(1, 5),
                quiet_start=time(rng.choice((20, 21, 22)), 0) if quiet else None,
                quiet_end=time(rng.choice((7, 8)), 30) if quiet else None,
                opted_in=rng.random() < 0.85,
                groups=("inner circle",) if rng.random() < 0.03 else (),
                planned_per_week={"2026-W11": rng.randint(0, 2)} if rng.random() < 0.25 else {},
                asked_before=rng.randint(0, 6),
            )
        )
    return people


def campaign() -> CampaignInput:
    variants = []
    for n, day in enumerate((date(2026, 3, 9), date(2026, 3, 11), date(2026, 3, 13), date(2026, 3, 17))):
        for market, (language, zones, networks) in sorted(MARKETS.items()):
            variants.append(
                PlanVariant(
                    id=f"{market}-{n}",
                    post_id=f"post-{n}",
                    market=market,
                    language=language,
                    day=day,
                    networks=networks[:2],
                    topics=(TOPICS[n % len(TOPICS)], TOPICS[(n + 1) % len(TOPICS)]),
                    local_time=time(9),
                    time_zone=zones[0],
                )
            )
    return CampaignInput("bench", tuple(variants))


TEMPLATES = (
    WaveTemplate("inner circle", WaveTiming.after(30, 90), group="inner circle", stagger_minutes=3),
    WaveTemplate("market morning", WaveTiming.next_window(time(8), time(10), roll_days=2), size=60, stagger_minutes=1),
    WaveTemplate("two days later", WaveTiming.days_after(2, roll_days=2), stagger_minutes=1),
)


def time_size(count: int) -> tuple[float, int, int]:
    people = roster(count)
    camp = campaign()
    times = []
    result = None
    for _ in range(REPEATS):
        started = clock.perf_counter()
        result = plan(camp, people, TEMPLATES)
        times.append(clock.perf_counter() - started)
    assert result is not None
    return min(times), len(result.shares), len(result.skipped)  # the least disturbed run (timeit's advice)


def measure() -> list[Row]:
    """Growth from 2,000 to 8,000 ambassadors: the two sizes interleaved, median of REPEATS each."""
    import statistics

    camp = campaign()
    rosters = {n: roster(n) for n in (2_000, 8_000)}
    samples: dict[int, list[float]] = {n: [] for n in rosters}
    plan(camp, rosters[2_000], TEMPLATES)  # warm: imports, zone data
    for _ in range(REPEATS):
        for n, people in rosters.items():
            started = clock.perf_counter()
            plan(camp, people, TEMPLATES)
            samples[n].append(clock.perf_counter() - started)
    small, big = statistics.median(samples[2_000]), statistics.median(samples[8_000])
    return [Row("planner: 8,000 vs 2,000 ambassadors", big, small, GOAL)]


def main() -> int:
    if "--json" in sys.argv:
        return emit(measure(), sys.argv)
    print(f"{'ambassadors':>12} {'best of 5':>10} {'per person':>11} {'shares':>8} {'skipped':>8}")
    results = {}
    for count in SIZES:
        seconds, shares, skipped = time_size(count)
        results[count] = seconds
        print(f"{count:>12,} {seconds * 1000:9.1f}ms {seconds / count * 1e6:9.1f}µs {shares:>8,} {skipped:>8,}")
        sys.stdout.flush()
    ratio = results[8_000] / results[2_000]
    verdict = "ok" if ratio <= GOAL else "OVER"
    print(f"growth 2,000 → 8,000: {ratio:.2f}× (goal ≤{GOAL:g}×) {verdict}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
