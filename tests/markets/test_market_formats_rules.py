"""Dates and numbers per market (Babel), network availability, register slips and disclosure wordings."""

from __future__ import annotations

from datetime import date

import pytest

from ghostdesk.markets import formats, rules

SPACES = str.maketrans({"\u202f": " ", "\xa0": " "})


@pytest.mark.parametrize(
    ("code", "day", "number"),
    [
        ("US", "3/12/2026", "1,234.56"),
        ("FR", "12/03/2026", "1 234,56"),
        ("DE", "12.03.2026", "1.234,56"),
        ("JP", "2026/03/12", "1,234.56"),
        ("CN", "2026/3/12", "1,234.56"),
    ],
)
def test_formats_match_the_domain_table(code, day, number):
    assert formats.format_date(code, date(2026, 3, 12)) == day
    assert formats.format_number(code, 1234.56).translate(SPACES) == number


def test_money_symbols_and_date_order():
    assert formats.format_money("FR", 1234.5).translate(SPACES) == "1 234,50 €"
    assert formats.format_money("US", 1234.5) == "$1,234.50"
    assert formats.format_number("DE", 2, decimals=2) == "2,00"
    assert formats.number_symbols("DE") == (",", ".")
    assert [formats.date_order(c) for c in ("US", "FR", "JP")] == ["MDY", "DMY", "YMD"]
    assert formats.format_date("FR", date(2026, 3, 12), style="long") == "12 mars 2026"
    assert formats.examples("DE")["date"] == "12.03.2026"


def test_network_availability():
    assert not rules.network_available("CN", "LinkedIn")
    assert rules.network_available("CN", "weibo")
    assert rules.network_rule("CN", "weibo").limit == 2000
    assert rules.network_rule("CN", "linkedin") is None
    assert rules.unavailable_reason("CN", "linkedin")
    assert rules.unavailable_reason("FR", "weibo") == ""
    assert rules.unavailable_reason("FR", "linkedin") is None


@pytest.mark.parametrize(
    ("code", "text", "slips"),
    [
        ("FR", "Merci à toi, t'as vu ? Tu peux lire.", ["toi", "t'", "Tu"]),
        ("FR", "Merci à vous : vous pouvez lire notre étude.", []),
        ("FR", "Il est tard, tant pis.", []),  # "t" inside words is no slip
        ("DE", "Wir danken dir und deinem Team.", ["dir", "deinem"]),
        ("DE", "Wir danken Ihnen und Ihrem Team. Dirk sagt: dudeln.", []),
        ("JP", "これは新製品だ。よろしくね", ["だ。"]),
        ("JP", "これは新製品です。よろしくお願いします。", []),
    ],
)
def test_register_slips(code, text, slips):
    assert [word for word, _ in rules.register_slips(code, text)] == slips


def test_disclosure_wordings():
    assert rules.disclosure_texts("US")[0] == "#employee"
    assert "I work at Lumenvale" in rules.disclosure_texts("US", "Lumenvale")
    assert not any("{company}" in t for t in rules.disclosure_texts("US"))
    assert rules.has_disclosure("JP", "新しい発表です #PR")
    assert not rules.has_disclosure("FR", "Notre nouvelle étude est en ligne.")
    assert rules.has_disclosure("FR", "Je travaille chez Lumenvale.", company="Lumenvale")
