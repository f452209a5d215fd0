"""Storage: m011 — each variant's finding counts, remembered with the key of the inputs they were counted from.

Running every check over a variant costs a few milliseconds; the Variants page shows the counts of thousands.
A row holds the counts and `checks_key`, a digest of everything the checks read (the variant's text and fields,
its master, the word lists, the market's effective profile, the voice profile, the rule set): the counts are
used only while the key still matches, so a changed word list or market override simply makes them recount.
"""

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS


@MIGRATIONS(name="m011_variant_findings")
def m011_variant_findings(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE variant_findings (
            variant_id TEXT PRIMARY KEY REFERENCES variants(id) ON DELETE CASCADE,
            checks_key TEXT NOT NULL,
            blocking INTEGER NOT NULL,
            warnings INTEGER NOT NULL
        )
        """
    )
