"""UI: the recognition board as a table model (rows are privacy-filtered BoardEntry values from the service)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:  # the results domain loads with the dashboard (on a worker for a large campaign), not the page
    from ghostdesk.domain.results import BoardEntry

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
    if entry.shown == "named":  # Shown.NAMED (a StrEnum)
        return entry.name
    return translate("ResultBoardModel", "Ambassador #{0}").format(entry.alias)


HEADERS = (  # in COLUMNS order
    QT_TRANSLATE_NOOP("ResultBoardModel", "Rank"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Ambassador"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Points"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Shares"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Clicks"),
    QT_TRANSLATE_NOOP("ResultBoardModel", "Badges"),
)


class ResultBoardModel(QAbstractTableModel):
    """UI: rank, person (as privacy allows), points, shares, clicks, badges."""

    COLUMNS = ("rank", "person", "points", "shares", "clicks", "badges")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[BoardEntry] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # each shown row's cells, worked out once

    def set_entries(self, entries: list[BoardEntry] | tuple[BoardEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = {}
        self.endResetModel()

    def _row_texts(self, row: int) -> tuple[str, ...]:
        # The view asks for every role of every cell at each paint, and sizing the columns to their contents
        # asks again: the numbers are formatted and the names translated once per row.
        texts = self._texts.get(row)
        if texts is None:
            entry = self._entries[row]
            locale = QLocale()
            texts = self._texts[row] = (
                str(entry.rank),
                person_label(entry),
                locale.toString(entry.points, "f", 1),
                str(entry.shares),
                locale.toString(entry.metrics.clicks),
                ", ".join(badge_label(b) for b in entry.badges),
            )
        return texts

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
            return self._row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("rank", "points", "shares", "clicks"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == "person" and entry.shown == "anonymous":
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
        # Asked for once per section at every header layout: only the one asked is translated.
        return translate("ResultBoardModel", HEADERS[section])
