"""Test fixtures: every test gets its own GhostDesk home; nothing touches the real one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from pathlib import Path

import pytest

FILES = Path(__file__).parent / "_files"


@pytest.fixture(autouse=True)
def ghostdesk_home(tmp_path_factory, monkeypatch) -> Path:
    """A private GHOSTDESK_HOME (data, config, logs) for each test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GHOSTDESK_HOME", str(home))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
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
