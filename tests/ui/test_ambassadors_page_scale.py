"""The Ambassadors page over thousands of people reads only the rows it shows: a count, then one window of
rows per screen — never every id before the first paint (benchmarks/pages.py, benchmarks/ambassadors_table.py)."""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest
from _window_helpers import traced_main_window
from PySide6.QtCore import Qt

from ghostdesk.domain.ambassador import Ambassador, AmbassadorFilter, ConsentStatus, NetworkProfile
from ghostdesk.services import ambassadors, demo_ambassadors
from ghostdesk.storage import ambassadors_repo
from ghostdesk.ui.models.ambassador_table import AmbassadorTableModel

PEOPLE = 3_000
ROW_READS = re.compile(r"\s*SELECT id\b")  # a statement reading ids (alone or with the shown fields)


def crowd(n: int) -> list[Ambassador]:
    rng = random.Random(5)
    first = ("Léa", "Zoé", "Anna", "Ken", "Marc", "Émile", "Ines", "Yuki")
    return [
        Ambassador(
            id=f"{rng.randrange(16**8):08x}-{i:05d}", name=f"{rng.choice(first)} {i:05d}", email=f"p{i}@x.example",
            market=("FR", "DE", "JP")[i % 3], language="en", time_zone="Europe/Paris", team=f"Team {i % 7}",
            networks=(NetworkProfile("linkedin", "", i % 900),), groups=("Inner circle",) if i % 40 == 0 else (),
            consent=ConsentStatus.OPTED_OUT if i % 9 == 0 else ConsentStatus.OPTED_IN,
        )
        for i in range(n)
    ]  # fmt: skip


@pytest.fixture
def crowded(workspace):
    ambassadors_repo.save_many(workspace.db, crowd(PEOPLE))
    return workspace


@pytest.fixture
def opened(qtbot, app_context, crowded):
    """The main window on the crowded workspace, the Ambassadors page shown and painted; SQL statements traced."""
    with traced_main_window(qtbot, app_context, crowded) as (window, statements):
        page = window.show_page("ambassadors")
        qtbot.waitUntil(page.isVisible)
        page.grab()
        yield page, statements


def shown_rows(page) -> range:
    view = page.table
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    return range(top, (bottom if bottom >= 0 else page.model.rowCount() - 1) + 1)


def test_opening_the_page_counts_then_reads_one_window(opened):
    page, statements = opened
    model = page.model
    assert model.rowCount() == PEOPLE
    assert len(shown_rows(page)) > 10
    # one window of rows (a screenful or two), read in one statement with a LIMIT; no statement read every id
    assert model.loads == 1 and model.rows_read <= model.PAGE
    reads = [s for s in statements if ROW_READS.match(s)]
    assert len(reads) == 1 and "LIMIT" in reads[0], reads


def test_jumping_to_the_middle_reads_one_window_and_shows_the_right_people(qtbot, opened):
    page, statements = opened
    model, bar = page.model, page.table.verticalScrollBar()
    every = ambassadors_repo.query_ids(page.db, AmbassadorFilter())
    loads, read = model.loads, model.rows_read
    statements.clear()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(1)
    page.table.viewport().grab()
    rows = shown_rows(page)
    assert rows[0] > PEOPLE // 3
    assert model.loads == loads + 1 and model.rows_read - read <= model.PAGE
    assert [s for s in statements if ROW_READS.match(s) and "LIMIT" not in s] == []
    names = {p.id: p.name for p in ambassadors.get_many(page.db, every[rows[0] : rows[-1] + 1]).values()}
    for row in rows:
        assert model.data(model.index(row, 0)) == names[every[row]]
    # a screen up: the rows just above, once
    loads = model.loads
    bar.setValue(bar.value() - bar.pageStep())
    qtbot.wait(1)
    page.table.viewport().grab()
    assert model.loads == loads + 1
    top = shown_rows(page)[0]
    assert model.data(model.index(top, 0)) == ambassadors.get(page.db, every[top]).name


