"""UI: the manual entry grid's model — one row per planned share and executive post, figures typed per cell.

Each cell is checked as it is typed (`results.clean_count` / `clean_date`): a bad value stays visible, marked,
with the reason in its tooltip, and keeps the grid from being saved until it is fixed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ghostdesk.domain.networks import NETWORKS
from ghostdesk.domain.results import METRICS, FiguresKind, ResultsInvalid
from ghostdesk.services.results import clean_count, clean_date
from ghostdesk.services.results_entry import EntryRow
from ghostdesk.ui.i18n import short_date

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
translate = QCoreApplication.translate

COLUMNS = ("person", "network", "planned_on", *METRICS, "read_on")
EDITABLE = (*METRICS, "read_on")


def column_label(column: str) -> str:
    return {
        "person": translate("ResultEntryModel", "Who"),
        "network": translate("ResultEntryModel", "Network"),
        "planned_on": translate("ResultEntryModel", "Planned"),
        "impressions": translate("ResultEntryModel", "Impressions"),
        "reactions": translate("ResultEntryModel", "Reactions"),
        "comments": translate("ResultEntryModel", "Comments"),
        "reposts": translate("ResultEntryModel", "Reposts"),
        "clicks": translate("ResultEntryModel", "Clicks"),
        "conversions": translate("ResultEntryModel", "Conversions"),
        "read_on": translate("ResultEntryModel", "Read on"),
    }[column]


def column_short_label(column: str) -> str:
    """The header: short, so the ten columns fit a 900-pixel window; the full name is its tooltip."""
    return {
        "person": translate("ResultEntryModel", "Who"),
        "network": translate("ResultEntryModel", "Network"),
        "planned_on": translate("ResultEntryModel", "Planned"),
        "impressions": translate("ResultEntryModel", "Impr.", "short for Impressions (a column header)"),
        "reactions": translate("ResultEntryModel", "React.", "short for Reactions (a column header)"),
        "comments": translate("ResultEntryModel", "Comm.", "short for Comments (a column header)"),
        "reposts": translate("ResultEntryModel", "Rep.", "short for Reposts (a column header)"),
        "clicks": translate("ResultEntryModel", "Clicks"),
        "conversions": translate("ResultEntryModel", "Conv.", "short for Conversions (a column header)"),
        "read_on": translate("ResultEntryModel", "Read on"),
    }[column]


def row_label(row: EntryRow) -> str:
    if row.kind is FiguresKind.EXECUTIVE:
        return row.name or translate("ResultEntryModel", "Executive")
    if row.erased:
        return translate("ResultEntryModel", "Erased ambassador")
    return row.name


class ResultEntryModel(QAbstractTableModel):
    """UI: rows are EntryRow values from services.results_entry; typed values are kept per (row, column)."""

    edits_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []
        self._edits: dict[tuple[int, str], object] = {}  # cleaned values that differ from what is saved
        self._errors: dict[tuple[int, str], tuple[str, str]] = {}  # (typed text, reason)
        self.editable = True

    # -- content ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._edits.clear()
        self._errors.clear()
        self.endResetModel()
        self.edits_changed.emit()

    def row(self, number: int) -> EntryRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def has_errors(self) -> bool:
        return bool(self._errors)

    def errors(self) -> list[tuple[int, str, str, str]]:
        """(row, column, typed text, reason), in grid order."""
        order = {c: i for i, c in enumerate(COLUMNS)}
        return sorted(((r, c, t, m) for (r, c), (t, m) in self._errors.items()), key=lambda e: (e[0], order[e[1]]))

    def dirty_rows(self) -> list[int]:
        return sorted({r for r, _c in self._edits} | {r for r, _c in self._errors})

    def changes(self) -> list[tuple[EntryRow, dict[str, object], str]]:
        """(row, all six figures, read_on) for each changed row. Figures typed now get today's reading date
        unless a date was typed; a row whose figures did not change keeps its date."""
        found = []
        for number in sorted({r for r, _c in self._edits}):
            row = self._rows[number]
            metrics: dict[str, object] = row.metrics.as_dict() if row.metrics else dict.fromkeys(METRICS, 0)
            typed = {c: v for (r, c), v in self._edits.items() if r == number}
            metrics.update({c: v for c, v in typed.items() if c in METRICS})
            figures_typed = any(c in METRICS for c in typed)
            read_on = str(typed.get("read_on") or ("" if figures_typed else row.read_on))
            found.append((row, metrics, read_on))
        return found

    # -- Qt ----------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _value(self, number: int, column: str) -> object:
        """The cell's current value: typed (cleaned), else saved; None when there is nothing."""
        if (number, column) in self._edits:
            return self._edits[(number, column)]
        row = self._rows[number]
        if column in METRICS:
            return getattr(row.metrics, column) if row.metrics else None
        network = NETWORKS[row.network].name if row.network in NETWORKS else row.network
        return {"read_on": row.read_on or None, "network": network, "planned_on": row.planned_on}.get(column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        number, column = index.row(), COLUMNS[index.column()]
        row = self._rows[number]
        error = self._errors.get((number, column))
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "person":
                return row_label(row)
            if error is not None:
                return error[0]
            value = self._value(number, column)
            if value is None:
                return ""
            if column in METRICS and role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(int(value))
            if column in ("planned_on", "read_on") and role == Qt.ItemDataRole.DisplayRole:
                return short_date(str(value))  # shown as the locale writes it; edited as ISO (2027-03-11)
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error is not None:
                return error[1]
            if column == "person" and row.kind is FiguresKind.EXECUTIVE:
                own = translate("ResultEntryModel", "The executive's own post: {0}").format(row.content_title or "—")
                return f"{row_label(row)}\n{own}"  # the name first: the column may be too narrow for it
            if column == "person":
                return "\n".join(t for t in (row_label(row), row.content_title) if t) or None
            if column == "network":
                return str(self._value(number, column) or "") or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and error is not None:
            return QColor(255, 221, 219)
        if role == Qt.ItemDataRole.ForegroundRole and error is not None:
            return QColor(150, 20, 20)
        if role == Qt.ItemDataRole.FontRole:
            changed = (number, column) in self._edits
            faded = column == "person" and (row.erased or row.kind is FiguresKind.EXECUTIVE)
            if changed or faded:
                font = QFont()
                font.setBold(changed or row.kind is FiguresKind.EXECUTIVE)
                font.setItalic(row.erased and column == "person")
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in METRICS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        number, column = index.row(), COLUMNS[index.column()]
        text = str(value if value is not None else "").strip()
        key = (number, column)
        self._errors.pop(key, None)
        self._edits.pop(key, None)
        try:
            if column in METRICS:
                cleaned: object = clean_count(text, column) if text else 0
            else:
                cleaned = clean_date(text, column) if text else ""
        except ResultsInvalid:
            self._errors[key] = (text, self.reason(column, text))
        else:
            saved = self._saved(number, column)
            if cleaned != saved and not (text == "" and saved is None):
                self._edits[key] = cleaned
        self.dataChanged.emit(index, index)
        self.edits_changed.emit()
        return True

    def _saved(self, number: int, column: str) -> object:
        row = self._rows[number]
        if column in METRICS:
            return getattr(row.metrics, column) if row.metrics else None
        return row.read_on

    def revert_edits(self) -> None:
        self.set_rows(self._rows)

    @staticmethod
    def reason(column: str, text: str) -> str:
        if column in METRICS:
            return translate("ResultEntryModel", "{0}: “{1}” is not a whole number (0 or more).").format(
                column_label(column), text
            )
        return translate("ResultEntryModel", "{0}: “{1}” is not a date — type it as 2026-03-12.").format(
            column_label(column), text
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_short_label(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_label(COLUMNS[section])
        return None
