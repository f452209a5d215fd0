"""Benchmark: planned shares at 200,000 rows — the reads the calendar, the kits and the adapter make.

Builds 40 campaigns × 5,000 shares (2,000 ambassadors), then times: one campaign's shares in time order,
one person's shares, one week of shares, other campaigns' shares for 2,000 people (weekly caps), and the
full stored-plan reload of one campaign.

    .venv/bin/python benchmarks/campaign_shares.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

CAMPAIGNS = 40
PER_CAMPAIGN = 5_000
PEOPLE = 2_000
REPEAT = 5


def build(path: Path):
    from ghostdesk.domain.campaigns import Campaign, StoredShare, StoredSlot
    from ghostdesk.domain.clock import new_id, utc_now_iso
    from ghostdesk.services import workspaces
    from ghostdesk.storage import campaigns_repo

    ws = workspaces.create(path)
    rng = random.Random(3)
    people = [new_id() for _ in range(PEOPLE)]
    base = datetime(2027, 1, 4, tzinfo=UTC)
    ids = []
    for c in range(CAMPAIGNS):
        now = utc_now_iso()
        campaign = Campaign(new_id(), f"Campaign {c}", start="2027-01-01", end="2027-12-31", markets=("FR",),
                            created_at=now, updated_at=now)  # fmt: skip
        campaigns_repo.insert(ws.db, campaign)
        start = base + timedelta(days=7 * c)
        slots = [StoredSlot(f"{campaign.id}/s{i}", campaign.id, "v", "p", "FR", "linkedin", "fr",
                            start + timedelta(days=i), "Europe/Paris") for i in range(5)]  # fmt: skip
        shares = [
            StoredShare(new_id(), campaign.id, rng.choice(people), "x", slots[i % 5].id, "market",
                        start + timedelta(minutes=rng.randrange(7 * 24 * 60)), "Europe/Paris", i % 7, "text")
            for i in range(PER_CAMPAIGN)
        ]  # fmt: skip
        campaigns_repo.replace_plan(ws.db, campaign.id, slots, shares)
        ids.append(campaign.id)
    return ws, ids, people, base


def timed(fn) -> float:
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def main() -> int:
    from ghostdesk.storage import campaigns_repo

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        ws, ids, people, base = build(Path(folder) / "bench.ghostdesk")
        print(f"built {CAMPAIGNS * PER_CAMPAIGN:,} shares in {time.perf_counter() - started:.1f} s")
        db, middle = ws.db, ids[len(ids) // 2]
        week = base + timedelta(days=7 * 20)
        rows = {
            "one campaign's shares (5,000)": lambda: campaigns_repo.shares(db, middle),
            "one person's shares": lambda: campaigns_repo.shares(db, ambassador_id=people[7]),
            "one week, all campaigns": lambda: campaigns_repo.shares(db, start=week, end=week + timedelta(days=7)),
            "others' shares for 2,000 people, 4 weeks": lambda: campaigns_repo.other_shares_by_ambassador(
                db, middle, people, start=week, end=week + timedelta(days=28)
            ),
            "others' share counts for 2,000 people": lambda: campaigns_repo.other_share_counts(db, middle, people),
        }
        for label, fn in rows.items():
            print(f"{label:42} {timed(fn):8.1f} ms")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
