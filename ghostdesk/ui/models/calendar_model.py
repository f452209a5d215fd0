"""UI: a campaign's calendar items (executive posts and shares) as a table model over item ids + row cache,
filtered by market, network and approval state, with times in a chosen zone or each item's own.

The model is light: shares are kept as the plain rows the service reads (`campaigns.SHARE_ROW`) and become
`CalendarItem`s only when something asks for one (a table cell, the week grid, the details). The month grid
only needs counts per day (`month_cells`). The wave plan's approval state (a hash over every share of the
campaign) is resolved the first time a share's state is needed, not before the first paint.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ghostdesk.domain.campaigns import ApprovalState, CalendarItem
from ghostdesk.services import campaigns
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
_STAMP = "%Y-%m-%dT%H:%M:%S+00:00"  # how the service's share rows carry UTC (text order is time order)


def _midnights(first: date, days: int, zone_name: str) -> list[str]:
    """The UTC text (`_STAMP`) of local midnight of each day from `first` (and the day after the last)."""
    zone = ZoneInfo(zone_name)
    return [
        datetime.combine(first + timedelta(days=d), time(0), tzinfo=zone).astimezone(UTC).strftime(_STAMP)
        for d in range(days + 1)
    ]


class CalendarModel(QAbstractTableModel):
    """UI: one row per calendar item that passes the filters, in time order."""

    COLUMNS = ("when", "kind", "market", "network", "who", "wave", "state")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._days: tuple[date, date] | None = None  # the shown dates listed (the month grid's), or all
        self._slots: dict[str, CalendarItem] = {}
        self._rows: dict[str, tuple] = {}  # share id → (id, who, slot_id, wave, utc text, zone, status)
        self._conflicts: dict[str, tuple[str, ...]] = {}
        self._order: list[str] = []  # every id, in time order
        self._ids: list[str] = []  # the filtered ids, in time order
        self._row_index: dict[str, int] | None = None
        self._cache: dict[str, CalendarItem] = {}
        self._utc: dict[str, datetime] = {}
        self._waves_state: ApprovalState | None = ApprovalState.NOT_REVIEWED
        self._resolve_waves: Callable[[], ApprovalState] | None = None
        self._cells: dict[tuple, dict] = {}
        self._generation = 0  # bumped at every load: late answers for older data are ignored
        self.zone = LOCAL
        self.filters: dict[str, str] = {"market": "", "network": "", "state": ""}

    # -- loading and filters ---------------------------------------------------------------------
    def set_calendar(
        self,
        slots: list[CalendarItem],
        share_rows: list[tuple],
        conflicts: dict[str, tuple[str, ...]] | None = None,
        waves_state: ApprovalState | Callable[[], ApprovalState] = ApprovalState.NOT_REVIEWED,
        window: tuple[datetime, datetime] | None = None,
        days: tuple[date, date] | None = None,
    ) -> None:
        """Slots as items, shares as light rows; `waves_state` may be a function, called on first need.
        With `window` ([start, end) UTC, the range the share rows were read for), slots outside it are kept
        for the shares' market and network but not listed. With `days` ([first, end) shown dates), only the
        items shown on those days (in the display zone) are listed and counted: the month grid's days."""
        self.beginResetModel()
        self._days = days
        self._generation += 1
        self._slots = {s.id: s for s in slots}
        slot_keys = {s.id: s.utc.strftime(_STAMP) for s in slots if window is None or window[0] <= s.utc < window[1]}
        self._rows = {r[0]: r for r in share_rows if r[2] in self._slots}
        self._conflicts = dict(conflicts or {})
        keys = [(k, 0, i) for i, k in slot_keys.items()] + [(r[4], 1, r[0]) for r in self._rows.values()]
        keys.sort()
        self._order = [k[2] for k in keys]
        self._cache = {k: self._slots[k] for k in slot_keys}
        self._utc = {}
        if callable(waves_state):
            self._waves_state, self._resolve_waves = None, waves_state
        else:
            self._waves_state, self._resolve_waves = waves_state, None
        self._refilter()
        self.endResetModel()

    def set_items(self, items: list[CalendarItem]) -> None:
        """Full items (tests, small campaigns): the same model, fed from `campaigns.calendar_items`."""
        slots = [i for i in items if i.kind == "slot"]
        shares = [i for i in items if i.kind != "slot"]
        rows = [
            (i.id, i.who, i.slot_id, i.wave, i.utc.strftime(_STAMP), i.time_zone, "moved" if i.moved else "planned")
            for i in shares
        ]
        state = shares[0].state if shares else ApprovalState.NOT_REVIEWED
        self.set_calendar(slots, rows, {i.id: i.conflicts for i in shares}, state)
        for i in shares:
            if i.id in self._rows:
                self._cache[i.id] = i

    def set_filter(self, key: str, value: str) -> None:
        self.beginResetModel()
        self.filters[key] = value
        self._refilter()
        self.endResetModel()

    def set_zone(self, zone: str) -> None:
        self.zone = zone
        self._cells = {}
        if self._days is not None:  # the shown dates move with the zone: so does which items are on them
            self.beginResetModel()
            self._refilter()
            self.endResetModel()
        elif self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def waves_state(self) -> ApprovalState:
        """The approval state every share shows (resolved once, on first need)."""
        if self._waves_state is None:
            self._waves_state = self._resolve_waves() if self._resolve_waves else ApprovalState.NOT_REVIEWED
        return self._waves_state

    def waves_state_known(self) -> bool:
        return self._waves_state is not None

    def generation(self) -> int:
        return self._generation

    def set_waves_state(self, state: ApprovalState, generation: int) -> None:
        """The wave plan's state computed elsewhere (a worker), for the data loaded as `generation`."""
        if generation != self._generation or self._waves_state is not None:
            return
        self._waves_state = state
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def _slot_of(self, item_id: str) -> CalendarItem:
        slot = self._slots.get(item_id)
        return slot if slot is not None else self._slots[self._rows[item_id][2]]

    def _state_of(self, item_id: str) -> ApprovalState:
        slot = self._slots.get(item_id)
        return slot.state if slot is not None else self.waves_state()

    def _refilter(self) -> None:
        m, n, s = self.filters["market"], self.filters["network"], self.filters["state"]
        self._cells = {}
        self._row_index = None
        order = self._order
        if self._days is not None:
            first, end = self._days
            order = [i for i in order if first <= self.shown_time_of(i).date() < end]
        if not (m or n or s):
            self._ids = list(order)
            return
        ids = []
        for i in order:
            slot = self._slot_of(i)
            if (not m or slot.market == m) and (not n or slot.network == n) and (not s or self._state_of(i).value == s):
                ids.append(i)
        self._ids = ids

    # -- reading ---------------------------------------------------------------------------------
    def ids(self) -> list[str]:
        """The filtered ids, in time order."""
        return list(self._ids)

    def items(self) -> list[CalendarItem]:
        """The filtered items, in time order (builds every item: prefer `month_cells` / `items_between`)."""
        return [self.item(i) for i in self._ids]  # type: ignore[misc]

    def item(self, item_id: str) -> CalendarItem | None:
        found = self._cache.get(item_id)
        if found is not None or item_id not in self._rows:
            return found
        row = self._rows[item_id]
        found = campaigns.share_item(
            (*row[:4], self.utc_of(item_id), *row[5:]),
            self._slots[row[2]],
            self.waves_state(),
            self._conflicts.get(item_id, ()),
        )
        self._cache[item_id] = found
        return found

    def kind_of(self, item_id: str) -> str:
        return "slot" if item_id in self._slots else "share" if item_id in self._rows else ""

    def utc_of(self, item_id: str) -> datetime:
        slot = self._slots.get(item_id)
        if slot is not None:
            return slot.utc
        found = self._utc.get(item_id)
        if found is None:
            found = self._utc[item_id] = datetime.fromisoformat(self._rows[item_id][4])
        return found

    def zone_of(self, item_id: str) -> str:
        slot = self._slots.get(item_id)
        return slot.time_zone if slot is not None else self._rows[item_id][5]

    def conflicts_of(self, item_id: str) -> tuple[str, ...]:
        return () if item_id in self._slots else self._conflicts.get(item_id, ())

    def row_of(self, item_id: str) -> int:
        if self._row_index is None:
            self._row_index = {i: r for r, i in enumerate(self._ids)}
        return self._row_index.get(item_id, -1)

    def counts(self) -> tuple[int, int, int]:
        """(executive posts, shares, shares with conflicts) among the filtered items."""
        posts = sum(1 for i in self._ids if i in self._slots)
        conflicts = sum(1 for i in self._ids if self._conflicts.get(i))
        return posts, len(self._ids) - posts, conflicts

    def markets(self) -> list[str]:
        return sorted({s.market for s in self._slots.values()})

    def networks(self) -> list[str]:
        return sorted({s.network for s in self._slots.values()})

    def display_zone(self, item: CalendarItem) -> tzinfo:
        return ZoneInfo(self.zone or item.time_zone)

    def shown_time(self, item: CalendarItem) -> datetime:
        return item.utc.astimezone(self.display_zone(item))

    def shown_time_of(self, item_id: str) -> datetime:
        return self.utc_of(item_id).astimezone(ZoneInfo(self.zone or self.zone_of(item_id)))

    def month_cells(self, first: date, days: int = 42) -> dict[date, dict]:
        """For the month grid, per shown day from `first`: {"slots": [items], "shares": n, "conflicts": n,
        "ids": [share ids]}.
        Shares are counted from their rows; no share item is built. Cached until the data, zone or filters
        change."""
        key = (first, days)
        if key in self._cells:
            return self._cells[key]
        bounds: dict[str, list[str]] = {}  # zone → UTC text of each shown day's local midnight
        cells: dict[date, dict] = {}
        for item_id in self._ids:
            row = self._rows.get(item_id)
            zone_name = self.zone or (row[5] if row is not None else self._slots[item_id].time_zone)
            edges = bounds.get(zone_name)
            if edges is None:
                edges = bounds[zone_name] = _midnights(first, days, zone_name)
            stamp = row[4] if row is not None else self._slots[item_id].utc.strftime(_STAMP)
            index = bisect_right(edges, stamp) - 1  # the day whose local midnight is the last one before
            if not 0 <= index < days:
                continue
            day = first + timedelta(days=index)
            cell = cells.get(day) or cells.setdefault(day, {"slots": [], "shares": 0, "conflicts": 0, "ids": []})
            if item_id in self._slots:
                cell["slots"].append(self._slots[item_id])
            else:
                cell["shares"] += 1
                cell["ids"].append(item_id)
                cell["conflicts"] += bool(self._conflicts.get(item_id))
        self._cells[key] = cells
        return cells

    def items_between(self, first: date, last: date) -> list[tuple[datetime, CalendarItem]]:
        """(shown time, item) for the filtered items shown from `first` to `last` inclusive (the week grid)."""
        found = []
        for item_id in self._ids:
            shown = self.shown_time_of(item_id)
            if first <= shown.date() <= last:
                found.append((shown, self.item(item_id)))
        return found

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
        item_id = self._ids[index.row()]
        if role == ID_ROLE:
            return item_id
        item = self.item(item_id)
        if item is None:
            return None
        column = self.COLUMNS[index.column()]
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
