"""UI: the recognition board as a table model (rows are privacy-filtered BoardEntry values from the service)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ghostdesk.domain.results import BoardEntry, Shown

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
translate = QCoreApplication.translate


# The default badges' names, for translation (badges the user names are shown as named).
DEFAULT_BADGES = (
    QT_TRANSLATE_NOOP("ResultBoardModel", "First share"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Regular"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Conversation starter"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Traffic maker"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Deal maker"),
)


def badge_label(name: str) -> str:
    return translate("ResultBoardModel", name) if name in DEFAULT_BADGES else name


def person_label(entry: BoardEntry) -> str:
    if entry.shown is Shown.NAMED:
        return entry.name
    return translate("ResultBoardModel", "Ambassador #{0}").format(entry.alias)


class ResultBoardModel(QAbstractTableModel):
    """UI: rank, person (as privacy allows), points, shares, clicks, badges."""

    COLUMNS = ("rank", "person", "points", "shares", "clicks", "badges")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[BoardEntry] = []

    def set_entries(self, entries: list[BoardEntry] | tuple[BoardEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BoardEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "rank": str(entry.rank),
                "person": person_label(entry),
                "points": QLocale().toString(entry.points, "f", 1),
                "shares": str(entry.shares),
                "clicks": QLocale().toString(entry.metrics.clicks),
                "badges": ", ".join(badge_label(b) for b in entry.badges),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("rank", "points", "shares", "clicks"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == "person" and entry.shown is Shown.ANONYMOUS:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "rank": translate("ResultBoardModel", "Rank"),
            "person": translate("ResultBoardModel", "Ambassador"),
            "points": translate("ResultBoardModel", "Points"),
            "shares": translate("ResultBoardModel", "Shares"),
            "clicks": translate("ResultBoardModel", "Clicks"),
            "badges": translate("ResultBoardModel", "Badges"),
        }[self.COLUMNS[section]]
