"""UI: small table models for the import wizard — the file's first rows and the rows with problems."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ghostdesk.services.ambassador_import import RowError
from ghostdesk.ui.views import ambassador_texts

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PREVIEW_ROWS = 50


class SourcePreviewModel(QAbstractTableModel):
    """UI: the first rows of the file as read with the chosen encoding and delimiter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[tuple[int, tuple[str, ...]]] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = [(line, tuple(cells)) for line, cells in rows[:PREVIEW_ROWS]]
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = self._rows[index.row()][1]
        return cells[index.column()] if index.column() < len(cells) else ""


ERROR_COLUMNS = (
    QT_TRANSLATE_NOOP("AmbassadorImport", "Line"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "Problem"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "Column"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "Value"),
)


class ImportErrorsModel(QAbstractTableModel):
    """UI: one row per problem, with the line number as the user's editor shows it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._errors: list[RowError] = []

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(ERROR_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return translate("AmbassadorImport", ERROR_COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        error = self._errors[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return error.message or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            str(error.line),
            ambassador_texts.reason_label(error.reason),
            ambassador_texts.field_label(error.field) if error.field else "",
            error.value,
        )[index.column()]


OUTCOME_COLUMNS = (
    QT_TRANSLATE_NOOP("AmbassadorImport", "Line"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "What happens"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "Name"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "E-mail"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "Market"),
    QT_TRANSLATE_NOOP("AmbassadorImport", "Time zone"),
)


class ImportOutcomesModel(QAbstractTableModel):
    """UI: the dry run, row by row — who would be added, updated or left as is."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_outcomes(self, outcomes: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(outcomes)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(OUTCOME_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(OUTCOME_COLUMNS):
            return translate("AmbassadorImport", OUTCOME_COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or not 0 <= index.row() < len(self._rows):
            return None
        line, action, person = self._rows[index.row()]
        actions = {
            "create": translate("AmbassadorImport", "New"),
            "update": translate("AmbassadorImport", "Update"),
            "unchanged": translate("AmbassadorImport", "Unchanged"),
        }
        return (str(line), actions.get(action, action), person.name, person.email, person.market, person.time_zone)[
            index.column()
        ]
