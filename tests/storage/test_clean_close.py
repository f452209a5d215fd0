"""Storage: a workspace unchanged since our own clean close opens without the full page check; anything else
(a crash, another program's write, a WAL left beside it, a file touched behind our back) is fully checked."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from ghostdesk.domain.errors import WorkspaceCorrupt, WorkspaceLocked
from ghostdesk.services import locations, workspaces
from ghostdesk.storage import clean_close, database


@pytest.fixture
def checks(monkeypatch):
    """Counts `PRAGMA quick_check` statements run while validating files."""
    seen: list[str] = []
    original = database._connect

    def connect(path, *, read_only):
        conn = original(path, read_only=read_only)
        conn.set_trace_callback(lambda sql: seen.append(sql) if "quick_check" in sql else None)
        return conn

    monkeypatch.setattr(database, "_connect", connect)
    return seen


@pytest.fixture
def closed(tmp_path):
    """A workspace with some rows, closed cleanly by us."""
    ws = workspaces.create(tmp_path / "w.ghostdesk", name="W")
    ws.db.execute("CREATE TABLE filler (x TEXT)")
    with ws.db.atomic():
        ws.db.executemany("INSERT INTO filler VALUES (?)", [("x" * 500 + str(i),) for i in range(300)])
    path = ws.path
    ws.close()
    return path


def test_a_clean_closed_unchanged_workspace_opens_without_the_page_check(closed, checks):
    ws = workspaces.open_workspace(closed)
    try:
        assert checks == []
        assert not ws.fully_checked
        assert ws.db.execute("SELECT COUNT(*) FROM filler").fetchone()[0] == 300
    finally:
        ws.close()
    # Closed cleanly again: the next open trusts it again.
    again = workspaces.open_workspace(closed)
    again.close()
    assert checks == []


def test_a_clean_close_notes_the_file_and_opening_for_writing_consumes_the_note(closed):
    stamps = locations.clean_close_stamps()
    assert clean_close.matches(stamps, closed)
    ws = workspaces.open_workspace(closed)
    try:
        # A crash from now on must not leave a note that vouches for a file being written.
        assert not clean_close.matches(stamps, closed)
    finally:
        ws.close()
    assert clean_close.matches(stamps, closed)


def test_a_write_by_another_program_means_a_full_check(closed, checks):
    with sqlite3.connect(closed) as other:
        other.execute("INSERT INTO filler VALUES ('from elsewhere')")
    other.close()
    ws = workspaces.open_workspace(closed)
    ws.close()
    assert checks == ["PRAGMA quick_check"]


def test_a_wal_left_beside_the_file_means_a_full_check(closed, checks):
    (closed.parent / (closed.name + "-wal")).write_bytes(b"left by a session that did not end" * 10)
    ws = workspaces.open_workspace(closed)
    ws.close()
    assert checks == ["PRAGMA quick_check"]


def test_a_crash_leaves_no_note_so_the_next_open_is_fully_checked(closed, checks):
    # A child opens the workspace, writes, and dies without closing anything.
    code = textwrap.dedent(
        f"""
        import os
        from ghostdesk.services import workspaces
        ws = workspaces.open_workspace({str(closed)!r})
        with ws.db.atomic():
            ws.db.execute("INSERT INTO filler VALUES ('before the crash')")
        os._exit(9)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ), capture_output=True, timeout=60)
    assert done.returncode == 9, done.stderr
    ws = workspaces.open_workspace(closed)
    try:
        assert checks == ["PRAGMA quick_check"]
        assert ws.fully_checked
        assert ws.db.execute("SELECT COUNT(*) FROM filler WHERE x = 'before the crash'").fetchone()[0] == 1
    finally:
        ws.close()


def test_damage_behind_our_back_is_caught_even_with_size_and_mtime_put_back(closed, checks):
    info = closed.stat()
    data = bytearray(closed.read_bytes())
    for offset in range(8192, len(data) - 1, 997):  # past the schema: the header stays valid
        data[offset] = (data[offset] + 77) % 256
    with closed.open("r+b") as handle:  # same inode, same size
        handle.write(bytes(data))
    os.utime(closed, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert closed.stat().st_size == info.st_size and closed.stat().st_mtime_ns == info.st_mtime_ns
    # The write still moved the inode's change time, which no user-space tool can set back: no stamp vouches.
    assert not clean_close.matches(locations.clean_close_stamps(), closed)
    with pytest.raises(WorkspaceCorrupt):
        workspaces.open_workspace(closed)


def _damage_the_rows_and_forge_the_stamp(path) -> None:
    """Damage with the whole fingerprint forged (the stamp rewritten after the damage, as bit rot under an
    unchanged inode would look): the open skips the page check."""
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 65536, len(data) - 1, 997):  # the filler rows, written last
        data[offset] = (data[offset] + 77) % 256
    with path.open("r+b") as handle:
        handle.write(bytes(data))
    assert clean_close.record(locations.clean_close_stamps(), path)  # the forgery


