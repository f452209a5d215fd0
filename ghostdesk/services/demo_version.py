"""Services: which demo is current, and opening the ready demo — without loading the code that builds one.

`ghostdesk --demo` only needs to compare a version string; the builder (services/demo.py and its populators)
is imported only when the demo is missing or outdated.
"""

from __future__ import annotations

from pathlib import Path

from ghostdesk.storage import meta_repo
from ghostdesk.storage.workspace import Workspace

from . import workspaces

# Bump when any populator changes, so `ghostdesk --demo` rebuilds an outdated demo.
DEMO_VERSION = "6-results"


def is_current(workspace: Workspace) -> bool:
    return meta_repo.get(workspace.db, "demo_version") == DEMO_VERSION


def open_or_build(path: Path) -> Workspace:
    """The ready demo: reuse it when current, rebuild it when missing or made by an older demo."""
    path = workspaces.with_suffix(path)
    if path.exists():
        workspace = workspaces.open_workspace(path)
        if is_current(workspace):
            return workspace
        workspace.close()
    from ghostdesk.services import demo  # the builder, only when one is needed

    return demo.build(path, replace=True)
