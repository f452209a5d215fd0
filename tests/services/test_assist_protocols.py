"""Services: the pure parts of the provider protocols — glossary protection, Retry-After, backoff, URLs."""

from __future__ import annotations

import pytest

from ghostdesk.domain.assist import AssistBadUrl, AssistInsecureUrl, check_url, is_local_url, preview
from ghostdesk.services.assist.http import RetryPolicy, parse_retry_after
from ghostdesk.services.assist.providers import protect, unprotect


def test_protect_wraps_whole_terms_and_escapes_xml():
    text = "Lumenvale <3 GridOS & Lumenvales; lumenvale"
    wrapped = protect(text, ["Lumenvale", "GridOS"])
    assert wrapped == "<gd-keep>Lumenvale</gd-keep> &lt;3 <gd-keep>GridOS</gd-keep> &amp; Lumenvales; lumenvale"
    assert unprotect(wrapped) == text
    assert protect("a < b", []) == "a &lt; b"


def test_longer_terms_win():
    assert protect("Lumenvale Grid", ["Lumenvale", "Lumenvale Grid"]) == "<gd-keep>Lumenvale Grid</gd-keep>"


def test_retry_after_seconds_and_dates():
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_backoff_is_exponential_and_capped():
    policy = RetryPolicy(attempts=5, base_delay=0.5, max_delay=3)
    assert [policy.delay(n, None) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 3]
    assert policy.delay(1, 120) == 3 and policy.delay(1, 0.2) == 0.2


@pytest.mark.parametrize("url", ["https://api.openai.com/v1", "http://localhost:11434/v1", "http://127.0.0.1:1234"])
def test_allowed_addresses(url):
    assert check_url(url) == url


@pytest.mark.parametrize("url", ["http://api.example.com/v1", "http://192.168.1.20:11434/v1", "http://[::2]/"])
def test_plain_http_elsewhere_is_refused(url):
    with pytest.raises(AssistInsecureUrl):
        check_url(url)


@pytest.mark.parametrize("url", ["", "api.example.com", "ftp://example.com", "https://", "https://x:99999999/"])
def test_malformed_addresses(url):
    with pytest.raises(AssistBadUrl):
        check_url(url)


def test_local_and_preview():
    assert is_local_url("http://[::1]:8080/v1") and not is_local_url("https://api.deepl.com")
    assert preview("a\n b   c") == "a b c"
    assert len(preview("x" * 500)) == 60
