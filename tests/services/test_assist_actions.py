"""Services: rewrite in voice, translate and adapt to a market, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading

import _assist_fakes as fakes
import pytest
from _actions_helpers import BODY, executive_with_voice, post_for

from ghostdesk.domain.assist import AssistError
from ghostdesk.domain.assist_actions import AssistNoProvider
from ghostdesk.domain.errors import NotFound
from ghostdesk.services import assist_actions, posts
from ghostdesk.services.assist import CancelToken

assist, fake_server, memory_keyring = fakes.assist, fakes.fake_server, fakes.memory_keyring


@pytest.fixture
def executive(workspace):
    return executive_with_voice(workspace.db)


def _prompt(server) -> str:
    return "\n".join(m["content"] for m in server.seen[-1]["body"]["messages"])


def test_rewrite_sends_the_voice_profile_and_returns_a_proposal(workspace, assist, fake_server, executive):
    service, chat, _ = assist
    proposal = assist_actions.rewrite_in_voice(
        workspace.db, executive.id, "We did good.", "en", assist=service, provider=chat
    )
    assert (proposal.action, proposal.original, proposal.provider) == ("rewrite", "We did good.", "Local chat")
    assert proposal.proposed == "REWRITTEN We did good."
    prompt = _prompt(fake_server)
    for expected in ("bold 7/10", "Never use: synergy, game-changer", "Sign-off: — Claire", "Preferred terms: team"):
        assert expected in prompt
    assert "Our plant team did it again." in prompt  # a sample


def test_translate_keeps_the_voice_glossary(workspace, assist, fake_server, executive):
    service, _, deepl = assist
    proposal = assist_actions.translate(
        workspace.db, executive.id, "Lumenvale cut energy use.", "fr", assist=service, provider=deepl
    )
    # The fake "translates" to upper case but leaves protected terms alone.
    assert proposal.proposed == "Lumenvale CUT ENERGY USE."
    assert proposal.action == "translate" and proposal.original == "Lumenvale cut energy use."
    assert fake_server.seen[-1]["body"]["target_lang"] == "FR"


def test_english_targets_a_variant_deepl_accepts(workspace, assist, fake_server, executive):
    service, _, deepl = assist
    assist_actions.translate(workspace.db, executive.id, "Bonjour", "en", assist=service, provider=deepl)
    assert fake_server.seen[-1]["body"]["target_lang"] == "EN-GB"


def test_adapt_builds_its_prompt_from_market_voice_and_master(workspace, assist, fake_server, executive):
    service, _, _ = assist
    post = post_for(workspace, executive)
    before = posts.get(workspace, post.id)
    proposal = assist_actions.adapt_to_market(workspace.db, post.id, "JP", assist=service)
    assert proposal.action == "adapt" and proposal.original == BODY
    assert proposal.proposed == "REWRITTEN " + BODY
    prompt = _prompt(fake_server)
    assert "Market: Japan (JP); language ja" in prompt
    assert "Checklist:" in prompt and "Network LinkedIn" in prompt
    assert "Never translate: Lumenvale" in prompt and "https://example.com/energy" in prompt
    assert posts.get(workspace, post.id) == before  # nothing saved


def test_adapt_without_a_provider_points_to_the_offline_editor(workspace, executive, memory_keyring):
    post = post_for(workspace, executive)
    with pytest.raises(AssistNoProvider) as info:
        assist_actions.adapt_to_market(workspace.db, post.id, "JP", assist=fakes.make_service(workspace.db))
    assert "side-by-side" in info.value.message and info.value.fields["action"] == "adapt"


def test_adapt_refuses_an_unknown_post_or_market(workspace, assist, executive):
    service, _, _ = assist
    post = post_for(workspace, executive)
    with pytest.raises(NotFound):
        assist_actions.adapt_to_market(workspace.db, "00000000-0000-0000-0000-000000000000", "JP", assist=service)
    with pytest.raises(NotFound):
        assist_actions.adapt_to_market(workspace.db, post.id, "ZZ", assist=service)


@pytest.mark.parametrize(
    ("step", "code"),
    [
        (("status", 401), "assist_bad_key"),
        (("status", 403), "assist_forbidden"),
        (("status", 404), "assist_not_found"),
        (("status", 429, {"Retry-After": "0"}), "assist_rate_limited"),
        (("status", 503), "assist_server_error"),
        (("raw", b"{not json"), "assist_bad_response"),
        (("truncate",), "assist_bad_response"),
        (("filter",), "assist_content_filtered"),
        (("slow", 3), "assist_timeout"),
    ],
)
def test_each_failure_has_its_code(workspace, assist, fake_server, executive, step, code):
    service, chat, _ = assist
    fake_server.script.extend([step] * 3)
    with pytest.raises(AssistError) as info:
        assist_actions.rewrite_in_voice(workspace.db, executive.id, "Text", "en", assist=service, provider=chat)
    assert info.value.code == code


def test_refused_connection_is_its_own_failure(workspace, executive, memory_keyring):
    server = fakes.FakeServer(key=fakes.KEY).start()
    service = fakes.make_service(workspace.db)
    chat, _ = fakes.add_providers(service, server)
    server.stop()  # nothing listens there any more
    with pytest.raises(AssistError) as info:
        assist_actions.rewrite_in_voice(workspace.db, executive.id, "Text", "en", assist=service, provider=chat)
    assert info.value.code == "assist_refused"


def test_cancel_returns_at_once_and_changes_nothing(workspace, assist, fake_server, executive):
    service, _, _ = assist
    post = post_for(workspace, executive)
    fake_server.script.append(("slow", 3))
    cancel = CancelToken()
    threading.Timer(0.2, cancel.cancel).start()
    with pytest.raises(AssistError) as info:
        assist_actions.adapt_to_market(workspace.db, post.id, "DE", assist=service, cancel=cancel)
    assert info.value.code == "assist_cancelled"
    assert posts.get(workspace, post.id).body == BODY


def test_no_consent_is_refused_before_sending(workspace, assist, fake_server, executive):
    service, chat, _ = assist
    chat = service.set_consent(chat, False)
    with pytest.raises(AssistError) as info:
        assist_actions.rewrite_in_voice(workspace.db, executive.id, "Text", "en", assist=service, provider=chat)
    assert info.value.code == "assist_no_consent" and fake_server.seen == []


def test_translate_keeps_links_hashtags_and_mentions(workspace, assist, fake_server, executive):
    service, _, deepl = assist
    text = "Read how we did it: https://example.com/a?x=1 with @Ada #energy"
    proposal = assist_actions.translate(workspace.db, executive.id, text, "de", assist=service, provider=deepl)
    assert proposal.proposed == "READ HOW WE DID IT: https://example.com/a?x=1 WITH @Ada #energy"
