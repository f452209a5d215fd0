"""The Variants page over many posts: it reads and checks only the rows on screen, and every post stays reachable
by scrolling (benchmarks/pages.py, issue 11). Counted in calls, never timed."""

from __future__ import annotations

import random

import pytest
from _model_checks import assert_multidata_answers_as_data
from _window_helpers import shown_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from ghostdesk.services import checks, demo_large, variants
from ghostdesk.storage import bulk, executives_repo, variants_repo
from ghostdesk.ui.models.variant_matrix_model import VariantMatrixModel

POSTS = 400


@pytest.fixture
def many(workspace):
    executive = executives_repo.create(workspace.db, "Claire Vasseur").id
    rng = random.Random(7)
    made = demo_large._posts(rng, POSTS, [executive])
    bulk.insert_posts(workspace.db, made)
    bulk.insert_variants(workspace.db, demo_large._variants(rng, made))
    return workspace


@pytest.fixture
def shown(qtbot, app_context, many, monkeypatch):
    """The page shown in a window, with the post ids each batch read asked for recorded."""

    monkeypatch.setattr(VariantMatrixModel, "ID_CHUNK", 100)  # so fetching more ids as it scrolls is exercised
    read: list[str] = []
    original = variants_repo.for_matrix

    def recording(db, post_ids):
        read.extend(post_ids)
        return original(db, post_ids)

    monkeypatch.setattr(variants_repo, "for_matrix", recording)
    window = shown_main_window(qtbot, app_context, many, size=(1000, 700))
    page = window.show_page("variants")
    qtbot.waitUntil(page.isVisible)
    page.grab()
    yield page, read
    app_context.workspace = None


def _on_screen(page) -> int:
    table = page.table
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    return (last if last >= 0 else page.model.rowCount() - 1) - first + 1


def _settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.model.counting, timeout=20_000)


def test_opening_reads_one_batch_and_checks_only_the_rows_on_screen(qtbot, shown):
    page, read = shown
    model = page.model
    assert model.rowCount() == 100  # one chunk of ids, no more, before the first paint
    assert len(read) <= model.ROWS  # one batch of rows
    assert model.reader.checks_run == 0  # the first paint shows statuses; findings are counted just after
    assert "Checking" in _tips(model, 0)
    _settle(qtbot, page)
    visible = _on_screen(page)
    assert 0 < visible < 60
    assert 0 < model.reader.checks_run <= visible * len(variants.DEFAULT_MARKETS)
    assert all("Checking" not in _tips(model, row) for row in range(visible))
    assert "Checking" in _tips(model, visible + 5)  # a row below the screen was never checked


def test_the_model_passes_the_tester_while_fetching_more(qtmodeltester, many, monkeypatch):
    monkeypatch.setattr(VariantMatrixModel, "ID_CHUNK", 150)
    model = VariantMatrixModel()
    model.set_source(many.db, store=False)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == POSTS and model.reader.checks_run == 0


def _tips(model, row: int) -> str:
    return "\n".join(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) for column in range(1, 6))


def test_scrolling_checks_only_the_newly_visible_rows_and_reaches_every_post(qtbot, shown):
    page, read = shown
    model = page.model
    _settle(qtbot, page)
    before, read_before = model.reader.checks_run, len(read)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    page.table.viewport().grab()
    _settle(qtbot, page)
    visible = _on_screen(page)
    assert 0 < model.reader.checks_run - before <= visible * 5
    assert len(read) - read_before <= model.ROWS  # one read for the new screen
    for _ in range(10):  # to the end, fetching more ids on the way
        bar.setValue(bar.maximum())
        page.table.viewport().grab()
        qtbot.wait(1)
        if not model.canFetchMore():
            break
    assert model.rowCount() == POSTS and not model.canFetchMore()
    _settle(qtbot, page)
    assert model.reader.checks_run < POSTS * 5 // 2  # the screens shown on the way, never the whole matrix


def test_counts_are_remembered_until_what_the_checks_read_changes(qtbot, shown, many):
    page, _ = shown
    _settle(qtbot, page)
    counted = page.model.reader.checks_run
    cells = [page.model.index(0, c).data() for c in range(1, page.model.columnCount())]
    page.reload()
    page.grab()
    _settle(qtbot, page)
    assert page.model.reader.checks_run == 0  # the same rows again: counts read back, no check ran
    assert [page.model.index(0, c).data() for c in range(1, page.model.columnCount())] == cells
    checks.set_terms(many, checks.SENSITIVE, ["Lyon"])  # a word list changed: every count may differ
    page.reload()
    page.grab()
    _settle(qtbot, page)
    assert page.model.reader.checks_run == counted


