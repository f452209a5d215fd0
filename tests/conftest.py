"""Test fixtures: every test gets its own GhostDesk home; nothing touches the real one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from pathlib import Path

import pytest

FILES = Path(__file__).parent / "_files"


@pytest.fixture(scope="session", autouse=True)
def session_home(tmp_path_factory) -> Path:
    """A private GHOSTDESK_HOME for session-scoped fixtures too (they run before any test's own home)."""
    home = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in _home_environment(home).items():
            patch.setenv(name, value)
        yield home


def _home_environment(home: Path) -> dict[str, str]:
    return {
        "GHOSTDESK_HOME": str(home),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "XDG_DATA_HOME": str(home / "xdg-data"),
        "XDG_STATE_HOME": str(home / "xdg-state"),
    }


@pytest.fixture(autouse=True)
def ghostdesk_home(tmp_path_factory, monkeypatch) -> Path:
    """A private GHOSTDESK_HOME (data, config, logs) for each test."""
    home = tmp_path_factory.mktemp("home")
    for name, value in _home_environment(home).items():
        monkeypatch.setenv(name, value)
    return home


@pytest.fixture
def workspace(tmp_path):
    """A fresh, empty, open workspace; closed after the test."""
    from ghostdesk.services import workspaces

    ws = workspaces.create(tmp_path / "test.ghostdesk", name="Test workspace")
    yield ws
    ws.close()


@pytest.fixture
def files() -> Path:
    return FILES
