"""Workspace market overrides win over shipped profiles; markets can be added without code."""

from __future__ import annotations

import pytest

from ghostdesk.domain.errors import NotFound
from ghostdesk.markets import calendar, profiles, rules
from ghostdesk.markets.errors import MarketExists, MarketFieldUnknown, MarketNotRemovable, MarketProfileInvalid
from ghostdesk.services import markets
from ghostdesk.storage import markets_repo, trash_repo


def test_without_overrides_the_shipped_profiles_are_effective(workspace):
    assert markets.all_effective(workspace.db) == [profiles.get(c) for c in sorted(profiles.codes())]
    assert markets.entry(workspace.db, "fr").origin == markets.SHIPPED


def test_an_override_wins_and_clearing_it_restores_the_default(workspace):
    db = workspace.db
    markets.set_override(db, "FR", "disclosure", {"label": "#salarié", "accepted": [], "basis": "our lawyer"})
    fr = markets.effective(db, "FR")
    assert fr.disclosure.label == "#salarié"
    assert markets.entry(db, "FR").overridden == ("disclosure",)
    assert profiles.get("FR").disclosure.label == "#collaborateur"  # shipped data untouched
    assert markets.effective(db, "DE").disclosure.label == "Werbung"
    assert markets.clear_override(db, "FR", "disclosure") == 1
    assert markets.effective(db, "FR") == profiles.get("FR")


def test_adding_a_network_takes_known_rules(workspace):
    fr = markets.set_override(workspace.db, "FR", "networks", ["linkedin", "x", "weibo"])
    assert rules.network_rule(fr, "weibo").limit == 2000
    assert rules.network_available(fr, "weibo")


def test_override_to_the_default_value_stores_nothing(workspace):
    markets.set_override(workspace.db, "US", "currency", "USD")
    assert markets.overrides(workspace.db, "US") == {}


def test_holiday_override_changes_detection(workspace):
    from datetime import date

    us = markets.set_override(workspace.db, "UK", "holiday_subdivision", "SCT")
    assert calendar.is_holiday(us, date(2026, 11, 30)) == "Saint Andrew's Day"
    assert calendar.is_holiday("UK", date(2026, 11, 30)) is None


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("code", "XX", MarketFieldUnknown),
        ("colour", "red", MarketFieldUnknown),
        ("time_zones", ["Mars/Olympus"], MarketProfileInvalid),
        ("locale", "qq_QQ", MarketProfileInvalid),
        ("holiday_country", "QQ", MarketProfileInvalid),
        ("weekend", "sat", MarketProfileInvalid),
    ],
)
def test_bad_overrides_are_refused_and_nothing_is_written(workspace, field, value, error):
    with pytest.raises(error):
        markets.set_override(workspace.db, "FR", field, value)
    assert markets.overrides(workspace.db, "FR") == {}


def test_unknown_market(workspace):
    with pytest.raises(NotFound):
        markets.effective(workspace.db, "ZZ")
    with pytest.raises(NotFound):
        markets.set_override(workspace.db, "ZZ", "name", "Nowhere")


def test_a_market_added_without_code(workspace):
    db = workspace.db
    be = markets.copy_market(db, "be", "Belgium", based_on="FR")
    assert be.code == "BE" and be.register.address == "vous"
    markets.set_override(db, "BE", "holiday_country", "BE")
    markets.set_override(db, "BE", "locale", "fr_BE")
    entry = markets.entry(db, "BE")
    assert entry.origin == markets.WORKSPACE and entry.overridden == ("locale", "holiday_country")
    assert "BE" in [p.code for p in markets.all_effective(db)]
    with pytest.raises(MarketExists):
        markets.copy_market(db, "BE", "Belgium again", based_on="FR")
    with pytest.raises(MarketExists):
        markets.copy_market(db, "FR", "France bis", based_on="DE")
    with pytest.raises(MarketProfileInvalid):
        markets.copy_market(db, "NL", "", based_on="DE")
    assert markets_repo.find_market(db, "NL") is None


def test_removing_an_added_market_goes_to_the_trash(workspace):
    db = workspace.db
    markets.copy_market(db, "BR", "Brazil", based_on="ES")
    markets.set_override(db, "BR", "locale", "pt_BR")
    markets.remove_market(db, "BR", deleted_by="test")
    assert "BR" not in [p.code for p in markets.all_effective(db)]
    assert markets.overrides(db, "BR") == {}
    (item,) = trash_repo.items(db, "market")
    assert item.label == "BR" and item.payload["overrides"] == {"locale": "pt_BR"}
    with pytest.raises(MarketNotRemovable):
        markets.remove_market(db, "FR", deleted_by="test")