def test_market_columns_have_fixed_widths_not_sized_from_the_rows(shown):
    page, _ = shown
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    modes = {header.sectionResizeMode(c) for c in range(1, page.model.columnCount())}
    assert modes == {QHeaderView.ResizeMode.Fixed}
    assert all(header.sectionSize(c) >= header.minimumSectionSize() for c in range(1, page.model.columnCount()))


@pytest.fixture
def calls(monkeypatch):
    """Calls into the model's data() and multiData() (patched before the page builds its model: Qt looks a
    Python override up once per object)."""
    counted = {"data": 0, "multiData": 0, "cell": 0, "_queue_count": 0, "_paint_values": 0}
    for name in counted:
        original = getattr(VariantMatrixModel, name)

        def wrapper(self, *args, _name=name, _original=original):
            counted[_name] += 1
            return _original(self, *args)

        monkeypatch.setattr(VariantMatrixModel, name, wrapper)
    return counted


def test_opening_reads_only_the_rows_on_screen(calls, shown):
    page, read = shown
    assert len(read) <= _on_screen(page) + 2  # one read of the first screen's rows, not of the next screen too


def test_a_paint_calls_the_model_once_per_cell_and_reads_nothing(qtbot, calls, shown):
    page, read = shown
    _settle(qtbot, page)
    read_before = len(read)
    calls.update(data=0, multiData=0, cell=0, _queue_count=0, _paint_values=0)
    page.table.viewport().grab()
    cells = _on_screen(page) * page.model.columnCount()
    assert calls["cell"] == cells  # one call per cell (the matrix's painter), not a span of seven roles
    assert calls["data"] == calls["multiData"] == 0  # texts and colours were made once, when the row was read
    assert calls["_queue_count"] == 0  # counted rows schedule nothing
    assert calls["_paint_values"] == _on_screen(page)  # a row's values looked up once, for its first cell
    assert len(read) == read_before


def test_scrolling_schedules_counting_once_per_new_row_not_per_cell(qtbot, calls, shown):
    page, _ = shown
    _settle(qtbot, page)
    calls.update(_queue_count=0)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    page.table.viewport().grab()
    assert 0 < calls["_queue_count"] <= _on_screen(page) + 2


def test_multidata_answers_every_role_as_data_does_and_clears_the_others(many):
    from ghostdesk.ui.models.variant_matrix_model import MARKET_ROLE, POST_ID_ROLE, VARIANT_ID_ROLE

    model = VariantMatrixModel()
    model.set_source(many.db, store=False)
    roles = [*range(0, 14), VARIANT_ID_ROLE, POST_ID_ROLE, MARKET_ROLE]
    assert_multidata_answers_as_data(model, (0, 1, 57), roles)


