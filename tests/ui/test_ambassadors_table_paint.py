"""The roster's cells are painted from the texts the model keeps per row (one call per cell, no text layout), and
look exactly as Qt's own delegate paints them — greyed rows, the right-aligned network size, eliding; selected
rows are left to Qt's delegate (issue 11: opening and scrolling the Ambassadors page)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate

from ghostdesk.domain.ambassador import Ambassador, ConsentStatus, NetworkProfile
from ghostdesk.services import ambassadors
from ghostdesk.storage import ambassadors_repo
from ghostdesk.ui.models.ambassador_table import COLUMNS, NETWORK_COLUMN, AmbassadorTableModel
from ghostdesk.ui.widgets.text_table import TextTableView

PEOPLE = 400


def people() -> list[Ambassador]:
    return [
        Ambassador(
            id=f"p-{i:04d}", name=f"Person {i:04d} with a rather long name", email=f"person{i}@example.org",
            market=("FR", "DE", "JP")[i % 3], language="en", time_zone="Europe/Paris", team=f"Team {i % 7}",
            networks=(NetworkProfile("linkedin", "", 1000 + i * 37),), groups=("Inner circle",) if i % 5 == 0 else (),
            consent=ConsentStatus.OPTED_OUT if i % 4 == 0 else ConsentStatus.OPTED_IN,
        )
        for i in range(PEOPLE)
    ]  # fmt: skip


@pytest.fixture
def roster(workspace):
    ambassadors_repo.save_many(workspace.db, people())
    return workspace


@pytest.fixture
def page(qtbot, app_context, roster):
    from ghostdesk.ui.mainwindow import MainWindow

    app_context.workspace = roster
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("ambassadors")
    qtbot.waitUntil(page.isVisible)
    yield page
    app_context.workspace = None


def _image(view) -> QImage:
    return view.viewport().grab().toImage()


def _differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y))


def test_cells_look_exactly_as_qt_paints_them(page, qtbot):
    view = page.table
    assert isinstance(view, TextTableView)
    for column in range(len(COLUMNS)):  # every column on screen, some texts elided
        view.setColumnWidth(column, 70 if column != NETWORK_COLUMN else 80)
    view.verticalScrollBar().setValue(100)
    qtbot.wait(10)
    page.select_ids([page.model.id_at(view.rowAt(0) + 2)], scroll=False)  # one selected row, Qt's own
    fast = view.itemDelegate()
    painted = fast.fast_cells
    ours = _image(view)
    assert fast.fast_cells - painted >= 8 * 15  # the plain cells went through the fast path
    view.setItemDelegate(QStyledItemDelegate(view))
    theirs = _image(view)
    view.setItemDelegate(fast)
    assert _differing(ours, theirs) == 0


def test_a_cell_is_one_call_with_its_text_and_greyness(roster):
    model = AmbassadorTableModel(lambda f: ambassadors.query_ids(roster.db, f), lambda ids: {})
    model.refresh()
    opted_out = next(r for r in range(20) if model.index(r, 3).data() == "Opted out")
    text, greyed = model.cell(opted_out, 0)
    assert greyed and text == model.index(opted_out, 0).data()
    assert model.index(opted_out, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.cell(opted_out + 1, NETWORK_COLUMN) == (model.index(opted_out + 1, NETWORK_COLUMN).data(), False)
    assert model.cell(PEOPLE, 0) is None  # past the end: Qt's delegate (nothing to paint)
    loads = model.loads
    for row in range(40):
        for column in range(len(COLUMNS)):
            model.cell(row, column)
    assert model.loads == loads  # the first window holds the first screen: no more reads


def test_painting_asks_the_model_for_no_role_of_a_plain_cell(page, qtbot, monkeypatch):
    """Qt's delegate asks seven roles per cell (seven calls into Python); the fast path asks none."""
    asked = []
    model = page.model
    original = AmbassadorTableModel.data

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        asked.append(role)
        return original(self, index, role)

    monkeypatch.setattr(AmbassadorTableModel, "data", data)
    page.table.selectionModel().clearSelection()
    painted = page.table.text_delegate.fast_cells
    page.table.viewport().grab()
    assert model.rowCount() == PEOPLE
    assert page.table.text_delegate.fast_cells - painted >= 5 * 20  # the first screen, painted
    assert asked == []
    page.table.setItemDelegate(QStyledItemDelegate(page.table))  # what Qt's own delegate would have asked
    page.table.viewport().grab()
    assert len(asked) >= 7 * 5 * 20
