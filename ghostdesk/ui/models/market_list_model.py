"""UI: the workspace's markets as a table model over market codes (row cache of MarketEntry)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ghostdesk.services import markets
from ghostdesk.ui.market_names import shown_name

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
# The roles `data()` answers besides the text (through multiData too); every other role is None.
_FONT = int(Qt.ItemDataRole.FontRole)
_ASK_DATA = frozenset(int(r) for r in (CODE_ROLE, ENTRY_ROLE, Qt.ItemDataRole.ToolTipRole))


HEADERS = (  # in MarketListModel.COLUMNS order
    QT_TRANSLATE_NOOP("MarketListModel", "Code"),
    QT_TRANSLATE_NOOP("MarketListModel", "Market"),
    QT_TRANSLATE_NOOP("MarketListModel", "Locale"),
    QT_TRANSLATE_NOOP("MarketListModel", "Networks"),
    QT_TRANSLATE_NOOP("MarketListModel", "Profile"),
)


class MarketListModel(QAbstractTableModel):
    """UI: one row per market — code, name, language, networks, origin."""

    COLUMNS = ("code", "name", "locale", "networks", "origin")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self._cache: dict[str, markets.MarketEntry] = {}
        self._texts: dict[str, tuple[str, ...]] = {}  # each row's cells, worked out once per reload
        self._bold: QFont | None = None

    # -- loading ---------------------------------------------------------------------------------
    def reload(self, db) -> None:
        """Re-read every market from the workspace (`db` None: empty)."""
        self.beginResetModel()
        found = markets.entries(db) if db is not None else []
        self._codes = [e.code for e in found]
        self._cache = {e.code: e for e in found}
        self._texts = {}
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: the name and origin columns hold words."""
        self._texts = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._codes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._codes) - 1, len(self.COLUMNS) - 1))

    def _row_texts(self, entry: markets.MarketEntry) -> tuple[str, ...]:
        # The view asks for every cell at each paint and, sizing its columns to their contents, several times
        # more: the texts are joined and translated once per row.
        texts = self._texts.get(entry.code)
        if texts is None:
            p = entry.profile
            networks = ", ".join(r.name for r in p.network_rules)
            texts = self._texts[entry.code] = (p.code, shown_name(p.name), p.locale, networks, self._origin_text(entry))
        return texts

    def entry(self, row: int) -> markets.MarketEntry | None:
        return self._cache.get(self._codes[row]) if 0 <= row < len(self._codes) else None

    def row_of(self, code: str) -> int:
        return self._codes.index(code) if code in self._codes else -1

    # -- Qt overrides ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._codes)):
            return None
        entry = self._cache[self._codes[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == CODE_ROLE:
            return entry.code
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(entry)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column == "origin" and entry.overridden:
            return self.tr("Overridden here: {0}").format(", ".join(entry.overridden))
        if role == Qt.ItemDataRole.FontRole and column == "code":
            return self._bold_font()
        return None

    def _bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def multiData(self, index: _Index, span: QModelRoleDataSpan) -> None:
        """Every role a delegate paints or sizes a cell with, in one call into Python (Qt's default asks `data()`
        once per role: about ten calls per cell, each paint and each column sizing). Every role of the span is
        set, None included: a delegate reuses its span from cell to cell."""
        if not index.isValid() or not (0 <= index.row() < len(self._codes)):
            for item in span:
                item.setData(None)
            return
        row, column = index.row(), index.column()
        entry = self._cache[self._codes[row]]
        text = self._row_texts(entry)[column]
        for item in span:
            role = item.role()
            if role == _DISPLAY:
                item.setData(text)
            elif role == _FONT and column == 0:
                item.setData(self._bold_font())
            elif role in _ASK_DATA:
                item.setData(self.data(index, role))
            else:
                item.setData(None)

    def _origin_text(self, entry: markets.MarketEntry) -> str:
        origin = self.tr("Added") if entry.origin == markets.WORKSPACE else self.tr("Shipped")
        if entry.overridden:
            return self.tr("{0}, {1} overridden").format(origin, len(entry.overridden))
        return origin

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        # Asked once per section at every header layout: only the one asked is translated.
        return self.tr(HEADERS[section])
