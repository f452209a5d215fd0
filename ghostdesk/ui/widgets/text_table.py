"""UI: a table view that paints plain one-line text cells straight from its model's ready texts.

Qt's own delegate asks the model for seven roles per cell (seven calls into Python) and lays every text out with
a QTextLayout; on a roster of thousands that is most of a paint. This view asks its model once per cell for
`(text, greyed)` (`cell(row, column)`: the texts the model already keeps per row) and draws the text the way Qt's
style does (same margins, baseline and eliding). Any row that needs more than plain text — selected, the current
row of a focused view, under the mouse, a disabled or right-to-left view — is painted by Qt's own delegate, so selection,
focus and hover look exactly as the platform style draws them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

log = logging.getLogger(__name__)

Cell = Callable[[int, int], "tuple[str, bool] | None"]  # (row, column) → (text, greyed), None: Qt paints it
GREY = QColor(128, 128, 128)  # greyed rows (the models' ForegroundRole colour)
# PySide6 builds a class's Python enums on their first use: QStyle's (a dozen) cost ~10 ms, which is paid here, when
# the module loads (ui/warmup.py, while the window is idle), not at the table's first paint.
_FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
UNREADABLE = object()  # `TextCellDelegate.painted_cell`: the cell could not be read, and is left blank
LEFT, RIGHT, CENTRED = range(3)  # where `TextCellDelegate.draw_line` places a line in its cell
_ELIDED_LIMIT = 4000  # (text, width, alignment) laid out and remembered; forgotten all at once past this


class TextCellDelegate(QStyledItemDelegate):
    """UI: the fast path of `TextTableView` (a plain cell), and Qt's delegate for the rows `prepare` set aside."""

    def __init__(self, cell: Cell, right_columns: Collection[int] = (), parent=None) -> None:
        super().__init__(parent)
        self._cell = cell
        self._right = frozenset(right_columns)
        self._special: set[int] = set()  # rows Qt's own delegate paints in this paint
        self._all_special = True  # until the first prepare(); and for a disabled view
        self._text = QColor()
        self._font: QFont | None = None
        self._metrics: QFontMetrics | None = None
        self._exact: QFontMetricsF | None = None
        self._height = 0.0
        self._widest = 0
        self._margin = 3
        self._failed = False  # a cell could not be read: logged once, not at every cell of every paint
        self._style = None
        self._elided: dict[tuple[str, int, int], tuple[QStaticText, float, int]] = {}
        self.fast_cells = 0  # cells painted here (tests read it)

    def prepare(self, view: QTableView) -> None:
        """Before each paint of `view`: which visible rows Qt paints itself, the colours and the font."""
        # Qt's delegate paints every cell of a disabled, right-to-left or word-wrapping view, or one eliding
        # otherwise than on the right (greyed text, mirrored alignment, several lines).
        self._all_special = (
            not view.isEnabled()
            or view.layoutDirection() == Qt.LayoutDirection.RightToLeft
            or view.wordWrap()
            or view.textElideMode() != Qt.TextElideMode.ElideRight
        )
        if self._all_special:
            return
        style = view.style()
        if style is not self._style:  # the text margin is the style's (its focus frame margin, plus one)
            self._style = style
            self._margin = style.pixelMetric(_FOCUS_MARGIN, None, view) + 1
        font = view.font()
        if font != self._font:
            self._font = QFont(font)
            self._metrics = QFontMetrics(font)
            self._exact = exact = QFontMetricsF(font)
            self._height = exact.height()
            self._widest = self._metrics.maxWidth()
            self._elided.clear()
        group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
        self._text = view.palette().color(group, QPalette.ColorRole.Text)
        special: set[int] = set()
        viewport = view.viewport()
        top = view.rowAt(0)
        if top >= 0:
            bottom = view.rowAt(viewport.height() - 1)
            if bottom < 0:
                bottom = view.model().rowCount() - 1
            selection = view.selectionModel()
            if selection is not None:
                for part in selection.selection():
                    special.update(range(max(part.top(), top), min(part.bottom(), bottom) + 1))
                if view.hasFocus():
                    special.add(selection.currentIndex().row())
            if viewport.underMouse():  # the row under the pointer: some styles draw it highlighted
                from PySide6.QtGui import QCursor

                special.add(view.rowAt(viewport.mapFromGlobal(QCursor.pos()).y()))
        self._special = special

    def _layout(self, text: str, width: int, measured: bool) -> tuple[QStaticText, float, int]:
        """The text as shown in `width`, elided as Qt's style elides it, with its advance when `measured` (a line
        placed by its width: right-aligned or centred).
        A QStaticText is laid out (shaped) at its first draw and drawn from its glyphs at every paint after."""
        surely_fits = text.isascii() and len(text) * self._widest <= width  # (no need to measure it)
        if not surely_fits and self._exact.horizontalAdvance(text) > width - 1:  # near the edge: Qt's own measure
            text = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        # The line is as tall as its tallest font: a text in a fallback font (CJK …) is centred on its own height.
        if text.isascii():
            height = round(self._height)
        else:
            static.prepare(QTransform(), self._font)  # laid out in the view's font (drawing then reuses it)
            height = round(static.size().height())
        return static, self._exact.horizontalAdvance(text) if measured else 0.0, height

    def painted_cell(self, row: int, column: int):
        """The cell's ready data for the fast path, None where Qt's own delegate paints (special rows), or
        UNREADABLE when reading it failed — logged once, as an error escaping a paint from inside Qt's own
        paintEvent aborts the process."""
        try:
            return None if self._all_special or row in self._special else self._cell(row, column)
        except Exception:
            if not self._failed:
                self._failed = True
                log.exception("Reading a table cell to paint failed; such cells are left blank")
            return UNREADABLE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # Called once per shown cell at every paint: `painted_cell` and `draw_line` written out in one function
        # (a Python call and a few wrapped Qt values less per cell; the same pixels).
        row, column = index.row(), index.column()
        if self._all_special or row in self._special:
            super().paint(painter, option, index)
            return
        try:
            found = self._cell(row, column)
        except Exception:
            if not self._failed:
                self._failed = True
                log.exception("Reading a table cell to paint failed; such cells are left blank")
            return
        if found is None:
            super().paint(painter, option, index)
            return
        text, greyed = found
        if not text:
            return
        left, top, width, height = option.rect.getRect()
        margin = self._margin
        room = width - 2 * margin
        align = RIGHT if column in self._right else LEFT
        key = (text, room, align)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) > _ELIDED_LIMIT:
                self._elided.clear()
            shown = self._elided[key] = self._layout(text, room, align != LEFT)
        static, advance, line_height = shown
        painter.setPen(GREY if greyed else self._text)
        y = top + (height - line_height) // 2
        if align == RIGHT:  # as draw_line: the cell's right edge, less the margin
            painter.drawStaticText(QPointF(left + width - margin - advance, y), static)
        else:
            painter.drawStaticText(left + margin, y, static)
        self.fast_cells += 1

    def draw_line(self, painter: QPainter, rect, text: str, align: int, pen: QColor) -> None:
        """`text` on one line in the cell `rect`, elided to its width, placed at `align` (LEFT, RIGHT or CENTRED)
        and centred on its own height; laid out once per (text, width, align), drawn from its glyphs after."""
        margin = self._margin
        width = rect.width() - 2 * margin
        key = (text, width, align)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) > _ELIDED_LIMIT:
                self._elided.clear()
            shown = self._elided[key] = self._layout(text, width, align != LEFT)
        static, advance, height = shown
        if align == RIGHT:
            x = rect.right() - margin + 1 - advance
        elif align == CENTRED:
            x = rect.left() + margin + (width - advance) / 2
        else:
            x = rect.left() + margin
        y = rect.top() + (rect.height() - height) // 2
        painter.setPen(pen)
        painter.drawStaticText(QPointF(x, y), static)
        self.fast_cells += 1


class TextTableView(QTableView):
    """UI: a QTableView whose plain text cells are painted by `TextCellDelegate` from `cell(row, column)`.

    `resized(height)` is called with the viewport's new height at each resize of it, and `painted()` after each
    paint of it: overrides rather than an event filter, which would send every event of the viewport into Python
    (and make each event class's Python type, with its enums, the first time one arrives)."""

    def __init__(
        self,
        cell: Cell,
        right_columns: Collection[int] = (),
        parent=None,
        *,
        resized: Callable[[int], None] | None = None,
        painted: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWordWrap(False)  # one line per cell, elided on the right
        self.text_delegate = TextCellDelegate(cell, right_columns, self)
        self.setItemDelegate(self.text_delegate)
        self._resized = resized
        self.painted = painted

    def paintEvent(self, event) -> None:
        self.text_delegate.prepare(self)
        super().paintEvent(event)
        if self.painted is not None:
            self.painted()

    def resizeEvent(self, event) -> None:  # the viewport's (QAbstractScrollArea), after it has its new geometry
        if self._resized is not None:
            self._resized(self.viewport().height())
        super().resizeEvent(event)
