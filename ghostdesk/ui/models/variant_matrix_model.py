"""UI: the variants matrix as a table model — one row per post, one column per market, a cell per variant."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ghostdesk.domain.variants import Matrix, MatrixCell
from ghostdesk.ui.widgets.post_labels import STATUS_COLOURS, status_label

translate = QCoreApplication.translate

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
    if cell.blocking:
        lines.append(translate("VariantMatrix", "{0} finding(s) to fix").format(cell.blocking))
    if cell.warnings:
        lines.append(translate("VariantMatrix", "{0} finding(s) to check").format(cell.warnings))
    if cell.approved:
        lines.append(translate("VariantMatrix", "Approved as it stands."))
    return "\n".join(lines)


class VariantMatrixModel(QAbstractTableModel):
    """Rows: the posts; column 0 the post's title, then one column per market. Row cache: the Matrix."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matrix = Matrix((), ())

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def retranslate(self) -> None:
        """Cells hold translated status words: ask views to fetch them again in the new language."""
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    @property
    def matrix(self) -> Matrix:
        return self._matrix

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matrix.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._matrix.markets)

    def market_of(self, column: int) -> str:
        return self._matrix.markets[column - 1] if 1 <= column <= len(self._matrix.markets) else ""

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> MatrixCell | None:
        if not index.isValid() or index.column() == 0:
            return None
        return self._matrix.rows[index.row()].cells.get(self.market_of(index.column()))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._matrix.rows)):
            return None
        row = self._matrix.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("VariantMatrix", "Master post, {0}").format(status_label(row.status))
            if role == POST_ID_ROLE:
                return row.post_id
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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == VARIANT_ID_ROLE:
            return cell.variant_id if cell else None
        if role == POST_ID_ROLE:
            return row.post_id
        if role == MARKET_ROLE:
            return market
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("VariantMatrix", "Post")
        return self.market_of(section) or None
