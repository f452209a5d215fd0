"""Markets: public holidays, working days and the next posting window, in the market's local time.

Holidays come from the maintained `holidays` library (imported on first use, not at start-up).
Local times are built with zoneinfo, so windows stay at the same wall-clock time across DST switches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from ghostdesk.markets.profiles import MarketProfile, resolve

# How far ahead `next_posting_window` looks before giving up (a year of holidays cannot block it).
SEARCH_DAYS = 60


@dataclass(frozen=True, slots=True)
class PostingWindow:
    """A concrete window: aware datetimes in `zone`; compare or convert them freely."""

    start: datetime
    end: datetime
    zone: str
    label: str = ""


@lru_cache(maxsize=64)
def _calendar(country: str, subdivision: str, year: int, language: str):
    import holidays  # lazy: ~50 ms, only when a calendar is needed

    probe = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    supported = tuple(getattr(probe, "supported_languages", ()) or ())
    chosen = next((c for c in (language, language.split("_")[0], "en_US") if c and c in supported), None)
    if chosen is None:
        return probe
    return holidays.country_holidays(country, subdiv=subdivision or None, years=year, language=chosen)


def is_holiday(market: MarketProfile | str, day: date, *, language: str = "en_US") -> str | None:
    """The public holiday's name on `day` in that market, or None. Names in `language` when the library has it."""
    profile = resolve(market)
    if not profile.holiday_country:
        return None
    day = day.date() if isinstance(day, datetime) else day
    return _calendar(profile.holiday_country, profile.holiday_subdivision, day.year, language).get(day)


def holidays_between(
    market: MarketProfile | str, start: date, end: date, *, language: str = "en_US"
) -> list[tuple[date, str]]:
    """Public holidays from `start` to `end` inclusive, in date order."""
    profile = resolve(market)
    if not profile.holiday_country or end < start:
        return []
    found: list[tuple[date, str]] = []
    for year in range(start.year, end.year + 1):
        calendar = _calendar(profile.holiday_country, profile.holiday_subdivision, year, language)
        found.extend((d, name) for d, name in calendar.items() if start <= d <= end)
    return sorted(found)


def is_working_day(market: MarketProfile | str, day: date) -> bool:
    profile = resolve(market)
    return day.weekday() not in profile.weekend and is_holiday(profile, day) is None


def _zone(profile: MarketProfile, zone: str | None) -> ZoneInfo:
    return ZoneInfo(zone or profile.default_time_zone)


def _local(day: date, clock, tz: ZoneInfo) -> datetime:
    # Round-trip through UTC so a wall time inside a DST gap lands on a real instant.
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC).astimezone(tz)


def windows_on(market: MarketProfile | str, day: date, *, zone: str | None = None) -> list[PostingWindow]:
    """The day's posting windows in local time (none on a weekend or public holiday)."""
    profile = resolve(market)
    if not is_working_day(profile, day):
        return []
    tz = _zone(profile, zone)
    return [
        PostingWindow(_local(day, w.start, tz), _local(day, w.end, tz), tz.key, w.label)
        for w in profile.posting_windows
    ]


def next_posting_window(
    market: MarketProfile | str, after: datetime, *, zone: str | None = None
) -> PostingWindow | None:
    """The first posting window that ends after `after` (an aware datetime), in the market's local time.

    When `after` falls inside a window, that window is returned with its start moved to `after`.
    `zone` picks one of the market's time zones (default: its first). None when the market has no windows.
    """
    if after.tzinfo is None:
        raise ValueError("after must be timezone-aware")
    profile = resolve(market)
    if not profile.posting_windows:
        return None
    tz = _zone(profile, zone)
    now = after.astimezone(tz)
    for offset in range(SEARCH_DAYS):
        for window in windows_on(profile, now.date() + timedelta(days=offset), zone=tz.key):
            if window.end > now:
                return PostingWindow(max(window.start, now), window.end, window.zone, window.label)
    return None
