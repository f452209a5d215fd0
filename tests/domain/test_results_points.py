"""Points, normalisation by network size, badges and ranking: the maths a contest's fairness rests on."""

import pytest

from ghostdesk.domain.results import (
    Badge,
    Metrics,
    PointsRules,
    ResultsInvalid,
    amplification,
    clean_badge,
    clean_rules,
    earned,
    points,
    rank,
)


def test_a_share_earns_the_same_in_any_network():
    rules = PointsRules()
    assert points(rules, 3, Metrics(), 200) == points(rules, 3, Metrics(), 50_000) == 30


def test_outcome_is_counted_per_thousand_followers_so_a_small_network_can_win():
    rules = PointsRules(per_share=0, per_click=1, per_reaction=0, per_comment=0, per_repost=0, per_conversion=0)
    small = points(rules, 1, Metrics(clicks=40), 1_000)  # 40 clicks per 1,000 followers
    large = points(rules, 1, Metrics(clicks=200), 10_000)  # 20 clicks per 1,000 followers
    assert small == 40 and large == 20
    assert small > large  # fewer clicks in absolute terms, yet ahead


def test_the_floor_stops_tiny_networks_multiplying_a_single_click():
    rules = PointsRules(per_share=0, per_click=2, floor=500, reference=1000)
    assert points(rules, 1, Metrics(clicks=1), 10) == points(rules, 1, Metrics(clicks=1), 500) == 4
    assert points(rules, 1, Metrics(clicks=1), 0) == 4


def test_without_normalisation_points_are_raw_totals():
    rules = PointsRules(per_share=10, per_click=2, per_conversion=20, normalise=False)
    assert points(rules, 2, Metrics(clicks=45, conversions=2), 12_000) == 20 + 90 + 40


def test_documented_example_with_the_default_rules():
    # 10 per share + (45 clicks × 2 + 2 conversions × 20) × 1000 / max(400, 500)
    assert points(PointsRules(), 1, Metrics(clicks=45, conversions=2), 400) == 270.0


def test_rules_are_edited_from_user_values_and_bad_ones_refused():
    rules = clean_rules({"per_click": "3,5", "floor": "250", "normalise": "no"})
    assert (rules.per_click, rules.floor, rules.normalise) == (3.5, 250, False)
    for bad in ({"per_click": "-1"}, {"per_click": "lots"}, {"floor": "0"}, {"per_like": 1}):
        with pytest.raises(ResultsInvalid):
            clean_rules(bad)


def test_badges_need_a_name_a_known_metric_and_a_positive_threshold():
    assert clean_badge("  Deal   maker ", "conversions", "1") == ("Deal maker", "conversions", 1.0)
    for args in (("", "clicks", 1), ("X", "likes", 1), ("X", "clicks", 0), ("X", "clicks", "many")):
        with pytest.raises(ResultsInvalid):
            clean_badge(*args)


def test_badges_are_earned_at_their_threshold():
    badges = [
        Badge("1", "First share", "shares", 1),
        Badge("2", "Traffic", "clicks", 50),
        Badge("3", "Star", "points", 100),
    ]
    assert earned(badges, 1, Metrics(clicks=49), 99.9) == ("First share",)
    assert earned(badges, 1, Metrics(clicks=50), 100) == ("First share", "Traffic", "Star")


def test_ties_share_a_rank():
    assert rank([(10, "a"), (30, "b"), (10, "c"), (5, "d")]) == {"b": 1, "a": 2, "c": 2, "d": 4}


def test_amplification_is_zero_when_the_executive_reach_is_unknown():
    assert amplification(17_300, 5_200) == 3.33
    assert amplification(17_300, 0) == 0.0
