"""Small builders for planner tests: sensible defaults, override what the test is about."""

from __future__ import annotations

import random
from datetime import date, datetime, time

from ghostdesk.domain.planning import CampaignInput, PlanAmbassador, PlanVariant, WaveTemplate, WaveTiming

ZONES = {
    "FR": "Europe/Paris",
    "DE": "Europe/Berlin",
    "US": "America/New_York",
    "JP": "Asia/Tokyo",
    "CN": "Asia/Shanghai",
}
LANGS = {"FR": "fr", "DE": "de", "US": "en", "JP": "ja", "CN": "zh"}


def amb(id: str, market: str = "FR", **kw) -> PlanAmbassador:
    values = {
        "name": id.upper(),
        "language": LANGS[market],
        "time_zone": ZONES[market],
        "networks": ("linkedin", "x"),
        "max_shares_per_week": 5,
    }
    values.update(kw)
    return PlanAmbassador(id=id, market=market, **values)


def variant(id: str, market: str = "FR", day: date = date(2026, 3, 10), at: time | None = time(9), **kw) -> PlanVariant:
    values = {
        "post_id": kw.pop("post_id", "p-" + id),
        "language": LANGS[market],
        "networks": ("linkedin",),
        "time_zone": ZONES[market],
    }
    values.update(kw)
    return PlanVariant(id=id, market=market, day=day, local_time=at, **values)


def campaign(*variants: PlanVariant) -> CampaignInput:
    return CampaignInput("c1", tuple(variants))


def morning(size: int | None = None, stagger: int = 10, **kw) -> WaveTemplate:
    return WaveTemplate("market", WaveTiming.next_window(time(8), time(10), **kw), size=size, stagger_minutes=stagger)


def inner(group: str = "inner", stagger: int = 10) -> WaveTemplate:
    return WaveTemplate("inner", WaveTiming.after(30, 90), group=group, stagger_minutes=stagger)


def later(days: int = 2, **kw) -> WaveTemplate:
    return WaveTemplate("later", WaveTiming.days_after(days, time(8), time(10), **kw))


def reasons(plan) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for s in plan.skipped:
        found.setdefault(s.ambassador_id, []).append(str(s.reason))
    return found


def minutes_between(a: datetime, b: datetime) -> float:
    return abs((a - b).total_seconds()) / 60


def synthetic(count: int, seed: int) -> list[PlanAmbassador]:
    rng = random.Random(seed)
    people = []
    for i in range(count):
        market = rng.choice(sorted(ZONES))
        quiet = rng.choice([None, None, (time(21), time(7, 30)), (time(8), time(9)), (time(9, 45), time(8, 15))])
        people.append(
            PlanAmbassador(
                id=f"amb-{rng.getrandbits(48):012x}",
                name=f"Person {i}",
                market=market,
                language=LANGS[market] if rng.random() < 0.95 else "en",
                time_zone=ZONES[market],
                topics=tuple(rng.sample(["ai", "cloud", "hiring", "events", "security"], rng.randint(0, 2))),
                networks=tuple(rng.sample(["linkedin", "x", "weibo", "line"], rng.randint(1, 3))),
                max_shares_per_week=rng.randint(0, 4),
                quiet_start=quiet[0] if quiet else None,
                quiet_end=quiet[1] if quiet else None,
                opted_in=rng.random() < 0.9,
                groups=("inner",) if rng.random() < 0.05 else (),
                planned_per_week={"2026-W11": rng.randint(0, 2)} if rng.random() < 0.2 else {},
            )
        )
    return people


def synthetic_campaign():
    posts = []
    for n, day in enumerate((date(2026, 3, 9), date(2026, 3, 11), date(2026, 3, 16))):
        for market in sorted(ZONES):
            networks = ("weibo",) if market == "CN" else ("linkedin", "x")
            posts.append(
                variant(
                    f"{market}-{n}",
                    market=market,
                    day=day,
                    post_id=f"p{n}",
                    topics=("ai",),
                    networks=networks,
                    share_texts=8,
                )
            )
    return campaign(*posts)


TEMPLATES = [inner(), morning(size=6, stagger=5), later(2, roll_days=2)]
