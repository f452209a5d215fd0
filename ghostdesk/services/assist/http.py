"""Services: the one HTTP client of the writing assistants — timeouts, retries, TLS, https-only, cancel.

`requests` is imported when the first call is made. Each attempt runs on a short-lived helper thread so the
caller can be cancelled at once (the abandoned attempt ends by its own read timeout); between attempts the
backoff wait is interruptible too.
"""

from __future__ import annotations

import email.utils
import json
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ghostdesk.domain.assist import (
    AssistBadKey,
    AssistBadResponse,
    AssistCaBundleMissing,
    AssistCancelled,
    AssistError,
    AssistForbidden,
    AssistHttpError,
    AssistNotFound,
    AssistOffline,
    AssistQuotaExceeded,
    AssistRateLimited,
    AssistRefused,
    AssistServerError,
    AssistTimeout,
    AssistTlsError,
    check_url,
)

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "GhostDesk (writing assistants)"


class CancelToken:
    """Services: set by the user's Cancel; checked between attempts and while waiting."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when cancelled meanwhile."""
        return self._event.wait(max(seconds, 0))

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise AssistCancelled("Cancelled by the user")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3  # in all, the first one included
    base_delay: float = 0.5
    max_delay: float = 8.0  # the cap of each wait, Retry-After included

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        return min(self.base_delay * (2 ** (attempt - 1)), self.max_delay)


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    json_body: Any = None
    form: Any = None
    connect_timeout: float = 5.0
    read_timeout: float = 60.0
    ca_bundle: str = ""


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    headers: dict[str, str]
    attempts: int = 1

    def json(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise AssistBadResponse("The answer is not valid JSON", reason="malformed", status=self.status) from exc


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.fromtimestamp(now if now is not None else time.time(), UTC)
    return max((when - current).total_seconds(), 0.0)


class HttpClient:
    """Services: one `requests.Session` for every provider call, shared by worker threads."""

    def __init__(self, retry: RetryPolicy | None = None) -> None:
        self.retry = retry or RetryPolicy()
        self._session = None
        self._lock = threading.Lock()

    @property
    def session(self):
        with self._lock:
            if self._session is None:
                import requests

                session = requests.Session()
                session.headers["User-Agent"] = USER_AGENT
                self._session = session
            return self._session

    def close(self) -> None:
        with self._lock:
            if self._session is not None:
                self._session.close()
                self._session = None

    # -- one call, with its retries ----------------------------------------------------------------
    def send(self, request: Request, cancel: CancelToken | None = None) -> Response:
        """Send with retries on 429/5xx; a non-2xx final answer raises its own AssistError."""
        check_url(request.url)  # before any traffic
        verify = _verify(request.ca_bundle)
        cancel = cancel or CancelToken()
        attempt = 0
        while True:
            attempt += 1
            cancel.raise_if_cancelled()
            response = self._attempt(request, verify, cancel)
            if response.status in RETRY_STATUSES and attempt < self.retry.attempts:
                wait = self.retry.delay(attempt, parse_retry_after(response.headers.get("retry-after")))
                log.info("HTTP %s from %s; retry %d in %.1f s", response.status, _host(request.url), attempt, wait)
                if cancel.wait(wait):
                    raise AssistCancelled("Cancelled by the user")
                continue
            response = Response(response.status, response.body, response.headers, attempts=attempt)
            if 200 <= response.status < 300:
                return response
            raise status_error(response, request.url)

    def _attempt(self, request: Request, verify: bool | str, cancel: CancelToken) -> Response:
        box: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["response"] = self._perform(request, verify)
            except BaseException as exc:
                box["error"] = exc
            finally:
                done.set()

        worker = threading.Thread(target=run, name="ghostdesk-http", daemon=True)
        worker.start()
        while not done.wait(0.05):
            if cancel.cancelled:
                # The attempt finishes (or times out) on its own; its result is dropped.
                raise AssistCancelled("Cancelled by the user")
        if "error" in box:
            raise box["error"]
        return box["response"]

    def _perform(self, request: Request, verify: bool | str) -> Response:
        import requests

        try:
            reply = self.session.request(
                request.method,
                request.url,
                headers=request.headers,
                json=request.json_body,
                data=request.form,
                timeout=(request.connect_timeout, request.read_timeout),
                verify=verify,
                allow_redirects=False,
            )
            body = reply.content
        except requests.exceptions.SSLError as exc:
            raise AssistTlsError("The server's certificate could not be verified", host=_host(request.url)) from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise AssistTimeout(
                "The server did not accept the connection in time", phase="connect", host=_host(request.url)
            ) from exc
        except requests.exceptions.ReadTimeout as exc:
            raise AssistTimeout("The server did not answer in time", phase="read", host=_host(request.url)) from exc
        except requests.exceptions.ChunkedEncodingError as exc:
            raise AssistBadResponse("The answer was cut off", reason="truncated") from exc
        except requests.exceptions.ConnectionError as exc:
            raise connection_error(exc, request.url) from exc
        except requests.exceptions.RequestException as exc:
            raise AssistError(f"The request failed: {type(exc).__name__}", host=_host(request.url)) from exc
        return Response(reply.status_code, body, {k.lower(): v for k, v in reply.headers.items()})


def _verify(ca_bundle: str) -> bool | str:
    """TLS verification is always on; a custom CA bundle may replace the default roots."""
    if not ca_bundle:
        return True
    if not Path(ca_bundle).is_file():
        raise AssistCaBundleMissing(f"No CA bundle at {ca_bundle}", path=ca_bundle)
    return ca_bundle


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (args, urllib3's `reason`, causes)."""
    found: list[BaseException] = []
    todo: list[Any] = [exc]
    while todo and len(found) < 30:
        item = todo.pop()
        if not isinstance(item, BaseException) or any(item is f for f in found):
            continue
        found.append(item)
        todo.extend([getattr(item, "reason", None), item.__cause__, item.__context__, *item.args])
    return found


def connection_error(exc: BaseException, url: str) -> AssistError:
    """Tell 'nothing listens there' from 'cannot reach or resolve it', from what the socket said."""
    host = _host(url)
    chain = _chain(exc)
    text = " ".join(str(e) for e in chain).lower()
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return AssistRefused(f"{host} refused the connection", host=host)
    if any(isinstance(e, socket.gaierror) for e in chain) or "resolve" in text or "name or service" in text:
        return AssistOffline(f"{host} could not be found (offline, or a wrong address)", host=host, reason="dns")
    if any(isinstance(e, ConnectionResetError) for e in chain) or "aborted" in text or "disconnected" in text:
        return AssistBadResponse(f"{host} closed the connection without a full answer", reason="truncated")
    return AssistOffline(f"{host} cannot be reached", host=host, reason="network")


def status_error(response: Response, url: str) -> AssistError:
    host = _host(url)
    status = response.status
    message, code = _server_said(response)
    fields = {"status": status, "host": host, "server_message": message, "server_code": code}
    if status == 401:
        return AssistBadKey("The service refused the API key", **fields)
    if status == 403:
        return AssistForbidden("The service refused access", **fields)
    if status == 404:
        return AssistNotFound("Wrong model or address", **fields)
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return AssistRateLimited("Too many requests", retry_after=retry_after, **fields)
    if status == 456:
        return AssistQuotaExceeded("The plan's quota is used up", **fields)
    if status >= 500:
        return AssistServerError(f"The service failed (HTTP {status})", **fields)
    return AssistHttpError(f"The service refused the request (HTTP {status})", **fields)


def _server_said(response: Response) -> tuple[str, str]:
    """The provider's own short explanation and error code, when its error body has them (capped)."""
    try:
        data = json.loads(response.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    error = data.get("error")
    message, code = "", ""
    if isinstance(error, dict):
        message = str(error.get("message") or "")
        code = str(error.get("code") or error.get("type") or "")
    elif isinstance(error, str):
        message = error
    message = message or str(data.get("message") or "")
    return message[:300], code[:60]
