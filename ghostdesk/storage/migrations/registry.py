"""Storage: the migration set every numbered migration registers into.

Registration is ours (cheap, at import); sqlite-utils' `Migrations` is built only when migrations actually
run, so opening an up-to-date workspace never imports sqlite-utils.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

MIGRATIONS_TABLE = "_sqlite_migrations"
SET_NAME = "ghostdesk"


class Migration(NamedTuple):
    """One numbered migration. A NamedTuple, not a frozen dataclass: the registry is imported at every start-up,
    where creating a dataclass costs ≈1 ms (Python 3.11 compiles each generated method)."""

    name: str
    fn: Callable


class MigrationSet:
    def __init__(self, name: str) -> None:
        self.name = name
        self.migrations: list[Migration] = []

    def __call__(self, *, name: str) -> Callable[[Callable], Callable]:
        def register(fn: Callable) -> Callable:
            if any(m.name == name for m in self.migrations):
                raise ValueError(f"Migration {name} is registered twice")
            self.migrations.append(Migration(name, fn))
            return fn

        return register

    def names(self) -> list[str]:
        return [m.name for m in self.migrations]

    def applied(self, db) -> list[str]:
        """Names applied to `db`, in order (plain SQL)."""
        if not db.table_exists(MIGRATIONS_TABLE):
            return []
        rows = db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [self.name])
        return [row[0] for row in rows.fetchall()]

    def apply(self, db) -> None:
        """Apply pending migrations through sqlite-utils, each in its own transaction with its record."""
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.name)
        for migration in self.migrations:
            runner(name=migration.name)(migration.fn)
        runner.apply(db.utils)


MIGRATIONS = MigrationSet(SET_NAME)


def known_names() -> list[str]:
    return MIGRATIONS.names()
