"""Test helpers: a real HTTP server on 127.0.0.1 speaking the minimal chat-completions and DeepL APIs,
with scripted failures, and an in-memory keyring backend."""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import keyring.backend

MODEL = "gd-model"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process only (tests never touch the real one)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakeServer

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    # -- plumbing -------------------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, headers: dict | None = None, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def _json(self, status: int, data, headers: dict | None = None) -> None:
        self._send(status, json.dumps(data).encode(), headers)

    def _serve(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = {}
        auth = self.headers.get("Authorization", "")
        self.server.seen.append({"method": method, "path": self.path, "auth": auth, "body": body})
        step = self.server.script.popleft() if self.server.script else None
        if step is not None and self._scripted(step, auth):
            return
        if self.server.key and auth.split(" ", 1)[-1] != self.server.key:
            self._json(401, {"error": {"message": "Incorrect API key provided", "code": "invalid_api_key"}})
            return
        routes = {
            ("GET", "/v1/models"): self._models,
            ("POST", "/v1/chat/completions"): self._chat,
            ("GET", "/v2/usage"): self._usage,
            ("POST", "/v2/translate"): self._translate,
        }
        handler = routes.get((method, self.path))
        if handler is None:
            self._json(404, {"error": {"message": f"No route {self.path}"}})
            return
        handler(body)

    def _scripted(self, step: tuple, auth: str) -> bool:
        """Play one scripted behaviour; False lets the normal route answer afterwards."""
        kind = step[0]
        if kind == "status":
            _, status, headers = (*step, {})[:3]
            self._json(status, {"error": {"message": f"scripted {status}"}}, headers)
        elif kind == "slow":
            deadline = time.monotonic() + step[1]
            while time.monotonic() < deadline and not self.server.stopping:
                time.sleep(0.02)
            return False
        elif kind == "raw":
            self._send(200, step[1])
        elif kind == "truncate":
            self._send(200, b'{"choices": [{"message": {"content": "cut', length=400)
            self.close_connection = True
        elif kind == "filter":
            self._json(
                200,
                {"choices": [{"message": {"role": "assistant", "content": None}, "finish_reason": "content_filter"}]},
            )
        elif kind == "filter400":
            self._json(400, {"error": {"message": "The prompt was filtered", "code": "content_filter"}})
        elif kind == "echo_auth":
            # A careless server that repeats the key back: it must still never reach any file.
            self._json(step[1], {"error": {"message": f"bad header {auth}"}})
        else:
            raise AssertionError(kind)
        return True

    # -- the providers' API ---------------------------------------------------------------------------
    def _models(self, body) -> None:
        self._json(200, {"object": "list", "data": [{"id": MODEL, "object": "model"}]})

    def _chat(self, body) -> None:
        if body.get("model") != MODEL:
            self._json(404, {"error": {"message": f"The model {body.get('model')} does not exist"}})
            return
        last = body["messages"][-1]["content"]
        text = "REWRITTEN " + last.rsplit("Text:\n", 1)[-1]
        self._json(
            200,
            {
                "id": "chatcmpl-1",
                "model": MODEL,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            },
        )

    def _usage(self, body) -> None:
        self._json(200, {"character_count": 42, "character_limit": 500000})

    def _translate(self, body) -> None:
        ignored = body.get("ignore_tags") or []
        out = []
        for text in body["text"]:
            parts = re.split(r"(<(\S+?)>.*?</\2>)", text) if ignored else [text]
            translated = []
            skip = False
            for part in parts:
                if skip:  # the tag name captured by the inner group
                    skip = False
                    continue
                if part.startswith("<") and any(part.startswith(f"<{t}>") for t in ignored):
                    translated.append(part)
                    skip = True
                else:
                    translated.append(part.upper())
            out.append({"detected_source_language": "EN", "text": "".join(translated)})
        self._json(200, {"translations": out})


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, key: str = "") -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.key = key
        self.script: deque[tuple] = deque()
        self.seen: list[dict] = []
        self.stopping = False
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> FakeServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping = True
        self.shutdown()
        self.server_close()


# -- fixtures (import them into a test module by name) -------------------------------------------------
import pytest  # noqa: E402

KEY = "sk-test-0123456789abcdef"


@pytest.fixture
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def fake_server():
    server = FakeServer(key=KEY).start()
    yield server
    server.stop()


def make_service(db, secrets=None, attempts: int = 3):
    from ghostdesk.services.assist import AssistService, HttpClient, RetryPolicy
    from ghostdesk.services.secrets import SecretStore

    client = HttpClient(RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.3))
    return AssistService(db, secrets or SecretStore(), client)


def add_providers(service, server, *, consent: bool = True, key: str = KEY):
    """A chat provider and a DeepL provider pointed at the fake server, keys stored."""
    from ghostdesk.domain.assist import KIND_CHAT, KIND_DEEPL, Provider

    chat = service.save_provider(
        Provider(
            id="",
            name="Local chat",
            kind=KIND_CHAT,
            base_url=server.url + "/v1",
            model=MODEL,
            consent=consent,
            read_timeout=2,
            connect_timeout=1,
        )
    )
    deepl = service.save_provider(
        Provider(
            id="",
            name="DeepL",
            kind=KIND_DEEPL,
            base_url=server.url,
            consent=consent,
            glossary=("Lumenvale",),
            read_timeout=2,
            connect_timeout=1,
        )
    )
    service.set_key(chat, key)
    service.set_key(deepl, key)
    return chat, deepl


@pytest.fixture
def assist(workspace, memory_keyring, fake_server):
    service = make_service(workspace.db)
    chat, deepl = add_providers(service, fake_server)
    yield service, chat, deepl
    service.client.close()
