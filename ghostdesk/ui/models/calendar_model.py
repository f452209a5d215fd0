"""UI: a campaign's calendar items (executive posts and shares) as a table model over item ids + row cache,
filtered by market, network and approval state, with times in a chosen zone or each item's own.

The model is light: shares are kept as the plain rows the service reads (`campaigns.SHARE_ROW`) and become
`CalendarItem`s only when something asks for one (a table cell, the details). The month grid only needs counts
per day (`month_cells`: each row's shown day found by bisecting its zone's local midnights, as UTC text, once
per load and zone) and, for the chips, a label per item (`chip_label`, cached per zone). The wave plan's
approval state (a hash over every share of the campaign) is resolved the first time a table cell or the
details need a share's state; chips never resolve it (`state_now` is None until a worker has answered, and
they show it as pending until then).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import partial
from itertools import islice, repeat
from operator import gt, itemgetter, sub
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ghostdesk.domain.campaigns import ApprovalState, CalendarItem
from ghostdesk.domain.networks import NETWORKS
from ghostdesk.services import campaigns
from ghostdesk.ui.views import calendar_texts as texts

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
translate = QCoreApplication.translate


def network_name(network: str) -> str:
    """A network as people name it ("LinkedIn", "WeChat Moments"), not its stored id ("linkedin")."""
    known = NETWORKS.get(network)
    return known.name if known is not None else network


def when_text(shown: datetime) -> str:
    """A shown time as the table lists it, with the day and month names of the interface's language."""
    day = QLocale().toString(QDate(shown.year, shown.month, shown.day), "ddd d MMM yyyy")
    return f"{day}  {shown:%H:%M} {shown.tzname()}"


STATE_COLOURS = {
    ApprovalState.APPROVED: QColor("#2e7d32"),
    ApprovalState.REJECTED: QColor("#c62828"),
    ApprovalState.CHANGED: QColor("#b26a00"),
    ApprovalState.NOT_REVIEWED: QColor("#5f6b7a"),
}
PENDING_COLOUR = QColor("#c3cad3")  # a share's state before the wave plan's state is known
LOCAL = ""  # the display zone meaning "each item's own local time"
_STAMP = "%Y-%m-%dT%H:%M:%S+00:00"  # how the service's share rows carry UTC (text order is time order)


_SHARE_ORDER = itemgetter(4, 0)  # (utc text, id)
_ID, _SLOT, _UTC, _ZONE = itemgetter(0), itemgetter(2), itemgetter(4), itemgetter(5)


