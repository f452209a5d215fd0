"""Shared helpers for the benchmarks: medians, side-by-side runs, one table of ratios."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def env(home: Path) -> dict[str, str]:
    values = dict(os.environ)
    values["GHOSTDESK_HOME"] = str(home)
    values.setdefault("QT_QPA_PLATFORM", "offscreen")
    return values


def time_to_idle(command: list[str], environment: dict[str, str]) -> float:
    """Seconds from process start to the child's `idle <epoch>` line."""
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, cwd=ROOT)
    for line in done.stdout.splitlines():
        if line.startswith("idle "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command} printed no idle line:\n{done.stdout}\n{done.stderr}")


def interleaved_medians(runs: dict[str, Callable[[], float]], repeats: int) -> dict[str, float]:
    """Run each contender in turn, `repeats` rounds, so machine noise hits all of them alike."""
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, fn in runs.items():
            samples[name].append(fn())
    return {name: statistics.median(values) for name, values in samples.items()}


def print_table(rows: list[tuple[str, float, float, float | None]]) -> None:
    """rows: (what, ours seconds, floor seconds, goal ratio)."""
    print(f"{'benchmark':42} {'ours':>10} {'floor':>10} {'ratio':>7} {'goal':>6}")
    for what, ours, floor, goal in rows:
        ratio = ours / floor if floor else float("inf")
        verdict = "" if goal is None else ("ok" if ratio <= goal else "OVER")
        goal_text = "" if goal is None else f"≤{goal:g}×"
        print(f"{what:42} {ours * 1000:9.1f}ms {floor * 1000:9.1f}ms {ratio:6.2f}× {goal_text:>6} {verdict}")
    sys.stdout.flush()
