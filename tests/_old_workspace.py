"""Test helper: a workspace made by an older release — only the migrations before a given one applied."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ghostdesk.services import workspaces
from ghostdesk.storage import database
from ghostdesk.storage.migrations import MIGRATIONS
from ghostdesk.storage.workspace import Workspace


@contextlib.contextmanager
def workspace_before(path: Path, migration: str, monkeypatch) -> Iterator[Workspace]:
    """The workspace at `path` as a release before `migration` made it, open for the test to fill; once it is
    closed, every migration is registered again and `migration` is pending on the file."""
    every = list(MIGRATIONS.migrations)
    monkeypatch.setattr(MIGRATIONS, "migrations", [m for m in every if m.name < migration])
    with workspaces.create(path, name="old") as ws:
        yield ws
    monkeypatch.setattr(MIGRATIONS, "migrations", every)
    assert migration in database.inspect_file(path).pending
