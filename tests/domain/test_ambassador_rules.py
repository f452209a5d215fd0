"""The cleaning rules every ambassador field goes through."""

import pytest

from ghostdesk.domain import ambassador as rules
from ghostdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Zoe.Mercier@Lumenvale.Example ", "zoe.mercier@lumenvale.example"),
        ("<ken.sato@lumenvale.example>", "ken.sato@lumenvale.example"),
        ("mailto:a.b@c.de", "a.b@c.de"),
    ],
)
def test_email_is_trimmed_and_lower_cased(raw, clean):
    assert rules.clean_email(raw) == clean


@pytest.mark.parametrize("raw", ["", "not-an-email", "a@b", "two@@at.com", "sp ace@x.com", "a..b@x.com"])
def test_bad_emails_are_refused(raw):
    with pytest.raises(ValidationError) as caught:
        rules.clean_email(raw)
    assert caught.value.fields["field"] == "email"


def test_time_zone_must_be_iana():
    assert rules.clean_time_zone(" Asia/Tokyo ") == "Asia/Tokyo"
    for bad in ("Europe/Lyon", "CET+1", "../etc/passwd", ""):
        with pytest.raises(ValidationError):
            rules.clean_time_zone(bad)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("22:00-07:00", ("22:00", "07:00")),
        ("22h – 7h30", ("22:00", "07:30")),
        ("21 bis 6", ("21:00", "06:00")),
        ("", ("", "")),
    ],
)
def test_quiet_hours_forms(raw, expected):
    assert rules.parse_quiet_hours(raw) == expected


def test_numbers_as_spreadsheets_write_them():
    assert rules.clean_int("1 250", "n", 0, 10**6) == 1250
    assert rules.clean_int("2.400", "n", 0, 10**6) == 2400
    assert rules.clean_int("1,234", "n", 0, 10**6) == 1234
    assert rules.clean_int("7.0", "n", 0, 10) == 7
    with pytest.raises(ValidationError):
        rules.clean_int("lots", "n", 0, 10)
    with pytest.raises(ValidationError):
        rules.clean_int("51", "n", 0, 50)


def test_topics_split_and_deduplicate():
    assert rules.clean_topics("Grid; storage, grid | AI") == ("Grid", "storage", "AI")


def test_visibility_words_in_three_languages():
    assert rules.clean_visibility("anonyme") is rules.Visibility.ANONYMOUS
    assert rules.clean_visibility("Verborgen") is rules.Visibility.HIDDEN
    assert rules.clean_visibility("") is rules.Visibility.NAMED
    with pytest.raises(ValidationError):
        rules.clean_visibility("sometimes")


def test_names_refuse_control_characters_and_length():
    assert rules.clean_name("  Amélie   Lefèvre ") == "Amélie Lefèvre"
    with pytest.raises(ValidationError):
        rules.clean_name("bad\x07name")
    with pytest.raises(ValidationError):
        rules.clean_name("x" * 121)
