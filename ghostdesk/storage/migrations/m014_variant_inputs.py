"""Storage: m014 — the Variants page's first screen reads no text: remembered counts dropped by triggers, and each
variant's content hash stored.

Until now each remembered count (`variant_findings`, m011) was keyed by a digest that included everything the
checks read of the variant and its master, so the page read every visible variant's body and its master's body to
tell whether the counts still held. Now triggers drop a variant's counts in the same statement as any change to
what the checks read of it — its `post_id`, `market`, `language`, `networks`, `body`, `hashtags`, `link`,
`disclosure`, `planned_date`, and its master's `body`, `language`, `hashtags`, `mentions`, `executive_id` — and when
a variant row is inserted (a trash restore, or a REPLACE: its counts start over, whatever is left under its id).
The counts' key then names only what is shared (rules, market, word lists, glossary, company: see
`services.variants.MatrixReader`). Counts remembered under the old keys (with the text digest) would no longer
match anyway: they are dropped here (they were written before any trigger watched their inputs) and counted once
more as their rows are shown.

`content_hash` holds `Variant.content_hash` (SHA-256 of the approved content, Python-side), written by the
repository with every insert and update and filled here for existing rows, so whether an approval holds is
`approved_hash = content_hash` without reading the body. NULL means not known: a row written without it (an
older trash payload restored by hand, a tool) or whose content columns changed while it stayed the same (the
`variants_content_hash_unknown` trigger sets it back to NULL); readers then compute the hash from the row. So a
write path that forgets the column costs speed, never a wrong answer.
"""

import json

from ghostdesk.storage.connection import Database
from ghostdesk.storage.migrations.registry import MIGRATIONS

# What the checks read of a variant and of its master (services.variants.MatrixReader._context); the repository's
# `VARIANT_INPUTS` / `MASTER_INPUTS` name the same columns (a test compares them with these triggers).
_VARIANT_INPUTS = ("id", "post_id", "market", "language", "networks", "body", "hashtags", "link", "disclosure",
                   "planned_date")  # fmt: skip
_MASTER_INPUTS = ("id", "body", "language", "hashtags", "mentions", "executive_id")
# What `Variant.content` (the approved content) is made of.
_CONTENT = ("market", "body", "language", "networks", "hashtags", "link", "disclosure")


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)


def _hash(market, body, language, networks, hashtags, link, disclosure) -> str:
    # As `Variant.content_hash` over the row the repository reads (`variants_repo._from_row`). Imported here:
    # every migration module loads at start-up, the hashing only when this one runs.
    from ghostdesk.domain.records import content_hash

    return content_hash(
        {
            "market": market,
            "body": body,
            "language": language,
            "networks": sorted(json.loads(networks)),
            "hashtags": list(json.loads(hashtags)),
            "link": link,
            "disclosure": disclosure,
        }
    )


@MIGRATIONS(name="m014_variant_inputs")
def m014_variant_inputs(db: Database) -> None:
    db.execute("DELETE FROM variant_findings")
    db.execute("ALTER TABLE variants ADD COLUMN content_hash TEXT")
    rows = db.execute(f"SELECT seq, {', '.join(_CONTENT)} FROM variants").fetchall()
    db.conn.executemany("UPDATE variants SET content_hash = ? WHERE seq = ?", ((_hash(*r[1:]), r[0]) for r in rows))
    db.execute(
        f"CREATE TRIGGER variants_content_hash_unknown AFTER UPDATE OF {', '.join(_CONTENT)} ON variants"
        f" WHEN new.content_hash IS old.content_hash AND ({_changed(_CONTENT)})"
        " BEGIN UPDATE variants SET content_hash = NULL WHERE seq = new.seq; END"
    )
    db.execute(
        "CREATE TRIGGER variant_findings_variant_insert AFTER INSERT ON variants"
        " BEGIN DELETE FROM variant_findings WHERE variant_id = new.id; END"
    )
    db.execute(
        f"CREATE TRIGGER variant_findings_variant_update AFTER UPDATE OF {', '.join(_VARIANT_INPUTS)} ON variants"
        f" WHEN {_changed(_VARIANT_INPUTS)}"
        " BEGIN DELETE FROM variant_findings WHERE variant_id IN (old.id, new.id); END"
    )
    db.execute(
        f"CREATE TRIGGER variant_findings_master_update AFTER UPDATE OF {', '.join(_MASTER_INPUTS)} ON posts"
        f" WHEN {_changed(_MASTER_INPUTS)}"
        " BEGIN DELETE FROM variant_findings"
        " WHERE variant_id IN (SELECT id FROM variants WHERE post_id IN (old.id, new.id)); END"
    )
