"""Fixtures for the Results UI tests on the demo workspace (built once per run, copied per test)."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    from ghostdesk.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.ghostdesk"
    demo.build(path).close()
    return path


@pytest.fixture
def workspace(demo_file, tmp_path):
    """The demo workspace (a fresh copy per test): overrides the empty one, main_window included."""
    from ghostdesk.services import workspaces

    copy = tmp_path / "demo.ghostdesk"
    shutil.copy(demo_file, copy)
    ws = workspaces.open_workspace(copy)
    yield ws
    ws.close()
