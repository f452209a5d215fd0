"""UI: what opening Results and Markets does not load before their first screen (issue 11). Each probe runs in
a fresh process, so modules other tests loaded do not hide an import."""

from __future__ import annotations

from _probes import WINDOW_ON_WORKSPACE, run_probe

PROBE = (
    WINDOW_ON_WORKSPACE
    + """
from ghostdesk.ui import tasks
from ghostdesk.ui.views import results_page

held = []  # the workers the pages start, run only once their first screen is painted
original = tasks.run_in_background
tasks.run_in_background = lambda *a, **k: held.append((a, k))
results_page.BACKGROUND_FROM = 1  # the demo's campaign counts as large: its dashboard is read on a worker

before = set(sys.modules)


def loaded(*prefixes):
    return sorted(m for m in set(sys.modules) - before if m.startswith(prefixes))


page = window.show_page("markets")
app.processEvents()
page.grab()
print("markets dialogs:", loaded("ghostdesk.ui.dialogs"))
print("markets profile:", "China (CN)" in page.profile_view.toPlainText())
print("markets worker before its first paint:", len(held))
app.processEvents()  # the holidays and formats worker starts once the profile is painted (here: held)
print("markets worker after its first paint:", len(held))
started = len(held)
page = window.show_page("results")
app.processEvents()
page.grab()
print("results worker before its first paint:", len(held) > started)
app.processEvents()  # the paint is done: the worker is started (here: held)
print("results worker after its first paint:", len(held) > started)
heavy = {"ghostdesk.domain.results", "ghostdesk.services.results", "ghostdesk.services.results_summary",
         "ghostdesk.storage.results_repo"}
print("results dashboard code:", sorted(heavy & set(loaded("ghostdesk."))))
print("results lookup:", loaded("ghostdesk.services.results_lookup"))
print("results first screen:", page.campaign_combo.count() > 0, page.reading_label.text())
tasks.run_in_background = original
for a, k in held:
    original(*a, **k)
from PySide6.QtCore import QThreadPool
QThreadPool.globalInstance().waitForDone(60_000)
app.processEvents()
print("results dashboard:", page.reading_label.isHidden(), page.board_model.rowCount() > 0)
window.close()
workspace.close()
"""
)


def test_results_and_markets_load_only_what_their_first_screen_shows(ghostdesk_home, tmp_path):
    from ghostdesk.services import demo

    path = tmp_path / "demo.ghostdesk"
    demo.build(path).close()
    found = run_probe(PROBE, str(path))
    # The Markets page's dialogs (override, add, remove) load when one is opened.
    assert found["markets dialogs"] == "[]"
    assert found["markets profile"] == "True"
    assert (found["markets worker before its first paint"], found["markets worker after its first paint"]) == ("0", "1")
    # A large campaign's dashboard is computed on a worker: the page paints its campaign list and says it reads
    # the results, without loading the results domain, the dashboard's code or the figures' repository.
    assert found["results dashboard code"] == "[]"
    assert found["results lookup"] == "['ghostdesk.services.results_lookup']"
    assert found["results first screen"] == "True Reading the campaign's results…"
    assert found["results dashboard"] == "True True"
    # The worker starts once the "reading" screen is painted, not during that paint.
    assert found["results worker before its first paint"] == "False"
    assert found["results worker after its first paint"] == "True"
