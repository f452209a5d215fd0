"""UI: the roster table — a model over ids with a row cache, smooth with tens of thousands of people."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ghostdesk.domain.ambassador import Ambassador, AmbassadorFilter, ConsentStatus
from ghostdesk.ui.views import ambassador_texts

translate = QCoreApplication.translate

# (key, header, sort key in the service)
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("AmbassadorTable", "Name"), "name"),
    ("email", QT_TRANSLATE_NOOP("AmbassadorTable", "E-mail"), "email"),
    ("market", QT_TRANSLATE_NOOP("AmbassadorTable", "Market"), "market"),
    ("consent", QT_TRANSLATE_NOOP("AmbassadorTable", "Consent"), "consent"),
    ("team", QT_TRANSLATE_NOOP("AmbassadorTable", "Team"), "team"),
    ("groups", QT_TRANSLATE_NOOP("AmbassadorTable", "Groups"), ""),
    ("network_size", QT_TRANSLATE_NOOP("AmbassadorTable", "Network"), "network_size"),
    ("time_zone", QT_TRANSLATE_NOOP("AmbassadorTable", "Time zone"), "time_zone"),
)
IdRole = Qt.ItemDataRole.UserRole + 1
AmbassadorRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AmbassadorTableModel(QAbstractTableModel):
    """UI: rows are ids from one indexed query; people are loaded in pages into an LRU cache when shown."""

    PAGE = 100
    CACHE_LIMIT = 2000

    def __init__(
        self,
        query_ids: Callable[[AmbassadorFilter], list[str]],
        load: Callable[[Sequence[str]], dict[str, Ambassador]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._query_ids, self._load = query_ids, load
        self._ids: list[str] = []
        self._cache: OrderedDict[str, Ambassador] = OrderedDict()
        self._filter = AmbassadorFilter()
        self.loads = 0  # pages fetched (the benchmark and tests read it)

    # -- data source ---------------------------------------------------------------------------
    @property
    def filter(self) -> AmbassadorFilter:
        return self._filter

    def set_filter(self, filt: AmbassadorFilter) -> None:
        self._filter = filt
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = self._query_ids(self._filter)
        self._cache.clear()
        self.endResetModel()

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, ambassador_id: str) -> int:
        try:
            return self._ids.index(ambassador_id)
        except ValueError:
            return -1

    def ambassador_at(self, row: int) -> Ambassador | None:
        if not 0 <= row < len(self._ids):
            return None
        ambassador_id = self._ids[row]
        person = self._cache.get(ambassador_id)
        if person is None:
            start = (row // self.PAGE) * self.PAGE
            page = self._ids[start : start + self.PAGE]
            self._cache.update(self._load(page))
            self.loads += 1
            while len(self._cache) > self.CACHE_LIMIT:
                self._cache.popitem(last=False)
            person = self._cache.get(ambassador_id)
        else:
            self._cache.move_to_end(ambassador_id)
        return person

    def forget(self, ids: Sequence[str]) -> None:
        """People changed: drop them from the cache and repaint their rows."""
        for ambassador_id in ids:
            self._cache.pop(ambassador_id, None)
            row = self.row_of(ambassador_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return translate("AmbassadorTable", COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, AmbassadorRole):  # fmt: skip
            return None
        person = self.ambassador_at(index.row())
        if person is None:
            return None
        if role == AmbassadorRole:
            return person
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "network_size":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if person.consent in (ConsentStatus.OPTED_OUT, ConsentStatus.ERASED):
                return QBrush(QColor(128, 128, 128))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "consent" and person.consent_at:
                return translate("AmbassadorTable", "Since {0}").format(person.consent_at[:10])
            return None
        return self._display(person, key)

    @staticmethod
    def _display(person: Ambassador, key: str) -> str:
        if key == "consent":
            return ambassador_texts.consent_label(person.consent.value)
        if key == "network_size":
            return f"{person.network_size:,}" if person.network_size else ""
        if key == "groups":
            return ", ".join(person.groups)
        return str(getattr(person, key))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or not COLUMNS[column][2]:
            return
        from dataclasses import replace

        descending = order == Qt.SortOrder.DescendingOrder
        self.set_filter(replace(self._filter, sort=COLUMNS[column][2], descending=descending))
