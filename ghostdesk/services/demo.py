"""Services: the demo workspace — a fictional company whose data each feature adds to.

Each feature adds its populator `fn(workspace, rng)` to POPULATORS (as "module:function"); they run in order inside one
build, with a seeded random generator so the demo is the same on every machine.
"""

from __future__ import annotations

import contextlib
import importlib
import random
from collections.abc import Callable
from pathlib import Path

from ghostdesk.domain.errors import WorkspaceExists
from ghostdesk.storage import meta_repo
from ghostdesk.storage.workspace import Workspace

from . import workspaces
from .demo_version import DEMO_VERSION, is_current, open_or_build

__all__ = ["COMPANY", "DEMO_SEED", "DEMO_VERSION", "POPULATORS", "build", "is_current", "open_or_build", "populators"]

# DEMO_VERSION lives in demo_version.py (bump it there when any populator changes), so opening the ready demo
# never imports this module; the names stay importable from here.
DEMO_SEED = 20261130

COMPANY = {
    "company": "Lumenvale",
    "company_tagline": "Software that keeps regional power grids in balance",
    "company_markets": "US,FR,DE,JP,CN",
}

Populator = Callable[[Workspace, random.Random], None]


def _company(workspace: Workspace, rng: random.Random) -> None:
    for key, value in COMPANY.items():
        meta_repo.put(workspace.db, key, value)


# "module:function", in order. Named rather than imported, so opening a ready demo never loads the code that
# fills one (it imports half the services).
POPULATORS: list[str] = [
    "ghostdesk.services.demo:_company",
    "ghostdesk.services.demo_voices:populate",
    "ghostdesk.services.demo_posts:populate",
    "ghostdesk.services.demo_variants:populate",
    "ghostdesk.services.demo_ambassadors:populate",
    "ghostdesk.services.demo_campaigns:populate",
    "ghostdesk.services.demo_results:populate",
]


def populators() -> list[Populator]:
    found = []
    for entry in POPULATORS:
        module, _, name = entry.partition(":")
        found.append(getattr(importlib.import_module(module), name))
    return found


def build(path: Path, *, replace: bool = False) -> Workspace:
    """Create the demo workspace at `path` (a new file, or a rebuild with `replace`)."""
    return build_staged(path, "Lumenvale (demo)", fill, replace=replace)


def fill(workspace: Workspace) -> None:
    """The demo's content, written into an empty workspace."""
    rng = random.Random(DEMO_SEED)
    for populate in populators():
        populate(workspace, rng)
    meta_repo.put(workspace.db, "demo_version", DEMO_VERSION)


def build_staged(path: Path, name: str, write: Callable[[Workspace], None], *, replace: bool = False) -> Workspace:
    """Create a workspace named `name` at `path` (a new file, or a rebuild with `replace`), written by `write` under a
    staging name and renamed into place when complete: a build that fails or is cut short leaves no half a demo."""
    path = workspaces.with_suffix(path)
    if path.exists() and not replace:
        raise WorkspaceExists(f"{path} already exists", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.stem}.building{path.suffix}")
    for leftover in (staging, Path(f"{staging}.lock"), Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    workspace = workspaces.create(staging, name=name)
    workspace.stamps = None  # a staging file, renamed when built: its clean close is not worth noting
    try:
        write(workspace)
        workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        workspace.close()
    if replace:
        for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(OSError):
                sidecar.unlink()
    staging.replace(path)
    return workspaces.open_workspace(path)
