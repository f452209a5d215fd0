"""Services: API keys in the OS keyring (service `ghostdesk`); for this session only when there is none.

Keys are never written anywhere else: not SQLite, settings, logs, backups, exports or crash reports. Every
value this store has seen is remembered (in memory) so `redact()` and `SecretLogFilter` can remove it from
any text that might leave the process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

SERVICE = "ghostdesk"
REDACTED = "[redacted]"
MIN_REDACT_LENGTH = 6  # shorter "keys" would blank ordinary words out of reports


class SecretStore:
    """Services: one place for secrets. `session_only` is True when the keyring is unusable (headless Linux …)."""

    def __init__(self, keyring_backend=None) -> None:
        self._backend = keyring_backend  # None: keyring's own choice, resolved on first use
        self._resolved = False
        self._session: dict[str, str] = {}
        self._seen: set[str] = set()
        self._lock = threading.RLock()
        self.session_only = False
        self._notice_pending = False

    # -- the keyring, loaded on first use -------------------------------------------------------------
    def _keyring(self):
        """The usable backend, or None (and session-only mode) when there is none."""
        with self._lock:
            if self._resolved:
                return None if self.session_only else self._backend
            self._resolved = True
            try:
                import keyring
                from keyring.backends import fail

                backend = self._backend or keyring.get_keyring()
                if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
                    self._fall_back("no keyring backend")
                    return None
                self._backend = backend
                return backend
            except Exception as exc:  # any import/initialisation failure of a backend
                self._fall_back(type(exc).__name__)
                return None

    def _fall_back(self, reason: str) -> None:
        if not self.session_only:
            self.session_only = True
            self._notice_pending = True
            # The reason is a class or backend name, never a value.
            log.warning("No usable keyring (%s): API keys are kept for this session only", reason)

    def take_notice(self) -> bool:
        """True once after the store fell back to session-only keys, so the UI says so a single time."""
        self._keyring()
        with self._lock:
            pending, self._notice_pending = self._notice_pending, False
            return pending

    @property
    def storage(self) -> str:
        """'keyring' or 'session'."""
        self._keyring()
        return "session" if self.session_only else "keyring"

    # -- reading and writing --------------------------------------------------------------------------
    def get(self, name: str) -> str | None:
        backend = self._keyring()
        with self._lock:
            if name in self._session:
                return self._session[name]
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, name)
        except Exception as exc:
            self._fall_back(type(exc).__name__)
            return None
        if value:
            self._remember(value)
        return value or None

    def set(self, name: str, value: str) -> str:
        """Store a key; returns where it went ('keyring' or 'session')."""
        value = (value or "").strip()
        if not value:
            self.delete(name)
            return self.storage
        self._remember(value)
        backend = self._keyring()
        if backend is not None:
            try:
                backend.set_password(SERVICE, name, value)
                with self._lock:
                    self._session.pop(name, None)
                return "keyring"
            except Exception as exc:
                self._fall_back(type(exc).__name__)
        with self._lock:
            self._session[name] = value
        return "session"

    def hold_for_session(self, name: str, value: str) -> None:
        """Keep a key in memory for this process only, whatever the keyring (e.g. `--key-stdin`)."""
        value = (value or "").strip()
        self._remember(value)
        with self._lock:
            self._session[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._session.pop(name, None)
        backend = self._keyring()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, name)
        except Exception:  # not there, or the keyring went away: nothing stored either way
            log.debug("No keyring entry to delete for %s", name)

    def has(self, name: str) -> bool:
        return bool(self.get(name))

    # -- keeping keys out of text ---------------------------------------------------------------------
    def _remember(self, value: str) -> None:
        if len(value) >= MIN_REDACT_LENGTH:
            with self._lock:
                self._seen.add(value)

    def redact(self, text: str) -> str:
        with self._lock:
            values = sorted(self._seen, key=len, reverse=True)
        for value in values:
            if value in text:
                text = text.replace(value, REDACTED)
        return text

    def redactor(self) -> Callable[[str], str]:
        return self.redact


class SecretLogFilter(logging.Filter):
    """Services: a logging filter that removes known keys from messages, arguments and tracebacks."""

    def __init__(self, redact: Callable[[str], str]) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw text
            message = str(record.msg)
        clean = self._redact(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redact(record.stack_info)
        return True


def install_log_filter(store: SecretStore, logger: logging.Logger | None = None) -> SecretLogFilter:
    """Keep `store`'s keys out of the log: the filter goes on every handler `logger` (root by default) has now,
    and every record made from now on is cleaned as it is created, so handlers added later are covered too."""
    logger = logger or logging.getLogger()
    flt = SecretLogFilter(store.redact)
    for handler in logger.handlers:
        if not any(isinstance(f, SecretLogFilter) and f._redact == flt._redact for f in handler.filters):
            handler.addFilter(flt)
    previous = logging.getLogRecordFactory()
    if getattr(previous, "_ghostdesk_redact", None) != store.redact:

        def make_record(*args, **kwargs) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            flt.filter(record)
            return record

        make_record._ghostdesk_redact = store.redact  # type: ignore[attr-defined]
        logging.setLogRecordFactory(make_record)
    return flt
