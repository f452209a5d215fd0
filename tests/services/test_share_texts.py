"""Services: share texts for ambassadors — offline templates and a chat assistant, each text distinct."""

from __future__ import annotations

import json

import _assist_fakes as fakes
import pytest
from _actions_helpers import executive_with_voice, post_for

from ghostdesk.domain.assist_actions import SIMILARITY_LIMIT, AssistNoTemplates
from ghostdesk.domain.errors import ValidationError
from ghostdesk.services import share_texts
from ghostdesk.services.share_texts import propose_share_texts, similarity

assist, fake_server, memory_keyring = fakes.assist, fakes.fake_server, fakes.memory_keyring
LANGUAGES = ("en", "fr", "de", "ja", "zh", "es")


@pytest.fixture
def post(workspace):
    return post_for(workspace, executive_with_voice(workspace.db))


def _pairwise_max(texts: list[str]) -> float:
    return max(similarity(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :])


@pytest.mark.parametrize("language", LANGUAGES)
def test_offline_texts_are_distinct_deterministic_and_carry_link_and_hashtags(workspace, post, language):
    texts = propose_share_texts(workspace.db, post.id, language, 5)
    assert len(texts) == 5 and len(set(texts)) == 5
    assert _pairwise_max(texts) < SIMILARITY_LIMIT
    assert texts == propose_share_texts(workspace.db, post.id, language, 5)  # same input, same texts
    for text in texts:
        assert "https://example.com/energy" in text and "#energy #manufacturing" in text
        assert "{" not in text  # every slot filled


def test_each_language_uses_its_own_words(workspace, post):
    by_language = {lang: propose_share_texts(workspace.db, post.id, lang, 3) for lang in LANGUAGES}
    for lang, texts in by_language.items():
        others = [t for other, ts in by_language.items() if other != lang for t in ts]
        assert not set(texts) & set(others)
    assert any(any("\u3040" <= ch <= "\u30ff" for ch in t) for t in by_language["ja"])  # kana
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in by_language["zh"])


def test_quotes_the_post_only_in_its_own_language(workspace, post):
    english = " ".join(propose_share_texts(workspace.db, post.id, "en", 10))
    assert "It took hundreds of small changes" in english or "We cut our factory" in english
    french = " ".join(propose_share_texts(workspace.db, post.id, "fr", 10))
    assert "hundreds" not in french and "factory" not in french


def test_another_post_gets_another_choice(workspace, post):
    other = post_for(workspace, executive_with_voice_again(workspace), body="A different story about our new plant.")
    assert propose_share_texts(workspace.db, post.id, "en", 3) != propose_share_texts(workspace.db, other.id, "en", 3)


def executive_with_voice_again(workspace):
    from ghostdesk.services import voices

    return voices.create_executive(workspace.db, "Sam Ortiz", actor="test")


def test_a_bare_text_works_too(workspace):
    texts = propose_share_texts(workspace.db, "Our team shipped it. Read how: https://x.example/a #launch", "en", 3)
    assert len(texts) == 3 and all("https://x.example/a" in t and "#launch" in t for t in texts)


def test_the_guard_drops_near_duplicates():
    kept = share_texts.keep_distinct(["Great read from our CEO!", "Great read from our CEO!!", "Something else."], 3)
    assert kept == ["Great read from our CEO!", "Something else."]


def test_bad_requests_are_refused(workspace, post):
    with pytest.raises(ValidationError):
        propose_share_texts(workspace.db, post.id, "en", 0)
    with pytest.raises(ValidationError):
        propose_share_texts(workspace.db, post.id, "en", 11)
    with pytest.raises(AssistNoTemplates):
        propose_share_texts(workspace.db, post.id, "pt", 3)


def _chat_answer(content: str) -> bytes:
    body = {"model": fakes.MODEL, "choices": [{"message": {"content": content}, "finish_reason": "stop"}]}
    return json.dumps(body).encode()


def test_with_an_assistant_texts_are_in_a_colleagues_voice_and_checked(workspace, post, assist, fake_server):
    service, chat, _ = assist
    answer = json.dumps(
        [
            "Proud to see my team's work in this post!",
            "Proud to see my team's work in this post!!",  # a near-duplicate: dropped
            "I was on the floor for many of these changes. Worth a read.",
            "How does your plant save energy? This made me think.",
        ]
    )
    fake_server.script.append(("raw", _chat_answer(answer)))
    texts = propose_share_texts(workspace.db, post.id, "en", 3, provider=chat, assist=service)
    assert texts[0].startswith("Proud to see my team's work in this post!\n")
    assert texts[1].startswith("I was on the floor") and texts[2].startswith("How does your plant")
    assert all("https://example.com/energy" in t for t in texts)
    prompt = "\n".join(m["content"] for m in fake_server.seen[-1]["body"]["messages"])
    assert "first person, as a colleague (not as the author)" in prompt and "language 'en'" in prompt


def test_a_short_answer_is_topped_up_offline(workspace, post, assist, fake_server):
    service, _, _ = assist
    fake_server.script.append(("raw", _chat_answer('["Only one idea from the assistant, sorry."]')))
    texts = propose_share_texts(workspace.db, post.id, "en", 4, provider="Local chat", assist=service)
    assert len(texts) == 4 and texts[0].startswith("Only one idea")
    assert _pairwise_max(texts) < SIMILARITY_LIMIT


def test_parse_texts_reads_lists_and_numbered_lines():
    assert share_texts.parse_texts('```json\n["a text", "b text"]\n```') == ["a text", "b text"]
    assert share_texts.parse_texts("1. First one\n2. Second one") == ["First one", "Second one"]


def test_the_same_post_gets_the_same_texts_in_another_process():
    import subprocess
    import sys

    code = (
        "import json; from ghostdesk.services import share_texts as s;"
        "src = s.ShareSource('We shipped it. It took a year of quiet work. https://a.example/x #launch', 'en');"
        "print(json.dumps(s.offline_share_texts(src, 'en', 4)))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1 and len(json.loads(runs.pop())) == 4  # the same four texts under both hash seeds


def test_a_sentence_that_led_to_a_link_is_quoted_without_its_colon():
    # Before: the demo's US kits quoted “If you work on time-series systems, I'd love your feedback:” — the link
    # it announced taken out, the colon left announcing nothing.
    source = share_texts.ShareSource(
        "Grids are hard. If you work on time-series systems, I'd love your feedback: https://example.com/x",
        "en",
        "Jordan Hale",
    )
    assert source.key == "If you work on time-series systems, I'd love your feedback"
    japanese = share_texts.ShareSource("はじめに。ご意見をお聞かせください：https://example.com/x", "ja")
    assert japanese.key == "ご意見をお聞かせください"
