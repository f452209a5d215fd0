"""UI: the writing assistants' session objects — one secret store and one HTTP client — wired at start-up.

The composition root calls `install(context)`: it registers the crash-report redactor and the logging
filter for every key the store sees. Nothing heavy loads here (keyring and requests load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ghostdesk.services.secrets import SecretStore, install_log_filter
from ghostdesk.storage.connection import Database
from ghostdesk.ui import crash

if TYPE_CHECKING:
    from ghostdesk.services.assist import AssistService, HttpClient


class AssistRuntime:
    """UI: what the assistant dialogs and actions share for the whole session. (A plain class: start-up makes
    one, and creating a dataclass costs ≈0.5 ms there.)"""

    def __init__(self, secrets: SecretStore | None = None, _client: HttpClient | None = None) -> None:
        self.secrets = SecretStore() if secrets is None else secrets
        self._client = _client

    @property
    def client(self) -> HttpClient:
        # The HTTP side loads on first use: most sessions never call an assistant.
        if self._client is None:
            from ghostdesk.services.assist import HttpClient

            self._client = HttpClient()
        return self._client

    def service(self, db: Database) -> AssistService:
        """A service over `db` — the GUI thread's connection, or a worker's own."""
        from ghostdesk.services.assist import AssistService

        return AssistService(db, self.secrets, self.client)


def install(context, runtime: AssistRuntime | None = None) -> AssistRuntime:
    runtime = runtime or AssistRuntime()
    crash.add_redactor(runtime.secrets.redact)
    install_log_filter(runtime.secrets)
    context.assist = runtime
    return runtime


def runtime_for(context) -> AssistRuntime:
    """The session's runtime (built on first use when the composition root did not install one)."""
    runtime = getattr(context, "assist", None)
    return runtime if runtime is not None else install(context)
