"""UI: a layout that lays its items out in a row and wraps them onto further rows when the width runs out.

Rows of buttons and check boxes use it so a page stays usable on a narrow (800-px) screen, and in languages with
longer words, without hiding anything: its minimum width is its widest item, and its height follows its width
(heightForWidth), so the layouts around it give it the rows it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

FALLBACK_SPACING = 6  # px between items when neither the layout nor the style says


class FlowLayout(QLayout):
    """UI: items left to right, wrapping onto a new row when the next one would not fit.

    `align_right` pushes each row to the right edge (actions at the end of a row). Spacing: `h_spacing`/`v_spacing`
    in px, or the style's layout spacing when negative. (Not QLayout.setAlignment: a parent layout reads that one
    to place the whole layout.)"""

    def __init__(
        self, parent: QWidget | None = None, h_spacing: int = -1, v_spacing: int = -1, *, align_right: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # heightForWidth, by width, until the layout is invalidated
        self.align_right = align_right
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)  # a row inside another layout: that one has the margins

    # -- the item list QLayout asks for ------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put `widget` at `index` (as QBoxLayout.insertWidget); a negative index appends."""
        self.addWidget(widget)  # adopts the widget and appends its item
        item = self._items.pop()
        self._items.insert(index if 0 <= index <= len(self._items) else len(self._items), item)
        self.invalidate()

    # -- sizes -----------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Asked again and again for the same few widths while the layouts around settle (≈100 times in opening the
        # Posts page); any change to the items (added, taken, shown, hidden, a new size hint) invalidates the layout.
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 8:
                self._heights.clear()
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return height

    def invalidate(self) -> None:
        heights = getattr(self, "_heights", None)  # None while QLayout's own constructor runs
        if heights:
            heights.clear()
        super().invalidate()

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        visible = self._visible_items()
        width = sum(item.sizeHint().width() for item in visible) + self.horizontal_spacing() * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As wide as the widest item (one item per row), as high as one row: heightForWidth gives the rest."""
        size = QSize()
        for item in self._visible_items():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- spacing -------------------------------------------------------------------------------------
    def horizontal_spacing(self) -> int:
        return self._h_spacing if self._h_spacing >= 0 else self._default_spacing()

    def vertical_spacing(self) -> int:
        return self._v_spacing if self._v_spacing >= 0 else self._default_spacing()

    def _default_spacing(self) -> int:
        # QLayout.spacing() is the style's layout spacing here (not naming QStyle, whose Python type costs ≈7 ms).
        spacing = self.spacing()
        return spacing if spacing >= 0 else FALLBACK_SPACING

    # -- arranging -----------------------------------------------------------------------------------
    def _visible_items(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in `rect` (when `place`); returns the height they need at its width."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        h_gap, v_gap = self.horizontal_spacing(), self.vertical_spacing()
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible_items():
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), max(area.width(), item.minimumSize().width())))
            needed = size.width() if not rows[-1] else used + h_gap + size.width()
            if rows[-1] and needed > area.width():
                rows.append([])
                needed = size.width()
            rows[-1].append((item, size))
            used = needed
        y = area.y()
        for number, row in enumerate(rows):
            if not row:
                continue
            row_height = max(size.height() for _item, size in row)
            row_width = sum(size.width() for _item, size in row) + h_gap * (len(row) - 1)
            x = area.x()
            if self.align_right:
                x = area.x() + max(0, area.width() - row_width)
            if place:
                for item, size in row:
                    # Items shorter than the row sit in its middle (a check box beside a taller button).
                    top = y + (row_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                    x += size.width() + h_gap
            y += row_height + (v_gap if number < len(rows) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()


class FlowRow(QWidget):
    """UI: a plain widget holding a FlowLayout (`.flow`), for a wrapping row inside a box layout; its size policy
    says its height follows its width, so the layouts around it give it the rows it needs."""

    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, align_right=align_right)
        self.flow.setContentsMargins(0, 0, 0, 0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def addWidget(self, widget: QWidget) -> None:
        self.flow.addWidget(widget)
