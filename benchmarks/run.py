"""`make bench`: every benchmark in this folder, each printing its ratios against the floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("*.py")):
        if script.name.startswith("_") or script.name in ("run.py", "bare_window.py"):
            continue
        print(f"\n## {script.stem}", flush=True)
        failures += subprocess.run([sys.executable, str(script)]).returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
