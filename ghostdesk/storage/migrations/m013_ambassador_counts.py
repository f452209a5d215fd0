"""Storage: m013 — how many people the roster holds in each consent state, kept by triggers.

The Ambassadors page shows the totals ("20,000 people · 17,000 opted in · …") and sizes its table before its first
paint; counting them walked every person's entry in two indexes (≈0.5–2 ms on 20,000 people, more than reading the
rows on screen). `ambassador_counts` holds one row per consent state; triggers on `ambassadors` keep it right in
the same statement as every write — insert, delete, and a change of `consent` (opt in or out, erase) — so no code
path can forget it, and a rolled-back write rolls the count back with it. The migration counts what is there.

A write must never `INSERT OR REPLACE` a person: the row it replaces is deleted without firing the delete trigger
(unless `recursive_triggers` is on). The repository upserts (`ON CONFLICT (id) DO UPDATE`, which leaves `consent`
alone); `ghostdesk check` compares the stored counts with the rows (`storage/database.py`).
"""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS

_ADD = (
    "INSERT INTO ambassador_counts (consent, people) VALUES ({state}, 1)"
    " ON CONFLICT (consent) DO UPDATE SET people = people + 1;"
)
_TAKE = "UPDATE ambassador_counts SET people = people - 1 WHERE consent = {state};"


@MIGRATIONS(name="m013_ambassador_counts")
def m013_ambassador_counts(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE ambassador_counts (
            consent TEXT PRIMARY KEY,
            people INTEGER NOT NULL
        )
        """
    )
    db.execute(
        "INSERT INTO ambassador_counts (consent, people) SELECT consent, COUNT(*) FROM ambassadors GROUP BY consent"
    )
    db.execute(
        f"CREATE TRIGGER ambassador_counts_insert AFTER INSERT ON ambassadors"
        f" BEGIN {_ADD.format(state='new.consent')} END"
    )
    db.execute(
        f"CREATE TRIGGER ambassador_counts_delete AFTER DELETE ON ambassadors"
        f" BEGIN {_TAKE.format(state='old.consent')} END"
    )
    db.execute(
        "CREATE TRIGGER ambassador_counts_update AFTER UPDATE OF consent ON ambassadors"
        " WHEN old.consent IS NOT new.consent"
        f" BEGIN {_TAKE.format(state='old.consent')} {_ADD.format(state='new.consent')} END"
    )
