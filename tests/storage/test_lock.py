"""Storage: one writer per workspace, across processes, surviving a killed holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from ghostdesk.domain.errors import WorkspaceLocked
from ghostdesk.services import workspaces
from ghostdesk.storage.lock import WorkspaceLock, lock_path_for

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ghostdesk.storage.workspace import open_workspace_file
    ws = open_workspace_file(Path(sys.argv[1]))
    print("locked", flush=True)
    time.sleep(60)
    """
)


def _start_holder(path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_opener_in_same_process_is_refused(workspace):
    with pytest.raises(WorkspaceLocked) as caught:
        workspaces.open_workspace(workspace.path)
    assert caught.value.fields["pid"] == os.getpid()


def test_lock_held_by_another_process_then_released_by_kill(workspace):
    path = workspace.path
    workspace.close()
    proc = _start_holder(path)
    try:
        with pytest.raises(WorkspaceLocked) as caught:
            workspaces.open_workspace(path)
        assert caught.value.fields["pid"] == proc.pid
        # Read-only opening still works while the other holds the lock.
        with workspaces.open_workspace(path, read_only=True) as ro:
            assert ro.read_only
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        # The OS released the dead holder's lock: no stale lock blocks the user.
        with workspaces.open_workspace(path) as ws:
            assert not ws.read_only
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_release_removes_the_lock_file(tmp_path):
    target = tmp_path / "w.ghostdesk"
    with WorkspaceLock(target) as lock:
        assert lock.held and lock_path_for(target).exists()
    assert not lock_path_for(target).exists()


def test_stale_lock_file_without_holder_does_not_block(tmp_path):
    target = tmp_path / "w.ghostdesk"
    lock_path_for(target).write_text('{"pid": 999999, "host": "gone"}')
    started = time.monotonic()
    with WorkspaceLock(target) as lock:
        assert lock.held
    assert time.monotonic() - started < 2


def test_the_holder_s_text_is_flushed_off_the_calling_thread(tmp_path, monkeypatch):
    # The lock is held and its text written when acquire returns; the text's fsync (a wait for the disk on every
    # start) runs on a short-lived thread.
    import threading

    flushed: list[tuple[str, bytes]] = []
    done = threading.Event()
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        os.lseek(fd, 0, os.SEEK_SET)
        flushed.append((threading.current_thread().name, os.read(fd, 200)))
        done.set()

    monkeypatch.setattr(os, "fsync", fsync)
    path = tmp_path / "w.ghostdesk"
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        assert b'"pid": %d' % os.getpid() in lock_path_for(path).read_bytes()  # written before acquire returns
        assert done.wait(10)
        ((thread, text),) = flushed
        assert thread != threading.current_thread().name and str(os.getpid()).encode() in text
    finally:
        lock.release()
