"""UI: the roster table — a model over ids read a window at a time, smooth with tens of thousands of people."""

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
from PySide6.QtGui import QColor

from ghostdesk.domain.ambassador import Ambassador, AmbassadorFilter, ConsentStatus, RosterRow
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
_DISPLAY, _FOREGROUND = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP, _ALIGNMENT = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.TextAlignmentRole)
_ID, _PERSON = int(IdRole), int(AmbassadorRole)
_ROLES = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, _ALIGNMENT, _ID, _PERSON))
_COLUMN_COUNT = len(COLUMNS)
_KEYS = tuple(column[0] for column in COLUMNS)  # _Row.texts holds the cells in this order
_CONSENT, _NETWORK = _KEYS.index("consent"), _KEYS.index("network_size")
NETWORK_COLUMN = _NETWORK  # right-aligned
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal


class _Row:
    """A shown row with its cells' text, worked out once when the row is read, not at every paint."""

    __slots__ = ("cells", "greyed", "line", "texts")

    def __init__(self, line: RosterRow, consent_labels: dict[str, str]) -> None:
        self.line = line
        size = line.network_size
        self.texts = (
            line.name,
            line.email,
            line.market,
            consent_labels[line.consent.value],
            line.team,
            ", ".join(line.groups),
            f"{size:,}" if size else "",
            line.time_zone,
        )
        self.greyed = greyed = line.consent in (ConsentStatus.OPTED_OUT, ConsentStatus.ERASED)
        self.cells = tuple((text, greyed) for text in self.texts)  # what the table's painter asks for


