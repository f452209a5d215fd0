"""The counted-phrase helper: singular/plural by the interface language's rule, numbers in its locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ghostdesk.ui.i18n import count


@pytest.fixture
def locale_default():
    saved = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(saved)


def test_english_singular_only_for_one(locale_default):
    locale_default("en_US")
    forms = ("{0} post", "{0} posts")
    assert [count(n, *forms) for n in (0, 1, 2, 1000)] == ["0 posts", "1 post", "2 posts", "1,000 posts"]


def test_french_singular_for_zero_and_one(locale_default):
    locale_default("fr_FR")
    forms = ("{0} publication", "{0} publications")
    group = QLocale("fr_FR").groupSeparator()
    assert group.strip() == ""  # French groups thousands with a (narrow) no-break space, not a comma
    assert [count(n, *forms) for n in (0, 1, 2, 1000)] == [
        "0 publication",
        "1 publication",
        "2 publications",
        f"1{group}000 publications",
    ]


def test_unknown_language_falls_back_to_english_rule(locale_default):
    locale_default("de_DE")
    assert count(0, "{0} Beitrag", "{0} Beiträge") == "0 Beiträge"
    assert count(1, "{0} Beitrag", "{0} Beiträge") == "1 Beitrag"


def test_more_placeholders_are_filled_after_the_number(locale_default):
    locale_default("en_US")
    assert count(1, "{0} sentence (± {1})", "{0} sentences (± {1})", 2) == "1 sentence (± 2)"
    assert count(3, "{0} documents written in {1}.", "{0} documents written in {1}.", "/tmp") == (
        "3 documents written in /tmp."
    )


def test_decimals_show_one_digit_and_follow_each_rule(locale_default):
    locale_default("en_US")
    assert count(1.0, "{0} sentence", "{0} sentences") == "1.0 sentences"
    assert count(0.5, "{0} sentence", "{0} sentences") == "0.5 sentences"
    locale_default("fr_FR")
    assert count(1.5, "{0} phrase", "{0} phrases") == "1,5 phrase"
    assert count(2.0, "{0} phrase", "{0} phrases") == "2,0 phrases"
