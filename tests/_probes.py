"""Test helpers: a probe script run in a fresh process (what a start or a first open imports is only honest
there), its report read back."""

from __future__ import annotations

import os
import subprocess
import sys


def run_probe(probe: str, *args: str) -> dict[str, str]:
    """Run `probe` (Python source) offscreen in a new interpreter with `args`; its "key: value" lines, by key."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120, env=environment
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
