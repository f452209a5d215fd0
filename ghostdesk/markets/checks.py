"""Markets: checks a profile needs the libraries for (Babel locales, holiday calendars), run before saving."""

from __future__ import annotations

from ghostdesk.markets.errors import MarketProfileInvalid
from ghostdesk.markets.formats import is_known_locale
from ghostdesk.markets.profiles import MarketProfile


def verify(profile: MarketProfile) -> None:
    """Raise MarketProfileInvalid when the locale or holiday calendar is not one the libraries know."""
    if not is_known_locale(profile.locale):
        raise MarketProfileInvalid(
            f"Market {profile.code}: unknown locale {profile.locale!r}",
            market=profile.code,
            field="locale",
            reason="unknown locale",
        )
    if not profile.holiday_country:
        return
    import holidays  # lazy

    supported = holidays.list_supported_countries()
    if profile.holiday_country not in supported:
        raise MarketProfileInvalid(
            f"Market {profile.code}: no holiday calendar for {profile.holiday_country!r}",
            market=profile.code,
            field="holiday_country",
            reason="no holiday calendar for this country",
        )
    if profile.holiday_subdivision and profile.holiday_subdivision not in supported[profile.holiday_country]:
        raise MarketProfileInvalid(
            f"Market {profile.code}: unknown subdivision {profile.holiday_subdivision!r}",
            market=profile.code,
            field="holiday_subdivision",
            reason="unknown subdivision for this country",
        )