def test_an_added_market_with_variants_is_not_removed(workspace):
    """Its variants are checked against its profile: removing it first would leave them uncheckable."""
    from ghostdesk.markets.errors import MarketInUse
    from ghostdesk.services import posts, variants
    from ghostdesk.storage import executives_repo

    db = workspace.db
    markets.copy_market(db, "BE", "Belgium", based_on="FR")
    claire = executives_repo.create(db, "Claire Vasseur")
    post = posts.new_post(workspace, claire.id, actor="test", title="Grid week", body="Le réseau tient.")
    variant = variants.create(db, post.id, "BE", actor="test")
    with pytest.raises(MarketInUse) as refused:
        markets.remove_market(db, "BE", deleted_by="test")
    assert refused.value.fields == {"market": "BE", "variants": 1}
    assert markets.effective(db, "BE").name == "Belgium"  # nothing removed
    variants.delete(db, variant.id, actor="test")
    markets.remove_market(db, "BE", deleted_by="test")
    assert "BE" not in [p.code for p in markets.all_effective(db)]


def test_a_stale_override_is_skipped_not_fatal(workspace):
    markets_repo.put_override(workspace.db, "FR", "time_zones", ["Mars/Olympus"])
    assert markets.effective(workspace.db, "FR").time_zones == ("Europe/Paris",)
    assert markets.entry(workspace.db, "FR").overridden == ()


def test_effective_markets_are_computed_once_and_again_after_any_change(workspace, monkeypatch):
    """Pages ask for a market's profile per row: it is merged once per connection, and computed again as soon as
    an override is saved or removed, a market added or removed — or the tables change behind the service."""
    db = workspace.db
    computed: list[str] = []
    original = markets._entry
    monkeypatch.setattr(markets, "_entry", lambda db, code: computed.append(code) or original(db, code))
    first = markets.effective(db, "FR")
    assert markets.effective(db, "fr") is first and markets.effective(db, "FR") is first
    assert computed == ["FR"]

    markets.set_override(db, "FR", "disclosure", {"label": "#salarié", "accepted": [], "basis": "our lawyer"})
    assert markets.effective(db, "FR").disclosure.label == "#salarié"
    markets.set_override(db, "FR", "disclosure", {"label": "#employé", "accepted": [], "basis": "our lawyer"})
    assert markets.effective(db, "FR").disclosure.label == "#employé"  # an override saved again
    markets.clear_override(db, "FR", "disclosure")
    assert markets.effective(db, "FR") == profiles.get("FR")

    markets.copy_market(db, "BE", "Belgium", "FR")
    assert markets.effective(db, "BE").name == "Belgium"
    markets.remove_market(db, "BE", deleted_by="t")
    with pytest.raises(NotFound):
        markets.effective(db, "BE")

    markets_repo.put_override(db, "DE", "currency", "CHF")  # not through the service (another writer)
    assert markets.effective(db, "DE").currency == "CHF"
    markets_repo.delete_overrides(db, "DE", "currency")
    assert markets.effective(db, "DE") == profiles.get("DE")

    computed.clear()
    for _ in range(3):
        markets.effective(db, "DE")
    assert computed == []


def test_a_shipped_market_without_overrides_is_not_parsed_again(workspace, monkeypatch):
    """The Markets page's first open lists every market: one without overrides is the shipped profile itself."""
    parsed: list[str] = []
    original = markets.parse_profile
    monkeypatch.setattr(markets, "parse_profile", lambda raw: parsed.append(raw["code"]) or original(raw))
    found = markets.entries(workspace.db)
    assert parsed == []
    assert [e.profile for e in found] == [profiles.get(c) for c in sorted(profiles.codes())]
    assert all(e.origin == markets.SHIPPED and e.overridden == () for e in found)
    # What the shortcut skips gives the same: each shipped profile merged with nothing.
    for code in profiles.codes():
        assert markets._merge(profiles_to_raw(code), {}) == profiles.get(code)
    markets.set_override(workspace.db, "FR", "currency", "CHF")
    assert markets.effective(workspace.db, "FR").currency == "CHF" and parsed  # an override is merged as before


def profiles_to_raw(code: str) -> dict:
    return profiles.profile_to_raw(profiles.get(code))
