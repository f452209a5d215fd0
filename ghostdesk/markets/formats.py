"""Markets: dates, numbers and money as each market writes them (Babel, imported on first use)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ghostdesk.markets.profiles import MarketProfile, resolve

EXAMPLE_DATE = date(2026, 3, 12)
EXAMPLE_NUMBER = Decimal("1234.56")


def format_date(market: MarketProfile | str, day: date, *, style: str = "") -> str:
    """`day` the way the market writes a short date (its `date_pattern`), or a Babel style: short/medium/long."""
    from babel.dates import format_date as babel_format_date

    profile = resolve(market)
    pattern = style or profile.date_pattern or "short"
    return babel_format_date(day, format=pattern, locale=profile.locale)


def format_number(market: MarketProfile | str, number: float | Decimal, *, decimals: int | None = None) -> str:
    """`number` with the market's decimal and grouping symbols (e.g. 1 234,56 in France)."""
    from babel.numbers import format_decimal

    profile = resolve(market)
    if decimals is None:
        return format_decimal(number, locale=profile.locale)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(number, format=pattern, locale=profile.locale)


def format_money(market: MarketProfile | str, amount: float | Decimal, currency: str = "") -> str:
    """`amount` in `currency` (default: the market's) as the market writes it (e.g. 1 234,56 €)."""
    from babel.numbers import format_currency

    profile = resolve(market)
    return format_currency(amount, currency or profile.currency or "USD", locale=profile.locale)


def number_symbols(market: MarketProfile | str) -> tuple[str, str]:
    """(decimal symbol, grouping symbol) in the market, e.g. (",", "\\u202f") for France."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    profile = resolve(market)
    return get_decimal_symbol(profile.locale), get_group_symbol(profile.locale)


def date_order(market: MarketProfile | str) -> str:
    """ "DMY", "MDY" or "YMD": the order the market writes the parts of a short date."""
    profile = resolve(market)
    pattern = profile.date_pattern
    if not pattern:
        from babel.dates import get_date_format

        pattern = get_date_format("short", locale=profile.locale).pattern
    positions = {part: pattern.find(part) for part in "dMy"}
    return "".join(sorted("DMY", key=lambda p: positions[{"D": "d", "M": "M", "Y": "y"}[p]]))


def examples(market: MarketProfile | str) -> dict[str, str]:
    """The market's formats on one date and one number, for showing to people."""
    profile = resolve(market)
    return {
        "date": format_date(profile, EXAMPLE_DATE),
        "date_long": format_date(profile, EXAMPLE_DATE, style="long"),
        "number": format_number(profile, EXAMPLE_NUMBER),
        "money": format_money(profile, EXAMPLE_NUMBER) if profile.currency else "",
    }


def is_known_locale(locale: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return False
    return True
