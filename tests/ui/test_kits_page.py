"""The Share kits page: who gets a kit, what blocks, export in the background with progress and Cancel."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

import kit_helpers
from _window_helpers import interface_language

from ghostdesk.services import demo
from ghostdesk.ui.dialogs.kit_prompts import KitPrompts

approved_demo_file = kit_helpers.approved_demo_file  # fixtures
approved_demo = kit_helpers.approved_demo


def _page(qtbot, app_context, workspace, monkeypatch, out: Path):
    from ghostdesk.ui.views.kits_page import KitsPage

    monkeypatch.setattr(KitPrompts, "choose_folder", classmethod(lambda cls, parent, start="": out))
    app_context.workspace = workspace
    page = KitsPage()
    qtbot.addWidget(page)
    page.jobs = 1
    page.set_workspace(app_context)
    page.resize(700, 700)
    page.show()
    return page


def _kits_in(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.docx"))


def test_page_shows_who_gets_a_kit_and_exports_in_the_background(
    qtbot, qtmodeltester, app_context, approved_demo, monkeypatch, tmp_path
):
    workspace, campaign_id = approved_demo
    out = tmp_path / "out"
    page = _page(qtbot, app_context, workspace, monkeypatch, out)
    qtmodeltester.check(page.model)
    assert page.campaign_id == campaign_id
    people = [page.model.person(r) for r in range(page.model.rowCount())]
    getting = [p for p in people if not p.reason]
    assert getting and all(p.shares > 0 for p in getting)
    assert {p.reason for p in people if p.reason} == {"not_opted_in"}
    assert "not opted in" in page.model.data(page.model.index(people.index(next(p for p in people if p.reason)), 2))
    assert not page.approval_box.isVisibleTo(page) and not page.similar_box.isVisibleTo(page)
    assert page.export_button.isEnabled()
    assert page.minimumSizeHint().width() < 600

    opened = []
    monkeypatch.setattr(KitPrompts, "open_folder", classmethod(lambda cls, folder: opened.append(folder) or True))
    seen = []
    page.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        page.export_button.click()
        assert page.busy and page.cancel_button.isVisibleTo(page) and not page.export_button.isVisibleTo(page)
    result = finished.args[0]
    assert not result.cancelled and len(result.files) == len(getting)
    assert len(_kits_in(out)) == len(getting) and (Path(result.folders[0]) / "manifest.csv").is_file()
    assert seen and seen[-1] == len(getting)
    assert str(len(getting)) in page.result_label.text()
    assert page.open_button.isVisibleTo(page)
    page.open_button.click()
    assert opened == [Path(result.folders[0])]
    assert page.export_button.isEnabled() and not page.busy


def test_cancel_mid_way_keeps_only_whole_documents(qtbot, app_context, approved_demo, monkeypatch, tmp_path):
    from ghostdesk.services import kits

    workspace, _ = approved_demo
    out = tmp_path / "out"
    page = _page(qtbot, app_context, workspace, monkeypatch, out)
    write_one = kits._write_one

    def slow(job):  # a slow disk: each kit takes a while, so Cancel lands mid-way
        time.sleep(0.05)
        return write_one(job)

    monkeypatch.setattr(kits, "_write_one", slow)
    page.progress.valueChanged.connect(lambda value: value >= 2 and page.cancel_export())
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        page.export()
    result = finished.args[0]
    total = len(page.plan.inputs)
    assert result.cancelled and 2 <= len(result.files) < total
    assert "Cancelled" in page.result_label.text()
    import docx

    written = _kits_in(out)
    assert set(written) == {Path(f.path) for f in result.files}  # only the finished kits are there
    for path in written:
        docx.Document(str(path))  # and each one is a whole document
    everything = [p for p in out.rglob("*") if p.is_file()]
    assert not [p for p in everything if p.name.startswith(".") or p.suffix == ".part"]  # no temp file left
    assert all(p.suffix == ".docx" or p.parent.name.endswith("_images") for p in everything)
    assert not list(out.rglob("manifest.csv"))


def test_unapproved_campaign_lists_what_to_approve_and_jumps_to_the_calendar(qtbot, app_context, monkeypatch, tmp_path):
    from ghostdesk.ui.mainwindow import MainWindow

    workspace = demo.build(tmp_path / "demo")  # partly approved on purpose
    app_context.workspace = workspace
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("kits")
    assert page.approval_box.isVisibleTo(page) and page.approval_list.count() > 0
    assert "not approved" in page.approval_list.item(0).text()
    assert not page.export_button.isEnabled()
    waiting = [page.model.person(r) for r in range(page.model.rowCount())]
    assert any(p.reason == "needs_approval" for p in waiting)
    with qtbot.waitSignal(page.calendar_requested) as asked:
        page.calendar_button.click()
    assert asked.args == [page.campaign_id]
    assert window.current_page_key() == "calendar"
    assert window.page("calendar").campaign_id == page.campaign_id
    assert window.minimumSizeHint().width() < 800
    app_context.workspace = None
    workspace.close()


def test_near_identical_texts_need_the_accept_anyway_box(qtbot, app_context, approved_demo, monkeypatch, tmp_path):
    workspace, campaign_id = approved_demo
    first, _twin = kit_helpers.twin_shares(workspace, campaign_id)
    page = _page(qtbot, app_context, workspace, monkeypatch, tmp_path / "out")
    assert page.similar_box.isVisibleTo(page) and page.similar_list.count() == 1
    assert first.ambassador_name in page.similar_list.item(0).text()
    assert page.similar_list.item(0).text().endswith("% alike")  # a whole percentage, as the interface writes one
    assert not page.export_button.isEnabled()
    page.accept_similar.setChecked(True)
    assert page.export_button.isEnabled()


def test_page_follows_the_language_and_stays_narrow_in_french(qtbot, app_context, approved_demo, monkeypatch, tmp_path):
    workspace, _ = approved_demo
    page = _page(qtbot, app_context, workspace, monkeypatch, tmp_path / "out")
    with interface_language(app_context, "fr"):
        qtbot.waitUntil(lambda: page.heading.text() == "Kits de partage")
        assert page.export_button.text() == "&Exporter les kits"
        assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Marché"
        assert page.summary.text().startswith("Personnes qui recevront un kit")
        assert page.minimumSizeHint().width() < 600
    qtbot.waitUntil(lambda: page.heading.text() == "Share kits")


def test_listing_the_people_reads_only_the_rows_on_screen_to_size_columns(
    app_context, approved_demo, monkeypatch, qtbot, tmp_path
):
    """Qt sizes ResizeToContents columns from up to 1,000 rows by default: the page asks for the rows on screen."""
    workspace, _campaign_id = approved_demo
    page = _page(qtbot, app_context, workspace, monkeypatch, tmp_path / "out")
    assert page.table.horizontalHeader().resizeContentsPrecision() == 0


def test_a_hidden_page_reads_the_campaign_when_it_is_next_shown(
    qtbot, app_context, approved_demo, monkeypatch, tmp_path
):
    from ghostdesk.services import kit_inputs

    workspace, campaign_id = approved_demo
    page = _page(qtbot, app_context, workspace, monkeypatch, tmp_path / "out")
    assert page.model.rowCount() > 0
    built = []
    original = kit_inputs.build
    monkeypatch.setattr(kit_inputs, "build", lambda *a, **k: built.append(a[1]) or original(*a, **k))
    page.hide()
    page.set_workspace(app_context)  # e.g. another workspace opened while another page is on screen
    assert built == [] and page.plan is None and page.model.rowCount() == 0
    page.show()
    assert built == [campaign_id] and page.model.rowCount() > 0
    page.hide()
    page.show()  # shown again with nothing changed: not read again
    assert built == [campaign_id]


def test_a_large_campaign_is_read_on_a_worker_while_the_page_says_so(
    qtbot, app_context, approved_demo, monkeypatch, tmp_path
):
    import threading

    from ghostdesk.services import kit_inputs
    from ghostdesk.ui.views import kits_page

    monkeypatch.setattr(kits_page, "BACKGROUND_FROM", 1)  # the demo's campaign counts as large
    workspace, _campaign_id = approved_demo
    read_on, finished = [], []
    original = kit_inputs.build

    def build(db, *args, **kwargs):
        read_on.append((threading.current_thread() is threading.main_thread(), db is workspace.db))
        try:
            return original(db, *args, **kwargs)
        finally:
            finished.append(True)

    monkeypatch.setattr(kit_inputs, "build", build)
    page = _page(qtbot, app_context, workspace, monkeypatch, tmp_path / "out")
    assert page.plan is None and page.summary.text() == "Reading the campaign…"
    assert not page.export_button.isEnabled() and page.model.rowCount() == 0
    qtbot.waitUntil(lambda: page.plan is not None, timeout=20_000)
    assert read_on == [(False, False)]  # a worker thread, on its own connection
    assert page.model.rowCount() and page.export_button.isEnabled()
    assert page.summary.text().startswith("People getting a kit")
    # a plan still being read when another workspace is set is dropped, never shown for the new one
    page.refresh()
    page.hide()
    page.set_workspace(app_context)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
    qtbot.wait(200)  # the worker's answer is delivered through the event loop
    assert page.plan is None and page.model.rowCount() == 0
