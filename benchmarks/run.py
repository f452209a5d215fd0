"""`make bench`: every benchmark in this folder, printed as ONE table of ratios against the floor.

Each script exposes `measure() -> list[Row]` and prints its rows as JSON with `--json`; this runner builds the
large workspace once (into a temporary folder, or reuses the one named by $GHOSTDESK_BENCH_LARGE), runs each
script in its own process (so one script's imports and caches never flatter another's), and prints the table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [script …]
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import LARGE_ENV, ROOT, Row, large_workspace, print_table, rows_from_json  # noqa: E402

# In the table's order: start-up and memory, pages, search and tables, planner, shares, kits.
ORDER = ("startup", "pages", "posts_table", "ambassadors_table", "planner", "campaign_shares", "kits")


def scripts(only: list[str]) -> list[Path]:
    found = {
        p.stem: p for p in HERE.glob("*.py") if not p.name.startswith("_") and p.stem not in ("run", "bare_window")
    }
    names = [n for n in ORDER if n in found] + sorted(set(found) - set(ORDER))
    return [found[n] for n in names if not only or n in only]


def main() -> int:
    only = sys.argv[1:]
    rows: list[Row] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ghostdesk-bench-") as folder:
        large = large_workspace(Path(folder))
        environment = {
            **os.environ,
            LARGE_ENV: str(large),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        for script in scripts(only):
            started = time.perf_counter()
            print(f"running {script.stem} …", file=sys.stderr, flush=True)
            done = subprocess.run([sys.executable, str(script), "--json"], env=environment, cwd=ROOT,
                                  capture_output=True, text=True)  # fmt: skip
            lines = [x for x in done.stdout.splitlines() if x.startswith("ROWS ")]
            if done.returncode != 0 or not lines:
                failed.append(script.stem)
                print(done.stdout[-2000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
                continue
            rows += rows_from_json(lines[-1][5:])
            print(f"  {script.stem}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        size = large.stat().st_size / 1e6
    print(f"\nGhostDesk benchmarks — {platform.python_version()}, {os.cpu_count()} cores,"
          f" large workspace {size:.0f} MB; medians, ours and the floor measured side by side\n")  # fmt: skip
    print_table(rows)
    over = [r.what for r in rows if not r.ok]
    print(
        f"\n{len(rows) - len(over)} of {len(rows)} rows within their goal" + (f"; failed: {failed}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
