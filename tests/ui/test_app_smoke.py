"""UI: the real application process starts on the demo, shows its window and exits cleanly when asked."""

from __future__ import annotations

import os
import subprocess
import sys

from ghostdesk.services import locations


def test_gui_starts_on_demo_and_exits_cleanly(ghostdesk_home):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "ghostdesk", "--demo", "--startup-probe", "--no-crash-dialog"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("idle ") for line in done.stdout.splitlines()), "the window reached idle"
    assert locations.demo_workspace().exists()
    assert not (locations.demo_workspace().parent / "demo.ghostdesk.lock").exists(), "the lock is released"
    assert "Traceback" not in done.stderr


def test_unexpected_error_without_dialog_exits_non_zero(ghostdesk_home):
    """--no-crash-dialog (CI): an unexpected error is written to a crash file and the run fails."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "import ghostdesk.ui.app as app\n"
        "orig = app.open_initial\n"
        "def boom(window, args):\n"
        "    orig(window, args)\n"
        "    QTimer.singleShot(0, lambda: 1 / 0)\n"
        "app.open_initial = boom\n"
        "from ghostdesk.cli import main\n"
        "sys.exit(main(['--demo', '--no-crash-dialog', '--quit-after', '5000']))\n"
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=environment)
    assert done.returncode == 70, (done.returncode, done.stderr[-2000:])
    crashes = list(locations.log_dir().glob("crash-*.txt"))
    assert len(crashes) == 1 and "ZeroDivisionError" in crashes[0].read_text()


def test_gui_start_up_loads_no_heavy_library(ghostdesk_home):
    """The window opens on the demo without sqlite-utils, python-docx, Babel, holidays, keyring or requests."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    build = [sys.executable, "-m", "ghostdesk", "--demo", "--quit-after", "0", "--no-crash-dialog"]
    subprocess.run(build, check=True, capture_output=True, timeout=120, env=environment)
    code = (
        "import sys\n"
        "import ghostdesk.ui.app as app\n"
        "from ghostdesk.cli import main\n"
        "def report():\n"
        "    heavy = ('sqlite_utils', 'docx', 'babel', 'holidays', 'keyring', 'requests', 'openpyxl',\n"
        "             'rapidfuzz', 'icalendar', 'charset_normalizer', 'click')\n"
        "    print('loaded:' + ','.join(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))\n"
        "    pages = sorted(m for m in sys.modules if m.startswith('ghostdesk.ui.views.') and m.endswith('_page'))\n"
        "    print('pages:' + ','.join(pages))\n"
        "original = app.open_initial\n"
        "def opened(window, args):\n"
        "    original(window, args)\n"
        "    report()\n"
        "app.open_initial = opened\n"
        "sys.exit(main(['--demo', '--quit-after', '0', '--no-crash-dialog']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=environment)
    assert done.returncode == 0, done.stderr
    assert "loaded:\n" in done.stdout + "\n", done.stdout
    # Only the page on screen is built; the others load when first shown.
    assert "pages:ghostdesk.ui.views.voices_page\n" in done.stdout + "\n", done.stdout
