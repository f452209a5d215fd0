"""Storage: consistent copies through the SQLite backup API, a rolling set, and restore into a new file."""

from __future__ import annotations

import contextlib
import errno
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ghostdesk.domain.errors import (
    BackupError,
    GhostDeskError,
    WorkspaceExists,
    WorkspaceNotFound,
    WorkspaceReadOnly,
)
from ghostdesk.storage import database
from ghostdesk.storage.connection import Database
from ghostdesk.storage.sqlite_errors import translate_error, translate_os_error

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z-]+)\.ghostdesk$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file beside a workspace: whose, when, why, how large."""

    path: Path
    workspace_stem: str
    taken_at: datetime
    reason: str
    size: int


def backup_folder(workspace: Path) -> Path:
    return workspace.parent / BACKUP_FOLDER


def _taken_at(stamp: str) -> datetime:
    """Parses _STAMP ("20261130T053257123456Z") without strptime, whose first call imports _strptime."""
    d, t = stamp[:8], stamp[9:21]
    return datetime(
        int(d[:4]), int(d[4:6]), int(d[6:8]), int(t[:2]), int(t[2:4]), int(t[4:6]), int(t[6:12]), tzinfo=UTC
    )


def describe(path: Path) -> tuple[datetime, str] | None:
    """When a backup file was taken and why ("auto", "manual", "pre-migration"), read from its name."""
    match = _NAME.match(Path(path).name)
    return (_taken_at(match["stamp"]), match["reason"]) if match else None


def list_backups(workspace: Path) -> list[BackupInfo]:
    """This workspace's backups, newest first."""
    folder = backup_folder(workspace)
    if not folder.is_dir():
        return []
    found = []
    for candidate in folder.iterdir():
        match = _NAME.match(candidate.name)
        if not match or match["stem"] != workspace.stem:
            continue
        taken = _taken_at(match["stamp"])
        found.append(BackupInfo(candidate, match["stem"], taken, match["reason"], candidate.stat().st_size))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent snapshot of `source` to `target`, atomically (temp file, then replace)."""
    temp = target.with_name(f".{target.name}.partial")
    try:
        temp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(temp))
        try:
            source.backup(dest)
            # A copy is a standalone file: no WAL sidecar to carry around.
            dest.execute("PRAGMA journal_mode = DELETE")
            check = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if check != "ok":
            raise BackupError(f"The copy failed its integrity check: {check}", path=str(target))
        temp.replace(target)
    except sqlite3.Error as exc:
        _discard(temp)
        error = translate_error(exc, target)
        if isinstance(error, WorkspaceNotFound):
            # SQLite could not create the copy: the folder cannot be written (read-only, gone, not a folder),
            # which is not "no workspace there; it may have been moved or deleted".
            error = WorkspaceReadOnly(f"{target} cannot be written", path=str(target))
        raise error from exc
    except OSError as exc:
        _discard(temp)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):  # its folder is gone, or is a file
            raise WorkspaceReadOnly(f"{target} cannot be written", path=str(target)) from exc
        raise translate_os_error(exc, target) from exc
    except BaseException:
        _discard(temp)
        raise


def _discard(temp: Path) -> None:
    """Remove a partial copy; where it cannot even be looked for (its folder is a file, or gone), there is none."""
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def make_backup(
    db: Database, workspace: Path, reason: str = "manual", keep: int = DEFAULT_KEEP, to: Path | None = None
) -> BackupInfo:
    """Back up into the rolling set (or into `to`, a folder, kept outside the rotation)."""
    folder = to if to is not None else backup_folder(workspace)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, folder) from exc
    now = datetime.now(UTC)
    target = folder / f"{workspace.stem}.{now.strftime(_STAMP)}.{reason}.ghostdesk"
    copy_database(db.conn, target)
    if to is None:
        prune(workspace, keep)
    return BackupInfo(target, workspace.stem, now, reason, target.stat().st_size)


def save_copy(db: Database, target: Path) -> Path:
    """'Save a copy': a full, consistent workspace at a path the user chose. Never overwrites."""
    if target.exists():
        raise WorkspaceExists(f"{target} already exists", path=str(target))
    copy_database(db.conn, target)
    return target


def prune(workspace: Path, keep: int) -> list[Path]:
    removed = []
    for info in list_backups(workspace)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def newest_good_backup(workspace: Path) -> BackupInfo | None:
    for info in list_backups(workspace):
        try:
            database.inspect_file(info.path)
        except GhostDeskError:
            continue
        return info
    return None


def restore(backup: Path, target: Path) -> Path:
    """Restore a backup into a new file; never over an existing one (the open workspace included)."""
    if target.exists():
        raise WorkspaceExists(f"{target} already exists; restore into a new file", path=str(target))
    if not backup.exists():
        raise WorkspaceNotFound(f"No backup at {backup}", path=str(backup), what="backup")
    database.inspect_file(backup)
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        copy_database(source, target)
    finally:
        source.close()
    return target
