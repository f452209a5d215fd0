"""Voice match quality on the corpus in tests/_files/voices: three authors, English and French.

Each post is held out of its author's profile and scored against every author's profile built from the
rest; its own author must win in at least 90 % of (own, other) pairs.
"""

from __future__ import annotations

import time

import pytest

from ghostdesk.domain.voice import VoiceSettings
from ghostdesk.services.voice_analysis import build_fingerprint
from ghostdesk.services.voice_import import split_text
from ghostdesk.services.voice_match import score_text

AUTHORS = ("dana", "hartmann", "lina")


def corpus(files, language):
    return {
        a: [p.text for p in split_text((files / "voices" / f"{a}_{language}.txt").read_text("utf-8"), "txt")]
        for a in AUTHORS
    }


def discrimination(posts, language):
    wins = pairs = 0
    for author, own_posts in posts.items():
        for i, text in enumerate(own_posts):
            scores = {}
            for candidate, theirs in posts.items():
                train = [p for j, p in enumerate(theirs) if not (candidate == author and j == i)]
                background = [p for other, ps in posts.items() if other != candidate for p in ps]
                scores[candidate] = score_text(text, build_fingerprint(train, language, background), VoiceSettings())[0]
            for candidate in posts:
                if candidate != author:
                    pairs += 1
                    wins += scores[author] > scores[candidate]
    return wins, pairs


def test_corpus_has_three_authors_with_fifteen_posts_per_language(files):
    for language in ("en", "fr"):
        posts = corpus(files, language)
        assert all(len(p) >= 15 for p in posts.values()), {a: len(p) for a, p in posts.items()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_held_out_posts_score_higher_against_their_own_author(files, language):
    wins, pairs = discrimination(corpus(files, language), language)
    rate = wins / pairs
    print(f"voice discrimination {language}: {wins}/{pairs} = {rate:.1%}")
    assert rate >= 0.90


def test_a_3000_character_post_scores_in_well_under_50_ms(files):
    posts = corpus(files, "en")
    fp = build_fingerprint(posts["lina"], "en", posts["dana"] + posts["hartmann"])
    text = ("\n\n".join(posts["hartmann"]))[:3000]
    score_text(text, fp, VoiceSettings())
    start = time.perf_counter()
    for _ in range(10):
        score_text(text, fp, VoiceSettings())
    assert (time.perf_counter() - start) / 10 < 0.050
