"""Storage: open, create, validate and migrate a workspace file (SQLite as an application file format)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from ghostdesk.domain.errors import (
    NotAWorkspace,
    WorkspaceCorrupt,
    WorkspaceExists,
    WorkspaceNotFound,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)
from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations import MIGRATIONS, known_names
from ghostdesk.storage.sqlite_errors import translate_error, translate_os_error

# PRAGMA application_id marks the file as ours ("GDSK"), so another app's SQLite file is told apart.
APPLICATION_ID = 0x4744534B
SQLITE_HEADER = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".ghostdesk"
BUSY_TIMEOUT_MS = 5000


class SchemaState(NamedTuple):
    """Which migrations a workspace has, lacks, and does not know. Immutable, like the frozen dataclass it was;
    a NamedTuple is made ≈10× faster at the import every start-up pays."""

    applied: tuple[str, ...]
    pending: tuple[str, ...]
    unknown: tuple[str, ...]

    @property
    def version(self) -> int:
        return len(self.applied) - len(self.unknown)

    @property
    def latest(self) -> int:
        return len(known_names())


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        if _frozen(path):
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _frozen(path: Path) -> bool:
    """A workspace in a folder nobody can write (read-only medium or share) with no pending WAL.

    SQLite cannot open a WAL-mode file read-only when it cannot create the -shm index beside it; as nothing
    can change such a file, it is opened as immutable instead of being reported as damaged."""
    sidecar = path.with_name(path.name + "-wal")
    return not os.access(path.parent, os.W_OK) and not sidecar.exists()


def _wrap(conn: sqlite3.Connection, path: Path | None = None) -> Database:
    return Database(conn, path)


def _apply_pragmas(db: Database, *, read_only: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        db.execute("PRAGMA journal_mode = WAL")
        # FULL: a user's edit that was reported saved survives a power cut.
        db.execute("PRAGMA synchronous = FULL")


def sniff_header(path: Path) -> None:
    """Refuse files that are not SQLite before SQLite ever opens them."""
    if not path.exists():
        raise WorkspaceNotFound(f"No workspace at {path}", path=str(path))
    if path.is_dir():
        raise NotAWorkspace(f"{path} is a folder", path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise WorkspaceReadOnly(f"Cannot read {path}", path=str(path)) from exc
    if not header:
        # A copy that never finished, or a sync service's placeholder: not "some other file", and its backups help.
        raise NotAWorkspace(f"{path} is empty (0 bytes)", path=str(path), why="empty")
    if header != SQLITE_HEADER:
        raise NotAWorkspace(f"{path} is not a GhostDesk workspace", path=str(path))


def schema_state(db: Database) -> SchemaState:
    applied = tuple(MIGRATIONS.applied(db))
    known = known_names()
    unknown = tuple(name for name in applied if name not in known)
    pending = tuple(name for name in known if name not in applied)
    return SchemaState(applied=applied, pending=pending, unknown=unknown)


def inspect_file(path: Path, *, check_pages: bool = True) -> SchemaState:
    """Validate a workspace without writing to it: header, integrity, identity, schema age.

    `check_pages=False` skips `PRAGMA quick_check` (which reads the whole file); only for a file known unchanged
    since it last passed (storage/clean_close.py). Everything else is checked either way.
    """
    sniff_header(path)
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise WorkspaceCorrupt(
            f"{path} is damaged and cannot be opened safely", path=str(path), problems=[str(exc)]
        ) from exc
    try:
        db = _wrap(conn)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()] if check_pages else ["ok"]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # quick_check quotes damaged names: their bytes may not even be UTF-8.
            raise WorkspaceCorrupt(
                f"{path} is damaged and cannot be opened safely", path=str(path), problems=[str(exc)]
            ) from exc
        if problems != ["ok"]:
            raise WorkspaceCorrupt(
                f"{path} is damaged and cannot be opened safely", path=str(path), problems=problems[:20]
            )
        if app_id != APPLICATION_ID:
            raise NotAWorkspace(f"{path} is an SQLite file but not a GhostDesk workspace", path=str(path))
        try:
            state = schema_state(db)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # Only reachable without the page check (or with damage it does not see): the schema is unreadable.
            raise WorkspaceCorrupt(
                f"{path} is damaged and cannot be opened safely", path=str(path), problems=[str(exc)]
            ) from exc
        if state.unknown:
            raise WorkspaceTooNew(
                f"{path} was saved by a newer GhostDesk",
                path=str(path),
                unknown=list(state.unknown),
            )
        return state
    finally:
        conn.close()


def create_database(path: Path) -> Database:
    """Create a new, fully migrated workspace file. Refuses to touch an existing file."""
    if path.exists():
        raise WorkspaceExists(f"{path} already exists", path=str(path))
    if not path.parent.is_dir():
        raise WorkspaceNotFound(f"Folder {path.parent} does not exist", path=str(path.parent), what="folder")
    # Build under a temporary name so a failure never leaves a half-made workspace behind.
    temp = path.with_name(f".{path.name}.creating")
    temp.unlink(missing_ok=True)
    try:
        conn = _connect(temp, read_only=False)
        db = _wrap(conn, path)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _apply_pragmas(db, read_only=False)
        MIGRATIONS.apply(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        temp.replace(path)
    except sqlite3.Error as exc:
        _remove_with_sidecars(temp)
        raise translate_error(exc, path) from exc
    except OSError as exc:
        _remove_with_sidecars(temp)
        raise translate_os_error(exc, path) from exc
    return open_database(path)


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open an already validated workspace with the workspace pragmas."""
    try:
        db = _wrap(_connect(path, read_only=read_only), path)
        _apply_pragmas(db, read_only=read_only)
        return db
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc


def migrate(db: Database) -> list[str]:
    """Apply pending migrations (callers back up first). Returns the names applied."""
    pending = list(schema_state(db).pending)
    if pending:
        MIGRATIONS.apply(db)
    return pending


def integrity_problems(db: Database) -> list[str]:
    rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    problems += [
        f"foreign key: {row[0]} row {row[1]} → {row[2]}" for row in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    if not problems and db.table_exists("ambassador_counts"):  # the roster's stored totals (m013) match its rows
        from ghostdesk.storage import ambassadors_repo

        problems += ambassadors_repo.count_problems(db)
    if not problems and "m014_variant_inputs" in MIGRATIONS.applied(db):  # the variants' stored content hashes
        from ghostdesk.storage import variants_repo

        problems += variants_repo.hash_problems(db)
    return problems


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()
