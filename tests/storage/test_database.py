"""Storage: creating, validating, migrating and refusing workspace files."""

from __future__ import annotations

import sqlite3

import pytest

from ghostdesk.domain.errors import (
    NotAWorkspace,
    WorkspaceCorrupt,
    WorkspaceExists,
    WorkspaceNotFound,
    WorkspaceTooNew,
)
from ghostdesk.storage import backups, database
from ghostdesk.storage.migrations import known_names
from ghostdesk.storage.workspace import open_workspace_file


def _sha(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_has_pragmas_and_every_migration(tmp_path):
    db = database.create_database(tmp_path / "w.ghostdesk")
    try:
        assert db.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == database.BUSY_TIMEOUT_MS
        state = database.schema_state(db)
        assert list(state.applied) == known_names()
        assert state.pending == () and state.unknown == ()
    finally:
        db.close()
    assert not list(tmp_path.glob(".*creating*")), "no temporary file is left behind"


def test_create_refuses_existing_file_and_missing_folder(tmp_path):
    target = tmp_path / "w.ghostdesk"
    target.write_bytes(b"precious")
    with pytest.raises(WorkspaceExists):
        database.create_database(target)
    assert target.read_bytes() == b"precious"
    with pytest.raises(WorkspaceNotFound):
        database.create_database(tmp_path / "missing" / "w.ghostdesk")


def test_missing_file_is_not_found(tmp_path):
    with pytest.raises(WorkspaceNotFound):
        database.inspect_file(tmp_path / "nope.ghostdesk")


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n", b"PK\x03\x04 zip archive" * 20])
def test_not_sqlite_is_not_a_workspace_and_untouched(tmp_path, content):
    path = tmp_path / "x.ghostdesk"
    path.write_bytes(content)
    with pytest.raises(NotAWorkspace):
        open_workspace_file(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "x.ghostdesk.lock").exists()


def test_other_sqlite_file_is_not_a_workspace(tmp_path):
    path = tmp_path / "other.ghostdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(NotAWorkspace):
        open_workspace_file(path)
    assert _sha(path) == before


def test_corrupt_file_is_refused_without_change(workspace, tmp_path):
    path = workspace.path
    workspace.db.execute("CREATE TABLE filler (x TEXT)")
    with workspace.db.atomic():
        for i in range(400):
            workspace.db.execute("INSERT INTO filler VALUES (?)", ["x" * 500 + str(i)])
    workspace.close()
    data = bytearray(path.read_bytes())
    # Scribble over pages past the schema: the header stays valid, the b-trees do not.
    for offset in range(8192, len(data) - 1, 997):
        data[offset] = (data[offset] + 77) % 256
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(WorkspaceCorrupt) as caught:
        open_workspace_file(path)
    assert caught.value.fields["path"] == str(path)
    assert _sha(path) == before


def test_newer_workspace_is_refused_without_change(workspace):
    path = workspace.path
    with workspace.db.atomic():
        workspace.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('ghostdesk', 'm999_future', 'x')"
        )
    workspace.close()
    before = _sha(path)
    with pytest.raises(WorkspaceTooNew) as caught:
        open_workspace_file(path)
    assert caught.value.fields["unknown"] == ["m999_future"]
    assert _sha(path) == before


def test_old_workspace_is_backed_up_then_migrated(tmp_path, monkeypatch):
    """A workspace at schema 1 (only m001) opens migrated, with a pre-migration backup of the old file."""
    from ghostdesk.storage.migrations import MIGRATIONS

    path = tmp_path / "old.ghostdesk"
    first_only = list(MIGRATIONS.migrations)
    monkeypatch.setattr(MIGRATIONS, "migrations", first_only[:1])
    db = database.create_database(path)
    db.close()
    monkeypatch.setattr(MIGRATIONS, "migrations", first_only)

    with open_workspace_file(path) as ws:
        assert ws.migrated == known_names()[1:]
        assert database.schema_state(ws.db).pending == ()
    saved = backups.list_backups(path)
    assert [b.reason for b in saved] == ["pre-migration"]
    old = sqlite3.connect(saved[0].path)
    names = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
    old.close()
    assert names == known_names()[:1]


def test_audit_log_is_append_only(workspace):
    from ghostdesk.storage import audit_repo

    entry = audit_repo.record(workspace.db, actor="Ana", action="approve", entity_type="post", entity_id="p1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        workspace.db.execute("UPDATE audit_log SET actor = 'Bob'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        workspace.db.execute("DELETE FROM audit_log")
    assert [e.id for e in audit_repo.for_entity(workspace.db, "post", "p1")] == [entry.id]