def test_selecting_everyone_reads_the_ids_in_one_query(qtbot, opened):
    page, statements = opened
    statements.clear()
    page.table.selectAll()
    ids = page.selected_ids()
    assert len([s for s in statements if ROW_READS.match(s)]) == 1
    assert ids == ambassadors_repo.query_ids(page.db, AmbassadorFilter())
    assert f"{PEOPLE} people selected" in page.detail.text()
    assert page.opt_out_button.isEnabled() and not page.edit_button.isEnabled()


def test_sorting_by_a_column_without_an_index_shows_the_right_order(qtbot, opened):
    page, _ = opened
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # e-mail, descending
    every = ambassadors_repo.query_ids(page.db, AmbassadorFilter(sort="email", descending=True))
    page.grab()
    for row in shown_rows(page):
        assert page.model.data(page.model.index(row, 1)) == ambassadors.get(page.db, every[row]).email


def test_a_change_under_a_consent_filter_re_reads_the_rows(qtbot, opened):
    page, _ = opened
    page.consent_combo.setCurrentIndex(page.consent_combo.findData("opted_out"))
    before = page.model.rowCount()
    first, second = page.model.id_at(0), page.model.id_at(1)
    page.select_ids([first, second])
    qtbot.mouseClick(page.opt_in_button, Qt.MouseButton.LeftButton)
    # they are opted in now: they leave the opted-out list, which is read again (no stale or doubled rows)
    assert page.model.rowCount() == before - 2
    ids = [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert first not in ids and second not in ids and len(set(ids)) == len(ids)
    assert page.selected_ids() == []
    assert f"showing {before - 2}" in page.counts_label.text()


def test_the_model_over_a_plain_list_of_ids(qtmodeltester, workspace):
    """Any sequence of ids works (a list, loaded through `load`): same rows as the service's lazy one."""
    demo_ambassadors.populate(workspace, random.Random(1))
    db = workspace.db
    plain = AmbassadorTableModel(lambda f: ambassadors_repo.query_ids(db, f), lambda ids: ambassadors.get_many(db, ids))
    lazy = AmbassadorTableModel(lambda f: ambassadors.query_ids(db, f), lambda ids: ambassadors.get_many(db, ids))
    plain.PAGE = lazy.PAGE = 16
    for model in (plain, lazy):
        model.refresh()
        qtmodeltester.check(model)

    def cells(model):
        return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]

    assert cells(plain) == cells(lazy) and len(cells(lazy)) == 61
    assert [lazy.ambassador_at(r).id for r in range(61)] == [plain.id_at(r) for r in range(61)]
    assert lazy.row_of(plain.id_at(40)) == 40 and lazy.row_of("nobody") == -1


def test_opening_the_page_does_not_import_its_dialogs():
    code = (
        "import sys; import ghostdesk.ui.views.ambassadors_page; "
        "late = [m for m in ('ghostdesk.ui.dialogs.ambassador_editor', 'ghostdesk.ui.dialogs.ambassador_import_wizard',"
        " 'ghostdesk.ui.dialogs.ambassador_participation', 'ghostdesk.services.ambassador_import') if m in sys.modules]; "
        "print(late); sys.exit(1 if late else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_selecting_a_long_run_of_rows_reads_their_ids_in_one_query(qtbot, opened):
    page, statements = opened
    model = page.model
    start, stop = 300, 300 + 10 * model.PAGE  # far below the screen: none of their ids read yet
    statements.clear()
    ids = model.ids_at(range(start, stop))
    assert len([s for s in statements if ROW_READS.match(s)]) == 1
    assert ids == ambassadors_repo.query_ids(page.db, AmbassadorFilter())[start:stop]
    statements.clear()
    scattered = [1_200 + 150 * n for n in range(model.ALL_IDS_ABOVE + 1)]  # more runs than that: every id at once
    assert len(model.ids_at(scattered)) == len(scattered)
    assert len([s for s in statements if ROW_READS.match(s)]) == 1
