"""Benchmark: the posts table over 100,000 posts — our model (ids + row cache) against raw SQL for the
visible rows. Prints the timings and the ratio; not a test.

    .venv/bin/python benchmarks/posts_table.py [N]
"""

from __future__ import annotations

import json
import os
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

VISIBLE = 40
SEARCH_GOAL = 1.5
TABLE_GOAL = 2.0


def fill(workspace, n: int) -> None:
    from ghostdesk.domain.clock import new_id
    from ghostdesk.storage import executives_repo

    executives = [executives_repo.create(workspace.db, name).id for name in ("Claire Vasseur", "Daniel Okafor")]
    statuses = ["idea", "draft", "in_review", "approved", "scheduled", "published", "archived"]
    words = [
        "grid",
        "balance",
        "forecast",
        "humility",
        "operators",
        "wind",
        "solar",
        "storage",
        "team",
        "Lyon",
        "Berlin",
        "data",
    ]
    rows = []
    for i in range(n):
        body = " ".join(words[(i * 7 + k) % len(words)] for k in range(40)) + f" post {i}"
        stamp = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:{i % 60:02d}.{i % 1000000:06d}+00:00"
        rows.append(
            (
                new_id(),
                executives[i % 2],
                f"Post {i}",
                ["en", "fr", "de"][i % 3],
                body,
                json.dumps(["grid"]),
                statuses[i % 7],
                stamp,
                stamp,
            )
        )
    with workspace.db.atomic():
        workspace.db.conn.executemany(
            "INSERT INTO posts (id, executive_id, title, language, body, hashtags, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


# A raw FTS5 query for what a search shows: the table's columns, as in the unfiltered floor above, and the Match
# column's snippet of the body around the matched words (the part of a search's result a person reads first).
SEARCH_SQL = (
    "SELECT p.id, p.title, e.name, p.status, p.language, p.updated_at, snippet(posts_fts, 1, '[', ']', '…', 14)"
    " FROM posts_fts f JOIN posts p ON p.seq = f.rowid LEFT JOIN executives e ON e.id = p.executive_id"
    " WHERE posts_fts MATCH ? ORDER BY f.rank LIMIT ?"
)

# (label, filter kwargs, raw SQL for the same visible rows, its arguments, goal) on the large workspace
LARGE_CASES = [
    ("posts table: all, first screen", {}, "SELECT p.id, p.title, e.name, p.status, p.language, p.updated_at FROM posts p"
     " LEFT JOIN executives e ON e.id = p.executive_id ORDER BY p.updated_at DESC, p.id DESC LIMIT ?", [], TABLE_GOAL),
    ("posts table: status = in review", {"statuses": ("in_review",)}, "SELECT p.id, p.title, e.name, p.status, p.language,"
     " p.updated_at FROM posts p LEFT JOIN executives e ON e.id = p.executive_id WHERE p.status = ?"
     " ORDER BY p.updated_at DESC, p.id DESC LIMIT ?", ["in_review"], TABLE_GOAL),
    ("search posts: one match ('4242')", {"search": "4242"}, SEARCH_SQL, ['"4242"*'], SEARCH_GOAL),
    ("search posts: many matches ('humility')", {"search": "humility"}, SEARCH_SQL, ['"humility"*'], SEARCH_GOAL),
]  # fmt: skip


def measure(large: Path | None = None, repeats: int = 15) -> list[Row]:
    """On the large workspace: our table model (filter, first screen's cells) vs raw SQL for the visible rows."""
    from PySide6.QtWidgets import QApplication

    from ghostdesk.domain.posts import PostFilter, PostStatus
    from ghostdesk.services import workspaces
    from ghostdesk.ui.models.post_table_model import PostTableModel

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = large or large_workspace(Path(folder))
        workspace = workspaces.open_workspace(path, read_only=True)
        clock = TimedConnection(workspace.db.conn)
        workspace.db.conn = clock  # the model's reads are timed; the floors use the raw connection
        db = clock._conn
        model = PostTableModel()
        model.set_workspace(workspace)
        rows = []
        for label, kwargs, sql, args, goal in LARGE_CASES:
            if "statuses" in kwargs:
                kwargs = {"statuses": tuple(PostStatus(s) for s in kwargs["statuses"])}
            flt = PostFilter(**kwargs)

            sql_times: list[float] = []

            def ours(flt=flt, sql_times=sql_times) -> float:
                model.set_filter(PostFilter())  # from the unfiltered table, as a user types
                clock.seconds = 0.0
                started = time.perf_counter()
                model.set_filter(flt)
                for row in range(min(VISIBLE, model.rowCount())):
                    for column in range(model.columnCount()):
                        model.index(row, column).data()
                elapsed = time.perf_counter() - started
                sql_times.append(clock.seconds)
                return elapsed

            def floor(sql=sql, args=args) -> float:
                return sql_seconds(lambda: db.execute(sql, [*args, VISIBLE]).fetchall())

            def bare(sql=sql, args=args) -> float:
                started = time.perf_counter()
                read_in_bare_model(db.execute(sql, [*args, VISIBLE]).fetchall())
                return time.perf_counter() - started

            ours(), floor(), bare()  # warm
            medians = interleaved_medians({"ours": ours, "floor": floor, "bare": bare}, repeats)
            rows.append(Row(f"{label} (large): its SQL", statistics.median(sql_times), medians["floor"], goal))
            rows.append(Row(f"{label} (large) vs bare model", medians["ours"], medians["bare"], goal))
            rows.append(Row(f"{label} (large) vs raw SQL", medians["ours"], medians["floor"]))
        workspace.db.conn = db
        workspace.close()
    return rows


def main() -> int:
    if "--json" in sys.argv:
        large = Path(os.environ[LARGE_ENV]) if os.environ.get(LARGE_ENV) else None
        return emit(measure(large), sys.argv)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from PySide6.QtWidgets import QApplication

    from ghostdesk.domain.posts import PostFilter, PostStatus
    from ghostdesk.services import workspaces
    from ghostdesk.ui.models.post_table_model import PostTableModel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        workspace = workspaces.create(Path(folder) / "bench.ghostdesk")
        start = time.perf_counter()
        fill(workspace, n)
        print(f"filled {n:,} posts in {time.perf_counter() - start:.1f} s")
        clock = TimedConnection(workspace.db.conn)
        workspace.db.conn = clock  # the model's reads are timed; the floors use the raw connection
        db = clock._conn
        model = PostTableModel()
        model.set_workspace(workspace)

        def ours(flt: PostFilter) -> None:
            model.set_filter(flt)
            for row in range(min(VISIBLE, model.rowCount())):
                for column in range(5):
                    model.index(row, column).data()

        raw_sql = {
            "all": (
                "SELECT p.id, p.title, e.name, p.status, p.language, p.updated_at FROM posts p"
                " LEFT JOIN executives e ON e.id = p.executive_id ORDER BY p.updated_at DESC LIMIT ?",
                [],
            ),
            "status=draft": (
                "SELECT p.id, p.title, e.name, p.status, p.language, p.updated_at FROM posts p"
                " LEFT JOIN executives e ON e.id = p.executive_id WHERE p.status = ?"
                " ORDER BY p.updated_at DESC LIMIT ?",
                ["draft"],
            ),
            "search '4242'": (
                "SELECT p.id, p.title, p.status FROM posts_fts f JOIN posts p ON p.seq = f.rowid"
                " WHERE posts_fts MATCH ? ORDER BY f.rank LIMIT ?",
                ['"4242"*'],
            ),
            "search (all match)": (
                "SELECT p.id, p.title, p.status FROM posts_fts f JOIN posts p ON p.seq = f.rowid"
                " WHERE posts_fts MATCH ? ORDER BY f.rank LIMIT ?",
                ['"humility"*'],
            ),
        }
        filters = {
            "all": PostFilter(),
            "status=draft": PostFilter(statuses=(PostStatus.DRAFT,)),
            "search '4242'": PostFilter(search="4242"),
            "search (all match)": PostFilter(search="humility"),
        }
        print(f"{'case':20} {'ours (ms)':>10} {'raw SQL (ms)':>13} {'ratio':>7}")
        for name, flt in filters.items():
            sql, args = raw_sql[name]
            floor = best_of(lambda sql=sql, args=args: db.execute(sql, [*args, VISIBLE]).fetchall())
            mine = best_of(lambda flt=flt: ours(flt), repeat=3)
            print(f"{name:20} {mine * 1000:10.1f} {floor * 1000:13.2f} {mine / floor:7.1f}")
        print(f"posts: {n:,}; visible rows read: {VISIBLE}; a search loads every match, other views page ids")
        workspace.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
