"""Storage: forward-only numbered migrations. Never edit one that has shipped; add the next number."""

from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("ghostdesk")

# Registration order is application order: one import per migration, in number order.
from ghostdesk.storage.migrations import m001_initial  # noqa: E402, F401


def known_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]
