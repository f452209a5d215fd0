"""UI: the variants matrix as a table model — one row per post, one column per market, a cell per variant."""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
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

    ROWS = 40  # rows read at a time for display, from the first one shown (more than a screen)
    ID_CHUNK = 1000  # ids fetched per step as the view scrolls
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
        self._to_count.clear()
        self._ids, self._after, self.reader, self._markets = [], None, None, ()
        if self._db is not None:
            self.reader = variants.MatrixReader(self._db, store=self._store)
            self._markets = self.reader.markets
            self._ids = self._next_chunk()
        self._position = {p: i for i, p in enumerate(self._ids)}
        self.endResetModel()

    def _next_chunk(self) -> list[str]:
        page = variants.matrix_page_ids(self._db, self.campaign_id, limit=self.ID_CHUNK, after=self._after)
        self._after = (page[-1][1], page[-1][0]) if len(page) == self.ID_CHUNK else None
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
        if post_id not in self._rows:
            if self.reader is None:
                return None
            # Views ask from the top row down: one read from here covers the screen, whatever the scroll offset.
            batch = [p for p in self._ids[row : row + self.ROWS] if p not in self._rows]
            read = self.reader.rows(batch)
            self._rows.update({p: read.get(p) for p in batch})
        found = self._rows[post_id]
        if found is not None and not _all_counted(found):
            self._queue_count(post_id)
        return found

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
        row = self._position.get(post_id, -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 1), self.index(row, self.columnCount() - 1))

    def refresh_post(self, post_id: str) -> None:
        """Read one post's row again (after its variants changed); its place in the order is kept."""
        self._rows.pop(post_id, None)
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
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in _ROW_ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("VariantMatrix", "Master post, {0}").format(status_label(row.status))
            return None
        market = self.market_of(index.column())
        cell = row.cells.get(market)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, market)
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell is None:
                return QColor("#9aa3ad")
            return QColor("#d0302f") if cell.blocking else QColor(STATUS_COLOURS[cell.status])
        if role == VARIANT_ID_ROLE:
            return cell.variant_id if cell else None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("VariantMatrix", "Post")
        return self.market_of(section) or None


def _all_counted(row: MatrixRow) -> bool:
    return all(c is None or c.counted for c in row.cells.values())


_ROW_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    VARIANT_ID_ROLE,
)