class AmbassadorTableModel(QAbstractTableModel):
    """UI: the roster's rows, counted first and then read a window at a time as they are shown — never every id
    before the first paint. `query_ids(filter)` gives the ids in display order as a sequence (the service's
    lazy `RosterIds`: a slice reads one page; its `rows(start, stop)` reads the shown fields of a window in one
    go); `load(ids)` gives whole people, for `ambassador_at` and for plain lists of ids."""

    PAGE = 64  # rows read at once when the view has not said how many fit on its screen (`fit_rows`)
    FEWEST = 16  # rows read at once however short the screen
    CACHE_LIMIT = 2000  # rows kept (the oldest read go first)
    ALL_IDS_ABOVE = 10  # a selection missing more runs of rows than this reads every id in one query

    def __init__(
        self,
        query_ids: Callable[[AmbassadorFilter], Sequence[str]],
        load: Callable[[Sequence[str]], dict[str, Ambassador]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._query_ids, self._load = query_ids, load
        self._source: Sequence[str] = []
        self._count = 0
        self._ids: dict[int, str] = {}  # row → id, for the rows read so far
        self._rows_of: dict[str, int] = {}
        self._cache: OrderedDict[str, _Row] = OrderedDict()  # by id, oldest read first
        self._people: OrderedDict[str, Ambassador] = OrderedDict()  # whole records, read only when asked for
        self._labels = self._consent_labels()
        self._headers = self._header_titles()
        self._filter = AmbassadorFilter()
        self._screen_rows = 0  # rows the view's screen holds, once it says (`fit_rows`)
        self.loads = 0  # windows of rows read (tests and the benchmark read these counters)
        self.id_reads = 0  # windows of ids read on their own (a selection)
        self.rows_read = 0  # rows read, ids alone or shown fields

    # -- data source ---------------------------------------------------------------------------
    @property
    def filter(self) -> AmbassadorFilter:
        return self._filter

    def set_filter(self, filt: AmbassadorFilter) -> None:
        self._filter = filt
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._source = self._query_ids(self._filter)
        self._count = len(self._source)  # the lazy source counts; it reads no id yet
        self._ids.clear()
        self._rows_of.clear()
        self._cache.clear()
        self._people.clear()
        self.endResetModel()

    def fit_rows(self, rows: int) -> None:
        """The view's screen holds `rows` rows (partly shown ones included): each read is one screenful, so the
        first paint reads only the rows it shows, and a scroll of a screen one window."""
        self._screen_rows = max(rows, self.FEWEST)

    @property
    def window_rows(self) -> int:
        """Rows read at once: a screenful, or PAGE until the view has said how many fit."""
        return self._screen_rows or self.PAGE

    def _window(self, row: int, known: Callable[[int], bool]) -> tuple[int, int]:
        """The rows to read along with `row`: upwards when known rows are just below (scrolling up), else
        onwards (views paint from the top down, after a jump too); never rows already known."""
        size = self.window_rows
        below = None
        if row > 0 and not known(row - 1):
            below = next((r for r in range(row + 1, min(row + size, self._count)) if known(r)), None)
        start = row if below is None else below - size
        start = max(start, 0)
        stop = min(start + size, self._count)
        while start < row and known(start):
            start += 1
        while stop > row + 1 and known(stop - 1):
            stop -= 1
        return start, stop

    def _remember(self, start: int, ids: Sequence[str]) -> None:
        for row, ambassador_id in enumerate(ids, start):
            self._ids[row] = ambassador_id
            self._rows_of[ambassador_id] = row

    def _read_ids(self, start: int, stop: int) -> None:
        found = list(self._source[start:stop])
        self.id_reads += 1
        self.rows_read += len(found)
        self._remember(start, found)

    def _read_rows(self, start: int, stop: int) -> None:
        """One window of shown rows: through the source's `rows` when it has one, else ids and whole people."""
        rows_of = getattr(self._source, "rows", None)
        if rows_of is not None:
            lines = rows_of(start, stop)
            self._remember(start, [line.id for line in lines])
        else:
            if any(r not in self._ids for r in range(start, stop)):
                self._read_ids(start, stop)
            ids = [i for i in (self._ids.get(r) for r in range(start, stop)) if i]
            people = self._load(ids)
            self._keep_people(people)
            lines = [RosterRow.of(people[i]) for i in ids if i in people]
        self.loads += 1
        self.rows_read += len(lines)
        for line in lines:
            self._cache[line.id] = _Row(line, self._labels)
        while len(self._cache) > self.CACHE_LIMIT:  # the rows read longest ago go first: never the screen's
            self._cache.popitem(last=False)

    def _keep_people(self, people: dict[str, Ambassador]) -> None:
        self._people.update(people)
        while len(self._people) > self.PAGE * 2:
            self._people.popitem(last=False)

    def id_at(self, row: int) -> str:
        """The id on a row ('' past the end, or if the roster shrank since it was counted)."""
        if not 0 <= row < self._count:
            return ""
        if row not in self._ids:
            self._read_ids(*self._window(row, self._ids.__contains__))
        return self._ids.get(row, "")

    def ids_at(self, rows: Sequence[int]) -> list[str]:
        """The ids on these rows (a selection): each run of rows not read yet in one query, or every id in one
        query when the runs are many (a selection is usually one or a few runs, whatever the screen's size)."""
        missing = sorted({row for row in rows if 0 <= row < self._count and row not in self._ids})
        runs: list[list[int]] = []
        for row in missing:
            if runs and row == runs[-1][1]:
                runs[-1][1] = row + 1
            else:
                runs.append([row, row + 1])
        if len(runs) > self.ALL_IDS_ABOVE:
            self._read_ids(0, self._count)
        else:
            for start, stop in runs:
                self._read_ids(start, stop)
        return [i for i in (self.id_at(row) for row in rows) if i]

    def row_of(self, ambassador_id: str) -> int:
        row = self._rows_of.get(ambassador_id)
        if row is not None:
            return row
        try:
            return self._source.index(ambassador_id)  # RosterIds counts the rows before it; no id is read
        except ValueError:
            return -1

    def _row(self, row: int) -> _Row | None:
        ambassador_id = self._ids.get(row)
        cached = self._cache.get(ambassador_id) if ambassador_id is not None else None
        if cached is not None:
            return cached
        if not 0 <= row < self._count:
            return None
        self._read_rows(*self._window(row, lambda r: self._ids.get(r, "") in self._cache))
        return self._cache.get(self._ids.get(row, ""))

    def cell(self, row: int, column: int) -> tuple[str, bool] | None:
        """A shown cell's (text, greyed), for the table's painter (`TextTableView`): one call per cell."""
        ambassador_id = self._ids.get(row)
        cached = self._cache.get(ambassador_id) if ambassador_id is not None else None
        if cached is None:
            cached = self._row(row)
            if cached is None:
                return None
        return cached.cells[column]

    def ambassador_at(self, row: int) -> Ambassador | None:
        """The whole record on a row (read with its window's neighbours, for code that walks the rows)."""
        ambassador_id = self.id_at(row)
        if not ambassador_id:
            return None
        if ambassador_id not in self._people:
            start, stop = self._window(row, lambda r: self._ids.get(r, "") in self._people)
            ids = [i for i in (self.id_at(r) for r in range(start, stop)) if i and i not in self._people]
            self._keep_people(self._load(ids))
        return self._people.get(ambassador_id)

    def forget(self, ids: Sequence[str]) -> None:
        """People changed: drop them from the caches and repaint their rows."""
        rows = []
        for ambassador_id in ids:
            self._cache.pop(ambassador_id, None)
            self._people.pop(ambassador_id, None)
            row = self._rows_of.get(ambassador_id)  # a row never read was never painted
            if row is not None:
                rows.append(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), _COLUMN_COUNT - 1))

    # -- Qt model API --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        # Qt's own asks rowCount() and columnCount() from Python each time: three times the cost per cell.
        if 0 <= row < self._count and 0 <= column < _COLUMN_COUNT and (parent is _ROOT or not parent.isValid()):
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        # The header asks for a dozen roles per section at each layout and paint: the titles are ready.
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < _COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every cell at each paint: a shown cell's text is two look-ups away, and the
        # roles nobody answers leave first.
        if role == _DISPLAY:
            ambassador_id = self._ids.get(index.row())
            cached = self._cache.get(ambassador_id) if ambassador_id is not None else None
            if cached is not None:
                return cached.texts[index.column()]
        elif role not in _ROLES:
            return None
        if not index.isValid():
            return None
        row = index.row()
        if role == _ID:
            return self.id_at(row) or None
        if role == _PERSON:
            return self.ambassador_at(row)
        found = self._row(row)
        if found is None:
            return None
        if role == _DISPLAY:
            return found.texts[index.column()]
        if role == _FOREGROUND:
            return _grey() if found.greyed else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == _NETWORK else None
        if index.column() == _CONSENT and found.line.consent_at:  # the tooltip
            return translate("AmbassadorTable", "Since {0}").format(found.line.consent_at[:10])
        return None

    @staticmethod
    def _consent_labels() -> dict[str, str]:
        return {status.value: ambassador_texts.consent_label(status.value) for status in ConsentStatus}

    @staticmethod
    def _header_titles() -> tuple[str, ...]:
        return tuple(translate("AmbassadorTable", column[1]) for column in COLUMNS)

    def retranslate(self) -> None:
        """The language changed: the cached cells hold words (consent), so they are worked out again."""
        self._labels = self._consent_labels()
        self._headers = self._header_titles()
        for ambassador_id, cached in list(self._cache.items()):
            self._cache[ambassador_id] = _Row(cached.line, self._labels)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMN_COUNT - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, _COLUMN_COUNT - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or not COLUMNS[column][2]:
            return
        from dataclasses import replace

        descending = order == Qt.SortOrder.DescendingOrder
        self.set_filter(replace(self._filter, sort=COLUMNS[column][2], descending=descending))


_GREY: list[QColor] = []


def _grey() -> QColor:
    # A colour, not a QBrush: PySide's first QBrush costs ~40 ms of set-up, and views take either.
    if not _GREY:
        _GREY.append(QColor(128, 128, 128))
    return _GREY[0]
