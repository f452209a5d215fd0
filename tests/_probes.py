"""Test helpers: a probe script run in a fresh process (what a start or a first open imports is only honest
there), its report read back."""

from __future__ import annotations

import os
import subprocess
import sys

# A probe's start: the main window shown on the workspace at argv[1], the idle warm-up held back (a probe plays
# its part itself, or leaves it out).
WINDOW_ON_WORKSPACE = """
import sys
from ghostdesk.services import workspaces
from ghostdesk.ui import warmup
from ghostdesk.ui.app import build_context, make_application
from ghostdesk.ui.mainwindow import MainWindow

warmup.DELAY_MS = 10**9
app = make_application([])
context = build_context(app, show_crash_dialog=False, persist_settings=False)
workspace = workspaces.open_workspace(sys.argv[1])
context.workspace = workspace
window = MainWindow(context)
window.show()
app.processEvents()
"""


# A probe's end: the enum types PySide makes (with their Qt classes' Python types) while the page `PAGE` opens,
# after whatever the probe did first (a warm-up, or nothing).
ENUMS_MADE_OPENING = """
import enum
made = []
new = enum.EnumType.__new__
enum.EnumType.__new__ = lambda mcls, name, *args, **kw: made.append(name) or new(mcls, name, *args, **kw)
page = window.show_page(PAGE)
app.processEvents()
page.grab()
print("made:", " ".join(sorted(made)))
window.close()
workspace.close()
"""


def run_probe(probe: str, *args: str) -> dict[str, str]:
    """Run `probe` (Python source) offscreen in a new interpreter with `args`; its "key: value" lines, by key."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120, env=environment
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