def _midnights(first: date, days: int, zone_name: str) -> list[str]:
    """The UTC text (`_STAMP`) of local midnight of each day from `first` (and the day after the last)."""
    zone = ZoneInfo(zone_name)
    start = datetime.combine(first, time(0))
    # isoformat() of a UTC time without microseconds is exactly `_STAMP` (and much cheaper than strftime)
    return [(start + timedelta(days=d)).replace(tzinfo=zone).astimezone(UTC).isoformat() for d in range(days + 1)]


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
        self._day_index: tuple[tuple, dict[str, int]] | None = None  # ((first, days, zone), id → day index)
        self._edges: dict[tuple, list[str]] = {}  # (first, days, zone) → `_midnights`
        self._zones_read: set[str] = set()  # the zones of the shares read
        self._share_columns: tuple[list[str], list[str], list[str]] = ([], [], [])
        self._stamps: list[str] = []  # the UTC text of each id in `_order`
        self._listed_slots: list[str] = []
        self._labels: dict = {}  # chip labels and the agenda's times, in the current zone
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
        listed = sorted(
            (s.utc.strftime(_STAMP), s.id) for s in slots if window is None or window[0] <= s.utc < window[1]
        )
        known = self._slots.keys()
        rows = share_rows if known >= set(map(_SLOT, share_rows)) else [r for r in share_rows if r[2] in known]
        stamps = list(map(_UTC, rows))
        if any(map(gt, stamps, islice(stamps, 1, None))):  # the service reads them in (utc, id) order already
            rows = sorted(rows, key=_SHARE_ORDER)
            stamps = list(map(_UTC, rows))
        share_ids = list(map(_ID, rows))
        self._rows = dict(zip(share_ids, rows, strict=True))
        self._share_columns = (share_ids, stamps, list(map(_ZONE, rows)))  # ids, UTC texts, zones
        self._zones_read = set(self._share_columns[2])
        self._conflicts = dict(conflicts or {})
        # every id in time order, an executive post before the shares at its time
        order, stamps = list(share_ids), list(stamps)
        for stamp, slot_id in reversed(listed):
            at = bisect_left(stamps, stamp)
            order.insert(at, slot_id)
            stamps.insert(at, stamp)
        self._order, self._stamps = order, stamps
        self._listed_slots = [slot_id for _stamp, slot_id in listed]
        self._cache = {k: self._slots[k] for _stamp, k in listed}
        self._utc = {}
        self._labels = {}
        self._day_index = None
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
        self._labels = {}
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

    def state_now(self, item_id: str) -> ApprovalState | None:
        """The item's approval state as known now, without computing the wave plan's hash: None for a share
        until the wave plan's state is known (the chips show it as pending)."""
        slot = self._slots.get(item_id)
        return slot.state if slot is not None else self._waves_state

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

    def resolve_waves_state_here(self, generation: int) -> None:
        """When the worker could not answer: the wave plan's state computed on this thread, so the chips do not
        stay pending."""
        if generation == self._generation and self._waves_state is None and self._resolve_waves is not None:
            self.set_waves_state(self._resolve_waves(), generation)

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
            order = self._shown_between(first, (end - first).days)
        if not (m or n or s):
            self._ids = list(order)
            return
        ids = []
        for i in order:
            slot = self._slot_of(i)
            if (not m or slot.market == m) and (not n or slot.network == n) and (not s or self._state_of(i).value == s):
                ids.append(i)
        self._ids = ids

    def _zones(self) -> set[str]:
        """The zones the items are shown in: the display zone, or each item's own."""
        if self.zone:
            return {self.zone}
        return self._zones_read | {self._slots[i].time_zone for i in self._listed_slots}

    def _midnights_of(self, first: date, days: int, zone_name: str) -> list[str]:
        key = (first, days, zone_name)
        found = self._edges.get(key)
        if found is None:
            found = self._edges[key] = _midnights(first, days, zone_name)
        return found

    def _day_of(self, item_id: str, first: date, days: int) -> int:
        """One item's shown day as an index from `first` (out of [0, days) when not shown)."""
        edges = self._midnights_of(first, days, self.zone or self.zone_of(item_id))
        slot = self._slots.get(item_id)
        return bisect_right(edges, slot.utc.strftime(_STAMP) if slot else self._rows[item_id][4]) - 1

    def _shown_between(self, first: date, days: int) -> list[str]:
        """The ids (in time order) shown on the `days` days from `first`. Whatever lies between the latest first
        midnight and the earliest last midnight of every zone shown is inside in any of them: only the items
        at the ends (the read's margin) are placed one by one."""
        zones = self._zones()
        if not zones:
            return []
        edges = [self._midnights_of(first, days, z) for z in zones]
        low = bisect_left(self._stamps, max(e[0] for e in edges))
        high = max(low, bisect_left(self._stamps, min(e[-1] for e in edges)))
        order = self._order

        def inside(ids: list[str]) -> list[str]:
            return [i for i in ids if 0 <= self._day_of(i, first, days) < days]

        return inside(order[:low]) + order[low:high] + inside(order[high:])

    def _day_indexes(self, first: date, days: int) -> dict[str, int]:
        """Each item's shown day as an index from `first` (in the display zone; out of [0, days) when not
        shown): its UTC text bisected into its zone's local midnights — no datetime per row. Kept for the
        last (first, days, zone) asked."""
        key = (first, days, self.zone)
        if self._day_index is not None and self._day_index[0] == key:
            return self._day_index[1]
        share_ids, stamps, zones = self._share_columns
        if self.zone:  # one zone: its midnights for every row
            found = map(partial(bisect_right, self._midnights_of(first, days, self.zone)), stamps)
        else:  # each row's own zone's midnights (map over C functions: no Python call per row)
            edges = {z: self._midnights_of(first, days, z) for z in self._zones_read}
            found = map(bisect_right, map(edges.__getitem__, zones), stamps)
        # the day whose local midnight is the last one before
        index: dict[str, int] = dict(zip(share_ids, map(sub, found, repeat(1)), strict=True))
        for slot in self._slots.values():
            edges_of_slot = self._midnights_of(first, days, self.zone or slot.time_zone)
            index[slot.id] = bisect_right(edges_of_slot, slot.utc.strftime(_STAMP)) - 1
        self._day_index = (key, index)
        return index

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
        shown = set(self._ids)
        posts = len(shown.intersection(self._slots))
        conflicts = sum(1 for i, broken in self._conflicts.items() if broken and i in shown)  # moved shares only
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
        index = self._day_indexes(first, days)
        buckets: list[list[str]] = [[] for _ in range(days)]
        for item_id in self._ids:  # the filtered ids, each into its day's bucket (in time order)
            at = index[item_id]
            if 0 <= at < days:
                buckets[at].append(item_id)
        cells: dict[date, dict] = {}
        slots, conflicts = self._slots, self._conflicts
        for at, ids in enumerate(buckets):
            if not ids:
                continue
            posts = [slots[i] for i in ids if i in slots]
            if posts:
                ids = [i for i in ids if i not in slots]
            cells[first + timedelta(days=at)] = {
                "slots": posts,
                "shares": len(ids),
                "conflicts": sum(1 for i in ids if conflicts.get(i)) if conflicts else 0,
                "ids": ids,
            }
        self._cells[key] = cells
        return cells

    def chip_label(self, item_id: str) -> str:
        """A chip's text in the month grid: the shown time and who (a share) or market and network (a post);
        cached until the data or the zone change."""
        found = self._labels.get(item_id)
        if found is None:
            shown = self.shown_time_of(item_id)
            slot = self._slots.get(item_id)
            if slot is not None:
                found = f"{shown:%H:%M} {slot.market} {network_name(slot.network)}"
            else:
                found = f"{shown:%H:%M} {self._rows[item_id][1] or self._slot_of(item_id).market}"
            self._labels[item_id] = found
        return found

    def chip_facts(self, item_id: str) -> tuple[str, str, str, str, bool]:
        """(kind, market, network, who, has conflicts) without building the item (the week grid's boxes)."""
        slot = self._slot_of(item_id)
        who = "" if item_id in self._slots else self._rows[item_id][1]
        return self.kind_of(item_id), slot.market, slot.network, who, bool(self.conflicts_of(item_id))

    def items_between(self, first: date, last: date) -> list[tuple[datetime, CalendarItem]]:
        """(shown time, item) for the filtered items shown from `first` to `last` inclusive."""
        return [(shown, self.item(i)) for shown, i in self.ids_between(first, last)]  # type: ignore[misc]

    def ids_between(self, first: date, last: date) -> list[tuple[datetime, str]]:
        """(shown time, id) for the filtered items shown from `first` to `last` inclusive (the week grid)."""
        found = []
        for item_id in self._ids:
            shown = self.shown_time_of(item_id)
            if first <= shown.date() <= last:
                found.append((shown, item_id))
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
            if column == "when":  # formatted once per item and zone, not at every paint
                found = self._labels.get((item_id, "when"))
                if found is None:
                    shown = self.shown_time(item)
                    found = self._labels[(item_id, "when")] = when_text(shown)
                return found
            if column == "kind":
                return texts.kind_text(item.kind)
            if column == "market":
                return item.market
            if column == "network":
                return network_name(item.network)
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
