"""Storage: stamps of our own clean closes, so an unchanged workspace opens without reading it whole.

Opening validates a workspace with `PRAGMA quick_check` before anything is written to it; that reads every page
(about 0.8 s for a 300 MB file). When we closed the file cleanly ourselves — the last connection gone, no
-journal and no non-empty -wal left beside it — we note its fingerprint in a small JSON file in the app's state folder, keyed by
the file's resolved path. At the next open, a file whose fingerprint still matches is the very file we left:
nobody has written to it since, so the check it passed (chained back to the last full check) still holds.

The fingerprint is what any write changes: size, mtime_ns, ctime_ns (which user-space tools cannot set back),
inode and device, and the 100-byte SQLite header (file change counter, page count, schema cookie).
A stamp is consumed when the workspace is opened for writing, so a crash never leaves a valid one behind;
a file with a journal or a non-empty WAL beside it never matches. A stamp also carries the time of the full
check it chains back to, and stops vouching after TRUST_DAYS, so every workspace is read whole at least that
often. Not on Windows, where st_ctime is the creation time and tools can set the modification time back.
What this cannot see is in docs/faults.md.

Two GhostDesk processes may close (or open) workspaces at the same moment: each read-modify-write of the stamps
file holds an OS lock on a lock file beside it (`<stamps>.lock`, kept), and the new text replaces the old in one
rename, so no process ever reads a half-written file or loses another's note or, worse, brings back a stamp
another process consumed.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ghostdesk.storage.lock import try_lock_fd, unlock_fd

STAMP_VERSION = 2
KEEP = 64  # stamps kept (most recent closes); an evicted workspace is simply fully checked again
HEADER_BYTES = 100
TRUST_DAYS = 7  # a stamp chains back to a full check at most this old
TRUSTED_HERE = os.name != "nt"
LOCK_WAIT_S = 5.0  # another process holds the stamps' lock only for one small read-modify-write


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def fingerprint(path: Path) -> dict | None:
    """What any write to `path` changes; None when the file cannot be read."""
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(HEADER_BYTES)
            info = os.fstat(handle.fileno())
    except OSError:
        return None
    return {
        "v": STAMP_VERSION,
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "ctime_ns": info.st_ctime_ns,
        "ino": info.st_ino,
        "dev": info.st_dev,
        "header": header.hex(),
    }


def has_sidecars(path: Path) -> bool:
    """A journal or a non-empty WAL beside the file: a session did not end cleanly, or one is open right now.

    An empty WAL holds no transaction (a read-only connection leaves one behind), so the file is all there is."""
    if Path(f"{path}-journal").exists():
        return True
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _load(stamps: Path) -> dict[str, dict]:
    try:
        data = json.loads(Path(stamps).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(stamps: Path, data: dict[str, dict]) -> None:
    """Replace the stamps file in one rename (call while holding `_locked`)."""
    stamps = Path(stamps)
    with contextlib.suppress(OSError):
        temp = stamps.with_name(f".{stamps.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(data), encoding="utf-8")
        temp.replace(stamps)


def lock_path_for(stamps: Path) -> Path:
    return Path(stamps).with_name(Path(stamps).name + ".lock")


@contextlib.contextmanager
def _locked(stamps: Path, wait: float | None = None) -> Iterator[bool]:
    """Hold the stamps' cross-process lock for one read-modify-write; yields False when it could not be had
    (the folder cannot hold a lock file, or another process kept it for `wait` seconds)."""
    wait = LOCK_WAIT_S if wait is None else wait
    try:
        Path(stamps).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path_for(stamps), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + wait
        try:
            while not (held := try_lock_fd(fd)) and time.monotonic() < deadline:
                time.sleep(0.005)
        except OSError:  # the folder cannot lock at all: waiting would only freeze the close
            held = False
        try:
            yield held
        finally:
            if held:
                unlock_fd(fd)
    finally:
        os.close(fd)


def trusted_since(stamps: Path | None, path: Path) -> float | None:
    """When `path` is exactly as we left it at our last clean close, the time (epoch seconds) of the full
    check that stamp chains back to — if it is recent enough to go on trusting; otherwise None."""
    if stamps is None or not TRUSTED_HERE or has_sidecars(path):
        return None
    recorded = _load(stamps).get(_key(path))
    if not isinstance(recorded, dict):
        return None
    checked = recorded.get("checked")
    fingerprint_now = fingerprint(path)
    if not isinstance(checked, int | float) or fingerprint_now is None:
        return None
    if {k: v for k, v in recorded.items() if k != "checked"} != fingerprint_now:
        return None
    return float(checked) if 0 <= time.time() - checked < TRUST_DAYS * 86400 else None


def matches(stamps: Path | None, path: Path) -> bool:
    """True when `path` is exactly as we left it at our last clean close (so its full check may be skipped)."""
    return trusted_since(stamps, path) is not None


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode): which file is at `path`, so a file swapped in while we had it open is never stamped."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def record(
    stamps: Path | None, path: Path, *, checked: float | None = None, opened: tuple[int, int] | None = None
) -> bool:
    """Note `path` as cleanly closed by us. Call only after the last connection closed. True when noted.

    `checked` is when the file was last checked in full (now, by default); `opened` is the `identity` of the file
    we opened: when another file stands at `path` now (a sync tool renamed one over it), nothing is noted."""
    if stamps is None or has_sidecars(path):
        return False
    found = fingerprint(path)
    if found is None:
        return False
    if opened is not None and (found["dev"], found["ino"]) != opened:
        forget(stamps, path)
        return False
    with _locked(stamps) as held:
        if not held:
            return False  # not noted: the next open checks the file in full, which is always safe
        data = _load(stamps)
        data.pop(_key(path), None)
        data[_key(path)] = {**found, "checked": time.time() if checked is None else checked}  # newest last
        for old in list(data)[:-KEEP]:
            del data[old]
        _save(stamps, data)
    return True


def forget(stamps: Path | None, path: Path) -> None:
    """Drop the stamp of `path` before anything is written to it."""
    if stamps is None:
        return
    if _key(path) not in _load(stamps):
        return  # nothing to consume: no lock, no write (a stamp is only ever added by a clean close of this file)
    with _locked(stamps):
        # Without the lock (a stuck holder) the note is still dropped: a stale stamp must never outlive this.
        data = _load(stamps)
        if data.pop(_key(path), None) is not None:
            _save(stamps, data)
