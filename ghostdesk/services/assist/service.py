"""Services: the writing assistants' API the actions call — complete, translate, rewrite, test a connection.

Before any call: the provider's consent ("drafts may be sent to this service") and address rules are
checked; after it, one line goes to the local log (provider, action, characters sent, a short preview,
outcome; never a key). Errors leave here with every known key removed from their text.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import urlsplit

from ghostdesk.domain.assist import (
    KIND_CHAT,
    KIND_DEEPL,
    AssistError,
    AssistNoConsent,
    AssistNoKey,
    ChatMessage,
    Completion,
    ConnectionReport,
    Proposal,
    Provider,
    SentLogEntry,
    Translation,
    check_url,
    clean_glossary,
    preview,
)
from ghostdesk.domain.errors import GhostDeskError, NotFound, ValidationError
from ghostdesk.services.assist import providers as protocols
from ghostdesk.services.assist.http import CancelToken, HttpClient
from ghostdesk.services.secrets import SecretStore
from ghostdesk.storage import assist_repo
from ghostdesk.storage.connection import Database

log = logging.getLogger(__name__)
T = TypeVar("T")

REWRITE_SYSTEM = (
    "You help a ghostwriter. Rewrite the user's text in the voice described. Keep its meaning, facts, names, "
    "numbers and links; do not add claims. Answer with the rewritten text only."
)


class AssistService:
    """Services: one workspace's assistants. Build one per thread (it holds that thread's connection)."""

    def __init__(self, db: Database, secrets: SecretStore, client: HttpClient) -> None:
        self.db = db
        self.secrets = secrets
        self.client = client

    # -- providers ----------------------------------------------------------------------------------
    def providers(self) -> list[Provider]:
        return assist_repo.list_all(self.db)

    def provider(self, name_or_id: str) -> Provider:
        found = assist_repo.find(self.db, name_or_id) or assist_repo.find_by_name(self.db, name_or_id)
        if found is None:
            raise NotFound(f"No assistant provider named {name_or_id}", entity="assist_provider", name=name_or_id)
        return found

    def save_provider(self, provider: Provider) -> Provider:
        if provider.base_url:
            check_url(provider.base_url)
        if provider.kind == KIND_CHAT and not provider.base_url:
            raise ValidationError("A chat service needs its base URL", field="base_url")
        if provider.kind == KIND_CHAT and not provider.model.strip():
            raise ValidationError("A chat service needs a model name", field="model")
        return assist_repo.save(self.db, provider)

    def delete_provider(self, provider: Provider) -> None:
        assist_repo.delete(self.db, provider.id)
        self.secrets.delete(provider.secret_name)

    def set_consent(self, provider: Provider, consent: bool) -> Provider:
        return assist_repo.save(self.db, dataclasses.replace(provider, consent=consent))

    # -- keys ---------------------------------------------------------------------------------------
    def set_key(self, provider: Provider, key: str) -> str:
        """Store (or, when empty, forget) the provider's key; returns 'keyring' or 'session'."""
        return self.secrets.set(provider.secret_name, key)

    def has_key(self, provider: Provider) -> bool:
        return self.secrets.has(provider.secret_name)

    def _key(self, provider: Provider) -> str | None:
        key = self.secrets.get(provider.secret_name)
        if not key and provider.needs_key:
            raise AssistNoKey(f"No API key for {provider.name}", provider=provider.name)
        return key

    # -- the calls ----------------------------------------------------------------------------------
    def complete(
        self,
        provider: Provider,
        messages: Sequence[ChatMessage],
        *,
        action: str = "complete",
        temperature: float | None = None,
        shown: str | None = None,
        cancel: CancelToken | None = None,
    ) -> Completion:
        """Chat completion. `shown` is the user's own text for the log's preview (default: the last message)."""
        self._require(provider, KIND_CHAT)
        sent = "\n".join(m.content for m in messages)
        key = self._key(provider)
        return self._call(
            provider,
            action,
            sent,
            lambda: protocols.chat(self.client, provider, key, messages, temperature=temperature, cancel=cancel),
            shown=messages[-1].content if shown is None and messages else shown or "",
        )

    def translate(
        self,
        provider: Provider,
        text: str,
        target_lang: str,
        glossary: Sequence[str] = (),
        *,
        source_lang: str | None = None,
        action: str = "translate",
        cancel: CancelToken | None = None,
    ) -> Translation:
        """Translate with the provider's never-translate terms plus `glossary` kept as written."""
        self._require(provider, KIND_DEEPL)
        if not text.strip():
            raise ValidationError("Nothing to translate", field="text")
        terms = clean_glossary([*provider.glossary, *glossary])
        key = self._key(provider)
        return self._call(
            provider,
            action,
            text,
            lambda: protocols.translate(
                self.client, provider, key, text, target_lang, glossary=terms, source_lang=source_lang, cancel=cancel
            ),
        )

    def propose(
        self,
        provider: Provider,
        action: str,
        original: str,
        messages: Sequence[ChatMessage],
        *,
        cancel: CancelToken | None = None,
    ) -> Proposal:
        """Any chat-made suggestion for `original`; the caller shows it and applies it only on acceptance."""
        done = self.complete(provider, messages, action=action, shown=original, cancel=cancel)
        return Proposal(
            action=action,
            original=original,
            proposed=done.text,
            provider=provider.name,
            truncated=done.finish_reason == "length",
        )

    def rewrite_in_voice(
        self, provider: Provider, text: str, instructions: str, *, cancel: CancelToken | None = None
    ) -> Proposal:
        if not text.strip():
            raise ValidationError("Select some text to rewrite", field="text")
        messages = [
            ChatMessage("system", REWRITE_SYSTEM),
            ChatMessage("user", f"Voice:\n{instructions.strip() or 'unchanged'}\n\nText:\n{text}"),
        ]
        return self.propose(provider, "rewrite", text, messages, cancel=cancel)

    def test_connection(self, provider: Provider, *, cancel: CancelToken | None = None) -> ConnectionReport:
        """Reach the service with the stored key; sends no draft, so it needs no consent."""
        check_url(provider.endpoint)
        key = self._key(provider)
        started = time.monotonic()
        check = protocols.check_deepl if provider.kind == KIND_DEEPL else protocols.check_chat
        detail = self._call(provider, "test", "", lambda: check(self.client, provider, key, cancel))
        return ConnectionReport(
            provider=provider.name,
            ok=True,
            endpoint=provider.endpoint,
            detail=detail,
            elapsed_ms=int((time.monotonic() - started) * 1000),
        )

    def sent_log(self, limit: int = 500) -> list[SentLogEntry]:
        return assist_repo.recent_calls(self.db, limit)

    # -- the rules around every call ----------------------------------------------------------------
    def _require(self, provider: Provider, kind: str) -> None:
        if provider.kind != kind:
            raise ValidationError(f"{provider.name} cannot do that", field="provider", provider=provider.name)
        check_url(provider.endpoint)
        if not provider.consent:
            raise AssistNoConsent(f"Drafts may not be sent to {provider.name}", provider=provider.name)

    def _call(self, provider: Provider, action: str, sent: str, fn: Callable[[], T], *, shown: str | None = None) -> T:
        started = time.monotonic()
        outcome = "ok"
        try:
            return fn()
        except GhostDeskError as exc:
            outcome = exc.code
            raise self._clean(exc, provider) from None
        except Exception:
            outcome = "failed"
            raise
        finally:
            elapsed = int((time.monotonic() - started) * 1000)
            self._log(provider, action, len(sent), sent if shown is None else shown, outcome, elapsed)

    def _clean(self, exc: GhostDeskError, provider: Provider) -> GhostDeskError:
        """The same error with every known key removed from its message and fields."""
        redact = self.secrets.redact
        fields = {k: redact(v) if isinstance(v, str) else v for k, v in exc.fields.items()}
        if isinstance(exc, AssistError):
            fields["provider"] = provider.name
        return type(exc)(redact(exc.message), **fields)

    def _log(self, provider: Provider, action: str, chars: int, shown: str, outcome: str, elapsed_ms: int) -> None:
        entry = SentLogEntry(
            id="",
            at="",
            provider=provider.name,
            kind=provider.kind,
            host=urlsplit(provider.endpoint).hostname or "",
            action=action,
            chars_sent=chars,
            preview=preview(self.secrets.redact(shown)),
            outcome=outcome,
            elapsed_ms=elapsed_ms,
        )
        try:
            assist_repo.log_call(self.db, entry, provider.id)
        except GhostDeskError as exc:  # e.g. a read-only workspace: the call itself still stands
            log.warning("Could not record the assistant call in the log: %s", exc)
