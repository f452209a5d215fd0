"""Services: create, open, check, back up and restore workspaces."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ghostdesk import __version__
from ghostdesk.domain.clock import utc_now_iso
from ghostdesk.domain.errors import GhostDeskError, ValidationError, WorkspaceCorrupt
from ghostdesk.services import locations
from ghostdesk.storage import backups, database, meta_repo
from ghostdesk.storage.backups import BackupInfo
from ghostdesk.storage.connection import Database
from ghostdesk.storage.workspace import Workspace, open_workspace_file

if TYPE_CHECKING:
    from ghostdesk.services.workspace_report import CheckReport

SUFFIX = database.WORKSPACE_SUFFIX


def __getattr__(name: str) -> Any:
    # The check's report is made on first use (services/workspace_report.py): the GUI start-up opens a workspace
    # without checking it that way, and each dataclass costs ≈1 ms to create.
    if name == "CheckReport":
        from ghostdesk.services.workspace_report import CheckReport

        return CheckReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def with_suffix(path: Path) -> Path:
    path = Path(path).expanduser()
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def create(path: Path, name: str = "") -> Workspace:
    """A new, empty workspace. Refuses to overwrite anything."""
    path = with_suffix(path)
    clean = (name or path.stem).strip()
    if not clean or len(clean) > 200 or any(ord(c) < 32 for c in clean):
        raise ValidationError("A workspace name needs 1–200 printable characters", field="name")
    db = database.create_database(path)
    try:
        meta_repo.put(db, "name", clean)
        meta_repo.put(db, "created_at", utc_now_iso())
        meta_repo.put(db, "created_by_version", __version__)
    finally:
        db.close()
    return open_workspace_file(path, stamps=locations.clean_close_stamps())


def open_workspace(
    path: Path, *, read_only: bool = False, keep_backups: int = 10, auto_backup_hours: int = 12
) -> Workspace:
    """Open for use. A workspace unchanged since our own clean close skips the full page check (see
    storage/clean_close.py); `check` below always runs it."""
    stamps = locations.clean_close_stamps()
    workspace = open_workspace_file(Path(path), read_only=read_only, keep_backups=keep_backups, stamps=stamps)
    if not workspace.read_only:
        try:
            backup_if_due(workspace, keep_backups, auto_backup_hours)
        except GhostDeskError:
            if not workspace.fully_checked:
                # The copy checks itself; where it failed on a file the stamp vouched for, check the file in
                # full after all (a damaged one is refused here, with the newest good backup offered).
                workspace.db.damaged = True
                workspace.close()
                workspace = open_workspace_file(Path(path), read_only=read_only, keep_backups=keep_backups,
                                                stamps=stamps)  # fmt: skip
                with contextlib.suppress(GhostDeskError):
                    backup_if_due(workspace, keep_backups, auto_backup_hours)
            # A failed safety copy must not lock the user out of their work; the status bar shows backup state.
    return workspace


def backup_if_due(workspace: Workspace, keep: int = 10, hours: int = 12) -> BackupInfo | None:
    newest = last_backup(workspace.path)
    if newest and datetime.now(UTC) - newest.taken_at < timedelta(hours=hours):
        return None
    return backups.make_backup(workspace.db, workspace.path, reason="auto", keep=keep)


def last_backup(path: Path) -> BackupInfo | None:
    found = backups.list_backups(Path(path))
    return found[0] if found else None


def workspace_name(workspace: Workspace) -> str:
    return meta_repo.get(workspace.db, "name", workspace.path.stem)


def check(path: Path) -> CheckReport:
    """Integrity and schema report; never changes the file, and leaves no -wal/-shm files beside it.

    A damaged file raises WorkspaceCorrupt carrying the newest good backup, so callers can offer it.
    """
    path = Path(path)
    try:
        state = database.inspect_file(path)
    except WorkspaceCorrupt as exc:
        offer_backup(exc, path)
        raise
    with _reading(path) as db:
        problems = database.integrity_problems(db)
        name = meta_repo.get(db, "name", path.stem)
    found = backups.list_backups(path)
    from ghostdesk.services.workspace_report import CheckReport

    return CheckReport(
        path=str(path),
        ok=not problems,
        schema_version=state.version,
        latest_schema_version=state.latest,
        pending_migrations=list(state.pending),
        problems=problems,
        size_bytes=path.stat().st_size,
        name=name,
        backups=len(found),
        newest_backup=str(found[0].path) if found else "",
    )


def offer_backup(exc: GhostDeskError, path: Path) -> Path | None:
    """Name the newest good backup of a damaged workspace in the error (`newest_good_backup`, "" when none)."""
    good = backups.newest_good_backup(Path(path))
    exc.fields["newest_good_backup"] = str(good.path) if good else ""
    return good.path if good else None


def backup(path: Path, to: Path | None = None, keep: int = 10) -> BackupInfo:
    """On-demand backup of a workspace file, open elsewhere or not (a read-only snapshot)."""
    path = Path(path)
    database.inspect_file(path)
    with _reading(path) as db:
        return backups.make_backup(db, path, reason="manual", keep=keep, to=to)


def _in_wal_mode(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(18)
            return handle.read(2) == b"\x02\x02"
    except OSError:
        return False


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[Database]:
    """A connection that only reads, for `check` and `backup` on a file that may be open elsewhere.

    Where the file and its folder are writable it is an ordinary connection made query-only, so that when it
    closes as the last one SQLite itself removes the -wal and -shm files (a read-only connection cannot, and
    would leave them beside the workspace); SQLite keeps them while another connection still uses them."""
    # Only a WAL-mode file (header bytes 18–19) stays as it is under an ordinary connection; a backup copy is
    # in rollback mode, and opening it that way would switch it to WAL.
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK) and _in_wal_mode(path)
    db = database.open_database(path, read_only=not writable)
    try:
        if writable:
            db.execute("PRAGMA query_only = ON")
        yield db
    finally:
        db.close()


def restore(backup_file: Path, to: Path) -> Path:
    return backups.restore(Path(backup_file), with_suffix(Path(to)))


def is_missing(workspace: Workspace) -> bool:
    """True when the file was moved or its folder removed while open (the connection still holds the data)."""
    return not workspace.path.exists()


def save_copy(workspace: Workspace, target: Path) -> Path:
    return backups.save_copy(workspace.db, with_suffix(Path(target)))
