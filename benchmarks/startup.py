"""Start-up: process start → main window shown and idle, on the demo workspace, vs a bare PySide6 window.

    python benchmarks/startup.py [--repeats 7]

Both run as fresh processes, interleaved, in the same run; the medians and their ratio are printed.
Goal: ≤ 1.5×.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, env, interleaved_medians, print_table, time_to_idle

GOAL = 1.5


def measure(repeats: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as home:
        environment = env(Path(home))
        # Build the demo once, outside the timing: start-up is measured on a ready workspace.
        subprocess.run(
            [sys.executable, "-m", "ghostdesk", "--demo", "--quit-after", "0", "--no-crash-dialog"],
            env=environment,
            check=True,
            capture_output=True,
            cwd=ROOT,
            timeout=300,
        )
        ours = [sys.executable, "-m", "ghostdesk", "--demo", "--startup-probe", "--no-crash-dialog"]
        bare = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        medians = interleaved_medians(
            {"ours": lambda: time_to_idle(ours, environment), "bare": lambda: time_to_idle(bare, environment)},
            repeats,
        )
    return medians["ours"], medians["bare"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    ours, bare = measure(args.repeats)
    print_table([("start-up to idle window (demo)", ours, bare, GOAL)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
