"""UI: TextTableView paints plain text cells as Qt's own delegate does, pixel for pixel, in every alignment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate

from ghostdesk.ui.widgets.text_table import TextTableView

TEXTS = ("1,234", "Léa Müller-Schmidt with a long name", "東京都 渋谷区", "", "x", "person@example.org")


def _table(qtbot):
    model = QStandardItemModel(40, 3)
    for row in range(40):
        for column in range(3):
            item = QStandardItem(TEXTS[(row + column) % len(TEXTS)])
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.setItem(row, column, item)
    view = TextTableView(lambda r, c: (model.item(r, c).text(), False), right_columns=(1,))
    view.setModel(model)
    view.resize(420, 400)
    for column, width in enumerate((110, 90, 140)):
        view.setColumnWidth(column, width)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _same_as_qt(view) -> bool:
    ours = view.viewport().grab().toImage()
    fast = view.itemDelegate()
    view.setItemDelegate(QStyledItemDelegate(view))
    theirs = view.viewport().grab().toImage()
    view.setItemDelegate(fast)
    assert ours.size() == theirs.size()
    return all(ours.pixel(x, y) == theirs.pixel(x, y) for y in range(ours.height()) for x in range(ours.width()))


def test_the_same_text_left_and_right_aligned_and_elided_looks_as_qt_paints_it(qtbot):
    view = _table(qtbot)
    painted = view.text_delegate.fast_cells
    assert _same_as_qt(view)
    assert view.text_delegate.fast_cells - painted > 20  # the cells went through the fast path


def test_a_disabled_right_to_left_or_wrapping_table_is_left_to_qt(qtbot):
    view = _table(qtbot)
    for change, undo in (
        (lambda: view.setEnabled(False), lambda: view.setEnabled(True)),
        (lambda: view.setLayoutDirection(Qt.LayoutDirection.RightToLeft), lambda: view.unsetLayoutDirection()),
        (lambda: view.setWordWrap(True), lambda: view.setWordWrap(False)),
    ):
        change()
        painted = view.text_delegate.fast_cells
        assert _same_as_qt(view)
        assert view.text_delegate.fast_cells == painted
        undo()


def test_a_cell_that_cannot_be_read_is_left_blank_and_logged_once(qtbot, caplog):
    """An error escaping the delegate from inside Qt's paintEvent would abort the process (a closed workspace)."""
    from PySide6.QtGui import QStandardItemModel

    from ghostdesk.ui.widgets.text_table import TextTableView

    def broken(row, column):
        raise RuntimeError("closed")

    view = TextTableView(broken)
    view.setModel(QStandardItemModel(5, 3, view))
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    view.grab()
    view.grab()
    assert caplog.text.count("Reading a table cell to paint failed") == 1
