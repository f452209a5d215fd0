"""Pages on the large workspace: opening each page (built, filled, first screen painted) and scrolling its table
(to the middle, then the end, painted). Three rows per step, each against a floor measured in the same child:

- the SQL the page runs on the GUI thread for that step, against raw SQL reading the same visible rows (does the
  page read only what it shows?);
- the whole step, wall clock, against those rows shown and painted in a bare QTableView (the least any table on
  screen costs) — and, for a page that shows one item's detail beside its list (Posts: the first post in the
  editor and its preview; Voices: the first executive's profile; Markets: the first market's profile), that
  detail's text read by raw SQL and shown beside the table in plain Qt text fields;
- the whole step against the raw SQL alone, printed without a goal: that floor leaves out Qt, so no page that
  paints can come near it.

    QT_QPA_PLATFORM=offscreen python benchmarks/pages.py [--large PATH] [--repeats 10]

Each run is a fresh process (a page is built only once per window), so the runs are cold for our code; ours and
the floor are measured in the same child, one after the other, each starting with SQLite's page cache emptied
(`PRAGMA shrink_memory`): the file is in the system's cache for both, and neither reads pages the other has just
brought in; ours runs first in every other run, the floor first in the others. Goal ≤ 2×.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import LARGE_ENV, ROOT, Row, TimedConnection, emit, env, large_workspace, sql_seconds

GOAL = 2.0
VISIBLE = 40
PAGES = ("posts", "variants", "ambassadors", "calendar", "voices", "markets", "kits", "results")

# The floor: what the page shows, straight from SQL — the visible rows only (LIMIT), at the scrolled-to offset.
POSTS_SQL = (
    "SELECT p.id, p.title, e.name, p.status, p.language, p.updated_at FROM posts p"
    " LEFT JOIN executives e ON e.id = p.executive_id ORDER BY p.updated_at DESC, p.id DESC LIMIT ? OFFSET ?"
)
VARIANTS_SQL = (  # each visible post's variants, as their cells show them: status, out of date, finding counts
    "SELECT p.id, p.title, v.market, v.status, v.updated_at,"
    " v.base_version < (SELECT max(number) FROM post_versions WHERE post_id = p.id), f.blocking, f.warnings FROM"
    " (SELECT id, title, updated_at FROM posts ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?) p"
    " LEFT JOIN variants v ON v.post_id = p.id LEFT JOIN variant_findings f ON f.variant_id = v.id"
)
AMBASSADORS_SQL = (
    "SELECT name, email, market, consent, team, network_size, time_zone FROM ambassadors"
    " WHERE consent != 'erased' ORDER BY search_key LIMIT ? OFFSET ?"
)
CALENDAR_SQL = (  # the month on screen: every share of the campaign in it, for the day cells
    "SELECT id, ambassador_name, slot_id, wave, utc, time_zone, status FROM planned_shares"
    " WHERE campaign_id = ? ORDER BY utc LIMIT ? OFFSET ?"
)
VOICES_SQL = "SELECT * FROM voice_profiles LIMIT ? OFFSET ?"
KITS_SQL = (  # the campaign's people, as the kits page lists them
    "SELECT a.name, a.email, a.market, a.language, a.time_zone FROM ambassadors a WHERE a.id IN"
    " (SELECT ambassador_id FROM planned_shares WHERE campaign_id = ?) ORDER BY a.search_key LIMIT ? OFFSET ?"
)
RESULTS_SQL = (  # the board: each sharer's figures summed, best first
    "SELECT ambassador_id, SUM(impressions), SUM(reactions), SUM(comments), SUM(reposts), SUM(clicks)"
    " FROM results_figures WHERE campaign_id = ? AND kind = 'share' GROUP BY ambassador_id"
    " ORDER BY 2 DESC LIMIT ? OFFSET ?"
)


# The detail a page shows beside its list on opening, as plain texts: (one-line texts, multi-line texts). The
# floor reads them with raw SQL (or the shipped data the page reads) and shows them in a QLineEdit per one-line
# text and a QPlainTextEdit per multi-line text (it lays out only what is on screen, where a word-wrapped label
# lays out all its text, more than once) — the least any page showing that detail costs.
FIRST_POST_SQL = (  # what the editor and its preview card show of the first post: its fields, who signs it (the
    # card's name and title) and how many images it has (the Images tab's label)
    "SELECT p.title, p.body, p.hashtags, p.links, p.notes, e.name, e.title,"
    " (SELECT count(*) FROM post_images WHERE post_id = p.id) FROM posts p"
    " LEFT JOIN executives e ON e.id = p.executive_id ORDER BY p.updated_at DESC, p.id DESC LIMIT 1"
)
FIRST_VOICE_SQL = (
    "SELECT e.name, e.title, v.* FROM executives e LEFT JOIN voice_profiles v ON v.executive_id = e.id"
    " ORDER BY e.name LIMIT 1"
)


def post_detail(conn, _rows) -> tuple[list[str], list[str]]:
    """The editor's first post: its title on one line; its body in the editor and again in the preview card, with
    the executive's name and title; the number of its images."""
    title, body, hashtags, links, notes, name, role, images = conn.execute(FIRST_POST_SQL).fetchone()
    lines = [title or "", links or "", notes or "", name or "", role or "", str(images)]
    return lines, [body, body, hashtags or ""]


