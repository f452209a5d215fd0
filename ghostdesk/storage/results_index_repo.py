"""Storage: which campaigns have results figures, and how many — plain counts, without the figures' types.

The Results page asks these before its first paint; the rest of `results_repo` (and the results domain it
builds rows from) loads with the dashboard, on its worker for a large campaign.
"""

from __future__ import annotations

from ghostdesk.storage.connection import Database


def figure_count(db: Database, campaign_id: str) -> int:
    return db.execute("SELECT count(*) FROM results_figures WHERE campaign_id = ?", [campaign_id]).fetchone()[0]


def campaign_ids(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT campaign_id FROM results_figures ORDER BY campaign_id")]
