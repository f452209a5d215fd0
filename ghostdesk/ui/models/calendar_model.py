"""UI: a campaign's calendar items (executive posts and shares) as a table model over item ids + row cache,
filtered by market, network and approval state, with times in a chosen zone or each item's own."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ghostdesk.domain.campaigns import ApprovalState, CalendarItem
from ghostdesk.ui.views import calendar_texts as texts

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
translate = QCoreApplication.translate

STATE_COLOURS = {
    ApprovalState.APPROVED: QColor("#2e7d32"),
    ApprovalState.REJECTED: QColor("#c62828"),
    ApprovalState.CHANGED: QColor("#b26a00"),
    ApprovalState.NOT_REVIEWED: QColor("#5f6b7a"),
}
LOCAL = ""  # the display zone meaning "each item's own local time"


class CalendarModel(QAbstractTableModel):
    """UI: one row per calendar item that passes the filters, in time order."""

    COLUMNS = ("when", "kind", "market", "network", "who", "wave", "state")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[CalendarItem] = []
        self._ids: list[str] = []
        self._cache: dict[str, CalendarItem] = {}
        self.zone = LOCAL
        self.filters: dict[str, str] = {"market": "", "network": "", "state": ""}

    # -- loading and filters ---------------------------------------------------------------------
    def set_items(self, items: list[CalendarItem]) -> None:
        self.beginResetModel()
        self._all = list(items)
        self._cache = {i.id: i for i in items}
        self._refilter()
        self.endResetModel()

    def set_filter(self, key: str, value: str) -> None:
        self.beginResetModel()
        self.filters[key] = value
        self._refilter()
        self.endResetModel()

    def set_zone(self, zone: str) -> None:
        self.zone = zone
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    def _refilter(self) -> None:
        m, n, s = self.filters["market"], self.filters["network"], self.filters["state"]
        self._ids = [
            i.id
            for i in self._all
            if (not m or i.market == m) and (not n or i.network == n) and (not s or i.state.value == s)
        ]

    def items(self) -> list[CalendarItem]:
        """The filtered items, in time order (the month and week views draw these)."""
        return [self._cache[i] for i in self._ids]

    def item(self, item_id: str) -> CalendarItem | None:
        return self._cache.get(item_id)

    def row_of(self, item_id: str) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def markets(self) -> list[str]:
        return sorted({i.market for i in self._all})

    def networks(self) -> list[str]:
        return sorted({i.network for i in self._all})

    def display_zone(self, item: CalendarItem) -> tzinfo:
        return ZoneInfo(self.zone or item.time_zone)

    def shown_time(self, item: CalendarItem) -> datetime:
        return item.utc.astimezone(self.display_zone(item))

    # -- Qt overrides ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "when": translate("CalendarModel", "When"),
            "kind": translate("CalendarModel", "What"),
            "market": translate("CalendarModel", "Market"),
            "network": translate("CalendarModel", "Network"),
            "who": translate("CalendarModel", "Who"),
            "wave": translate("CalendarModel", "Wave"),
            "state": translate("CalendarModel", "Approval"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        item = self._cache[self._ids[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return item.id
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                shown = self.shown_time(item)
                return f"{shown:%a %d %b %Y  %H:%M} {shown.tzname()}"
            if column == "kind":
                return texts.kind_text(item.kind)
            if column == "market":
                return item.market
            if column == "network":
                return item.network
            if column == "who":
                return item.who or translate("CalendarModel", "Executive")
            if column == "wave":
                return item.wave
            if column == "state":
                text = texts.state_text(item.state)
                if item.conflicts:
                    text += " ⚠"
                return text
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return STATE_COLOURS[item.state]
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = []
            if item.holiday:
                notes.append(translate("CalendarModel", "Public holiday: {0}").format(item.holiday))
            notes += [texts.reason_text(c) for c in item.conflicts]
            return "\n".join(notes) or None
        return None
