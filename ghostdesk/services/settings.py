"""Services: every user preference, declared once with its default, stored as JSON in the config folder."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ghostdesk.services import locations

log = logging.getLogger(__name__)

ROLES = ("ghostwriter", "comms_manager")
LANGUAGES = ("system", "en", "fr")
THEMES = ("system", "light", "dark")
MAX_RECENT = 10


@dataclass
class Settings:
    """The user's preferences, kept in settings.json."""

    user_name: str = ""
    role: str = "ghostwriter"
    language: str = "system"
    theme: str = "system"
    last_workspace: str = ""
    recent_workspaces: list[str] = field(default_factory=list)
    backups_to_keep: int = 10
    auto_backup_hours: int = 12

    def normalised(self) -> Settings:
        """Unknown or out-of-range values fall back to defaults instead of breaking start-up."""
        default = Settings()
        return dataclasses.replace(
            self,
            role=self.role if self.role in ROLES else default.role,
            language=self.language if self.language in LANGUAGES else default.language,
            theme=self.theme if self.theme in THEMES else default.theme,
            recent_workspaces=[str(p) for p in self.recent_workspaces if isinstance(p, str)][:MAX_RECENT],
            backups_to_keep=min(max(int(self.backups_to_keep), 1), 100),
            auto_backup_hours=min(max(int(self.auto_backup_hours), 1), 24 * 30),
        )

    def remember_workspace(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.last_workspace = text
        self.recent_workspaces = [text, *[p for p in self.recent_workspaces if p != text]][:MAX_RECENT]


def settings_path() -> Path:
    return locations.config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    known = {f.name for f in dataclasses.fields(Settings)}
    try:
        return Settings(**{k: v for k, v in raw.items() if k in known}).normalised()
    except (TypeError, ValueError) as exc:
        log.warning("Settings file %s has bad values (%s); using defaults", path, exc)
        return Settings()


def save(settings: Settings, path: Path | None = None) -> None:
    """Atomic write: a crash mid-save keeps the previous file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dataclasses.asdict(settings.normalised()), indent=2, ensure_ascii=False)
    fd, temp = tempfile.mkstemp(prefix=".settings.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
