"""Domain: writing assistants — provider settings, what they return, and each way a call can fail."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ghostdesk.domain.errors import GhostDeskError, ValidationError

KIND_CHAT = "openai_chat"
KIND_DEEPL = "deepl"
KINDS = (KIND_CHAT, KIND_DEEPL)
DEEPL_PLANS = ("free", "pro")
DEEPL_URLS = {"free": "https://api-free.deepl.com", "pro": "https://api.deepl.com"}
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
PREVIEW_CHARS = 60
MAX_NAME = 60


@dataclass(frozen=True, slots=True)
class Provider:
    """Non-secret settings of one assistant service; its API key lives in the keyring, never here."""

    id: str
    name: str
    kind: str
    base_url: str = ""
    model: str = ""
    deepl_plan: str = "free"
    connect_timeout: float = 5.0
    read_timeout: float = 60.0
    ca_bundle: str = ""
    consent: bool = False
    consent_at: str = ""
    glossary: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    @property
    def endpoint(self) -> str:
        """The base URL calls go to (DeepL's depends on the plan unless a URL is set, e.g. a test server)."""
        if self.kind == KIND_DEEPL and not self.base_url:
            return DEEPL_URLS.get(self.deepl_plan, DEEPL_URLS["free"])
        return self.base_url.rstrip("/")

    @property
    def secret_name(self) -> str:
        """The keyring entry (user name under the `ghostdesk` service) holding this provider's key."""
        return f"assist:{self.id}"

    @property
    def needs_key(self) -> bool:
        """DeepL always does; a chat server on this machine (Ollama, LM Studio) usually does not."""
        return self.kind == KIND_DEEPL or not is_local_url(self.endpoint)


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True, slots=True)
class Completion:
    text: str
    model: str = ""
    finish_reason: str = ""


@dataclass(frozen=True, slots=True)
class Translation:
    text: str
    detected_source: str = ""


@dataclass(frozen=True, slots=True)
class Proposal:
    """A suggested text. Nothing changes until the caller accepts it."""

    action: str
    original: str
    proposed: str
    provider: str
    truncated: bool = False  # the service stopped at its length limit


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    provider: str
    ok: bool
    endpoint: str
    detail: str = ""  # e.g. the model that answered, or DeepL's characters used
    elapsed_ms: int = 0


@dataclass(frozen=True, slots=True)
class SentLogEntry:
    """One call, as the user may review it: what was sent where and when, and how it ended. No secrets."""

    id: str
    at: str
    provider: str
    kind: str
    host: str
    action: str
    chars_sent: int
    preview: str
    outcome: str  # "ok" or an error code
    elapsed_ms: int = 0


# -- rules --------------------------------------------------------------------------------------------


def is_local_url(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return host in LOCAL_HOSTS


def check_url(url: str) -> str:
    """Only https, except for this machine. Raised before any network traffic."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 — raises ValueError on a malformed port
    except ValueError as exc:
        raise AssistBadUrl(f"Not a valid address: {url}", url=url) from exc
    if parts.scheme not in ("http", "https") or not host:
        raise AssistBadUrl(f"Not a valid address: {url}", url=url)
    if parts.scheme == "http" and host not in LOCAL_HOSTS:
        raise AssistInsecureUrl(f"Only https is allowed for {host}", url=url, host=host)
    return url.strip()


def clean_provider_name(name: str) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise ValidationError("A provider name is required", field="name")
    if len(text) > MAX_NAME or any(ord(c) < 32 for c in text):
        raise ValidationError(f"A provider name has 1–{MAX_NAME} printable characters", field="name")
    return text


def clean_glossary(terms) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for term in terms or ():
        text = " ".join(str(term).split())
        if text and text.lower() not in {t.lower() for t in seen}:
            seen[text] = None
    return tuple(seen)


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- errors -------------------------------------------------------------------------------------------


class AssistError(GhostDeskError):
    code = "assist"


class AssistBadUrl(AssistError):
    code = "assist_bad_url"


class AssistInsecureUrl(AssistError):
    """A plain-http address for another machine: refused before connecting."""

    code = "assist_insecure_url"


class AssistNoConsent(AssistError):
    """The user has not agreed that drafts may be sent to this service."""

    code = "assist_no_consent"


class AssistNoKey(AssistError):
    code = "assist_no_key"


class AssistNoKeyring(AssistError):
    """A key cannot be kept beyond this process: there is no usable OS keyring (e.g. the command line on a
    headless machine)."""

    code = "assist_no_keyring"


class AssistCaBundleMissing(AssistError):
    code = "assist_ca_bundle_missing"


class AssistCancelled(AssistError):
    code = "assist_cancelled"


class AssistOffline(AssistError):
    """No network, or the name does not resolve (DNS)."""

    code = "assist_offline"


class AssistRefused(AssistError):
    """The machine answered but nothing listens on that port."""

    code = "assist_refused"


class AssistTimeout(AssistError):
    code = "assist_timeout"


class AssistTlsError(AssistError):
    code = "assist_tls"


class AssistBadKey(AssistError):
    """401: the key is wrong, revoked or missing."""

    code = "assist_bad_key"


class AssistForbidden(AssistError):
    code = "assist_forbidden"


class AssistNotFound(AssistError):
    """404: wrong model name or base URL."""

    code = "assist_not_found"


class AssistRateLimited(AssistError):
    code = "assist_rate_limited"


class AssistQuotaExceeded(AssistError):
    """DeepL's 456: the plan's characters are used up."""

    code = "assist_quota"


class AssistServerError(AssistError):
    code = "assist_server_error"


class AssistHttpError(AssistError):
    """Any other refusal (400 …), with its status."""

    code = "assist_http"


class AssistBadResponse(AssistError):
    """The answer was not the JSON expected: malformed, truncated, or missing its fields."""

    code = "assist_bad_response"


class AssistContentFiltered(AssistError):
    code = "assist_content_filtered"