def voice_detail(conn, _rows) -> tuple[list[str], list[str]]:
    """The first executive's profile, each stored field as a "name: value" line."""
    cursor = conn.execute(FIRST_VOICE_SQL)
    row = cursor.fetchone()
    names = [c[0] for c in cursor.description]
    return [f"{row[0]}", f"{row[1]}"], ["\n".join(f"{n}: {v}" for n, v in zip(names[2:], row[2:], strict=True))]


def market_detail(_conn, rows) -> tuple[list[str], list[str]]:
    """The first listed market's profile, each field as "name: value" lines (nested rules flattened)."""
    import dataclasses

    from ghostdesk.markets import profiles

    first = rows[0][0]  # the first listed market, from the list's rows already read
    profile = profiles.shipped().get(first)  # parsed once per process (cached), as the page reads it
    fields = dataclasses.asdict(profile) if profile else {}
    lines = [f"{name}: {value}" for name, value in fields.items()]
    return [first], ["\n".join(lines)]


SLOW = 20.0  # seconds: a page this slow to open is timed in the first run only (so `make bench` ends)


def market_rows(conn, first: int) -> list[tuple]:
    """What the Markets page lists: the shipped profiles and the workspace's own markets, with which fields the
    workspace overrides (what the list's "Profile" column says)."""
    from ghostdesk.markets import profiles

    added = conn.execute("SELECT code, profile FROM workspace_markets ORDER BY code").fetchall()
    overridden = dict(conn.execute("SELECT market, group_concat(field) FROM market_overrides GROUP BY market"))
    shipped = [(p.code, p.name, p.locale, ", ".join(p.networks)) for p in profiles.shipped().values()]
    rows = [(*row, overridden.get(row[0], "shipped")) for row in shipped + added]
    return rows[first : first + VISIBLE]


def fill(view, rows: list[tuple]) -> None:
    """Put `rows` (the first screen's worth) into the bare view's model, replacing what it showed."""
    from PySide6.QtGui import QStandardItem

    model = view.model()
    model.setRowCount(0)
    for row in rows[:VISIBLE]:
        model.appendRow([QStandardItem("" if v is None else str(v)) for v in row])


