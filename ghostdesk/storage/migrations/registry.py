"""Storage: the migration set every numbered migration registers into."""

from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("ghostdesk")


def known_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]
