"""Counting per network against known texts (CJK, emoji, URLs) and the feed fold."""

import pytest

from ghostdesk.domain import networks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello world", 11),
        ("héllo", 5),  # Latin with accents weighs 1
        ("日本語", 6),  # CJK weighs 2
        ("中文测试", 8),
        ("こんにちは", 10),
        ("👍", 2),
        ("👍🏽", 2),  # emoji with a skin tone modifier is one emoji
        ("👨‍👩‍👧", 2),  # a ZWJ family sequence is one emoji
        ("https://example.com/a/very/long/path/that/goes/on/and/on?with=query", 23),
        ("see example.com now", 4 + 23 + 4),
        ("a https://x.co b https://y.org/z", 1 + 1 + 23 + 1 + 1 + 1 + 23),
        ("“quotes” — and ‘dashes’", 23),  # general punctuation U+2010–U+201F weighs 1
        ("e\u0301", 1),  # NFC: e + combining acute becomes é
    ],
)
def test_x_weighted_length(text, expected):
    assert networks.x_weighted_length(text) == expected


def test_x_counts_280_limit_and_over():
    ok = "a" * 280
    over = "日" * 141
    assert networks.counts(ok, ["x"])[0].over is False
    count = networks.counts(over, ["x"])[0]
    assert count.used == 282 and count.over and count.remaining == -2


def test_url_trailing_punctuation_is_not_part_of_the_url():
    assert networks.find_urls("Read https://example.com/post.") == [(5, 29)]


def test_linkedin_counts_code_points_and_weibo_counts_half_width_as_half():
    assert networks.count("日本語 abc", "linkedin") == 7
    assert networks.count("abcd", "weibo") == 2
    assert networks.count("abc", "weibo") == 2
    assert networks.count("微博测试", "weibo") == 4
    assert networks.counts("x" * 3001, ["linkedin"])[0].over


def test_unknown_network_counts_without_limit():
    count = networks.counts("hello", ["mastodon"])[0]
    assert count.used == 5 and count.limit is None and not count.over


def test_fold_linkedin_desktop_and_mobile():
    text = "word " * 60  # 300 characters
    desktop = networks.fold_index(text, "linkedin", "desktop")
    mobile = networks.fold_index(text, "linkedin", "mobile")
    assert desktop is not None and 195 <= desktop <= 210
    assert mobile is not None and 125 <= mobile <= 140
    assert text[desktop] == " "  # never cuts a word


def test_no_fold_for_short_text_or_networks_without_fold():
    assert networks.fold_index("Short hook.", "linkedin") is None
    assert networks.fold_index("a" * 500, "x") is None


def test_fold_at_third_line_break():
    text = "one\ntwo\nthree\nfour and the rest"
    assert networks.fold_index(text, "linkedin") == text.index("\nfour")