def test_what_a_matching_stamp_cannot_see_sqlite_still_refuses_to_write(closed):
    """SQLite still reports the damaged pages it reads: the write is refused as WorkspaceCorrupt, rolled back,
    and the session never stamps the file again. `ghostdesk check` finds it."""
    workspaces.backup(closed)  # a recent backup: no automatic one is due at the next open
    _damage_the_rows_and_forge_the_stamp(closed)
    ws = workspaces.open_workspace(closed)
    try:
        assert not ws.fully_checked
        with pytest.raises(WorkspaceCorrupt), ws.db.atomic():
            ws.db.execute("UPDATE filler SET x = x || 'y'")
    finally:
        ws.close()
    assert not clean_close.matches(locations.clean_close_stamps(), closed)  # next time: the full check
    with pytest.raises(WorkspaceCorrupt):
        workspaces.check(closed)
    with pytest.raises(WorkspaceCorrupt):
        workspaces.open_workspace(closed)


def test_damage_the_automatic_backup_finds_on_a_trusted_open_means_the_full_check(closed):
    """The backup copy checks itself: when that fails on a file the stamp vouched for, the file is checked
    in full after all and refused, instead of being used (and stamped again) as if nothing happened."""
    _damage_the_rows_and_forge_the_stamp(closed)
    with pytest.raises(WorkspaceCorrupt):
        workspaces.open_workspace(closed)  # no backup yet: one is due
    assert not clean_close.matches(locations.clean_close_stamps(), closed)


def test_a_file_renamed_over_ours_while_open_is_not_stamped_at_close(closed, tmp_path):
    """Sync tools replace a file by renaming another over it: that file was never checked by us."""
    other = workspaces.create(tmp_path / "other.ghostdesk", name="Other")
    other.close()
    ws = workspaces.open_workspace(closed)
    os.replace(other.path, closed)
    ws.close()
    assert not clean_close.matches(locations.clean_close_stamps(), closed)


def test_a_stamp_vouches_for_a_limited_time_after_the_last_full_check(closed, checks, monkeypatch):
    stamps = locations.clean_close_stamps()
    assert clean_close.matches(stamps, closed)
    later = clean_close.time.time() + clean_close.TRUST_DAYS * 86400 + 60
    monkeypatch.setattr(clean_close.time, "time", lambda: later)
    ws = workspaces.open_workspace(closed)
    ws.close()
    assert checks == ["PRAGMA quick_check"]  # read whole again, and the new stamp dates from that check
    assert clean_close.matches(stamps, closed)


def test_trusted_sessions_keep_the_date_of_the_full_check_they_chain_back_to(closed, monkeypatch):
    stamps = locations.clean_close_stamps()
    first = clean_close.trusted_since(stamps, closed)
    ws = workspaces.open_workspace(closed)  # trusted
    ws.close()
    assert clean_close.trusted_since(stamps, closed) == first


def test_no_stamp_is_trusted_where_the_change_time_is_the_creation_time(closed, checks, monkeypatch):
    monkeypatch.setattr(clean_close, "TRUSTED_HERE", False)  # Windows: st_ctime is not the change time
    ws = workspaces.open_workspace(closed)
    ws.close()
    assert checks == ["PRAGMA quick_check"]


def test_check_always_runs_the_full_checks(closed, checks):
    assert clean_close.matches(locations.clean_close_stamps(), closed)
    report = workspaces.check(closed)
    assert report.ok
    assert checks == ["PRAGMA quick_check"]


def test_a_read_only_open_keeps_the_note(closed, checks):
    ws = workspaces.open_workspace(closed, read_only=True)
    ws.close()
    assert checks == []
    assert clean_close.matches(locations.clean_close_stamps(), closed)


def test_a_worker_connection_left_open_at_close_means_no_note(closed):
    stamps = locations.clean_close_stamps()
    ws = workspaces.open_workspace(closed)
    with ws.db.atomic():
        ws.db.execute("INSERT INTO filler VALUES ('in the WAL')")
    worker = ws.connect_worker()
    worker.execute("SELECT COUNT(*) FROM filler").fetchone()
    ws.close()  # not the last connection: SQLite keeps the WAL with the change in it
    try:
        assert not clean_close.matches(stamps, closed)
    finally:
        worker.close()


def test_the_notes_keep_only_the_most_recent_workspaces(tmp_path, monkeypatch):
    monkeypatch.setattr(clean_close, "KEEP", 3)
    stamps = tmp_path / "state" / "stamps.json"
    files = []
    for i in range(5):
        path = tmp_path / f"f{i}.bin"
        path.write_bytes(b"SQLite format 3\x00" + bytes(200))
        assert clean_close.record(stamps, path)
        files.append(path)
    assert [clean_close.matches(stamps, p) for p in files] == [False, False, True, True, True]


