"""Every shipped market profile loads, validates and round-trips; bad profiles are refused by field."""

from __future__ import annotations

import copy

import pytest

from ghostdesk.domain.errors import NotFound
from ghostdesk.markets import formats, profiles
from ghostdesk.markets.errors import MarketProfileInvalid

SHIPPED = ["CN", "DE", "ES", "FR", "JP", "UK", "US"]


def test_the_seven_markets_ship():
    assert sorted(profiles.codes()) == SHIPPED


@pytest.mark.parametrize("code", SHIPPED)
def test_every_profile_is_complete_and_round_trips(code):
    p = profiles.get(code)
    assert p.name and p.language and p.locale and p.time_zones
    assert [r.id for r in p.network_rules] == list(p.networks)
    assert p.posting_windows and p.checklist and p.disclosure.label
    assert p.register.address and p.holiday_country and p.currency and p.date_pattern
    assert formats.is_known_locale(p.locale)
    assert profiles.parse_profile(profiles.profile_to_raw(p)) == p


def test_china_has_no_linkedin_and_says_why():
    cn = profiles.get("cn")
    assert "linkedin" not in cn.networks
    assert {"wechat_moments", "wecom_moments", "weibo"} <= set(cn.networks)
    assert "InCareer" in dict(cn.unavailable_networks)["linkedin"]


def test_japan_leans_on_x_and_line_and_xing_is_unverified():
    assert profiles.get("JP").networks[:2] == ("x", "line")
    xing = next(r for r in profiles.get("DE").network_rules if r.id == "xing")
    assert xing.verified is False
    linkedin = next(r for r in profiles.get("FR").network_rules if r.id == "linkedin")
    assert (linkedin.limit, linkedin.fold, linkedin.fold_mobile, linkedin.verified) == (3000, 210, 140, True)
    x = next(r for r in profiles.get("US").network_rules if r.id == "x")
    assert (x.limit, x.counting) == (280, "x_weighted")


def test_register_and_disclosure_defaults_match_the_domain():
    assert profiles.get("FR").register.address == "vous"
    assert profiles.get("DE").register.address == "Sie"
    assert profiles.get("JP").register.address == "desu-masu"
    assert profiles.get("JP").disclosure.label == "PR"
    assert profiles.get("CN").disclosure.label == "广告"
    assert profiles.get("DE").monitoring_needs_agreement is True


def test_unknown_market_is_not_found():
    with pytest.raises(NotFound):
        profiles.get("ZZ")


def _raw(code="FR"):
    return copy.deepcopy(profiles.profile_to_raw(profiles.get(code)))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("code", "f"),
        ("name", ""),
        ("locale", "French"),
        ("time_zones", ["Europe/Atlantis"]),
        ("time_zones", []),
        ("networks", ["LinkedIn!"]),
        ("networks", ["x", "x"]),
        ("posting_windows", [{"start": "10:00", "end": "09:00"}]),
        ("posting_windows", [{"start": "25:00", "end": "26:00"}]),
        ("weekend", ["sat", "sunday"]),
        ("weekend", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        ("currency", "euro"),
        ("date_pattern", "dd/MM"),
        ("unavailable_networks", {"linkedin": "why"}),
        ("register", {"formality": "chummy"}),
    ],
)
def test_bad_fields_are_refused_by_name(field, value):
    raw = _raw()
    raw[field] = value
    with pytest.raises(MarketProfileInvalid) as caught:
        profiles.parse_profile(raw)
    assert caught.value.fields["field"].split(".")[0] == field


def test_a_network_without_rules_gets_unknown_limits():
    raw = _raw()
    raw["networks"] = ["linkedin", "mastodon"]
    p = profiles.parse_profile(raw)
    mastodon = p.network_rules[1]
    assert (mastodon.id, mastodon.limit, mastodon.verified) == ("mastodon", None, False)
