"""UI: what opening a page does not pay for the first time — code and widgets the first screen does not show
(issue 11). Each probe runs in a fresh process, so modules other tests loaded do not hide an import."""

from __future__ import annotations

from _probes import run_probe

PROBE = """
import sys
from ghostdesk.services import workspaces
from ghostdesk.ui.app import build_context, make_application
from ghostdesk.ui.mainwindow import MainWindow

from ghostdesk.ui import warmup
warmup.DELAY_MS = 10**9  # what opening a page loads is counted here; the idle warm-up would load it too
app = make_application([])
context = build_context(app, show_crash_dialog=False, persist_settings=False)
create = sys.argv[2] == "create"
workspace = workspaces.create(sys.argv[1], name="Probe") if create else workspaces.open_workspace(sys.argv[1])
context.workspace = workspace
window = MainWindow(context)
window.show()
app.processEvents()

before = set(sys.modules)  # what start-up loaded (the window's Tools menu, …) is not the pages' cost


def loaded(*prefixes):
    return sorted(m for m in set(sys.modules) - before if m.startswith(prefixes))

if not create:  # the demo: its first campaign's month, slots (approval state) and shares
    page = window.show_page("calendar")
    app.processEvents()
    page.grab()
    print("calendar:", loaded("ghostdesk.services.variants", "ghostdesk.services.checks", "ghostdesk.ui.dialogs.campaign"))
    print("calendar items:", page.model.rowCount() > 0)
    window.close()
    workspace.close()
    sys.exit(0)
page = window.show_page("posts")
app.processEvents()
page.grab()
print("posts assist:", loaded("ghostdesk.ui.assist_", "ghostdesk.services.assist", "ghostdesk.ui.dialogs.assist_"))
print("posts checks:", loaded("ghostdesk.services.checks"))
page = window.show_page("variants")
app.processEvents()
page.grab()
print("variants editor:", loaded("ghostdesk.ui.widgets.variant_editor"), getattr(page, "_editor", "built") is None)
editor = page.editor  # built when a variant is opened, or asked for
print("variants built:", loaded("ghostdesk.ui.widgets.variant_editor"), editor is page.editor, page.stack.count())
window.close()
workspace.close()
"""


def _probe(path, how: str = "create") -> dict[str, str]:
    return run_probe(PROBE, str(path), how)


def test_opening_posts_and_variants_loads_only_what_their_first_screen_shows(ghostdesk_home, tmp_path):
    found = _probe(tmp_path / "probe.ghostdesk")
    # The assistant's button is on the Posts page; its services, runtime and dialogs load when it is used.
    assert found["posts assist"] == "[]"
    # The checks (rules, market profiles) load with the first post shown: none here.
    assert found["posts checks"] == "[]"
    # The Variants page's editor (its module too) is built the first time a variant is opened.
    assert found["variants editor"] == "[] True"
    assert found["variants built"] == "['ghostdesk.ui.widgets.variant_editor'] True 2"


def test_opening_the_calendar_leaves_the_variants_service_and_the_campaign_dialogs_for_later(ghostdesk_home, tmp_path):
    from ghostdesk.services import demo

    path = tmp_path / "demo.ghostdesk"
    demo.build(path).close()
    found = _probe(path, "open")
    assert found["calendar items"] == "True"
    # The slots' approval state needs each stored variant, not the variants service (market rules, checks);
    # the campaign editor is a dialog.
    assert found["calendar"] == "[]"
