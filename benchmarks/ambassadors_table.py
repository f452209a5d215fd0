"""Benchmark: the roster table over 20,000 ambassadors vs the floor (raw SQL for the same visible rows).

Measures what a user feels: opening the page (ids + first screen), jumping to the middle and the end,
and changing a filter. Prints each time and the ratio to raw SQL fetching only the visible rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ambassadors_table.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (
    LARGE_ENV,
    Row,
    TimedConnection,
    emit,
    interleaved_medians,
    large_workspace,
    read_in_bare_model,
    sql_seconds,
)

GOAL = 2.0

PEOPLE = 20_000
VISIBLE = 40
REPEAT = 7


def build(path: Path):
    from ghostdesk.domain.ambassador import Ambassador, NetworkProfile
    from ghostdesk.domain.clock import new_id
    from ghostdesk.services import workspaces
    from ghostdesk.storage import ambassadors_repo

    ws = workspaces.create(path)
    rng = random.Random(7)
    markets = [("US", "en", "America/New_York"), ("FR", "fr", "Europe/Paris"), ("DE", "de", "Europe/Berlin"),
               ("JP", "ja", "Asia/Tokyo"), ("CN", "zh", "Asia/Shanghai")]  # fmt: skip
    people = []
    for i in range(PEOPLE):
        market, language, zone = rng.choice(markets)
        people.append(
            Ambassador(
                id=new_id(), name=f"Person {rng.randrange(10**6):06d} {i}", email=f"p{i}@example.com", market=market,
                language=language, time_zone=zone, team=f"Team {i % 60}", topics=(f"topic {i % 25}",),
                networks=(NetworkProfile("linkedin", "", rng.randrange(5000)),), groups=("Inner circle",) if i % 50 == 0 else (),
            )
        )  # fmt: skip
    ambassadors_repo.save_many(ws.db, people)
    return ws


def best(fn) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(large: Path | None = None, repeats: int = REPEAT) -> list[Row]:
    """The roster model on the large workspace (20,000 people): our model vs raw SQL for the visible rows."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ghostdesk.domain.ambassador import AmbassadorFilter
    from ghostdesk.services import ambassadors, workspaces
    from ghostdesk.ui.models.ambassador_table import AmbassadorTableModel

    QApplication.instance() or QApplication(sys.argv[:1])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        ws = workspaces.open_workspace(large or large_workspace(Path(folder)), read_only=True)
        clock = TimedConnection(ws.db.conn)
        ws.db.conn = clock  # the model's reads are timed; the floors use the raw connection
        db = clock._conn
        model = AmbassadorTableModel(
            lambda f: ambassadors.query_ids(ws.db, f), lambda ids: ambassadors.get_many(ws.db, ids)
        )
        columns = model.columnCount()
        sql = (
            "SELECT name, email, market, consent, team, network_size, time_zone FROM ambassadors"
            " WHERE {where} ORDER BY search_key LIMIT ? OFFSET ?"
        )
        cases = [
            ("roster: all, first screen", AmbassadorFilter(), "consent != 'erased'", [], 0.0),
            ("roster: jump to the middle", AmbassadorFilter(), "consent != 'erased'", [], 0.5),
            ("roster: filter market FR", AmbassadorFilter(market="FR"), "market = 'FR'", [], 0.0),
            ("search ambassadors: '1234'", AmbassadorFilter(search="1234"), "search_key LIKE ?", ["%1234%"], 0.0),
        ]
        for label, filt, where, args, fraction in cases:
            sql_times: list[float] = []

            def ours(filt=filt, fraction=fraction, sql_times=sql_times) -> float:
                model.set_filter(AmbassadorFilter(market="JP"))  # from another view, so the filter really changes
                clock.seconds = 0.0
                started = time.perf_counter()
                model.set_filter(filt)
                first = int(model.rowCount() * fraction)
                for row in range(first, min(first + VISIBLE, model.rowCount())):
                    for column in range(columns):
                        model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                elapsed = time.perf_counter() - started
                sql_times.append(clock.seconds)
                return elapsed

            def floor(where=where, args=args, fraction=fraction) -> float:
                def read() -> None:
                    total = db.execute(f"SELECT COUNT(*) FROM ambassadors WHERE {where}", args).fetchone()[0]
                    db.execute(sql.format(where=where), [*args, VISIBLE, int(total * fraction)]).fetchall()

                return sql_seconds(read)

            def bare(where=where, args=args, fraction=fraction) -> float:
                started = time.perf_counter()
                total = db.execute(f"SELECT COUNT(*) FROM ambassadors WHERE {where}", args).fetchone()[0]
                read_in_bare_model(
                    db.execute(sql.format(where=where), [*args, VISIBLE, int(total * fraction)]).fetchall()
                )
                return time.perf_counter() - started

            ours(), floor(), bare()
            medians = interleaved_medians({"ours": ours, "floor": floor, "bare": bare}, repeats)
            rows.append(Row(f"{label} (large): its SQL", statistics.median(sql_times), medians["floor"], GOAL))
            rows.append(Row(f"{label} (large) vs bare model", medians["ours"], medians["bare"], GOAL))
            rows.append(Row(f"{label} (large) vs raw SQL", medians["ours"], medians["floor"]))
        ws.db.conn = db
        ws.close()
    return rows


