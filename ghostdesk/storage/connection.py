"""Storage: the workspace connection — plain sqlite3 for the hot paths, sqlite-utils helpers on first use.

Importing sqlite-utils costs about 70 ms (it pulls in click, pluggy, dateutil), which would double the
application's start-up. Queries and transactions need none of it, so this wrapper speaks SQL directly and
creates a `sqlite_utils.Database` over the same connection only when table helpers are asked for
(`db["table"]`, `db.table(…)`, any other sqlite-utils attribute).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ghostdesk.domain.errors import WorkspaceCorrupt, WorkspaceReadOnly
from ghostdesk.storage.sqlite_errors import translate_error


class Database:
    """Storage: one workspace connection, owned by the thread that opened it."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self._utils = None
        self.damaged = False  # set when SQLite reported a damaged page: no clean-close stamp may vouch for it

    # -- the hot paths, without sqlite-utils -------------------------------------------------------
    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def query(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> Iterator[dict]:
        cursor = self.execute(sql, parameters)
        names = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested blocks become savepoints. Everything or nothing is written.

        A full disk, a read-only file or a damaged page surfaces as the matching GhostDeskError.
        """
        try:
            with self._transaction():
                yield self
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                raise  # an inner savepoint failed; the outermost block translates
            raise self._translated(exc) from exc
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction or isinstance(exc, sqlite3.IntegrityError):
                raise
            raise self._translated(exc) from exc

    def _translated(self, exc: sqlite3.Error) -> Exception:
        error = translate_error(exc, self.path or Path("workspace"))
        if isinstance(error, WorkspaceCorrupt):
            self.damaged = True
        if isinstance(error, WorkspaceReadOnly) and self.path is not None and _writable(self.path):
            # The file and its folder can be written: this connection was opened read-only (another GhostDesk
            # has the workspace), which "read-only file or folder" would misdescribe.
            error.fields["why"] = "session"
        return error

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.conn.in_transaction:
            name = f"gd_{os.urandom(8).hex()}"  # os, not secrets: that one imports hmac and hashlib
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.conn.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.rollback()
                raise

    def table_exists(self, name: str) -> bool:
        row = self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()
        return row is not None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sqlite-utils, loaded on first use ---------------------------------------------------------
    @property
    def utils(self):
        """The sqlite-utils view of this same connection (plugins never run inside a workspace)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def __getitem__(self, name: str):
        return self.utils[name]

    def __getattr__(self, name: str):
        # Only reached for names this class does not define: table(), tables, insert helpers …
        if name.startswith("__") or name in ("conn", "_utils"):
            raise AttributeError(name)
        return getattr(self.utils, name)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
