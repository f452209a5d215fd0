"""UI: what opening Share kits loads once the window has idled after start-up (issue 11). A fresh process, so
modules other tests loaded do not hide an import."""

from __future__ import annotations

from _probes import WINDOW_ON_WORKSPACE, run_probe

PROBE = (
    WINDOW_ON_WORKSPACE
    + """
from PySide6.QtCore import QThreadPool
from ghostdesk.ui.views import kits_page

heavy = ("docx", "babel", "holidays", "openpyxl", "rapidfuzz", "requests", "keyring", "icalendar")
before = set(sys.modules)
kits_page.warm_up()
print("warm-up heavy:", sorted(m for m in set(sys.modules) - before if m.split(".")[0] in heavy))
kits_page.BACKGROUND_FROM = 1  # the demo's campaign counts as large: its plan is read on a worker
before = set(sys.modules)
page = window.show_page("kits")
app.processEvents()
page.grab()
QThreadPool.globalInstance().waitForDone(60_000)
app.processEvents()
print("opened, plan read:", page.plan is not None)
print("imported by the open:", sorted(m for m in set(sys.modules) - before if m.startswith("ghostdesk.")))
window.close()
workspace.close()
"""
)


def test_after_the_idle_warm_up_opening_share_kits_imports_none_of_our_code(ghostdesk_home, tmp_path):
    """Reading the campaign's plan imported about 20 ms of our modules on the first open, on the GUI thread or
    on the worker while the page painted; the page's warm-up loads them while the window is idle, and none of
    the libraries only writing kits needs."""
    from ghostdesk.services import demo

    path = tmp_path / "demo.ghostdesk"
    demo.build(path).close()
    found = run_probe(PROBE, str(path))
    assert found["warm-up heavy"] == "[]"
    assert found["opened, plan read"] == "True"
    assert found["imported by the open"] == "[]"
