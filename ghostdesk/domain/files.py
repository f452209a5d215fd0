"""Domain: a file GhostDesk writes for the user (an export, a kit, a review package) could not be written.

Each error keeps the code the interface already has words for: a full disk says so, a read-only or vanished
folder says the file cannot be written. Writers write to a temporary file and rename it, so a failure never
leaves half a file, and an older file of the same name stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from ghostdesk.domain.errors import GhostDeskError, StorageFull, WorkspaceReadOnly


class TargetFull(StorageFull):
    """The disk that should hold an exported file is full (code: storage_full)."""


class TargetNotWritable(WorkspaceReadOnly):
    """The folder of an exported file is read-only, gone, or refuses the file (code: workspace_read_only).

    `why` is read_only, missing or other."""


def write_error(exc: OSError, path: Path | str) -> GhostDeskError:
    path = str(path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return TargetFull(f"The disk holding {path} is full", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "read_only"
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
        why = "missing"
    else:
        why = "other"
    return TargetNotWritable(f"{path} cannot be written: {exc.strerror or exc}", path=path, why=why)


@contextlib.contextmanager
def writing(path: Path | str) -> Iterator[None]:
    """Turn the OS's failures while writing `path` into our errors."""
    try:
        yield
    except OSError as exc:
        raise write_error(exc, path) from exc
