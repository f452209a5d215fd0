"""UI: the variants matrix as a table model — one row per post, one column per market, a cell per variant."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.variants import MatrixCell, MatrixRow
from ghostdesk.services import variants
from ghostdesk.ui.i18n import count
from ghostdesk.ui.widgets.post_labels import STATUS_COLOURS, status_label

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

VARIANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
POST_ID_ROLE = Qt.ItemDataRole.UserRole + 2
MARKET_ROLE = Qt.ItemDataRole.UserRole + 3

STALE_MARK = "↻"
BLOCK_MARK = "✖"
WARN_MARK = "⚠"


def cell_text(cell: MatrixCell | None) -> str:
    if cell is None:
        return "—"
    parts = [status_label(cell.status)]
    if cell.stale:
        parts.append(STALE_MARK)
    if cell.blocking:
        parts.append(f"{BLOCK_MARK}{cell.blocking}")
    if cell.warnings:
        parts.append(f"{WARN_MARK}{cell.warnings}")
    return " ".join(parts)


def cell_tooltip(cell: MatrixCell | None, market: str) -> str:
    if cell is None:
        return translate("VariantMatrix", "No {0} variant yet. Double-click to write one.").format(market)
    lines = [translate("VariantMatrix", "{0} variant: {1}").format(market, status_label(cell.status))]
    if cell.stale:
        lines.append(translate("VariantMatrix", "The master changed since this variant was adapted."))
    if not cell.counted:
        lines.append(translate("VariantMatrix", "Checking this variant…"))
    if cell.blocking:
        lines.append(
            count(
                cell.blocking,
                translate("VariantMatrix", "{0} finding to fix"),
                translate("VariantMatrix", "{0} findings to fix"),
            )
        )
    if cell.warnings:
        lines.append(
            count(
                cell.warnings,
                translate("VariantMatrix", "{0} finding to check"),
                translate("VariantMatrix", "{0} findings to check"),
            )
        )
    if cell.approved:
        lines.append(translate("VariantMatrix", "Approved as it stands."))
    return "\n".join(lines)


class VariantMatrixModel(QAbstractTableModel):
    """Rows: the posts, most recently edited first; column 0 the post's title, then one column per market.

    A model over post ids like the posts table: ids come a chunk at a time (`fetchMore` as the view scrolls),
    rows are read a batch at a time when first shown (two queries), and a row's findings are counted just after it
    is shown, when its remembered counts no longer hold (`services.variants.MatrixReader`).
    """

    ROWS = 40  # rows read at a time for display, from the first one shown, at most (more than a screen)
    ID_CHUNK = 1000  # ids fetched per step as the view scrolls
    FIRST_CHUNK = 100  # ids read before the first paint: a few screens (a screen shows ~25 rows), not a thousand
    COUNT_QUEUE = 60  # rows waiting for their findings to be counted, at most (about two screens)
    SCREEN = 30  # rows a screen shows, at most, for the counting order
    COUNT_DELAY_MS = 60  # counting starts once no new row has been shown for this long (not while scrolling)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._db = None
        self._store = False
        self.campaign_id: str | None = None
        self.reader: variants.MatrixReader | None = None
        self._markets: tuple[str, ...] = ()
        self._ids: list[str] = []
        self._position: dict[str, int] = {}  # post id → row
        self._rows: dict[str, MatrixRow | None] = {}
        self._painted: dict[str, tuple[dict, ...]] = {}  # post id → per column, what a paint asks: {role: value}
        self._asked = -1  # the row the view asked about last (a paint asks each row's cells in turn)
        self._asked_values: tuple[int, tuple[dict, ...] | None] = (-1, None)  # that row's `_paint_values`
        self._batch = self.ROWS  # rows read at a time: a screenful once the view says how many (`fit_screen`)
        self._after: tuple[str, str] | None = None
        self._to_count: dict[str, None] = {}  # post ids shown with counts not known yet, oldest first
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._count_next)

    # -- loading ---------------------------------------------------------------------------------
    def set_source(self, db, *, store: bool = True) -> None:
        """Show the matrix of this workspace connection (None: empty); `store` remembers counted findings."""
        self._db = db
        self._store = store
        self.reload()

    def reload(self) -> None:
        self.flush()
        self.beginResetModel()
        self._rows.clear()
        self._painted.clear()
        self._asked = -1
        self._asked_values = (-1, None)
        self._to_count.clear()
        self._ids, self._after, self.reader, self._markets = [], None, None, ()
        if self._db is not None:
            self.reader = variants.MatrixReader(self._db, store=self._store)
            self._markets = self.reader.markets
            self._ids = self._next_chunk(min(self.FIRST_CHUNK, self.ID_CHUNK))
        self._position = {p: i for i, p in enumerate(self._ids)}
        self.endResetModel()

    def _next_chunk(self, limit: int | None = None) -> list[str]:
        """The next ids in display order: `limit` of them (ID_CHUNK unless said), and where the next ones start."""
        limit = limit or self.ID_CHUNK
        page = variants.matrix_page_ids(self._db, self.campaign_id, limit=limit, after=self._after)
        self._after = (page[-1][1], page[-1][0]) if len(page) == limit else None
        return [post_id for post_id, _ in page]

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._after is None:
            return
        more = self._next_chunk()
        if not more:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._position.update((p, start + i) for i, p in enumerate(more))
        self._ids.extend(more)
        self.endInsertRows()

    def _row(self, row: int) -> MatrixRow | None:
        post_id = self._ids[row]
        found = self._rows.get(post_id, _UNREAD)
        if found is _UNREAD:
            if self.reader is None:
                return None
            # Views ask from the top row down: one read from here covers the screen, whatever the scroll offset.
            batch = [p for p in self._ids[row : row + self._batch] if p not in self._rows]
            read = self.reader.rows(batch)
            self._rows.update({p: read.get(p) for p in batch})
            found = self._rows[post_id]
            self._asked = -1
            self._asked_values = (-1, None)
        if row != self._asked:  # once per row and paint, not once per cell and role
            self._asked = row
            if found is not None and not _all_counted(found):
                self._queue_count(post_id)
        return found

    def fit_screen(self, rows: int) -> None:
        """Read `rows` rows at a time (what the view shows, a row or two more), at most ROWS: a screen costs
        one read of its own rows, not of the next screen too."""
        self._batch = max(1, min(self.ROWS, rows))

    def _paint_values(self, row: int) -> tuple[dict, ...] | None:
        """What painting the row's cells asks (text, colour, alignment), made once per row and kept until the row
        changes: a paint then costs a dictionary look-up per cell, not building the texts again."""
        found = self._row(row)
        if found is None:
            return None
        values = self._painted.get(found.post_id)
        if values is None:
            values = [{**_DELEGATE_ROLES, _DISPLAY: found.title}]
            for market in self._markets:
                cell = found.cells.get(market)
                if cell is None:
                    colour = _colour(EMPTY_COLOUR)
                else:
                    colour = _colour(BLOCK_COLOUR if cell.blocking else STATUS_COLOURS[cell.status])
                values.append({**_DELEGATE_ROLES, _DISPLAY: cell_text(cell), _FOREGROUND: colour, _ALIGNMENT: _CENTRED})
            values = self._painted[found.post_id] = tuple(values)
        return values

    # -- counting findings after the paint ---------------------------------------------------------
    def _queue_count(self, post_id: str) -> None:
        """Count this row's findings soon, most recently shown rows first, once the view has settled; rows
        scrolled past long ago drop out of the queue (they are queued again if shown again)."""
        if post_id in self._to_count:
            self._to_count[post_id] = self._to_count.pop(post_id)  # shown again: count it sooner
            return
        self._to_count[post_id] = None
        while len(self._to_count) > self.COUNT_QUEUE:
            self._to_count.pop(next(iter(self._to_count)))
        self._count_timer.start(self.COUNT_DELAY_MS)  # new rows on screen: wait until the view is still

    def _count_next(self) -> None:
        """One row per tick (a few checks, ~15 ms), so scrolling and typing stay smooth meanwhile."""
        if not self._to_count or self.reader is None:
            self._to_count.clear()
            self.flush()
            return
        # The rows asked for last are the screen now shown (asking again moves a row to the end): count them
        # from the top down.
        post_id = min(list(self._to_count)[-self.SCREEN :], key=lambda p: self._position.get(p, 0))
        del self._to_count[post_id]
        self._count_row(post_id)
        if self._to_count:
            self._count_timer.start(0)
        else:
            self.flush()

    def _count_row(self, post_id: str) -> None:
        found = self._rows.get(post_id)
        if found is None or self.reader is None:
            return
        self._rows[post_id] = self.reader.counted(found)
        self._painted.pop(post_id, None)
        self._asked_values = (-1, None)
        row = self._position.get(post_id, -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 1), self.index(row, self.columnCount() - 1))

    def refresh_post(self, post_id: str) -> None:
        """Read one post's row again (after its variants changed); its place in the order is kept."""
        self._rows.pop(post_id, None)
        self._painted.pop(post_id, None)
        self._asked_values = (-1, None)
        self._to_count.pop(post_id, None)
        row = self._position.get(post_id, -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def counting(self) -> bool:
        """Rows shown whose findings are still being counted."""
        return bool(self._to_count)

    def count_pending(self) -> None:
        """Count every queued row now (tests, and before reading counts programmatically)."""
        while self._to_count:
            self._count_row(self._to_count.popitem()[0])
        self.flush()

    def flush(self) -> None:
        if self.reader is not None:
            try:
                self.reader.flush()
            except GhostDeskError:
                log.warning("Could not remember the variants' finding counts", exc_info=True)

    def retranslate(self) -> None:
        """Cells hold translated status words: ask views to fetch them again in the new language."""
        self._painted.clear()
        self._asked_values = (-1, None)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    @property
    def markets(self) -> tuple[str, ...]:
        return self._markets

    def post_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, post_id: str) -> int:
        return self._position.get(post_id, -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._markets)

    def market_of(self, column: int) -> str:
        return self._markets[column - 1] if 1 <= column <= len(self._markets) else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == POST_ID_ROLE:
            return self._ids[index.row()]
        if role == MARKET_ROLE:
            return self.market_of(index.column()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return _CENTRED
        if role in _PAINT_ROLES:
            values = self._paint_values(index.row())
            return None if values is None else values[index.column()].get(role)
        if role not in _ROW_ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("VariantMatrix", "Master post, {0}").format(status_label(row.status))
            return None
        market = self.market_of(index.column())
        cell = row.cells.get(market)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, market)
        if role == VARIANT_ID_ROLE:
            return cell.variant_id if cell else None
        return None

    def multiData(self, index: QModelIndex | QPersistentModelIndex, span: QModelRoleDataSpan) -> None:
        """Every role a delegate paints a cell with, in one call (Qt's default asks data() once per role: seven
        calls into Python per cell and paint); the values come from the row's `_paint_values`. Each role of the
        span is set, None included: a delegate reuses its span from cell to cell."""
        row = index.row()  # -1 for an invalid index
        values = self._values_of(row)
        column = index.column()
        cell = values[column] if values is not None else (_ALIGNED if column > 0 else _NOTHING)
        for item in span:
            role = item.role()
            value = cell.get(role, _ASK)
            if value is _ASK:
                value = self.data(index, role) if role in _OTHER_ROLES else None
            item.setData(value)

    def _values_of(self, row: int) -> tuple[dict, ...] | None:
        """The row's `_paint_values`, kept from the cell painted just before when it was this row's."""
        asked_row, values = self._asked_values
        if row != asked_row or row != self._asked:  # not the next cell of the row painted just before
            values = self._paint_values(row) if 0 <= row < len(self._ids) else None
            self._asked_values = (row, values) if row == self._asked else (-1, None)
        return values

    def cell(self, row: int, column: int) -> tuple[str, QColor | None] | None:
        """A shown cell's text and colour (None: the palette's) for the matrix's painter (`MatrixView`): one call
        per cell, from the same values `multiData` answers. None: nothing to show (no workspace)."""
        values = self._values_of(row)
        if values is None:
            return None
        found = values[column]
        return found[_DISPLAY], found[_FOREGROUND]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("VariantMatrix", "Post")
        return self.market_of(section) or None


