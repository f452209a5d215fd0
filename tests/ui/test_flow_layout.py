"""The wrapping row layout: items wrap when narrow, the height follows the width, the minimum is the widest item."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from ghostdesk.ui.widgets.flow_layout import FlowLayout, FlowRow


def _row(qtbot, texts, *, align_right=False):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, h_spacing=6, v_spacing=4, align_right=align_right)
    flow.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        flow.addWidget(button)
    return host, flow, buttons


TEXTS = ["Import draft…", "Review copy…", "History…", "A much longer button text"]


def test_wide_enough_everything_sits_on_one_row_in_order(qtbot):
    host, flow, buttons = _row(qtbot, TEXTS)
    host.resize(flow.sizeHint().width(), flow.sizeHint().height())
    host.show()
    qtbot.waitExposed(host)
    tops = {b.geometry().top() for b in buttons}
    assert len(tops) == 1
    lefts = [b.geometry().left() for b in buttons]
    assert lefts == sorted(lefts) and lefts[0] == 0
    assert flow.heightForWidth(flow.sizeHint().width()) == flow.sizeHint().height()


def test_narrow_the_items_wrap_and_the_height_grows(qtbot):
    host, flow, buttons = _row(qtbot, TEXTS)
    wide = flow.sizeHint().width()
    one_row = flow.heightForWidth(wide)
    narrow = max(b.sizeHint().width() for b in buttons) + 10
    assert flow.heightForWidth(narrow) >= 3 * one_row  # about one item per row
    assert flow.heightForWidth(wide // 2) > one_row
    host.resize(narrow, flow.heightForWidth(narrow))
    host.show()
    qtbot.waitExposed(host)
    rects = [b.geometry() for b in buttons]
    assert len({r.top() for r in rects}) == len(buttons)  # each on a row of its own
    assert all(r.right() < narrow for r in rects)  # nothing past the edge
    for upper, lower in itertools.pairwise(rects):
        assert not upper.intersects(lower)


def test_minimum_width_is_the_widest_item_and_hidden_items_take_no_room(qtbot):
    host, flow, buttons = _row(qtbot, TEXTS)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest
    assert host.minimumSizeHint().width() == widest
    buttons[3].hide()
    assert flow.minimumSize().width() == max(b.minimumSizeHint().width() for b in buttons[:3])
    assert flow.sizeHint().width() == sum(b.sizeHint().width() for b in buttons[:3]) + 2 * 6


def test_right_aligned_rows_end_at_the_right_edge(qtbot):
    host, flow, buttons = _row(qtbot, TEXTS[:2], align_right=True)
    host.resize(flow.sizeHint().width() + 200, flow.sizeHint().height())
    host.show()
    qtbot.waitExposed(host)
    assert buttons[-1].geometry().right() == host.width() - 1
    assert buttons[0].geometry().left() == 200


def test_items_can_be_taken_and_inserted(qtbot):
    _host, flow, buttons = _row(qtbot, TEXTS[:2])
    box = QCheckBox("LinkedIn")
    flow.insertWidget(0, box)
    assert [flow.itemAt(i).widget() for i in range(flow.count())] == [box, *buttons]
    taken = flow.takeAt(0)
    assert taken.widget() is box and flow.count() == 2
    assert flow.itemAt(5) is None and flow.takeAt(5) is None


def test_a_flow_row_in_a_column_gets_the_rows_it_needs(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    column.setContentsMargins(0, 0, 0, 0)
    row = FlowRow()
    boxes = [QCheckBox(name) for name in ("LinkedIn", "X (Twitter)", "Weibo", "XING", "Facebook")]
    for box in boxes:
        row.addWidget(box)
    below = QPushButton("Below")
    column.addWidget(row)
    column.addWidget(below)
    column.addStretch(1)
    narrow = max(b.sizeHint().width() for b in boxes) * 2
    host.resize(narrow, 400)
    host.show()
    qtbot.waitExposed(host)
    assert host.minimumSizeHint().width() <= max(b.sizeHint().width() for b in boxes) + 20
    assert len({b.geometry().top() for b in boxes}) >= 3
    bottom = max(b.mapTo(host, b.rect().bottomLeft()).y() for b in boxes)
    assert below.geometry().top() > bottom  # the next widget starts under the last wrapped row