def test_a_screen_already_read_is_painted_and_scrolled_back_to_without_sql(qtbot, shown, monkeypatch):
    from ghostdesk.storage.connection import Database

    page, _ = shown
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    page.table.viewport().grab()
    _settle(qtbot, page)
    bar.setValue(0)
    page.table.viewport().grab()
    _settle(qtbot, page)
    statements: list[str] = []
    original = Database.execute
    monkeypatch.setattr(Database, "execute", lambda self, sql, *a: statements.append(sql) or original(self, sql, *a))
    for value in (bar.maximum() // 2, 0, bar.maximum() // 2):
        bar.setValue(value)
        page.table.viewport().grab()
    assert statements == []  # rows, their texts and their counts are kept; counting them again is not needed


def test_a_variant_whose_market_was_removed_is_shown_uncounted_without_an_error(main_window, qtbot):
    """Workspaces from before removal refused markets in use can hold such variants: the matrix shows them,
    leaves their counts unknown, and counting stops (no error, no endless re-queue)."""
    from ghostdesk.services import markets, posts, variants
    from ghostdesk.storage import executives_repo, markets_repo

    workspace = main_window.context.workspace
    db = workspace.db
    markets.copy_market(db, "BE", "Belgium", based_on="FR")
    claire = executives_repo.create(db, "Claire Vasseur")
    post = posts.new_post(workspace, claire.id, actor="test", title="Grid week", body="Le réseau tient.")
    variants.create(db, post.id, "BE", actor="test")
    markets_repo.delete_market(db, "BE", deleted_by="an older GhostDesk")  # as the old removal did
    markets.invalidate(db)
    page = main_window.show_page("variants")
    page.grab()
    page.model.count_pending()  # what the timer does, row by row: no NotFound from the removed market
    row = page.model.reader.counted(page.model._rows[post.id])
    assert row.cells["BE"] is not None and not row.cells["BE"].counted  # shown, its counts left unknown
    page.grab()
    assert not page.model.counting


def test_the_first_paint_reads_a_few_screens_of_ids_and_few_statements(qtbot, app_context, many, monkeypatch):
    """Before the first paint the page reads FIRST_CHUNK ids (a few screens), not a full chunk, and a handful of
    statements whatever the languages and executives on screen; scrolling to the end still reaches every post."""

    monkeypatch.setattr(VariantMatrixModel, "FIRST_CHUNK", 60)
    monkeypatch.setattr(VariantMatrixModel, "ID_CHUNK", 150)
    window = shown_main_window(qtbot, app_context, many, size=(1000, 700))
    statements: list[str] = []
    many.db.conn.set_trace_callback(statements.append)
    try:
        page = window.show_page("variants")
        page.grab()
    finally:
        many.db.conn.set_trace_callback(None)
    model = page.model
    assert model.rowCount() == 60 and model.canFetchMore()
    assert _on_screen(page) < 60  # more ids than the screen shows: the scroll bar can move
    assert len(statements) <= 20, statements  # not four reads of word lists per language and executive
    assert not any("LIMIT 150" in s or "LIMIT 1000" in s for s in statements)
    bar = page.table.verticalScrollBar()
    for _ in range(10):
        bar.setValue(bar.maximum())
        page.table.viewport().grab()
        if not model.canFetchMore():
            break
    assert model.rowCount() == POSTS
    assert [model.post_id(r) for r in range(POSTS)] == [
        p for p, _ in variants.matrix_page_ids(many.db, limit=None)
    ]  # every post once, in order, across the first chunk and the later ones
    _settle(qtbot, page)
    app_context.workspace = None


def test_a_row_recounted_refreshed_or_retranslated_is_painted_anew(many, monkeypatch):
    """A paint reuses a row's values from cell to cell; once the row changes, its next paint has the new texts."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    from ghostdesk.ui.models import variant_matrix_model

    model = VariantMatrixModel()
    model.set_source(many.db, store=False)

    def painted(row: int) -> list:
        texts = []
        for column in range(1, model.columnCount()):
            item = QModelRoleData(Qt.ItemDataRole.DisplayRole)
            model.index(row, column).multiData(QModelRoleDataSpan(item))
            texts.append(item.data())
        return texts

    assert "new" not in painted(0)
    post_id = model.post_id(0)
    for change, mark in (
        (lambda: model._count_row(post_id), "counted"),
        (lambda: model.refresh_post(post_id), "refreshed"),
        (model.retranslate, "retranslated"),
    ):
        monkeypatch.setattr(variant_matrix_model, "cell_text", lambda cell, _mark=mark: f"new {_mark}")
        painted(0)  # the previous values, if the row had not changed, are still those of the last paint
        change()
        assert set(painted(0)) == {f"new {mark}"}, mark


def test_the_matrix_painter_looks_as_qt_paints_it(qtbot, shown):
    """The matrix's plain cells are painted from the model's ready texts and colours, pixel for pixel as Qt's own
    delegate paints them: coloured, centred, elided, and a selected row left to Qt."""
    from PySide6.QtWidgets import QStyledItemDelegate

    page, _ = shown
    _settle(qtbot, page)
    table = page.table

    def same_as_qt() -> bool:
        ours = table.viewport().grab().toImage()
        fast = table.itemDelegate()
        table.setItemDelegate(QStyledItemDelegate(table))
        theirs = table.viewport().grab().toImage()
        table.setItemDelegate(fast)
        return ours == theirs

    painted = table.text_delegate.fast_cells
    assert same_as_qt()
    assert table.text_delegate.fast_cells - painted >= _on_screen(page) * page.model.columnCount()  # the fast path
    table.selectRow(1)
    assert same_as_qt()
    table.setColumnWidth(1, 50)  # "In review ⚠3" and the like, elided and centred
    assert same_as_qt()
