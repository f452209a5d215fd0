"""Benchmark: planned shares at 200,000 rows — the reads the calendar, the kits and the adapter make.

Builds 40 campaigns × 5,000 shares (2,000 ambassadors), then times: one campaign's shares in time order,
one person's shares, one week of shares, other campaigns' shares for 2,000 people (weekly caps), and the
full stored-plan reload of one campaign.

    .venv/bin/python benchmarks/campaign_shares.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import LARGE_ENV, Row, emit, interleaved_medians, large_workspace

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


def measure(large: Path | None = None, repeats: int = 7) -> list[Row]:
    """On the large workspace (200,000 shares): the repository's reads (rows → dataclasses) vs the same SELECT raw."""
    from ghostdesk.services import workspaces
    from ghostdesk.storage import campaigns_repo

    columns = campaigns_repo._SHARE
    with tempfile.TemporaryDirectory() as folder:
        ws = workspaces.open_workspace(large or large_workspace(Path(folder)), read_only=True)
        db = ws.db
        middle = db.execute("SELECT id FROM campaigns WHERE name = 'Scale campaign 20'").fetchone()[0]
        person = db.execute("SELECT ambassador_id FROM planned_shares LIMIT 1").fetchone()[0]
        week = datetime.fromisoformat(db.execute("SELECT MIN(utc) FROM planned_shares WHERE campaign_id = ?",
                                                 [middle]).fetchone()[0])  # fmt: skip
        iso = campaigns_repo._iso
        cases = {
            "one campaign's shares (5,000)": (
                lambda: campaigns_repo.shares(db, middle),
                f"SELECT {columns} FROM planned_shares WHERE campaign_id = ? ORDER BY utc, id", [middle]),
            "one person's shares": (
                lambda: campaigns_repo.shares(db, ambassador_id=person),
                f"SELECT {columns} FROM planned_shares WHERE ambassador_id = ? ORDER BY utc, id", [person]),
            "one week, all campaigns": (
                lambda: campaigns_repo.shares(db, start=week, end=week + timedelta(days=7)),
                f"SELECT {columns} FROM planned_shares WHERE utc >= ? AND utc < ? ORDER BY utc, id",
                [iso(week), iso(week + timedelta(days=7))]),
        }  # fmt: skip
        rows = []
        for label, (fn, sql, args) in cases.items():

            def ours(fn=fn) -> float:
                started = time.perf_counter()
                fn()
                return time.perf_counter() - started

            def floor(sql=sql, args=args) -> float:
                started = time.perf_counter()
                db.execute(sql, args).fetchall()
                return time.perf_counter() - started

            medians = interleaved_medians({"ours": ours, "floor": floor}, repeats)
            rows.append(Row(f"planned shares: {label} (large)", medians["ours"], medians["floor"], None))
        ws.close()
    return rows


def main() -> int:
    if "--json" in sys.argv:
        large = Path(os.environ[LARGE_ENV]) if os.environ.get(LARGE_ENV) else None
        return emit(measure(large), sys.argv)
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
