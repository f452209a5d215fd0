"""Storage: one writer per workspace, through an OS lock on a file beside it.

The OS releases the lock when its holder dies, so a killed GhostDesk never leaves a workspace
locked for ever; the file's text only says who holds it, for the message.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from pathlib import Path

from ghostdesk.domain.clock import utc_now_iso
from ghostdesk.domain.errors import WorkspaceLocked

# An exclusive, non-blocking OS lock on an open file (its first byte on Windows), released by `unlock_fd` or when
# the process dies. The writer lock below and the clean-close stamps (storage/clean_close.py) use it.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock_fd(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def unlock_fd(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    _HELD_ELSEWHERE = {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES}

    def try_lock_fd(fd: int) -> bool:
        """True when locked, False when another process holds the lock; an OSError when the file system cannot
        lock at all (ENOLCK on a network share without a lock daemon …), which waiting would never cure."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno in _HELD_ELSEWHERE:
                return False
            raise

    def unlock_fd(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _host_name() -> str:
    """The machine's name, as socket.gethostname() gives it, without importing socket at every start."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform  # pragma: no cover - Windows

    return platform.node()


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def read_holder(workspace: Path) -> dict:
    try:
        return json.loads(lock_path_for(workspace).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def _flush_in_background(fd: int) -> None:
    """fsync the holder's text on a short-lived thread.

    The OS lock is what keeps a second writer out, and it is held before this; the fsync only makes the text
    (who holds it, for the refusal message) reach the disk, or another machine of a network share, soon. On the
    GUI thread it made every start wait for the disk (1–9 ms here, far more on a slow or network drive).
    The thread uses `fd` itself: closing another descriptor of the file (a copy) would drop a POSIX lock, which is
    how some network file systems carry `flock`. Should `release` close `fd` first, the fsync fails (ignored) or,
    if the number was reused at once, flushes another file: harmless either way."""
    import threading  # already loaded (logging) in every process that opens a workspace

    def flush() -> None:
        with contextlib.suppress(OSError):
            os.fsync(fd)

    threading.Thread(target=flush, name="ghostdesk-lock-fsync", daemon=True).start()


class WorkspaceLock:
    """Holds the writer lock of one workspace until released (or the process ends)."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path_for(workspace)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                locked = try_lock_fd(fd)
            except OSError:  # no locking here: one writer cannot be ensured, so this copy only reads
                locked = False
            if not locked:
                os.close(fd)
                self._refuse()
            if self._still_linked(fd):
                break
            # The previous holder removed the file between our open and our lock: start again.
            unlock_fd(fd)
            os.close(fd)
        else:  # pragma: no cover - only under a storm of competing openers
            self._refuse()
        info = {"pid": os.getpid(), "host": _host_name(), "since": utc_now_iso()}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
        self._fd = fd
        _flush_in_background(fd)

    def _still_linked(self, fd: int) -> bool:
        try:
            return os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except OSError:
            return False

    def _refuse(self) -> None:
        holder = read_holder(self.workspace)
        raise WorkspaceLocked(
            f"{self.workspace} is open in another GhostDesk",
            path=str(self.workspace),
            pid=holder.get("pid"),
            host=holder.get("host", ""),
            since=holder.get("since", ""),
        )

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Unlink before unlocking, so a waiting opener never sees our stale text.
        with contextlib.suppress(OSError):
            self.path.unlink()
        unlock_fd(fd)
        os.close(fd)

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
