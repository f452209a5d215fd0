"""Services: the secret store over the keyring, its session-only fallback, and redaction."""

from __future__ import annotations

import io
import logging

import _assist_fakes as fakes
from keyring.errors import KeyringError

from ghostdesk.services.secrets import REDACTED, SERVICE, SecretStore, install_log_filter

memory_keyring, no_keyring = fakes.memory_keyring, fakes.no_keyring
SECRET = "sk-live-abcdef0123456789"


def test_keys_go_to_the_keyring_under_the_ghostdesk_service(memory_keyring):
    store = SecretStore()
    assert store.set("assist:1", SECRET) == "keyring"
    assert memory_keyring.store == {(SERVICE, "assist:1"): SECRET}
    assert store.storage == "keyring" and not store.session_only and not store.take_notice()
    # A new session (another store) reads it back from the keyring.
    assert SecretStore().get("assist:1") == SECRET
    store.delete("assist:1")
    assert memory_keyring.store == {} and store.get("assist:1") is None
    store.delete("assist:1")  # deleting twice is harmless


def test_without_a_keyring_keys_live_for_the_session_only(no_keyring):
    store = SecretStore()
    assert store.set("assist:1", SECRET) == "session"
    assert store.get("assist:1") == SECRET and store.has("assist:1")
    assert store.session_only and store.storage == "session"
    assert store.take_notice() is True
    assert store.take_notice() is False  # said once
    assert SecretStore().get("assist:1") is None  # the next session starts without it


class BrokenKeyring(fakes.MemoryKeyring):
    """A backend that looks usable but fails when used (a locked or absent Secret Service)."""

    def get_password(self, service, username):
        raise KeyringError("locked")

    def set_password(self, service, username, password):
        raise KeyringError("locked")


def test_a_failing_keyring_falls_back_to_the_session():
    store = SecretStore(BrokenKeyring())
    assert store.set("assist:1", SECRET) == "session"
    assert store.get("assist:1") == SECRET
    assert store.take_notice() is True


def test_empty_value_forgets_the_key(memory_keyring):
    store = SecretStore()
    store.set("assist:1", SECRET)
    store.set("assist:1", "  ")
    assert store.get("assist:1") is None


def test_redact_removes_every_known_key(memory_keyring):
    store = SecretStore()
    store.set("a", SECRET)
    assert store.redact(f"Authorization: Bearer {SECRET}!") == f"Authorization: Bearer {REDACTED}!"
    assert store.redact("nothing here") == "nothing here"
    # Keys read back from the keyring in a later session are known too.
    later = SecretStore()
    later.get("a")
    assert SECRET not in later.redact(SECRET)


def test_log_filter_keeps_keys_out_of_messages_arguments_and_tracebacks(memory_keyring):
    store = SecretStore()
    store.set("a", SECRET)
    logger = logging.getLogger("ghostdesk.test_secrets")
    logger.propagate = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger.addHandler(handler)
    try:
        install_log_filter(store, logger)
        logger.warning("header %s", f"Bearer {SECRET}")
        logger.warning(f"inline {SECRET}")
        try:
            raise RuntimeError(f"failed with {SECRET}")
        except RuntimeError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert SECRET not in text
    assert text.count(REDACTED) == 3
    assert "RuntimeError" in text
