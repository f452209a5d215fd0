"""Services: the writing assistants against a real HTTP server on 127.0.0.1 — success and each failure."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import socket
import threading
import time

import _assist_fakes as fakes
import pytest

from ghostdesk.domain.assist import ChatMessage
from ghostdesk.services.assist import CancelToken

KEY = fakes.KEY
# Fixtures shared with the UI and CLI tests.
assist, fake_server, memory_keyring = fakes.assist, fakes.fake_server, fakes.memory_keyring


def test_rewrite_returns_a_proposal_and_logs_the_call(assist, fake_server):
    service, chat, _ = assist
    proposal = service.rewrite_in_voice(chat, "We shipped the grid planner.", "warm, first person, short")
    assert proposal.original == "We shipped the grid planner."
    assert proposal.proposed == "REWRITTEN We shipped the grid planner."
    assert proposal.action == "rewrite" and not proposal.truncated
    assert fake_server.seen[-1]["auth"] == f"Bearer {KEY}"
    [entry] = service.sent_log()
    assert (entry.provider, entry.action, entry.outcome, entry.host) == ("Local chat", "rewrite", "ok", "127.0.0.1")
    assert entry.chars_sent > len("We shipped the grid planner.")
    assert entry.preview == "We shipped the grid planner."  # the user's text, not our prompt


def test_translate_keeps_glossary_terms(assist, fake_server):
    service, _, deepl = assist
    done = service.translate(deepl, "Lumenvale & GridOS balance the grid.", "de", glossary=["GridOS"])
    # The fake service "translates" by upper-casing what it may touch.
    assert done.text == "Lumenvale & GridOS BALANCE THE GRID."
    assert done.detected_source == "EN"
    body = fake_server.seen[-1]["body"]
    assert body["target_lang"] == "DE" and body["tag_handling"] == "xml"
    assert fake_server.seen[-1]["auth"] == f"DeepL-Auth-Key {KEY}"


def test_consent_is_enforced_before_any_traffic(assist, fake_server):
    service, chat, deepl = assist
    chat = service.set_consent(chat, False)
    with pytest.raises(Exception) as info:
        service.complete(chat, [ChatMessage("user", "hello")])
    assert info.value.code == "assist_no_consent"
    with pytest.raises(Exception) as info:
        service.translate(service.set_consent(deepl, False), "hello", "FR")
    assert info.value.code == "assist_no_consent"
    assert fake_server.seen == [] and service.sent_log() == []


def test_missing_key_is_its_own_error(assist, fake_server):
    service, _, deepl = assist
    service.set_key(deepl, "")
    with pytest.raises(Exception) as info:
        service.translate(deepl, "hello", "FR")
    assert info.value.code == "assist_no_key"
    assert fake_server.seen == []


def test_test_connection_reports_model_and_usage(assist):
    service, chat, deepl = assist
    report = service.test_connection(chat)
    assert report.ok and report.detail == "gd-model"
    assert service.test_connection(deepl).detail == "42/500000"
    wrong = service.save_provider(dataclasses.replace(chat, model="no-such-model"))
    with pytest.raises(Exception) as info:
        service.test_connection(wrong)
    assert info.value.code == "assist_not_found" and info.value.fields["reason"] == "model"


@pytest.mark.parametrize(
    ("step", "code"),
    [
        (("status", 401), "assist_bad_key"),
        (("status", 403), "assist_forbidden"),
        (("status", 404), "assist_not_found"),
        (("status", 400), "assist_http"),
        (("status", 456), "assist_quota"),
        (("raw", b'{"choices": [ {"mess'), "assist_bad_response"),
        (("raw", b'{"nothing": 1}'), "assist_bad_response"),
        (("truncate",), "assist_bad_response"),
        (("filter",), "assist_content_filtered"),
        (("filter400",), "assist_content_filtered"),
    ],
)
def test_each_failure_has_its_own_code(assist, fake_server, step, code):
    service, chat, _ = assist
    fake_server.script.append(step)
    with pytest.raises(Exception) as info:
        service.complete(chat, [ChatMessage("user", "hello")])
    assert info.value.code == code
    assert info.value.fields["provider"] == "Local chat"
    assert service.sent_log()[0].outcome == code


def test_wrong_key_is_bad_key(assist):
    service, chat, _ = assist
    service.set_key(chat, "sk-wrong-key-000000")
    with pytest.raises(Exception) as info:
        service.test_connection(chat)
    assert info.value.code == "assist_bad_key"


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_retries_then_succeeds(assist, fake_server, status):
    service, chat, _ = assist
    fake_server.script.extend([("status", status, {"Retry-After": "0"}), ("status", status)])
    done = service.complete(chat, [ChatMessage("user", "Text:\nhello")])
    assert done.text == "REWRITTEN hello"
    assert len(fake_server.seen) == 3


@pytest.mark.parametrize(("status", "code"), [(429, "assist_rate_limited"), (503, "assist_server_error")])
def test_gives_up_after_the_last_attempt(assist, fake_server, status, code):
    service, chat, _ = assist
    fake_server.script.extend([("status", status, {"Retry-After": "0"})] * 3)
    with pytest.raises(Exception) as info:
        service.complete(chat, [ChatMessage("user", "hello")])
    assert info.value.code == code and info.value.fields["status"] == status
    assert len(fake_server.seen) == 3


def test_retry_after_is_honoured_and_capped(assist, fake_server):
    service, chat, _ = assist
    fake_server.script.append(("status", 429, {"Retry-After": "0.25"}))
    started = time.monotonic()
    service.complete(chat, [ChatMessage("user", "hi")])
    assert 0.2 <= time.monotonic() - started < 2
    fake_server.script.append(("status", 429, {"Retry-After": "3600"}))  # capped by the policy (0.3 s here)
    started = time.monotonic()
    service.complete(chat, [ChatMessage("user", "hi")])
    assert time.monotonic() - started < 2


def test_read_timeout(assist, fake_server):
    service, chat, _ = assist
    chat = service.save_provider(dataclasses.replace(chat, read_timeout=0.5))
    fake_server.script.append(("slow", 3))
    started = time.monotonic()
    with pytest.raises(Exception) as info:
        service.complete(chat, [ChatMessage("user", "hi")])
    assert info.value.code == "assist_timeout" and info.value.fields["phase"] == "read"
    assert time.monotonic() - started < 2.5


def _cancelled_after(service, chat, seconds: float) -> float:
    """Ask for a completion and cancel it `seconds` later: it must end as cancelled. Returns when it was asked."""
    cancel = CancelToken()
    threading.Timer(seconds, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Exception) as info:
        service.complete(chat, [ChatMessage("user", "hi")], cancel=cancel)
    assert info.value.code == "assist_cancelled"
    return started


def test_cancel_during_a_slow_answer_returns_at_once(assist, fake_server):
    service, chat, _ = assist
    fake_server.script.append(("slow", 5))
    started = _cancelled_after(service, chat, 0.3)
    assert time.monotonic() - started < 1.5
    assert service.sent_log()[0].outcome == "assist_cancelled"


def test_cancel_during_backoff(assist, fake_server):
    service, chat, _ = assist
    service.client.retry = dataclasses.replace(service.client.retry, max_delay=10)
    fake_server.script.append(("status", 503, {"Retry-After": "10"}))
    started = _cancelled_after(service, chat, 0.3)
    assert time.monotonic() - started < 2
    assert len(fake_server.seen) == 1


def test_refused(assist):
    service, chat, _ = assist
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    closed = service.save_provider(dataclasses.replace(chat, base_url=f"http://127.0.0.1:{port}/v1"))
    with pytest.raises(Exception) as info:
        service.test_connection(closed)
    assert info.value.code == "assist_refused"


def test_offline_or_unknown_name(assist, monkeypatch):
    service, chat, _ = assist
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host == "api.ghostdesk-test.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    remote = service.save_provider(dataclasses.replace(chat, base_url="https://api.ghostdesk-test.invalid/v1"))
    with pytest.raises(Exception) as info:
        service.test_connection(remote)
    assert info.value.code == "assist_offline" and info.value.fields["reason"] == "dns"


def test_plain_http_to_another_machine_is_refused_before_any_traffic(assist, monkeypatch):
    service, chat, _ = assist

    def no_network(*args, **kwargs):
        raise AssertionError("network touched")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    with pytest.raises(Exception) as info:
        service.save_provider(dataclasses.replace(chat, base_url="http://example.com/v1"))
    assert info.value.code == "assist_insecure_url"
    # Even a provider row that somehow holds such an address is refused at call time.
    sneaky = dataclasses.replace(chat, base_url="http://example.com/v1")
    for call in (lambda: service.test_connection(sneaky), lambda: service.complete(sneaky, [ChatMessage("user", "x")])):
        with pytest.raises(Exception) as info:
            call()
        assert info.value.code == "assist_insecure_url"
    for local in ("http://localhost:1/v1", "http://[::1]:1/v1", "https://example.com/v1"):
        service.save_provider(dataclasses.replace(chat, base_url=local))


def test_missing_ca_bundle_is_refused(assist, tmp_path):
    service, chat, _ = assist
    chat = service.save_provider(dataclasses.replace(chat, ca_bundle=str(tmp_path / "none.pem")))
    with pytest.raises(Exception) as info:
        service.test_connection(chat)
    assert info.value.code == "assist_ca_bundle_missing"


def test_connect_timeout(assist):
    """A listener whose accept queue is full never completes the handshake: the connect timeout fires."""
    service, chat, _ = assist
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        waiting = []
        for _ in range(4):
            client = socket.socket()
            client.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                client.connect(("127.0.0.1", port))
            waiting.append(client)
        try:
            slow = service.save_provider(
                dataclasses.replace(chat, base_url=f"http://127.0.0.1:{port}/v1", connect_timeout=0.5)
            )
            started = time.monotonic()
            with pytest.raises(Exception) as info:
                service.test_connection(slow)
            assert info.value.code == "assist_timeout" and info.value.fields["phase"] == "connect"
            assert time.monotonic() - started < 2
        finally:
            for client in waiting:
                client.close()


def test_a_rewrite_cut_at_the_length_limit_is_flagged(assist, fake_server):
    service, chat, _ = assist
    answer = {"choices": [{"message": {"role": "assistant", "content": "We shipped"}, "finish_reason": "length"}]}
    fake_server.script.append(("raw", json.dumps(answer).encode()))
    proposal = service.rewrite_in_voice(chat, "We shipped the grid planner.", "short")
    assert proposal.truncated and proposal.proposed == "We shipped"


def test_a_log_that_cannot_be_written_does_not_lose_the_answer(assist, workspace):
    service, chat, _ = assist
    reader = make_read_only(workspace)
    try:
        done = fakes.make_service(reader, service.secrets).complete(chat, [ChatMessage("user", "Text:\nhi")])
    finally:
        reader.close()
    assert done.text == "REWRITTEN hi"


def make_read_only(workspace):
    from ghostdesk.storage import database

    return database.open_database(workspace.path, read_only=True)
