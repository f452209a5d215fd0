"""UI: what the composition root builds and hands to the window: settings, the open workspace, switches."""

from __future__ import annotations

from typing import Any

from ghostdesk.services import settings as settings_service
from ghostdesk.services.settings import Settings
from ghostdesk.storage.workspace import Workspace
from ghostdesk.ui.crash import CrashHandler
from ghostdesk.ui.i18n import LanguageSwitcher


class AppContext:
    """A plain class, not a dataclass: built once per start-up, where creating a dataclass costs ≈0.5 ms."""

    def __init__(
        self,
        settings: Settings,
        languages: LanguageSwitcher,
        crash: CrashHandler | None = None,
        workspace: Workspace | None = None,
        persist_settings: bool = True,
        assist: Any = None,  # ui.assist_runtime.AssistRuntime: the session's secret store and HTTP client
    ) -> None:
        self.settings = settings
        self.languages = languages
        self.crash = crash
        self.workspace = workspace
        self.persist_settings = persist_settings
        self.assist = assist

    def __repr__(self) -> str:
        return f"AppContext(settings={self.settings!r}, workspace={self.workspace!r})"

    def save_settings(self) -> None:
        if self.persist_settings:
            settings_service.save(self.settings)

    @property
    def actor(self) -> str:
        """Who is acting, for audit entries."""
        return self.settings.user_name or "unknown"