def _all_counted(row: MatrixRow) -> bool:
    return all(c is None or c.counted for c in row.cells.values())


_UNREAD = object()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_PAINT_ROLES = frozenset((_DISPLAY, _FOREGROUND))  # with the alignment: what `_paint_values` holds
_ROW_ROLES = frozenset((int(Qt.ItemDataRole.ToolTipRole), int(VARIANT_ID_ROLE)))
_OTHER_ROLES = _ROW_ROLES | {int(POST_ID_ROLE), int(MARKET_ROLE)}  # asked through multiData: answered by data()
_ALIGNED = {_ALIGNMENT: _CENTRED}
_NOTHING: dict = {}
_ASK = object()  # a role `_paint_values` does not hold: `data()` answers it
# The roles a QStyledItemDelegate asks besides text, colour and alignment: held as None, so a paint never falls
# back to data() for them.
_DELEGATE_ROLES = dict.fromkeys(
    int(r)
    for r in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)

EMPTY_COLOUR = "#9aa3ad"
BLOCK_COLOUR = "#d0302f"
_COLOURS: dict[str, QColor] = {}


def _colour(name: str) -> QColor:
    """One QColor per colour name, shared by every cell."""
    colour = _COLOURS.get(name)
    if colour is None:
        colour = _COLOURS[name] = QColor(name)
    return colour
