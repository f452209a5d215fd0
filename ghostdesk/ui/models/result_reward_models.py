"""UI: table models for the Rewards dialog — badges, and contests with their winners as privacy allows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from ghostdesk.domain.results import Badge, Contest
from ghostdesk.ui.models.result_board_model import badge_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
translate = QCoreApplication.translate


def metric_label(metric: str) -> str:
    return {
        "shares": translate("ResultRewardModels", "Shares"),
        "impressions": translate("ResultRewardModels", "Impressions"),
        "reactions": translate("ResultRewardModels", "Reactions"),
        "comments": translate("ResultRewardModels", "Comments"),
        "reposts": translate("ResultRewardModels", "Reposts"),
        "clicks": translate("ResultRewardModels", "Clicks"),
        "conversions": translate("ResultRewardModels", "Conversions"),
        "points": translate("ResultRewardModels", "Points"),
    }.get(metric, metric)


def _number(value: float) -> str:
    return QLocale().toString(int(value)) if float(value).is_integer() else QLocale().toString(value, "f", 1)


class _Table(QAbstractTableModel):
    """UI: a read-only table over a list of frozen values (rows cached; the dialog resets them)."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and cells again in the current language (figure names, “not decided” …)."""
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self.COLUMNS) - 1))

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, self.COLUMNS[index.column()])
        return None

    def text(self, item: Any, column: str) -> str:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.label(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None

    def label(self, column: str) -> str:
        raise NotImplementedError


class BadgeModel(_Table):
    """UI: badge name, the figure it watches, the threshold."""

    COLUMNS = ("name", "metric", "threshold")

    def text(self, item: Badge, column: str) -> str:
        return {
            "name": badge_label(item.name),
            "metric": metric_label(item.metric),
            "threshold": _number(item.threshold),
        }[column]

    def label(self, column: str) -> str:
        return {
            "name": translate("ResultRewardModels", "Badge"),
            "metric": translate("ResultRewardModels", "Counts"),
            "threshold": translate("ResultRewardModels", "Earned from"),
        }[column]


class ContestModel(_Table):
    """UI: contest name, period, prize, winners (labels given by the dialog: privacy already applied)."""

    COLUMNS = ("name", "period", "prize", "winners")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.winner_labels: dict[str, str] = {}  # contest id → "Emily Carter, Ambassador #2"

    def set_contests(self, contests: list[Contest], winner_labels: dict[str, str]) -> None:
        self.winner_labels = dict(winner_labels)
        self.set_items(contests)

    def text(self, item: Contest, column: str) -> str:
        if column == "name":
            return item.name
        if column == "period":
            return f"{item.starts_on} – {item.ends_on}"
        if column == "prize":
            return item.prize
        if not item.decided_at:
            return translate("ResultRewardModels", "not decided ({0} to win)").format(item.winners_count)
        return self.winner_labels.get(item.id) or translate("ResultRewardModels", "nobody eligible")

    def label(self, column: str) -> str:
        return {
            "name": translate("ResultRewardModels", "Contest"),
            "period": translate("ResultRewardModels", "Period"),
            "prize": translate("ResultRewardModels", "Prize"),
            "winners": translate("ResultRewardModels", "Winners"),
        }[column]
