"""UI: the Results page's manual entry grid on the demo workspace — typed per cell, checked, saved at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _window_helpers import interface_language
from PySide6.QtCore import Qt

from ghostdesk.domain.results import FiguresKind
from ghostdesk.services import ambassadors, results, results_entry
from ghostdesk.ui.models.result_entry_model import COLUMNS, ResultEntryModel
from ghostdesk.ui.views.results_page import ResultsPage

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def page(main_window):
    page = main_window.show_page("results")
    page.tabs.setCurrentWidget(page.entry_grid)
    return page


def _cell(model: ResultEntryModel, row: int, column: str):
    return model.index(row, COLUMNS.index(column))


def _first(model: ResultEntryModel, kind: FiguresKind, entered: bool) -> int:
    return next(
        r
        for r in range(model.rowCount())
        if model.row(r).kind is kind and (model.row(r).metrics is not None) == entered and not model.row(r).erased
    )


def test_grid_model_passes_the_tester(qtmodeltester, workspace):
    campaign_id = results.campaign_ids(workspace.db)[0]
    model = ResultEntryModel()
    model.set_rows(results_entry.rows(workspace.db, campaign_id))
    qtmodeltester.check(model)
    model.setData(_cell(model, 0, "clicks"), "12.5")  # an invalid cell must not break the model either
    qtmodeltester.check(model)


def test_grid_lists_every_planned_share_and_executive_post(page):
    model = page.entry_grid.model
    rows = [model.row(r) for r in range(model.rowCount())]
    assert sum(r.kind is FiguresKind.EXECUTIVE for r in rows) == 18
    assert sum(r.kind is FiguresKind.SHARE for r in rows) == 106
    assert rows[0].kind is FiguresKind.EXECUTIVE and rows[0].name == _cell(model, 0, "person").data() != ""
    assert "own post" in _cell(model, 0, "person").data(Qt.ItemDataRole.ToolTipRole)
    entered = _first(model, FiguresKind.SHARE, True)
    shown = _cell(model, entered, "impressions").data()
    assert shown.replace(",", "") == str(model.row(entered).metrics.impressions)
    missing = _first(model, FiguresKind.SHARE, False)  # about one share in five was not made in the demo
    assert _cell(model, missing, "clicks").data() == ""


def test_a_bad_cell_is_explained_and_blocks_saving(page):
    grid = page.entry_grid
    row = _first(grid.model, FiguresKind.SHARE, False)
    assert grid.model.setData(_cell(grid.model, row, "clicks"), "12.5")
    assert _cell(grid.model, row, "clicks").data() == "12.5"
    assert "not a whole number" in _cell(grid.model, row, "clicks").data(Qt.ItemDataRole.ToolTipRole)
    assert f"Row {row + 1}" in grid.status.text() and "Clicks" in grid.status.text()
    assert not grid.save_button.isEnabled()
    grid.model.setData(_cell(grid.model, row, "read_on"), "31.02.2026")
    assert "cells to fix: 2" in grid.status.text()
    grid.model.setData(_cell(grid.model, row, "clicks"), "12")
    grid.model.setData(_cell(grid.model, row, "read_on"), "")
    assert grid.save_button.isEnabled() and "not saved yet: 1" in grid.status.text()


def test_saving_writes_every_row_once_and_again_counts_nothing_twice(page, qtbot):
    grid, db = page.entry_grid, page.db
    campaign_id = page.campaign_id()
    share = _first(grid.model, FiguresKind.SHARE, False)
    post = _first(grid.model, FiguresKind.EXECUTIVE, True)
    share_row, post_row = grid.model.row(share), grid.model.row(post)
    before = len(results.figures(db, campaign_id))
    for column, value in (("impressions", "1 200"), ("clicks", "14"), ("read_on", "2027-03-01")):
        grid.model.setData(_cell(grid.model, share, column), value)
    grid.model.setData(_cell(grid.model, post, "comments"), "77")
    qtbot.mouseClick(grid.save_button, Qt.MouseButton.LeftButton)
    saved = {f.row_key: f for f in results.figures(db, campaign_id)}
    assert len(saved) == before + 1  # the share is new; the executive post's reading was replaced
    assert saved[share_row.key].metrics.impressions == 1200 and saved[share_row.key].read_on == "2027-03-01"
    assert saved[share_row.key].share_id == share_row.share_id
    assert saved[post_row.key].metrics.comments == 77
    assert saved[post_row.key].metrics.impressions == post_row.metrics.impressions  # untouched figures kept
    assert "Rows saved: 2" in grid.status.text()
    # The same values again: no change to save, and saving through the service anyway replaces, never adds.
    row = next(grid.model.row(r) for r in range(grid.model.rowCount()) if grid.model.row(r).key == share_row.key)
    grid.model.setData(_cell(grid.model, _index_of(grid.model, row.key), "clicks"), "14")
    assert not grid.save_button.isEnabled()
    results_entry.save(db, [(row, row.metrics.as_dict(), row.read_on)], actor="t")
    assert len(results.figures(db, campaign_id)) == before + 1
    board = results.board(db, campaign_id)
    assert board.totals.clicks == sum(f.metrics.clicks for f in results.figures(db, campaign_id, FiguresKind.SHARE))


def _index_of(model: ResultEntryModel, key: str) -> int:
    return next(r for r in range(model.rowCount()) if model.row(r).key == key)


def test_a_refused_row_saves_nothing(page, monkeypatch):
    grid, db = page.entry_grid, page.db
    campaign_id = page.campaign_id()
    first, second = _two_new(grid.model)
    grid.model.setData(_cell(grid.model, first, "clicks"), "3")
    grid.model.setData(_cell(grid.model, second, "clicks"), "4")
    before = results.figures(db, campaign_id)
    real = results.record

    def record(db_, entry, **kw):
        if entry.share_id == grid.model.row(second).share_id:
            raise results.ResultsInvalid("Choose an ambassador", field="ambassador_id", value="")
        return real(db_, entry, **kw)

    monkeypatch.setattr(results, "record", record)
    assert grid.save() == 0
    assert results.figures(db, campaign_id) == before
    assert "Nothing was saved" in grid.status.text() and grid.save_button.isEnabled()


def _two_new(model: ResultEntryModel) -> tuple[int, int]:
    found = [
        r
        for r in range(model.rowCount())
        if model.row(r).kind is FiguresKind.SHARE and model.row(r).metrics is None and not model.row(r).erased
    ]
    return found[0], found[1]


def test_erased_people_are_not_named_in_the_grid(page):
    db = page.db
    grid = page.entry_grid
    row = grid.model.row(_first(grid.model, FiguresKind.SHARE, True))
    person = ambassadors.get(db, row.ambassador_id)
    ambassadors.erase(db, person.id, actor="t")
    page.reload()
    names = [_cell(grid.model, r, "person").data() for r in range(grid.model.rowCount())]
    assert person.name not in names and "Erased ambassador" in names
    erased = [grid.model.row(r) for r in range(grid.model.rowCount()) if grid.model.row(r).ambassador_id == person.id]
    assert erased and all(r.erased and r.name == "" for r in erased)


def test_read_only_workspace_cannot_be_typed_in(page):
    page.entry_grid.load(page.db, page.campaign_id(), writable=False)
    model = page.entry_grid.model
    assert not model.setData(_cell(model, 0, "clicks"), "3")
    assert not (model.flags(_cell(model, 0, "clicks")) & Qt.ItemFlag.ItemIsEditable)


def test_grid_fits_a_small_screen_and_renders(page, qtbot, tmp_path):
    assert page.minimumSizeHint().width() < 600
    page.window().resize(1100, 800)
    qtbot.wait(50)
    row = _first(page.entry_grid.model, FiguresKind.SHARE, False)
    page.entry_grid.model.setData(_cell(page.entry_grid.model, row, "clicks"), "abc")
    page.entry_grid.model.setData(_cell(page.entry_grid.model, row + 1, "impressions"), "1250")
    page.entry_grid.table.scrollTo(_cell(page.entry_grid.model, row + 3, "clicks"))
    image = page.grab().toImage()
    target = ROOT / "docs" if os.environ.get("GHOSTDESK_SCREENSHOTS") else tmp_path
    assert image.save(str(target / "screenshot-results-entry.png"))


def test_in_french_the_grid_speaks_french_and_still_fits(page, app_context, workspace, qtbot, tmp_path):
    from ghostdesk.ui.dialogs.result_rewards import RewardsDialog

    with interface_language(app_context, "fr"):
        grid = page.entry_grid
        qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Saisir les chiffres")
        assert grid.save_button.text() == "Enregistrer les chiffres"
        assert grid.model.headerData(COLUMNS.index("read_on"), Qt.Orientation.Horizontal) == "Lu le"
        row = _first(grid.model, FiguresKind.SHARE, False)
        grid.model.setData(_cell(grid.model, row, "clicks"), "douze")
        assert "n’est pas un nombre entier" in grid.status.text()
        assert page.minimumSizeHint().width() < 600
        dialog = RewardsDialog(workspace.db, actor="t")
        qtbot.addWidget(dialog)
        assert dialog.minimumSizeHint().width() < 600 and dialog.tabs.tabText(2) == "Concours"
        page.window().resize(1100, 800)
        qtbot.wait(20)
        assert page.grab().toImage().save(str(tmp_path / "fr.png"))


def _columns_shown(grid) -> list[str]:
    """The columns whose whole width is inside the grid's viewport as it is now."""
    header, width = grid.table.horizontalHeader(), grid.table.viewport().width()
    return [
        column
        for i, column in enumerate(COLUMNS)
        if header.sectionViewportPosition(i) >= 0 and header.sectionViewportPosition(i) + header.sectionSize(i) <= width
    ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_column_is_in_view_in_a_900_pixel_window(page, app_context, qtbot, language):
    app_context.languages.apply(language)
    try:
        grid = page.entry_grid
        page.window().resize(900, 700)
        qtbot.waitUntil(lambda: page.window().width() == 900)
        qtbot.wait(20)
        assert _columns_shown(grid) == list(COLUMNS)
        assert not grid.table.horizontalScrollBar().isVisible()
        model, header = grid.model, grid.table.horizontalHeader()
        for i in range(len(COLUMNS)):  # short headers, the full name as the tooltip
            words = model.headerData(i, Qt.Orientation.Horizontal)
            assert header.sectionSize(i) >= header.fontMetrics().horizontalAdvance(words)
            assert model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        figures = header.sectionSize(COLUMNS.index("impressions"))
        assert figures >= grid.table.sizeHintForColumn(COLUMNS.index("impressions"))  # no figure cut short
        assert header.sectionSize(COLUMNS.index("person")) >= 96  # names stay readable
        wide = next(r for r in range(model.rowCount()) if model.row(r).network == "wechat_moments")
        assert _cell(model, wide, "network").data(Qt.ItemDataRole.ToolTipRole) == "WeChat Moments"  # if elided
        page.window().resize(1180, 760)  # a wider window: the names get the room
        qtbot.wait(20)
        assert _columns_shown(grid) == list(COLUMNS)
        assert header.length() == grid.table.viewport().width()
    finally:
        app_context.languages.apply("en")


def test_a_typed_figure_wider_than_the_column_widens_it(page, qtbot):
    grid = page.entry_grid
    page.window().resize(900, 700)
    qtbot.wait(20)
    model = grid.model
    row = _first(model, FiguresKind.SHARE, False)
    cell = _cell(model, row, "impressions")
    for typed in ("1250", "12345678"):  # bold: changed, not saved
        model.setData(cell, typed)
        assert grid.table.visualRect(cell).width() >= grid.table.sizeHintForIndex(cell).width()
    assert _columns_shown(grid) == list(COLUMNS)


def test_a_window_too_narrow_scrolls_sideways_rather_than_crush_the_names(page, qtbot):
    grid = page.entry_grid
    page.window().resize(600, 700)
    qtbot.wait(20)
    header = grid.table.horizontalHeader()
    assert header.sectionSize(COLUMNS.index("person")) >= 96
    assert header.length() > grid.table.viewport().width()


def test_typed_figures_survive_a_refresh_and_are_not_lost_silently(page, monkeypatch):
    grid = page.entry_grid
    results.record(page.db, results.ManualFigures("other-campaign", FiguresKind.EXECUTIVE, executive_id="x",
                   slot_id="s", metrics={"impressions": 5}), actor="t")  # fmt: skip
    page.reload()  # a second campaign in the picker
    demo_campaign = page.campaign_id()
    row = _first(grid.model, FiguresKind.SHARE, False)
    grid.model.setData(_cell(grid.model, row, "clicks"), "9")
    page._show_campaign()  # what an import or the Rewards dialog does afterwards
    assert _cell(grid.model, row, "clicks").data() == "9"
    asked = []
    monkeypatch.setattr(ResultsPage, "ask_discard", classmethod(lambda cls, p, n: asked.append(n) or False))
    page.campaign_combo.setCurrentIndex(page.campaign_combo.findData("other-campaign"))
    assert asked == [1] and page.campaign_id() == demo_campaign and _cell(grid.model, row, "clicks").data() == "9"
    monkeypatch.setattr(ResultsPage, "ask_discard", classmethod(lambda cls, p, n: True))
    page.campaign_combo.setCurrentIndex(page.campaign_combo.findData("other-campaign"))
    assert page.campaign_id() == "other-campaign" and grid.campaign_id == "other-campaign"
    assert not grid.model.dirty_rows()
