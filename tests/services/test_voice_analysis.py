"""Fingerprints measured on texts whose figures we know, per language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghostdesk.domain.voice import VoiceSettings
from ghostdesk.services.voice_analysis import build_fingerprint, detect_language, measure, tokens
from ghostdesk.services.voice_match import score_text


def test_english_text_is_measured_in_words_and_sentences():
    text = "I shipped it today. We worked hard! Did it pay off?\n\nI think so.\n\n#startups #product"
    stats = measure(text, "en")
    # 4 sentences of 4, 3, 4 and 3 words; the hashtag line is not a paragraph of prose.
    assert stats.sentence_length == pytest.approx(3.5)
    assert stats.paragraph_length == pytest.approx(2.0)
    assert stats.one_line_share == pytest.approx(0.5)
    assert stats.question_rate == pytest.approx(0.25)
    assert stats.exclamation_rate == pytest.approx(0.25)
    assert (stats.singular, stats.plural) == (2, 1)
    assert (stats.hashtags, stats.hashtags_at_end) == (2, 2)
    assert stats.emoji == 0


def test_french_text_splits_elisions_and_reads_person_and_register():
    text = "Nous avons signé. J'en suis fière, et vous ? Merci à notre équipe 🙂"
    stats = measure(text, "fr")
    assert "j'" in tokens(text, "fr")
    assert (stats.singular, stats.plural) == (1, 2)  # j' / nous, notre
    assert (stats.formal, stats.informal) == (1, 0)  # vous
    assert stats.emoji == 1
    assert stats.question_rate == pytest.approx(1 / 3)


def test_japanese_and_chinese_are_measured_in_characters():
    ja = "私たちは新しい製品を発表しました。ぜひご覧ください。"
    stats = measure(ja, "ja")
    assert stats.words == len([c for c in ja if c not in "。"])
    assert stats.sentence_length == pytest.approx(stats.words / 2)
    assert stats.plural == 1 and stats.singular == 0  # 私たち is "we", not "I"
    assert stats.formal >= 1  # ました
    zh = "我们今天发布了新产品。我很高兴！"
    zstats = measure(zh, "zh")
    assert zstats.sentence_length == pytest.approx(((len("我们今天发布了新产品")) + len("我很高兴")) / 2)
    assert (zstats.singular, zstats.plural) == (1, 1)
    assert zstats.exclamation_rate == pytest.approx(0.5)


def test_fingerprint_spreads_and_signature_words():
    mine = [
        "Grid balance matters. Forecasts matter more!",
        "Every forecast counts. Every grid too!",
        "Balance the grid with a better forecast!",
    ]
    background = ["The weather is nice today and the team went out for lunch together."] * 3
    fp = build_fingerprint(mine, "en", background)
    assert fp.samples == 3
    assert fp.unit == "words"
    assert fp.exclamation_rate.mean > 0.5
    assert "grid" in fp.signature_words
    assert "forecast" in fp.signature_words
    assert fp.post_length.sd > 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We are delighted to share the results of the year with our partners and the team.", "en"),
        ("Nous sommes heureux de partager avec vous les résultats de l'année et de remercier nos équipes.", "fr"),
        ("Wir freuen uns, die Ergebnisse des Jahres mit unseren Partnern und dem Team zu teilen.", "de"),
        ("本日、新しいサービスを発表しました。", "ja"),
        ("我们今天很高兴地宣布我们的新产品正式上线了。", "zh"),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=400), language=st.sampled_from(["en", "fr", "de", "ja", "zh"]))
def test_any_text_gets_a_score_between_0_and_100(text, language):
    fp = build_fingerprint(["We ship. I listen!", "Do you? #grid 🙂\n\nYes."], language)
    score, dims = score_text(text, fp, VoiceSettings(banned_phrases=("synergy",), sign_off="— J"))
    assert 0 <= score <= 100
    assert all(0.0 <= d.similarity <= 1.0 for d in dims)
