"""Start-up: process start → main window shown and idle, vs a bare PySide6 window; and the peak memory of both.

    python benchmarks/startup.py [--repeats 11] [--large PATH]

Every contender runs as a fresh process, interleaved, in the same run; medians are compared. The demo and (when
given, or with $GHOSTDESK_BENCH_LARGE) the large workspace are opened once before timing, so the timed runs
measure a ready workspace (no first-open backup). Goals: ≤ 1.5× on the demo, ≤ 2× on the large workspace.
Peak memory is each child's own ru_maxrss (wait4), median over the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import LARGE_ENV, ROOT, Row, emit, env, run_to_idle

GOAL_DEMO = 1.5
GOAL_LARGE = 2.0


def _prepare(command: list[str], environment: dict[str, str]) -> None:
    subprocess.run([*command, "--quit-after", "0", "--no-crash-dialog"], env=environment, check=True,
                   capture_output=True, cwd=ROOT, timeout=600)  # fmt: skip


def measure(repeats: int = 11, large: Path | None = None) -> list[Row]:
    if large is None and os.environ.get(LARGE_ENV):
        large = Path(os.environ[LARGE_ENV])
    with tempfile.TemporaryDirectory() as home:
        environment = env(Path(home))
        app = [sys.executable, "-m", "ghostdesk"]
        contenders = {
            "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
            "demo": [*app, "--demo", "--startup-probe", "--no-crash-dialog"],
        }
        _prepare([*app, "--demo"], environment)  # build the demo once, outside the timing
        if large is not None:
            _prepare([*app, "--workspace", str(large)], environment)  # its first-open backup, outside the timing
            contenders["large"] = [*app, "--workspace", str(large), "--startup-probe", "--no-crash-dialog"]
        seconds: dict[str, list[float]] = {name: [] for name in contenders}
        memory: dict[str, list[float]] = {name: [] for name in contenders}
        for _ in range(repeats):
            for name, command in contenders.items():
                t, mb = run_to_idle(command, environment)
                seconds[name].append(t)
                memory[name].append(mb)
    t = {name: statistics.median(v) for name, v in seconds.items()}
    m = {name: statistics.median(v) for name, v in memory.items()}
    rows = [Row("start-up to idle window (demo)", t["demo"], t["bare"], GOAL_DEMO)]
    if "large" in t:
        rows.append(Row("start-up to idle window (large)", t["large"], t["bare"], GOAL_LARGE))
    rows.append(Row("peak memory at start-up (demo)", m["demo"], m["bare"], None, "MB"))
    if "large" in m:
        rows.append(Row("peak memory at start-up (large)", m["large"], m["bare"], None, "MB"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=11)
    parser.add_argument("--large", type=Path, help="a large workspace (ghostdesk demo PATH --size large)")
    parser.add_argument("--json", action="store_true", help="rows for benchmarks/run.py")
    args = parser.parse_args()
    return emit(measure(args.repeats, args.large), sys.argv)


if __name__ == "__main__":
    sys.exit(main())
