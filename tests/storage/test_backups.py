"""Storage: backups are consistent, rolling, restorable only into a new file."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from ghostdesk.domain.errors import WorkspaceExists
from ghostdesk.services import workspaces
from ghostdesk.storage import backups, database


def test_backup_while_another_connection_writes(workspace):
    workspace.db.execute("CREATE TABLE notes (n INTEGER)")
    stop = threading.Event()

    def writer():
        db = workspace.connect_worker()
        i = 0
        while not stop.is_set():
            with db.atomic():
                db.execute("INSERT INTO notes VALUES (?)", [i])
            i += 1
        db.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        infos = [backups.make_backup(workspace.db, workspace.path, keep=50) for _ in range(5)]
    finally:
        stop.set()
        thread.join()
    for info in infos:
        conn = sqlite3.connect(info.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count, top = conn.execute("SELECT count(*), coalesce(max(n), -1) FROM notes").fetchone()
        assert count == top + 1, "a backup holds a consistent prefix of the writes"
        conn.close()


def test_rolling_set_keeps_the_newest(workspace):
    made = [backups.make_backup(workspace.db, workspace.path, keep=3) for _ in range(5)]
    kept = backups.list_backups(workspace.path)
    assert [k.path for k in kept] == [m.path for m in reversed(made[-3:])]


def test_backups_of_other_workspaces_are_left_alone(tmp_path):
    a = workspaces.create(tmp_path / "a")
    b = workspaces.create(tmp_path / "ab")
    try:
        backups.make_backup(b.db, b.path, keep=1)
        for _ in range(3):
            backups.make_backup(a.db, a.path, keep=1)
        assert len(backups.list_backups(a.path)) == 1
        assert len(backups.list_backups(b.path)) == 1
    finally:
        a.close()
        b.close()


def test_restore_goes_into_a_new_file_only(workspace, tmp_path):
    workspace.db.execute("CREATE TABLE notes (n TEXT)")
    with workspace.db.atomic():
        workspace.db.execute("INSERT INTO notes VALUES ('before')")
    info = backups.make_backup(workspace.db, workspace.path)
    with workspace.db.atomic():
        workspace.db.execute("INSERT INTO notes VALUES ('after')")
    with pytest.raises(WorkspaceExists):
        workspaces.restore(info.path, workspace.path)
    restored = workspaces.restore(info.path, tmp_path / "restored")
    assert restored.name == "restored.ghostdesk"
    with workspaces.open_workspace(restored) as ws:
        assert [r[0] for r in ws.db.execute("SELECT n FROM notes")] == ["before"]
    assert [r[0] for r in workspace.db.execute("SELECT n FROM notes ORDER BY rowid")] == ["before", "after"]


def test_auto_backup_on_open_only_when_due(tmp_path):
    ws = workspaces.create(tmp_path / "w")
    path = ws.path
    ws.close()
    with workspaces.open_workspace(path):
        pass
    assert [b.reason for b in backups.list_backups(path)] == ["auto"]
    with workspaces.open_workspace(path):
        pass
    assert len(backups.list_backups(path)) == 1, "a recent backup is not repeated"
    with workspaces.open_workspace(path, auto_backup_hours=0):
        pass
    assert len(backups.list_backups(path)) == 2


def test_newest_good_backup_skips_damaged_ones(workspace):
    good = backups.make_backup(workspace.db, workspace.path, keep=10)
    bad = backups.make_backup(workspace.db, workspace.path, keep=10)
    bad.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert backups.newest_good_backup(workspace.path).path == good.path


def test_failed_copy_leaves_no_partial_file(workspace, tmp_path):
    target = tmp_path / "copy.ghostdesk"
    conn = workspace.db.conn

    class Failing:
        def backup(self, dest, *a, **k):
            raise sqlite3.OperationalError("database or disk is full")

    from ghostdesk.domain.errors import StorageFull

    with pytest.raises(StorageFull):
        backups.copy_database(Failing(), target)
    assert not target.exists()
    assert not list(tmp_path.glob(".*partial"))
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    database.inspect_file(workspace.path)
