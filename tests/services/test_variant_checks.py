"""Market rules over variants: each with a case that fires and one that must not."""

from datetime import date

import pytest

from ghostdesk.domain.checks import Severity
from ghostdesk.domain.voice import GlossaryEntry
from ghostdesk.markets import calendar
from ghostdesk.markets.profiles import shipped
from ghostdesk.services.checks.engine import REGISTRY, CheckContext, run

MARKET_RULES = [r for r in REGISTRY.values() if r.family == "market"]


def ctx(market="FR", language="fr", **extras):
    profile = shipped()[market]
    base = {
        "market_profile": profile,
        "master_text": extras.pop("master_text", ""),
        "master_language": extras.pop("master_language", "en"),
        "disclosure": extras.pop("disclosure", profile.disclosure.label),
        "company": "Lumenvale",
        "is_variant": True,
    }
    networks = extras.pop("networks", ("linkedin",))
    hashtags = extras.pop("hashtags", ())
    return CheckContext(language=language, networks=networks, hashtags=hashtags, market=market, extras=base | extras)


def found(text, context, rule_id):
    return [f for f in run(text, context, MARKET_RULES) if f.rule_id == rule_id]


def test_market_rules_do_nothing_without_a_market():
    assert run("tu as vu ? $1,000.50 #grid", CheckContext(language="fr"), MARKET_RULES) == []


def test_network_not_available_in_the_market_blocks():
    (f,) = found("文字", ctx("CN", "zh", networks=("linkedin", "weibo")), "market_network")
    assert f.severity == Severity.BLOCK and f.params["network"] == "linkedin"
    assert found("文字", ctx("CN", "zh", networks=("weibo",)), "market_network") == []


def test_length_uses_the_networks_own_counting():
    text = "漢" * 150  # 150 characters, but X weighs each CJK character 2
    (f,) = found(text, ctx("JP", "ja", networks=("x",)), "market_length")
    assert f.params["used"] == 300 and f.params["limit"] == 280
    assert found(text, ctx("JP", "ja", networks=("line",)), "market_length") == []
    assert found("a" * 3001, ctx(networks=("linkedin",)), "market_length")
    assert found("a" * 3000, ctx(networks=("linkedin",)), "market_length") == []


def test_register_slip_blocks_and_ambiguous_french_markers_warn():
    (f,) = found("Merci, tu as fait du bon travail.", ctx(), "market_register")
    assert f.severity == Severity.BLOCK and f.params["word"] == "tu"
    (g,) = found("Un ton calme et posé.", ctx(), "market_register")
    assert g.severity == Severity.WARN
    assert found("Merci, vous avez fait du bon travail.", ctx(), "market_register") == []
    assert found("Vielen Dank für dein Feedback.", ctx("DE", "de"), "market_register")
    assert found("Vielen Dank für Ihr Feedback.", ctx("DE", "de"), "market_register") == []
    assert found("新しい研究所を開くのだ。", ctx("JP", "ja"), "market_register")
    assert found("新しい研究所を開きます。", ctx("JP", "ja"), "market_register") == []


def test_dates_and_numbers_in_another_markets_format():
    codes = {f.message_code for f in found("Rendez-vous le 03/12, budget 1,000.50", ctx(), "market_format")}
    assert codes == {"market_date_ambiguous", "market_number_format"}
    (f,) = found("Rendez-vous le 03/25", ctx(), "market_format")
    assert f.message_code == "market_date_order"
    assert found("Rendez-vous le 14/07/2026, budget 1 000,50 €, 2,5 %", ctx(), "market_format") == []
    assert found("Meet us on 03/25, budget 1,000.50", ctx("US", "en"), "market_format") == []
    assert found("Budget 1.000,50", ctx("US", "en"), "market_format")
    assert found("2026/03/12に開催します。", ctx("JP", "ja"), "market_format") == []


def test_foreign_currency():
    (f,) = found("Un budget de $1 000", ctx(), "market_currency")
    assert f.params["currency"] == "USD"
    assert found("Un budget de 1 000 €", ctx(), "market_currency") == []
    assert found("予算は1000円です", ctx("JP", "ja"), "market_currency") == []
    assert found("预算1000元", ctx("JP", "ja"), "market_currency")


def test_missing_or_wrong_disclosure_label():
    (f,) = found("Nous recrutons.", ctx(disclosure=""), "market_disclosure")
    assert f.message_code == "market_disclosure_missing"
    (g,) = found("Nous recrutons.", ctx(disclosure="#employee"), "market_disclosure")
    assert g.message_code == "market_disclosure_wrong"
    assert found("Nous recrutons.", ctx(), "market_disclosure") == []
    assert found("Nous recrutons. Je travaille chez Lumenvale.", ctx(disclosure=""), "market_disclosure") == []


def test_glossary_never_translate_and_renderings():
    glossary = (GlossaryEntry("GridPilot", never_translate=True), GlossaryEntry("grid", {"fr": "réseau"}))
    master = "GridPilot keeps the grid in balance."
    c = ctx(master_text=master, glossary=glossary)
    codes = {f.message_code for f in found("Pilote Réseau équilibre le secteur.", c, "market_glossary")}
    assert codes == {"market_never_translate_changed"}
    codes = {f.message_code for f in found("GridPilot équilibre la grille.", c, "market_glossary")}
    assert codes == {"market_rendering_not_used"}
    assert found("GridPilot équilibre le réseau.", c, "market_glossary") == []


def test_hashtags_left_in_the_masters_language():
    glossary = (GlossaryEntry("GridPilot", never_translate=True),)
    c = ctx(master_text="News #energy #GridPilot", hashtags=("energy",), glossary=glossary)
    (f,) = found("Nouvelles #GridPilot", c, "market_hashtags")
    assert f.params["tag"] == "energy"
    c2 = ctx(master_text="News #energy", hashtags=("énergie",))
    assert found("Nouvelles #GridPilot #énergie", c2, "market_hashtags") == []
    same_language = ctx("US", "en", master_language="en", master_text="#energy", hashtags=("energy",))
    assert found("text", same_language, "market_hashtags") == []


@pytest.mark.parametrize(
    ("market", "language", "day"),
    [("FR", "fr", "2026-07-14"), ("JP", "ja", "2026-05-05"), ("CN", "zh", "2026-10-01"), ("US", "en", "2026-07-04")],
)
def test_planned_date_on_a_public_holiday(market, language, day):
    assert calendar.is_holiday(shipped()[market], date.fromisoformat(day))
    (f,) = found("x", ctx(market, language, planned_date=day), "market_holiday")
    assert f.params["date"] == day
    assert found("x", ctx(market, language, planned_date="2026-07-15"), "market_holiday") == []


def test_golden_week_is_holidays_in_japan():
    names = [calendar.is_holiday(shipped()["JP"], date(2026, 5, d)) for d in (3, 4, 5)]
    assert all(names)


def test_master_text_copied_unchanged_is_not_adapted():
    c = ctx(master_text="Hello world.")
    (f,) = found("Hello   world.", c, "market_adaptation")
    assert f.severity == Severity.BLOCK
    assert found("Bonjour à tous.", c, "market_adaptation") == []


def test_a_brand_inside_a_link_is_not_a_use_of_the_term():
    glossary = (GlossaryEntry("Lumenvale", never_translate=True),)
    c = ctx(master_text="Feedback welcome: https://github.com/lumenvale/replay", glossary=glossary)
    assert found("Vos retours sont les bienvenus.", c, "market_glossary") == []
