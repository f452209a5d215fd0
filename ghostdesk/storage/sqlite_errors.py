"""Storage: SQLite's and the OS's failures, said in GhostDesk's terms (one place for every layer above)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ghostdesk.domain.errors import (
    StorageFull,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceNotFound,
    WorkspaceReadOnly,
)


def translate_error(exc: sqlite3.Error, path: Path) -> WorkspaceError:
    """Map SQLite's failures to ours, so every layer above speaks one language."""
    text = str(exc).lower()
    if "disk is full" in text:
        return StorageFull(f"The disk holding {path} is full", path=str(path))
    if "disk i/o" in text:
        # Not only a full disk: a failing disk, or a network drive that went away.
        return StorageFull(f"The disk holding {path} is full or cannot be written right now", path=str(path), why="io")
    if "readonly" in text or "read-only" in text:
        return WorkspaceReadOnly(f"{path} cannot be written", path=str(path))
    if "unable to open" in text:
        return WorkspaceNotFound(f"{path} cannot be opened", path=str(path))
    if "not a database" in text or "malformed" in text:
        # SQLite's own words ("database disk image is malformed") stay in `problems`, out of the sentence.
        return WorkspaceCorrupt(f"{path} is damaged", path=str(path), problems=[str(exc)])
    if "locked" in text or "busy" in text:
        return WorkspaceError(
            f"{path} is busy: another program is writing to it. Try again in a moment", path=str(path), why="busy"
        )
    return WorkspaceError(f"{path} could not be used ({exc})", path=str(path))


def translate_os_error(exc: OSError, path: Path) -> WorkspaceError:
    if exc.errno == errno.ENOSPC:
        return StorageFull(f"The disk holding {path} is full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WorkspaceReadOnly(f"{path} cannot be written", path=str(path))
    return WorkspaceError(f"{path}: {exc.strerror or exc}", path=str(path))