def main() -> int:
    if "--json" in sys.argv:
        large = Path(os.environ[LARGE_ENV]) if os.environ.get(LARGE_ENV) else None
        return emit(measure(large), sys.argv)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ghostdesk.domain.ambassador import AmbassadorFilter
    from ghostdesk.services import ambassadors
    from ghostdesk.ui.models.ambassador_table import AmbassadorTableModel

    QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        ws = build(Path(folder) / "bench.ghostdesk")
        db = ws.db
        model = AmbassadorTableModel(lambda f: ambassadors.query_ids(db, f), lambda ids: ambassadors.get_many(db, ids))
        columns = model.columnCount()

        def screen(first: int) -> None:
            for row in range(first, min(first + VISIBLE, model.rowCount())):
                for column in range(columns):
                    model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)

        def ours(filt: AmbassadorFilter, first_fraction: float) -> None:
            model.set_filter(filt)
            screen(int(model.rowCount() * first_fraction))

        sql = (
            "SELECT name, email, market, consent, team, network_size, time_zone FROM ambassadors"
            " WHERE {where} ORDER BY search_key LIMIT ? OFFSET ?"
        )

        def floor(where: str, args: list, first_fraction: float) -> None:
            total = db.execute(f"SELECT COUNT(*) FROM ambassadors WHERE {where}", args).fetchone()[0]
            db.execute(sql.format(where=where), [*args, VISIBLE, int(total * first_fraction)]).fetchall()

        cases = [
            ("open the page (all, first screen)", AmbassadorFilter(), "consent != 'erased'", [], 0.0),
            ("jump to the middle", AmbassadorFilter(), "consent != 'erased'", [], 0.5),
            ("jump to the end", AmbassadorFilter(), "consent != 'erased'", [], 0.99),
            ("filter market FR", AmbassadorFilter(market="FR"), "market = 'FR'", [], 0.0),
            ("search '1234'", AmbassadorFilter(search="1234"), "search_key LIKE ?", ["%1234%"], 0.0),
        ]
        print(f"Roster table, {PEOPLE:,} ambassadors, {VISIBLE} visible rows × {columns} columns (best of {REPEAT})")
        print(f"{'case':<36} {'ours':>9} {'raw SQL':>9} {'ratio':>7}")
        for label, filt, where, args, fraction in cases:
            t_ours = best(lambda filt=filt, fraction=fraction: ours(filt, fraction))
            t_floor = best(lambda where=where, args=args, fraction=fraction: floor(where, args, fraction))
            print(f"{label:<36} {t_ours * 1000:>7.1f}ms {t_floor * 1000:>7.1f}ms {t_ours / t_floor:>6.1f}×")
        scroll = best(lambda: [screen(first) for first in range(0, 4000, VISIBLE)])
        print(f"{'scroll 100 screens (cache pages)':<36} {scroll * 1000:>7.1f}ms  ({scroll * 10:.2f} ms per screen)")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
