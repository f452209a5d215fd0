"""Offline spell checking in en, fr, de, es with the workspace's personal dictionary."""

import pytest

from ghostdesk.domain.errors import ValidationError
from ghostdesk.services import spelling


def words(language, text, personal=()):
    return [m.word for m in spelling.speller(language).misspelled(text, set(personal))]


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        ("en", "We are shipping teh new grid tool. It's great, and the e-mail went out.", ["teh"]),
        ("fr", "Aujourd'hui, l'équipe présente ses réseaux. Une errreur s'est glissée.", ["errreur"]),
        ("de", "Wir bauen Netzte für die Zukunft der Energie.", ["Netzte"]),
        ("es", "Trabajamos con los clientes y las redes eléctricas. Una erorr aquí.", ["erorr"]),
    ],
)
def test_misspelled_words_per_language(language, text, wrong):
    assert words(language, text) == wrong


def test_spans_point_at_the_word():
    text = "Balancing teh grid"
    (hit,) = spelling.speller("en").misspelled(text)
    assert text[hit.start : hit.end] == "teh"


def test_links_tags_mentions_acronyms_and_names_are_not_checked():
    text = "See https://lumenvale.example/heorn #gridtek @clairev and the CEO of Lumenvale. Lumenvale leads."
    assert words("en", text) == ["Lumenvale"]  # a capitalised word opening a sentence is still checked


def test_personal_dictionary(workspace):
    assert words("en", "Lumenvale balances grids") == ["Lumenvale"]
    spelling.add_to_dictionary(workspace, "Lumenvale")
    spelling.add_to_dictionary(workspace, "lumenvale")  # no duplicate
    assert spelling.personal_words(workspace) == {"Lumenvale"}
    assert words("en", "Lumenvale balances grids", spelling.personal_words(workspace)) == []
    with pytest.raises(ValidationError):
        spelling.add_to_dictionary(workspace, "two words")


def test_suggestions_keep_the_capital():
    assert spelling.speller("en").suggestions("teh")[0] == "the"
    assert spelling.speller("fr").suggestions("Errreur")[0] == "Erreur"


def test_languages_without_a_dictionary():
    assert spelling.speller("ja") is None
    with pytest.raises(ValidationError):
        spelling.Speller("ja")
