"""UI: who gets a share kit and who does not — one row per person (ids + a row cache)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COLUMNS = (
    QT_TRANSLATE_NOOP("KitsPage", "Name"),
    QT_TRANSLATE_NOOP("KitsPage", "Market"),
    QT_TRANSLATE_NOOP("KitsPage", "Kit"),
)
REASONS = {
    "not_opted_in": QT_TRANSLATE_NOOP("KitsPage", "No kit: not opted in"),
    "no_shares": QT_TRANSLATE_NOOP("KitsPage", "No kit: no planned share"),
    "needs_approval": QT_TRANSLATE_NOOP("KitsPage", "Waiting for approval"),
}


@dataclass(frozen=True)
class KitPerson:
    id: str
    name: str
    market: str
    shares: int  # planned shares in the kit; 0 when left out
    reason: str = ""  # "" (gets a kit), not_opted_in, no_shares, needs_approval


def kit_cell(person: KitPerson) -> str:
    if person.reason in REASONS:
        return translate("KitsPage", REASONS[person.reason])
    return translate("KitsPage", "Yes ({0})").format(person.shares)


class KitPeopleModel(QAbstractTableModel):
    """UI: rows over person ids; the cache holds what each row shows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, KitPerson] = {}

    def set_people(self, people: Sequence[KitPerson]) -> None:
        self.beginResetModel()
        self._ids = [p.id for p in people]
        self._rows = {p.id: p for p in people}
        self.endResetModel()

    def person(self, row: int) -> KitPerson | None:
        return self._rows[self._ids[row]] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[str]:
        return list(self._ids)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return translate("KitsPage", COLUMNS[section]) if 0 <= section < len(COLUMNS) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        person = self._rows[self._ids[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return (person.name, person.market, kit_cell(person))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            if person.reason:
                return kit_cell(person)
            return translate("KitsPage", "Planned shares in the kit: {0}").format(person.shares)
        if role == Qt.ItemDataRole.ForegroundRole and person.reason in ("not_opted_in", "no_shares"):
            from PySide6.QtGui import QPalette

            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def retranslate(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
