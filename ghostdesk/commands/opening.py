"""CLI: opening the workspace a command names — read-only when the command only reads."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ghostdesk.domain.errors import WorkspaceReadOnly
from ghostdesk.services import workspaces
from ghostdesk.storage.workspace import Workspace


@contextlib.contextmanager
def open_workspace(path: Path, *, write: bool = False) -> Iterator[Workspace]:
    """The workspace at `path` (suffix added), closed afterwards. A command that only reads opens it read-only,
    so it works beside the app; an older workspace is opened for writing, since it must be upgraded first."""
    path = workspaces.with_suffix(path)
    if write:
        ws = workspaces.open_workspace(path)
    else:
        try:
            ws = workspaces.open_workspace(path, read_only=True)
        except WorkspaceReadOnly:
            ws = workspaces.open_workspace(path)
    with ws:
        yield ws
