"""Storage: a full disk, a read-only file and a vanished folder give our errors and lose nothing."""

from __future__ import annotations

import os

import pytest

from ghostdesk.domain.errors import StorageFull, WorkspaceReadOnly
from ghostdesk.services import workspaces
from ghostdesk.storage import backups, executives_repo, meta_repo


def test_disk_full_mid_transaction_writes_nothing(workspace):
    db = workspace.db
    executives_repo.create(db, "Kept Person")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the "disk" fills up after two more pages
    with pytest.raises(StorageFull) as caught, db.atomic():
        for i in range(500):
            db.execute(
                "INSERT INTO executives (id, name, created_at, updated_at) VALUES (?, ?, '', '')",
                [f"id-{i}", "x" * 2000],
            )
    assert caught.value.code == "storage_full"
    assert [e.name for e in executives_repo.list_all(db)] == ["Kept Person"]
    db.execute("PRAGMA max_page_count = 1073741823")
    executives_repo.create(db, "After the disk was freed")
    assert len(executives_repo.list_all(db)) == 2


def test_read_only_file_opens_read_only_and_refuses_writes(tmp_path, monkeypatch):
    ws = workspaces.create(tmp_path / "w")
    path = ws.path
    ws.close()
    real_access = os.access
    # Tests run as root, which ignores file modes: pretend the file is read-only.
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) else real_access(p, mode))
    with workspaces.open_workspace(path) as opened:
        assert opened.read_only and opened.read_only_reason == "file_read_only"
        with pytest.raises(WorkspaceReadOnly):
            meta_repo.put(opened.db, "name", "changed")
        assert meta_repo.get(opened.db, "name") == "w"


def test_folder_that_cannot_hold_a_lock_opens_read_only(tmp_path, monkeypatch):
    ws = workspaces.create(tmp_path / "w")
    path = ws.path
    ws.close()
    real_open = os.open

    def refuse_lock(file, flags, *args):
        if str(file).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", refuse_lock)
    with workspaces.open_workspace(path) as opened:
        assert opened.read_only and opened.read_only_reason == "folder_read_only"


def test_vanished_folder_is_noticed_and_everything_can_be_saved_elsewhere(tmp_path):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    ws = workspaces.create(folder / "w")
    executives_repo.create(ws.db, "Written before the folder vanished")
    for leftover in folder.rglob("*"):
        if leftover.is_file():
            leftover.unlink()
    for sub in sorted(folder.rglob("*"), reverse=True):
        sub.rmdir()
    folder.rmdir()
    assert workspaces.is_missing(ws)
    rescue = tmp_path / "rescued.ghostdesk"
    workspaces.save_copy(ws, rescue)
    ws.close()
    with workspaces.open_workspace(rescue) as again:
        assert [e.name for e in executives_repo.list_all(again.db)] == ["Written before the folder vanished"]
    assert backups.list_backups(rescue)  # the rescued copy is a normal workspace


def test_workspace_on_a_read_only_medium_opens_read_only_not_damaged(tmp_path):
    """A workspace on a read-only stick or share: SQLite cannot create its -shm file there; the file must
    still open (read-only, saying why) instead of being reported as damaged."""
    from _faults import tiny_disk

    with tiny_disk(tmp_path / "stick") as disk:
        with workspaces.create(disk.root / "w") as ws:
            executives_repo.create(ws.db, "Written before the stick was locked")
        disk.read_only()
        assert workspaces.check(disk.root / "w.ghostdesk").ok
        with workspaces.open_workspace(disk.root / "w.ghostdesk") as opened:
            assert opened.read_only and opened.read_only_reason == "folder_read_only"
            assert [e.name for e in executives_repo.list_all(opened.db)] == ["Written before the stick was locked"]
            with pytest.raises(WorkspaceReadOnly):
                executives_repo.create(opened.db, "Refused")