def test_the_notes_evicted_are_the_oldest_closes_whatever_their_names(tmp_path, monkeypatch):
    monkeypatch.setattr(clean_close, "KEEP", 3)
    stamps = tmp_path / "state" / "stamps.json"
    files = []
    for name in ("z1", "y1", "x1", "w1"):  # closed in this order: names sort the other way round
        path = tmp_path / f"{name}.bin"
        path.write_bytes(b"SQLite format 3\x00" + bytes(200))
        assert clean_close.record(stamps, path)
        files.append(path)
    assert [clean_close.matches(stamps, p) for p in files] == [False, True, True, True]


def test_a_folder_that_cannot_lock_at_all_is_not_waited_on(tmp_path, monkeypatch):
    """ENOLCK (a network share without a lock daemon): no retrying until the wait runs out at every close."""
    import errno

    from ghostdesk.storage import lock

    calls = []

    def no_locks(fd, operation):
        calls.append(operation)
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock.fcntl, "flock", no_locks)
    stamps = tmp_path / "state" / "stamps.json"
    path = tmp_path / "f.bin"
    path.write_bytes(b"SQLite format 3\x00" + bytes(200))
    assert clean_close.record(stamps, path) is False  # not noted: the next open checks in full
    assert len(calls) == 1
    with pytest.raises(WorkspaceLocked):  # one writer cannot be ensured: this copy opens for reading only
        lock.WorkspaceLock(path).acquire()


# -- two GhostDesk processes writing the stamps at once ------------------------------------------------------------

_RECORDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ghostdesk.storage import clean_close
    stamps, folder, name, n = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    print("ready", flush=True)
    sys.stdin.readline()  # all writers start together
    for i in range(n):
        path = folder / f"{name}-{i}.bin"
        path.write_bytes(b"SQLite format 3\\x00" + bytes(200))
        assert clean_close.record(stamps, path)
    print("done", flush=True)
    """
)


def _recorder(stamps, folder, name: str, n: int) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", _RECORDER, str(stamps), str(folder), name, str(n)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def test_processes_noting_closes_at_once_lose_none_of_each_others_notes(tmp_path):
    stamps = tmp_path / "state" / "stamps.json"
    writers = [_recorder(stamps, tmp_path, f"w{k}", 12) for k in range(3)]
    for child in writers:
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in writers:
        assert child.stdout.readline().strip() == "done"
        child.stdin.close()
        child.stdout.close()
        assert child.wait(timeout=60) == 0
    noted = [p for p in tmp_path.glob("w*.bin") if clean_close.matches(stamps, p)]
    assert len(noted) == 36  # every read-modify-write saw the one before it
    assert not list(stamps.parent.glob("*.tmp"))  # each new text replaced the old in one rename


def test_a_process_waits_for_the_stamps_lock_another_holds(tmp_path):
    stamps = tmp_path / "state" / "stamps.json"
    ours = tmp_path / "ours.bin"
    ours.write_bytes(b"SQLite format 3\x00" + bytes(200))
    with clean_close._locked(stamps) as held:
        assert held
        child = _recorder(stamps, tmp_path, "theirs", 1)
        child.stdin.write("go\n")
        child.stdin.flush()
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(timeout=0.5)  # blocked on our lock, not writing over what we are about to save
        data = clean_close._load(stamps)
        data[clean_close._key(ours)] = {**clean_close.fingerprint(ours), "checked": __import__("time").time()}
        clean_close._save(stamps, data)
    assert child.stdout.readline().strip() == "done"
    child.stdin.close()
    child.stdout.close()
    assert child.wait(timeout=60) == 0
    assert clean_close.matches(stamps, ours)  # ours was read back by the other process, not lost
    assert clean_close.matches(stamps, tmp_path / "theirs-0.bin")


_HOLDER = textwrap.dedent(
    """
    import os, sys
    from ghostdesk.storage.lock import try_lock_fd
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
    assert try_lock_fd(fd)
    print("held", flush=True)
    sys.stdin.readline()
    """
)


def test_a_close_that_cannot_get_the_stamps_lock_notes_nothing_and_a_consumed_note_still_goes(
    closed, tmp_path, monkeypatch
):
    stamps = locations.clean_close_stamps()
    assert clean_close.matches(stamps, closed)
    other = tmp_path / "other.bin"
    other.write_bytes(b"SQLite format 3\x00" + bytes(200))
    monkeypatch.setattr(clean_close, "LOCK_WAIT_S", 0.05)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(clean_close.lock_path_for(stamps))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"  # a stuck GhostDesk keeps the lock
        assert clean_close.record(stamps, other) is False  # not noted: its next open checks it in full
        assert not clean_close.matches(stamps, other)
        clean_close.forget(stamps, closed)  # opening for writing: the note goes even so
        assert not clean_close.matches(stamps, closed)
    finally:
        holder.stdin.close()
        holder.stdout.close()
        assert holder.wait(timeout=60) == 0
