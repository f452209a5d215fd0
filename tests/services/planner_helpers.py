"""Small builders for planner tests: sensible defaults, override what the test is about."""

from __future__ import annotations

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
