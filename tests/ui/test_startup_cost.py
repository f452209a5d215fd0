"""UI: what start-up does not pay for — the demo builder, the first page's analysis and dialogs, and (on a
workspace we closed cleanly ourselves) the page check that reads the whole file."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = (
    "import sys\n"
    "import ghostdesk.ui.app as app\n"
    "from ghostdesk.cli import main\n"
    "original = app.open_initial\n"
    "def opened(window, args):\n"
    "    original(window, args)\n"
    "    ws = window.context.workspace\n"
    "    print('fully_checked:' + str(ws.fully_checked))\n"
    "    lazy = ('ghostdesk.services.demo', 'ghostdesk.services.voice_analysis', 'ghostdesk.services.voice_match',\n"
    "            'ghostdesk.services.voice_import', 'ghostdesk.ui.dialogs.voice_dialogs',\n"
    "            'logging.handlers', 'socket', 'hashlib', 'uuid', '_strptime', 'platform')\n"
    "    print('loaded:' + ','.join(m for m in lazy if m in sys.modules))\n"
    "app.open_initial = opened\n"
    "sys.exit(main(['--demo', '--quit-after', '0', '--no-crash-dialog']))\n"
)


def _start() -> str:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=environment)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_start_up_on_the_ready_demo_skips_the_builder_the_analysis_and_the_full_check(ghostdesk_home):
    first = _start()  # builds the demo (the builder loads), then closes it cleanly
    assert "loaded:ghostdesk.services.demo" in first
    second = _start()
    assert "fully_checked:False\n" in second, second  # unchanged since our own clean close
    assert "loaded:\n" in second, second
