"""UI: the pages' code is loaded while the window is idle after start-up, one module a turn."""

from __future__ import annotations

import os
import subprocess
import sys

from ghostdesk.ui.views.pages import Page, page_specs
from ghostdesk.ui.warmup import PAGE_MODULES, WarmUp


def test_every_page_after_the_first_is_warmed_up(main_window):
    modules = {type(main_window.page(spec.key)).__module__ for spec in page_specs()[1:]}
    assert modules == set(PAGE_MODULES)
    assert all(isinstance(main_window.page(spec.key), Page) for spec in page_specs())


PROBE = (
    "import gc, sys, time\n"
    "from PySide6.QtCore import QTimer\n"
    "import ghostdesk.ui.app as app\n"
    "from ghostdesk.cli import main\n"
    "pages = [m for m in sys.argv[1:]]\n"
    "def report(window):\n"
    "    print('opened:' + ','.join(m for m in pages if m in sys.modules), flush=True)\n"
    "    frozen = [gc.get_freeze_count()]\n"
    "    def later():\n"
    "        print('warm:' + ','.join(m for m in pages if m in sys.modules), flush=True)\n"
    "        print('frozen:%d,%d' % (frozen[0], gc.get_freeze_count()), flush=True)\n"
    "        window.close()\n"
    "    def wait():\n"
    "        later() if window.warmup.done else QTimer.singleShot(20, wait)\n"
    "    wait()\n"
    "original = app.open_initial\n"
    "def opened(window, args):\n"
    "    original(window, args)\n"
    "    report(window)\n"
    "app.open_initial = opened\n"
    "sys.exit(main(['--demo', '--no-crash-dialog']))\n"
)


def test_start_up_loads_no_other_page_and_idle_time_loads_them_all(ghostdesk_home):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *PAGE_MODULES], capture_output=True, text=True, timeout=120, env=environment
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(
        line.split(":", 1) for line in done.stdout.splitlines() if line.startswith(("opened:", "warm:", "frozen:"))
    )
    assert lines["opened"] == ""  # window shown, workspace open: still only the first page's code
    assert lines["warm"].split(",") == list(PAGE_MODULES)
    # What the warm-up loaded is frozen out of later full collections, as start-up's own objects were.
    at_start, after_warm_up = map(int, lines["frozen"].split(","))
    assert 0 < at_start < after_warm_up


def test_a_module_that_fails_to_load_is_logged_and_the_rest_still_load(qapp, qtbot, caplog):
    warm = WarmUp(modules=("ghostdesk.ui.views.no_such_page", "ghostdesk.ui.views.results_page"))
    warm.start(0)
    qtbot.waitUntil(lambda: warm.done, timeout=5_000)
    assert "ghostdesk.ui.views.results_page" in sys.modules
    assert "no_such_page" in caplog.text


def test_a_page_module_s_warm_up_runs_in_its_step(qapp, qtbot, tmp_path, monkeypatch):
    (tmp_path / "warm_probe_page.py").write_text("CALLS = []\ndef warm_up():\n    CALLS.append(1)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    warm = WarmUp(modules=("warm_probe_page",))
    warm.start(0)
    qtbot.waitUntil(lambda: warm.done, timeout=5_000)
    assert sys.modules["warm_probe_page"].CALLS == [1]
    del sys.modules["warm_probe_page"]


def test_the_markets_page_s_warm_up_loads_the_shipped_profiles():
    from ghostdesk.markets import profiles
    from ghostdesk.ui.views import markets_page

    profiles.shipped.cache_clear()
    markets_page.warm_up()
    assert profiles.shipped.cache_info().currsize == 1  # the page's first open finds them loaded


def test_the_variants_page_s_warm_up_loads_the_checks():
    """The page's module does not load the checks' rules; its warm-up does (in a fresh process: reloading the
    rule modules here would register them anew)."""
    import subprocess

    probe = (
        "import sys; from ghostdesk.ui.views import variants_page as page\n"
        "assert 'ghostdesk.services.checks' not in sys.modules\n"
        "page.warm_up(); assert 'ghostdesk.services.checks' in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_warm_up_freezes_what_it_loaded_only_where_start_up_froze_its_own(qapp, qtbot, monkeypatch):
    import gc

    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    for count, expected in ((0, []), (30_000, [1])):  # a test process, then the app
        frozen.clear()
        monkeypatch.setattr(gc, "get_freeze_count", lambda count=count: count)
        warm = WarmUp(modules=("ghostdesk.ui.views.results_page",))
        warm.start(0)
        qtbot.waitUntil(lambda warm=warm: warm.done, timeout=5_000)
        assert frozen == expected