def bare_table(rows: list[tuple], host, detail: tuple[list[str], list[str]] | None = None):
    """The painted floor: the visible rows in a new plain QTableView over a QStandardItemModel, set into a window
    already on screen (as a page is set into ours), and painted; with `detail`, its texts beside the table in a
    plain QLineEdit each (one-line texts) and a QPlainTextEdit each (multi-line texts)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPlainTextEdit, QTableView, QVBoxLayout, QWidget

    view = QTableView()
    view.setModel(QStandardItemModel(0, len(rows[0]) if rows else 1, view))
    fill(view, rows)
    if detail is None:
        host.setCentralWidget(view)  # the previous one is deleted
    else:
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(view)
        pane = QVBoxLayout()
        row.addLayout(pane)
        lines, blocks = detail
        for text in lines:
            pane.addWidget(QLineEdit(text))
        for text in blocks:
            pane.addWidget(QPlainTextEdit(text))
        host.setCentralWidget(central)
    QApplication.processEvents()
    host.grab()
    return view


def cold(conn) -> None:
    """Empty the connection's page cache, so the next step reads the file as the first reader of those rows does
    (from the system's cache: every run here has read the whole file before)."""
    conn.execute("PRAGMA shrink_memory").fetchall()


def settle(app) -> None:
    """Let the page's after-paint work (workers, short timers) finish, untimed."""
    from PySide6.QtCore import QThreadPool

    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:  # timers that start workers a little after the paint
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(50)
    QThreadPool.globalInstance().waitForDone(60_000)
    app.processEvents()


def child(path: Path, skip: tuple[str, ...] = (), floors_first: bool = False) -> dict[str, float]:
    """Runs in a fresh process: open the window on `path`, then each page, timing ours and the floor (the floor
    first in each step with `floors_first`)."""
    import gc

    gc.disable()  # the app's start-up (cli.main): collector off until the window shows, then start-up frozen
    from PySide6.QtWidgets import QAbstractItemView, QMainWindow

    from ghostdesk.services import workspaces
    from ghostdesk.ui.app import build_context, collect_from_now_on, make_application
    from ghostdesk.ui.mainwindow import MainWindow

    app = make_application([])
    context = build_context(app, show_crash_dialog=False, persist_settings=False)
    workspace = workspaces.open_workspace(path)
    context.workspace = workspace
    window = MainWindow(context)
    window.resize(1180, 760)
    window.show()
    collect_from_now_on()
    host = QMainWindow()  # the bare floor's window, on screen before any timing like ours
    host.resize(window.size())
    host.show()
    app.processEvents()
    # Qt's first table view and text fields in a process (their Python types, first layouts) are not the floor's cost
    bare_table([("warm-up",) * 5] * VISIBLE, host, (["warm-up"], ["warm-up"]))
    settle(app)  # the window idles a moment after start-up, as before a person's first click (ui/warmup.py)
    db = workspace.db
    clock = TimedConnection(db.conn)
    db.conn = clock  # the page's reads on the GUI thread are timed from here on; the floors use the raw connection
    raw = clock._conn
    campaign = raw.execute("SELECT id FROM campaigns ORDER BY start_date, name LIMIT 1").fetchone()[0]
    rows_of = {
        "posts": lambda first: raw.execute(POSTS_SQL, [VISIBLE, first]).fetchall(),
        "variants": lambda first: raw.execute(VARIANTS_SQL, [VISIBLE, first]).fetchall(),
        "ambassadors": lambda first: raw.execute(AMBASSADORS_SQL, [VISIBLE, first]).fetchall(),
        "calendar": lambda first: raw.execute(CALENDAR_SQL, [campaign, 10_000, first]).fetchall(),
        "voices": lambda first: raw.execute(VOICES_SQL, [VISIBLE, first]).fetchall(),
        "markets": lambda first: market_rows(raw, first),
        "kits": lambda first: raw.execute(KITS_SQL, [campaign, VISIBLE, first]).fetchall(),
        "results": lambda first: raw.execute(RESULTS_SQL, [campaign, VISIBLE, first]).fetchall(),
    }  # fmt: skip
    detail_of = {"posts": post_detail, "voices": voice_detail, "markets": market_detail}
    # The detail's own reads, for the raw SQL floor (a Markets profile is shipped data, read by no statement).
    detail_sql = {"posts": FIRST_POST_SQL, "voices": FIRST_VOICE_SQL}
    totals = {
        "posts": raw.execute("SELECT COUNT(*) FROM posts").fetchone()[0],
        "variants": raw.execute("SELECT COUNT(*) FROM posts").fetchone()[0],
        "ambassadors": raw.execute("SELECT COUNT(*) FROM ambassadors").fetchone()[0],
    }
    found: dict[str, float] = {}

    def open_ours(key: str):
        cold(raw)
        clock.seconds = 0.0
        started = time.perf_counter()
        page = window.show_page(key)
        app.processEvents()
        page.grab()  # paints the first screen: every visible cell's data()
        found[f"open {key}"] = time.perf_counter() - started
        found[f"open {key} sql"] = clock.seconds
        print(f"open {key}: {found[f'open {key}']:.3f} s", file=sys.stderr, flush=True)
        settle(app)  # what the page finishes after its first paint must not slow the floors or the next page
        return page

    def open_floors(key: str):
        detail, sql = detail_of.get(key), detail_sql.get(key)
        cold(raw)
        found[f"open {key} floor"] = sql_seconds(lambda: (rows_of[key](0), sql and raw.execute(sql).fetchall()))
        cold(raw)
        started = time.perf_counter()
        rows = rows_of[key](0)
        bare = bare_table(rows, host, detail(raw, rows) if detail else None)
        found[f"open {key} bare"] = time.perf_counter() - started
        return bare

    def scroll_ours(key: str, view) -> None:
        bar = view.verticalScrollBar()
        cold(raw)
        clock.seconds = 0.0
        started = time.perf_counter()
        for fraction in (0.5, 1.0):
            bar.setValue(int(bar.maximum() * fraction))
            app.processEvents()
            view.viewport().grab()
        found[f"scroll {key}"] = (time.perf_counter() - started) / 2
        found[f"scroll {key} sql"] = clock.seconds / 2
        print(f"scroll {key}: {found[f'scroll {key}']:.3f} s", file=sys.stderr, flush=True)
        settle(app)

    def scroll_floors(key: str, bare) -> None:
        offsets = [max(0, int(totals[key] * fraction) - VISIBLE) for fraction in (0.5, 1.0)]
        cold(raw)
        found[f"scroll {key} floor"] = sql_seconds(lambda: [rows_of[key](first) for first in offsets]) / 2
        cold(raw)
        started = time.perf_counter()
        for first in offsets:
            fill(bare, rows_of[key](first))
            app.processEvents()  # as for ours: the window repaints, then the grab paints once more
            bare.viewport().grab()
        found[f"scroll {key} bare"] = (time.perf_counter() - started) / 2

    # Whichever runs first in a step pays for what the other then finds warm (the CPU's caches, SQLite's code
    # paths): the runner alternates the order between runs, so neither side is always first.
    for key in PAGES:
        if key in skip:
            continue
        if floors_first:
            bare = open_floors(key)
            page = open_ours(key)
        else:
            page = open_ours(key)
            bare = open_floors(key)
        views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
        if key not in totals or not views:
            continue
        view = max(views, key=lambda v: v.model().rowCount())
        if floors_first:
            scroll_floors(key, bare)
            scroll_ours(key, view)
        else:
            scroll_ours(key, view)
            scroll_floors(key, bare)
    window.close()
    db.conn = raw
    workspace.close()
    return found


def measure(repeats: int = 10, large: Path | None = None) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        path = large or large_workspace(Path(folder))
        samples: dict[str, list[float]] = {}
        environment = env(Path(folder) / "home")
        subprocess.run([sys.executable, "-m", "ghostdesk", "--workspace", str(path), "--quit-after", "0",
                        "--no-crash-dialog"], env=environment, cwd=ROOT, capture_output=True, timeout=600)  # fmt: skip
        slow: list[str] = []
        for run in range(repeats):
            command = [sys.executable, __file__, "--child", str(path), *(["--skip", ",".join(slow)] if slow else [])]
            command += ["--floors-first"] if run % 2 else []
            done = subprocess.run(command, env=environment, cwd=ROOT, capture_output=True, text=True, timeout=900)
            line = [x for x in done.stdout.splitlines() if x.startswith("PAGES ")]
            if not line:
                raise RuntimeError(f"pages child failed:\n{done.stdout}\n{done.stderr}")
            for name, value in json.loads(line[0][6:]).items():
                samples.setdefault(name, []).append(value)
            slow = sorted({n.split()[1] for n, v in samples.items() if n.startswith("open ") and v[0] > SLOW})
    medians = {name: statistics.median(v) for name, v in samples.items()}
    rows = []
    for name in medians:
        if name.endswith((" floor", " bare", " sql")):
            continue
        what = f"{name} page (large)" if name.startswith("open") else f"{name} table (large)"
        if len(samples[name]) == 1 < repeats:
            what += " [1 run]"
        # Does the page read only what it shows? Its SQL on the GUI thread against the raw query for those rows.
        rows.append(
            Row(what.replace(" (large)", " (large): its SQL"), medians[f"{name} sql"], medians[f"{name} floor"], GOAL)
        )
        # The whole step against what a bare Qt table costs to show those rows: raw SQL plus painting.
        rows.append(
            Row(what.replace(" (large)", " (large) vs bare table"), medians[name], medians[f"{name} bare"], GOAL)
        )
        # The whole step against the raw SQL alone: no goal, since that floor leaves Qt out.
        rows.append(Row(what.replace(" (large)", " (large) vs raw SQL"), medians[name], medians[f"{name} floor"]))
    return rows  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument(
        "--large", type=Path, default=Path(os.environ[LARGE_ENV]) if os.environ.get(LARGE_ENV) else None
    )
    parser.add_argument("--child", type=Path)
    parser.add_argument("--skip", default="", help="pages the child leaves out (comma-separated)")
    parser.add_argument("--floors-first", action="store_true", help="the child times each step's floors first")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        skip = tuple(filter(None, args.skip.split(",")))
        print("PAGES " + json.dumps(child(args.child, skip, args.floors_first)), flush=True)
        return 0
    return emit(measure(args.repeats, args.large), sys.argv)


if __name__ == "__main__":
    sys.exit(main())
