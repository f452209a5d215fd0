"""Services: where GhostDesk keeps its files (platformdirs), overridable with GHOSTDESK_HOME."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "GhostDesk"


def home_override() -> Path | None:
    value = os.environ.get("GHOSTDESK_HOME", "").strip()
    return Path(value).expanduser() if value else None


def _dirs():
    import platformdirs

    return platformdirs.PlatformDirs(APP_DIR_NAME, appauthor=False)


def data_dir() -> Path:
    override = home_override()
    return override / "data" if override else Path(_dirs().user_data_dir)


def config_dir() -> Path:
    override = home_override()
    return override / "config" if override else Path(_dirs().user_config_dir)


def log_dir() -> Path:
    override = home_override()
    return override / "logs" if override else Path(_dirs().user_log_dir)


def state_dir() -> Path:
    override = home_override()
    return override / "state" if override else Path(_dirs().user_state_dir)


def clean_close_stamps() -> Path:
    """Fingerprints of the workspaces we closed cleanly (storage/clean_close.py)."""
    return state_dir() / "clean-closes.json"


def default_workspace() -> Path:
    return data_dir() / "workspace.ghostdesk"


def demo_workspace() -> Path:
    return data_dir() / "demo" / "demo.ghostdesk"


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
