"""Storage: a workspace opened for use — its file, connection, lock and schema state."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from ghostdesk.domain.errors import WorkspaceLocked, WorkspaceReadOnly
from ghostdesk.storage import backups, clean_close, database
from ghostdesk.storage.connection import Database
from ghostdesk.storage.lock import WorkspaceLock


class Workspace:
    """One open workspace. The thread that opened it owns `db`; workers open their own connection.

    A plain class (it was a mutable dataclass): every start-up opens one, and creating the dataclass cost ≈1 ms
    at import. Compared by identity: two handles on one file are two handles."""

    def __init__(
        self,
        path: Path,
        db: Database,
        read_only: bool,
        lock: WorkspaceLock | None = None,
        migrated: list[str] | None = None,
        read_only_reason: str = "",
        stamps: Path | None = None,  # where our clean close is noted (storage/clean_close.py); None: never noted
        fully_checked: bool = True,  # False when opening trusted the stamp of our last clean close
        checked_at: float | None = None,  # when the file was last checked in full (epoch seconds)
        identity: tuple[int, int] | None = None,  # (device, inode) of the file we opened
    ) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.lock = lock
        self.migrated = [] if migrated is None else migrated
        self.read_only_reason = read_only_reason
        self.stamps = stamps
        self.fully_checked = fully_checked
        self.checked_at = checked_at
        self.identity = identity

    def __repr__(self) -> str:
        return f"Workspace(path={self.path!r}, read_only={self.read_only!r})"

    @property
    def name(self) -> str:
        return self.path.stem

    def connect_worker(self) -> Database:
        """A separate connection for a background thread or process."""
        return database.open_database(self.path, read_only=self.read_only)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if not self.read_only:
                self.db.execute("PRAGMA optimize")
        closed = False
        with contextlib.suppress(Exception):
            self.db.close()
            closed = True
        if closed and self.lock is not None and not self.read_only:
            # Still holding the writer lock: nobody else can have written since our last change. The stamp is
            # only noted when SQLite removed its WAL (no other connection left open), for the file we opened,
            # and never after SQLite reported damage.
            with contextlib.suppress(Exception):
                if self.db.damaged:
                    clean_close.forget(self.stamps, self.path)
                else:
                    clean_close.record(self.stamps, self.path, checked=self.checked_at, opened=self.identity)
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace_file(
    path: Path, *, read_only: bool = False, keep_backups: int = 10, stamps: Path | None = None
) -> Workspace:
    """Validate, lock, back up if a migration is due, migrate, and open.

    The file is not written before validation passes; a failure anywhere leaves it as it was. With `stamps`
    (a file in the app's state folder), a workspace unchanged since our own clean close skips the page check,
    and closing it cleanly notes it again (storage/clean_close.py).
    """
    path = Path(path)
    checked_at = clean_close.trusted_since(stamps, path)
    trusted = checked_at is not None
    state = database.inspect_file(path, check_pages=not trusted)
    checked_at = checked_at if trusted else time.time()
    opened = clean_close.identity(path)
    lock = None
    reason = ""
    if not read_only:
        lock = WorkspaceLock(path)
        try:
            lock.acquire()
        except WorkspaceLocked:
            raise
        except OSError:
            # A read-only folder cannot hold a lock file; the workspace can still be read.
            lock, read_only, reason = None, True, "folder_read_only"
    if not read_only and not _writable(path):
        lock.release()
        lock, read_only, reason = None, True, "file_read_only"
    if read_only and state.pending:
        # Reading an older workspace without migrating would show a schema the code does not know.
        raise WorkspaceReadOnly(
            f"{path} needs an upgrade and can only be opened for writing", path=str(path), pending=list(state.pending)
        )
    try:
        if not read_only:
            # Before the first write: a crash from here on must leave no stamp that vouches for the file.
            clean_close.forget(stamps, path)
        db = database.open_database(path, read_only=read_only)
        migrated: list[str] = []
        if state.pending:
            backups.make_backup(db, path, reason="pre-migration", keep=keep_backups)
            migrated = database.migrate(db)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Workspace(
        path=path,
        db=db,
        read_only=read_only,
        lock=lock,
        migrated=migrated,
        read_only_reason=reason,
        stamps=stamps,
        fully_checked=not trusted,
        checked_at=checked_at,
        identity=opened,
    )


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
