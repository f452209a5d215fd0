"""Shared helpers for the benchmarks: medians, side-by-side runs, one table of ratios."""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def env(home: Path) -> dict[str, str]:
    values = dict(os.environ)
    values["GHOSTDESK_HOME"] = str(home)
    values.setdefault("QT_QPA_PLATFORM", "offscreen")
    return values


@dataclass(frozen=True)
class Row:
    """One line of the table: ours against the floor measured side by side (seconds, or bytes for memory)."""

    what: str
    ours: float
    floor: float
    goal: float | None = None  # the ratio ours/floor must stay at or under this
    unit: str = "s"  # "s" or "MB"

    @property
    def ratio(self) -> float:
        return self.ours / self.floor if self.floor else float("inf")

    @property
    def ok(self) -> bool:
        return self.goal is None or self.ratio <= self.goal


def rows_to_json(rows: list[Row]) -> str:
    return json.dumps([asdict(r) for r in rows])


def rows_from_json(text: str) -> list[Row]:
    return [Row(**r) for r in json.loads(text)]


LARGE_ENV = "GHOSTDESK_BENCH_LARGE"


def large_workspace(folder: Path) -> Path:
    """The large demo: the one named by $GHOSTDESK_BENCH_LARGE (built there if missing), else built in `folder`."""
    given = os.environ.get(LARGE_ENV)
    path = Path(given) if given else folder / "large.ghostdesk"
    if not path.exists():
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "ghostdesk", "demo", str(path), "--size", "large"],
            check=True, cwd=ROOT, timeout=900, env=env(path.parent / "home"),
        )  # fmt: skip
        print(f"built the large workspace in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    # Opened once for writing: a file built by an older GhostDesk is brought to the current schema here, not by
    # whichever script opens it first (a read-only open refuses a workspace that needs an upgrade).
    subprocess.run(
        [sys.executable, "-c", _UPGRADE, str(path)], check=True, cwd=ROOT, timeout=900, env=env(path.parent / "home")
    )
    return path


_UPGRADE = "import sys; from ghostdesk.services import workspaces; workspaces.open_workspace(sys.argv[1]).close()"


def run_to_idle(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """(seconds from process start to the child's `idle <epoch>` line, the child's peak RSS in MB).

    The child is reaped with wait4, which reports its own ru_maxrss (not the maximum over all children).
    """
    import tempfile

    with tempfile.TemporaryFile("w+") as errors:
        started = time.time()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, env=environment, cwd=ROOT)
        out = child.stdout.read()
        child.stdout.close()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read()
    for line in out.splitlines():
        if line.startswith("idle "):
            return float(line.split()[1]) - started, usage.ru_maxrss / 1024
    raise RuntimeError(f"{command} printed no idle line:\n{out}\n{err}")


def time_to_idle(command: list[str], environment: dict[str, str]) -> float:
    """Seconds from process start to the child's `idle <epoch>` line."""
    return run_to_idle(command, environment)[0]


def interleaved_medians(runs: dict[str, Callable[[], float]], repeats: int) -> dict[str, float]:
    """Run each contender in turn, `repeats` rounds, so machine noise hits all of them alike."""
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, fn in runs.items():
            samples[name].append(fn())
    return {name: statistics.median(values) for name, values in samples.items()}


def read_in_bare_model(rows: list[tuple]) -> None:
    """The floor of showing rows through Qt's model API: put them in a QStandardItemModel (Qt's own C++ model)
    and read every cell back through index().data(), as a view does for the cells on screen."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(0, len(rows[0]) if rows else 1)
    for row in rows:
        model.appendRow([QStandardItem("" if v is None else str(v)) for v in row])
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            model.index(r, c).data()


# The collector's pauses, per thread. A collection runs in whichever statement happens to allocate past its
# threshold — often a page's first fetch, walking the objects the previous page left — and is no reading of
# SQLite's: the "its SQL" rows leave it out on both sides (ours and the raw query), while the whole-step rows
# keep it, as a user waits for it.
_COLLECTING: dict[int, float] = {}
_COLLECTED: dict[int, float] = {}


def _on_collection(phase: str, _info: dict) -> None:
    thread = threading.get_ident()
    if phase == "start":
        _COLLECTING[thread] = time.perf_counter()
    elif thread in _COLLECTING:
        _COLLECTED[thread] = _COLLECTED.get(thread, 0.0) + time.perf_counter() - _COLLECTING.pop(thread)


gc.callbacks.append(_on_collection)


def collector_seconds() -> float:
    """How long the collector has held this thread so far."""
    return _COLLECTED.get(threading.get_ident(), 0.0)


def sql_seconds(fn: Callable[[], object]) -> float:
    """Wall time of `fn()` on this thread, less the collector's pauses inside it."""
    started, paused = time.perf_counter(), collector_seconds()
    fn()
    return time.perf_counter() - started - (collector_seconds() - paused)


class TimedCursor:
    """A cursor whose execution and fetching add to its connection's clock."""

    def __init__(self, cursor, clock: TimedConnection) -> None:
        self._cursor = cursor
        self._clock = clock

    def _timed(self, fn, *args):
        started, paused = time.perf_counter(), collector_seconds()
        try:
            return fn(*args)
        finally:
            self._clock.add(time.perf_counter() - started - (collector_seconds() - paused))

    def fetchone(self):
        return self._timed(self._cursor.fetchone)

    def fetchall(self):
        return self._timed(self._cursor.fetchall)

    def fetchmany(self, *args):
        return self._timed(self._cursor.fetchmany, *args)

    def __iter__(self):
        return self

    def __next__(self):
        return self._timed(self._cursor.__next__)

    def __getattr__(self, name: str):
        return getattr(self._cursor, name)


class TimedConnection:
    """Stands in for the workspace's sqlite3 connection and adds up the time spent in SQLite on the GUI thread —
    executing and fetching — so a page's own reads can be set against the raw query for what it shows.
    Workers open their own connections, so what a page reads off the GUI thread is not counted; nor are the
    collector's pauses (`collector_seconds`)."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._thread = threading.get_ident()
        self.seconds = 0.0

    def add(self, seconds: float) -> None:
        if threading.get_ident() == self._thread:
            self.seconds += seconds

    def execute(self, *args):
        started, paused = time.perf_counter(), collector_seconds()
        cursor = self._conn.execute(*args)
        self.add(time.perf_counter() - started - (collector_seconds() - paused))
        return TimedCursor(cursor, self)

    def executemany(self, *args):
        started, paused = time.perf_counter(), collector_seconds()
        cursor = self._conn.executemany(*args)
        self.add(time.perf_counter() - started - (collector_seconds() - paused))
        return TimedCursor(cursor, self)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def _amount(value: float, unit: str) -> str:
    return f"{value:8.1f}MB" if unit == "MB" else f"{value * 1000:8.1f}ms"


def print_table(rows: list[Row | tuple]) -> None:
    """One table: what, ours, floor, ratio, goal, verdict (rows may be Row or (what, ours, floor, goal))."""
    rows = [r if isinstance(r, Row) else Row(*r) for r in rows]
    width = max([44, *(len(r.what) for r in rows)])
    print(f"| {'benchmark':{width}} | {'ours':>10} | {'floor':>10} | {'ratio':>7} | {'goal':>6} | {'':4} |")
    print(f"|{'-' * (width + 2)}|{'-' * 12}|{'-' * 12}|{'-' * 9}|{'-' * 8}|{'-' * 6}|")
    for r in rows:
        verdict = "" if r.goal is None else ("ok" if r.ok else "OVER")
        goal_text = "" if r.goal is None else f"≤{r.goal:g}×"
        print(
            f"| {r.what:{width}} | {_amount(r.ours, r.unit):>10} | {_amount(r.floor, r.unit):>10} |"
            f" {r.ratio:6.2f}× | {goal_text:>6} | {verdict:4} |"
        )
    sys.stdout.flush()


def emit(rows: list[Row], argv: list[str]) -> int:
    """A script's output: JSON rows for run.py (`--json`), else its own table."""
    if "--json" in argv:
        print("ROWS " + rows_to_json(rows), flush=True)
    else:
        print_table(rows)
    return 0
