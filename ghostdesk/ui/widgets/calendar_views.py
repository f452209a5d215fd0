"""UI: the Calendar page's month grid and week time grid, painted over a CalendarModel.

The week view lets the user drag a share to another time (snapped to 5 minutes) or day; the month view lets
the user drag a share chip to another day, keeping its local time of day (a Qt drag with the share's id as
`SHARE_MIME`). Both emit `moveRequested(item_id, new_utc)` and the page re-validates the move with the planner's
rules.
"""

from __future__ import annotations

import calendar as pycalendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from ghostdesk.domain.campaigns import CalendarItem
from ghostdesk.ui import i18n
from ghostdesk.ui.models.calendar_model import PENDING_COLOUR, STATE_COLOURS, CalendarModel, network_name

translate = QCoreApplication.translate
HOLIDAY_FILL = QColor(255, 236, 179, 140)
WEEKEND_FILL = QColor(0, 0, 0, 14)
SLOT_FILL = QColor("#1f4e8c")
SHARE_FILL = QColor("#6c8ebf")
CONFLICT = QColor("#c62828")
HOLIDAY_TEXT = QColor("#8a5a00")
SELECTED = QColor("#ffb300")
WHITE = QColor("white")
SNAP_MINUTES = 5
SHARE_MIME = "application/x-ghostdesk-share"
GRID_DAYS = 42  # six weeks: every month fits, from the Monday on or before its first day


def _weekday_names() -> list[str]:
    return [
        translate("CalendarViews", "Mon"),
        translate("CalendarViews", "Tue"),
        translate("CalendarViews", "Wed"),
        translate("CalendarViews", "Thu"),
        translate("CalendarViews", "Fri"),
        translate("CalendarViews", "Sat"),
        translate("CalendarViews", "Sun"),
    ]


def day_summary(shares: int, hidden: int, conflicts: bool, fm: QFontMetrics, width: int) -> str:
    """A month cell's last line: how many shares and posts did not fit as chips ("32 shares  +3 posts"). In a
    narrow cell the words go before the numbers do: "32 shares  +3", then "32  +3" (the count of posts hidden
    behind an ellipsis told nothing)."""
    share_text = (
        i18n.count(shares, translate("CalendarViews", "{0} share"), translate("CalendarViews", "{0} shares"))
        if shares
        else ""
    )
    post_text = (
        i18n.count(hidden, translate("CalendarViews", "+{0} post"), translate("CalendarViews", "+{0} posts"))
        if hidden > 0
        else ""
    )
    warning = " ⚠" if conflicts and shares else ""
    candidates = [
        "  ".join(t for t in (share_text, post_text) if t) + warning,
        "  ".join(t for t in (share_text, f"+{hidden}" if hidden > 0 else "") if t) + warning,
    ]
    if hidden > 0:  # a bare "32  +3" still says that posts are hidden; a lone "32" would say nothing
        candidates.append("  ".join(t for t in (str(shares) if shares else "", f"+{hidden}") if t) + warning)
    for text in candidates:
        if fm.horizontalAdvance(text) <= width:
            return text
    return fm.elidedText(candidates[-1], Qt.TextElideMode.ElideRight, width)


class _CalendarView(QWidget):
    itemSelected = Signal(str)
    daySelected = Signal(object)

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.holidays: dict[date, list[tuple[str, str]]] = {}
        self.selected_id = ""
        self._hits: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for signal in (model.modelReset, model.dataChanged, model.layoutChanged):
            signal.connect(self.update)

    def set_holidays(self, holidays: dict[date, list[tuple[str, str]]]) -> None:
        self.holidays = holidays
        self.update()

    def select(self, item_id: str) -> None:
        self.selected_id = item_id
        self.update()

    def item_at(self, pos: QPoint) -> str:
        for rect, item_id in reversed(self._hits):
            if rect.contains(pos.toPointF()):
                return item_id
        return ""

    def _draw_chip(self, p: QPainter, rect: QRectF, item_id: str, text: str, *, slot: bool, conflicts: bool) -> None:
        """One item as a chip: its fill by kind, its approval state as a stripe on the left (pending while a
        share's state is not known yet: nothing here computes it), a red frame for conflicts."""
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SLOT_FILL if slot else SHARE_FILL)
        p.drawRoundedRect(rect, 3, 3)
        state = self.model.state_now(item_id)
        p.setBrush(PENDING_COLOUR if state is None else STATE_COLOURS[state])
        p.drawRect(QRectF(rect.left(), rect.top(), 4, rect.height()))
        if conflicts:
            p.setPen(QPen(CONFLICT, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if item_id == self.selected_id:
            p.setPen(QPen(SELECTED, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        p.setPen(WHITE)
        p.drawText(rect.adjusted(7, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        self._hits.append((rect, item_id))


class MonthView(_CalendarView):
    """UI: six weeks of days; executive posts as chips, shares as chips while they fit (then a count); holidays
    and weekends shaded. A share chip can be dragged to another day: same local time of day, re-validated."""

    DAYS = GRID_DAYS

    moveRequested = Signal(str, object)

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        today = date.today()
        self.year, self.month = today.year, today.month
        self._press: tuple[str, QPoint] | None = None
        self._drop_day: date | None = None
        self.setAcceptDrops(True)

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.update()

    def first_day(self) -> date:
        first = date(self.year, self.month, 1)
        return first - timedelta(days=first.weekday())

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 260)

    def sizeHint(self) -> QSize:
        return QSize(700, 520)

    def _cell(self, index: int) -> QRectF:
        header = self.fontMetrics().height() + 6
        w = self.width() / 7
        h = (self.height() - header) / 6
        return QRectF((index % 7) * w, header + (index // 7) * h, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        """In passes, so the painter's state changes a few times per paint rather than a few times per day: the
        shading and the grid (crisp, without antialiasing), the day numbers, then each day's contents."""
        self._hits = []
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        line = fm.height() + 2
        w = self.width() / 7
        header = fm.height() + 6
        h = (self.height() - header) / 6
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        for i, name in enumerate(_weekday_names()):
            p.drawText(QRectF(i * w, 0, w, line + 4), Qt.AlignmentFlag.AlignCenter, name)
        start = self.first_day()
        rects = [self._cell(index) for index in range(GRID_DAYS)]
        days = [start + timedelta(days=index) for index in range(GRID_DAYS)]
        for day, rect in zip(days, rects, strict=True):
            if day in self.holidays:
                p.fillRect(rect, HOLIDAY_FILL)
            elif day.weekday() >= 5:
                p.fillRect(rect, WEEKEND_FILL)
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        right, bottom = self.width() - 1, self.height() - 1
        for row in range(7):  # the grid: 7 horizontal and 8 vertical lines
            y = min(round(header + row * h), bottom)
            p.drawLine(0, y, right, y)
        for column in range(8):
            x = min(round(column * w), right)
            p.drawLine(x, header, x, bottom)
        number = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        text_colour, muted_colour = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.PlaceholderText)
        for muted in (False, True):
            p.setPen(muted_colour if muted else text_colour)
            for day, rect in zip(days, rects, strict=True):
                if (day.month != self.month) == muted:
                    p.drawText(rect.adjusted(4, 2, -4, 0), number, str(day.day))
        cells = self.model.month_cells(start, GRID_DAYS)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        p.setFont(small)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)  # the chips' rounded corners
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for day, rect in zip(days, rects, strict=True):
            y = rect.top() + line + 2
            if day in self.holidays:
                label = ", ".join(f"{m} {n}" for m, n in self.holidays[day])
                p.setPen(HOLIDAY_TEXT)
                p.drawText(QRectF(rect.left() + 4, y, rect.width() - 8, line), left_middle,
                           fm.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width() - 8)))  # fmt: skip
                y += line
            cell = cells.get(day)
            if cell is None and day != self._drop_day:
                continue
            cell = cell or {"slots": [], "shares": 0, "conflicts": 0, "ids": []}
            slots, shares = cell["slots"], cell["shares"]
            room = int((rect.bottom() - y - line) // line)
            for item in slots[: max(room, 0)]:
                chip = QRectF(rect.left() + 3, y, rect.width() - 6, line - 1)
                self._draw_chip(p, chip, item.id, self.model.chip_label(item.id), slot=True, conflicts=False)
                y += line
            hidden = len(slots) - max(room, 0)
            if hidden <= 0 and 0 < shares <= room - len(slots) + 1:  # every share fits: draggable chips
                for share_id in cell["ids"]:  # labels from the rows: no item, no wave-plan hash
                    chip = QRectF(rect.left() + 3, y, rect.width() - 6, line - 1)
                    conflicted = bool(self.model.conflicts_of(share_id))
                    self._draw_chip(
                        p, chip, share_id, self.model.chip_label(share_id), slot=False, conflicts=conflicted
                    )
                    y += line
                shares = 0
            if day == self._drop_day:
                p.setPen(QPen(QColor("#ffb300"), 2, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(1, 1, -1, -1))
            if shares or hidden > 0:
                p.setPen(text_colour)
                text = day_summary(shares, hidden, bool(cell["conflicts"]), fm, int(rect.width() - 8))
                p.drawText(QRectF(rect.left() + 4, min(y, rect.bottom() - line), rect.width() - 8, line),
                           left_middle, text)  # fmt: skip
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item_id = self.item_at(pos)
        if item_id:
            self.select(item_id)
            self.itemSelected.emit(item_id)
            if self.model.kind_of(item_id) == "share" and event.button() == Qt.MouseButton.LeftButton:
                self._press = (item_id, pos)
            return
        day = self.day_at(pos)
        if day is not None:
            self.daySelected.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        item_id, origin = self._press
        if (event.position().toPoint() - origin).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self.mime_for(item_id))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None

    # -- drag a share to another day ---------------------------------------------------------------
    def day_at(self, pos: QPoint) -> date | None:
        for index in range(GRID_DAYS):
            if self._cell(index).contains(pos.toPointF()):
                return self.first_day() + timedelta(days=index)
        return None

    def point_for_day(self, day: date) -> QPoint:
        return self._cell((day - self.first_day()).days).center().toPoint()

    def point_for(self, item_id: str) -> QPoint | None:
        """The centre of an item's chip in the last paint (tests drag from here)."""
        for rect, hit in self._hits:
            if hit == item_id:
                return rect.center().toPoint()
        return None

    @staticmethod
    def mime_for(share_id: str) -> QMimeData:
        data = QMimeData()
        data.setData(SHARE_MIME, share_id.encode())
        return data

    def target_time(self, share_id: str, day: date) -> datetime | None:
        """The share on `day` at the same local time of day (in the zone the grid shows), in UTC."""
        if self.model.kind_of(share_id) != "share":
            return None
        shown = self.model.shown_time_of(share_id)
        local = datetime.combine(day, shown.time(), tzinfo=shown.tzinfo)
        return local.astimezone(UTC)

    def _share_of(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str:
        data = event.mimeData()
        if not data.hasFormat(SHARE_MIME):
            return ""
        share_id = bytes(data.data(SHARE_MIME).data()).decode()
        return share_id if self.model.kind_of(share_id) == "share" else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._share_of(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        day = self.day_at(event.position().toPoint()) if self._share_of(event) else None
        if day is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if day != self._drop_day:
            self._drop_day = day
            self.update()

    def dragLeaveEvent(self, event) -> None:
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_day = None
        self.update()
        share_id = self._share_of(event)
        day = self.day_at(event.position().toPoint()) if share_id else None
        target = self.target_time(share_id, day) if day is not None else None
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if target != self.model.utc_of(share_id):
            # After the drag has ended: the page asks for confirmation and reloads the model, which must not
            # happen inside QDrag.exec's own event loop.
            QTimer.singleShot(0, lambda: self.moveRequested.emit(share_id, target))


class WeekView(_CalendarView):
    """UI: seven days × 24 hours; every item at its time in the display zone. Shares can be dragged."""

    moveRequested = Signal(str, object)

    HOUR = 44
    GUTTER = 44

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        today = date.today()
        self.start = today - timedelta(days=today.weekday())
        self._drag_id = ""
        self._drag_origin: QPoint | None = None
        self._drag_pos: QPoint | None = None

    def set_week(self, monday: date) -> None:
        self.start = monday - timedelta(days=monday.weekday())
        self.update()

    def header_height(self) -> int:
        return 2 * (self.fontMetrics().height() + 2) + 4

    def first_busy_y(self) -> int:
        """Where the week's day starts to be worth reading: half an hour before its earliest item, else 07:00
        (the grid opened on midnight, the shares hours below, out of sight)."""
        times = [
            shown.hour * 60 + shown.minute
            for shown, _id in self.model.ids_between(self.start, self.start + timedelta(days=6))
        ]
        return int(self._y(max(min(times) - 30, 0) if times else 7 * 60) - self.header_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.header_height() + 24 * self.HOUR)

    def sizeHint(self) -> QSize:
        return QSize(760, self.header_height() + 24 * self.HOUR)

    def _col_width(self) -> float:
        return (self.width() - self.GUTTER) / 7

    def _y(self, minutes: float) -> float:
        return self.header_height() + minutes * self.HOUR / 60

    def _rects(self) -> list[tuple[QRectF, str, tuple[str, str, str, str, bool]]]:
        """Each visible item's rectangle, id and `chip_facts`; items at the same time share the column in lanes.
        Built from the model's rows: no item and no wave-plan hash."""
        end = self.start + timedelta(days=7)
        placed: list[tuple[QRectF, str, tuple[str, str, str, str, bool]]] = []
        by_day: dict[date, list[tuple[float, str, tuple]]] = {}
        for shown, item_id in self.model.ids_between(self.start, end - timedelta(days=1)):
            facts = self.model.chip_facts(item_id)
            by_day.setdefault(shown.date(), []).append((shown.hour * 60 + shown.minute, item_id, facts))
        cw = self._col_width()
        height = max(14.0, self.fontMetrics().height() + 2)
        span = height * 60 / self.HOUR  # minutes an item's box covers
        for day, entries in by_day.items():
            lanes: list[float] = []
            assigned = []
            for minute, item_id, facts in sorted(entries, key=lambda e: (e[0], e[2][0] != "slot")):
                lane = next((i for i, free in enumerate(lanes) if free <= minute), None)
                if lane is None:
                    lanes.append(0)
                    lane = len(lanes) - 1
                lanes[lane] = minute + span
                assigned.append((minute, lane, item_id, facts))
            count = max(1, min(len(lanes), 8))
            x0 = self.GUTTER + (day - self.start).days * cw
            for minute, lane, item_id, facts in assigned:
                lane_w = (cw - 4) / count
                shown_lane = lane % count
                rect = QRectF(x0 + 2 + shown_lane * lane_w, self._y(minute) + (lane // count) * 3, lane_w - 1, height)
                placed.append((rect, item_id, facts))
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        self._hits = []
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        cw = self._col_width()
        top = self.header_height()
        for d in range(7):
            day = self.start + timedelta(days=d)
            x = self.GUTTER + d * cw
            column = QRectF(x, top, cw, 24 * self.HOUR)
            if day in self.holidays:
                p.fillRect(QRectF(x, 0, cw, top + 24 * self.HOUR), HOLIDAY_FILL)
            elif day.weekday() >= 5:
                p.fillRect(column, WEEKEND_FILL)
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        for h in range(25):
            y = self._y(h * 60)
            p.drawLine(self.GUTTER, int(y), self.width(), int(y))
            if h < 24:
                p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                p.drawText(QRect(0, int(y), self.GUTTER - 4, fm.height()), Qt.AlignmentFlag.AlignRight, f"{h:02d}:00")
                p.setPen(pal.color(QPalette.ColorRole.Mid))
        for d in range(8):
            x = self.GUTTER + d * cw
            p.drawLine(int(x), top, int(x), top + 24 * self.HOUR)
        for rect, item_id, (kind, market, network, who, conflicts) in self._rects():
            if item_id == self._drag_id and self._drag_pos is not None:
                continue
            label = f"{market} {who or network_name(network)}"
            if fm.horizontalAdvance(label) > rect.width() - 9:
                label = market if fm.horizontalAdvance(market) <= rect.width() - 8 else ""
            self._draw_chip(p, rect, item_id, label, slot=kind == "slot", conflicts=conflicts)
        if self._drag_id and self._drag_pos is not None:
            target = self.time_at(self._drag_pos, self._drag_id)
            if target is not None:
                shown = target.astimezone(self._zone_of(self._drag_id))
                x = self.GUTTER + (shown.date() - self.start).days * cw
                ghost = QRectF(x + 2, self._y(shown.hour * 60 + shown.minute), cw - 4, fm.height() + 2)
                p.setPen(QPen(QColor("#ffb300"), 2, Qt.PenStyle.DashLine))
                p.setBrush(QColor(255, 179, 0, 60))
                p.drawRoundedRect(ghost, 3, 3)
                p.setPen(pal.color(QPalette.ColorRole.Text))
                p.drawText(ghost.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, f"{shown:%H:%M}")
        self._draw_header(p)
        p.end()

    def _draw_header(self, p: QPainter) -> None:
        """Day names and holidays, kept at the top of the visible part while the hours scroll."""
        pal = self.palette()
        fm = self.fontMetrics()
        cw = self._col_width()
        y0 = self.visibleRegion().boundingRect().top()
        p.fillRect(QRectF(0, y0, self.width(), self.header_height()), pal.color(QPalette.ColorRole.Window))
        names = _weekday_names()
        for d in range(7):
            day = self.start + timedelta(days=d)
            x = self.GUTTER + d * cw
            if day in self.holidays:
                p.fillRect(QRectF(x, y0, cw, self.header_height()), HOLIDAY_FILL)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(QRectF(x, y0 + 2, cw, fm.height()), Qt.AlignmentFlag.AlignCenter, f"{names[d]} {day.day}")
            if day in self.holidays:
                label = ", ".join(f"{m} {n}" for m, n in self.holidays[day])
                p.setPen(QColor("#8a5a00"))
                p.drawText(QRectF(x + 2, y0 + 2 + fm.height(), cw - 4, fm.height()), Qt.AlignmentFlag.AlignCenter,
                           fm.elidedText(label, Qt.TextElideMode.ElideRight, int(cw - 4)))  # fmt: skip

    def _zone_of(self, item_id: str) -> ZoneInfo:
        return ZoneInfo(self.model.zone or self.model.zone_of(item_id))

    def time_at(self, pos: QPoint, item: CalendarItem | str | None) -> datetime | None:
        """The UTC time under `pos` (snapped), reading the grid in the item's display zone (an item or its id)."""
        if not item:
            return None
        cw = self._col_width()
        col = int((pos.x() - self.GUTTER) // cw) if cw > 0 else -1
        if not 0 <= col < 7:
            return None
        minutes = (pos.y() - self.header_height()) * 60 / self.HOUR
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, round(minutes / SNAP_MINUTES) * SNAP_MINUTES))
        day = self.start + timedelta(days=col)
        zone = self._zone_of(item) if isinstance(item, str) else self.model.display_zone(item)
        local = datetime.combine(day, time(int(minutes // 60), int(minutes % 60)), tzinfo=zone)
        return local.astimezone(UTC)

    def item_at(self, pos: QPoint) -> str:
        """Hit-test from the layout (not the last paint), so it is right before the first paint too."""
        if pos.y() < self.visibleRegion().boundingRect().top() + self.header_height() and self.isVisible():
            return ""  # the sticky header covers it
        for rect, item_id, _facts in reversed(self._rects()):
            if rect.contains(pos.toPointF()):
                return item_id
        return ""

    def point_for(self, item_id: str) -> QPoint | None:
        """The centre of an item's box (tests drag from here)."""
        for rect, hit, _facts in self._rects():
            if hit == item_id:
                return rect.center().toPoint()
        return None

    def point_at(self, day: date, clock: time) -> QPoint:
        cw = self._col_width()
        x = self.GUTTER + (day - self.start).days * cw + cw / 2
        return QPoint(int(x), int(self._y(clock.hour * 60 + clock.minute)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item_id = self.item_at(pos)
        if not item_id:
            return
        self.select(item_id)
        self.itemSelected.emit(item_id)
        if self.model.kind_of(item_id) == "share" and event.button() == Qt.MouseButton.LeftButton:
            self._drag_id, self._drag_origin = item_id, pos

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_id and self._drag_origin is not None:
            pos = event.position().toPoint()
            if (pos - self._drag_origin).manhattanLength() >= 4 or self._drag_pos is not None:
                self._drag_pos = pos
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item_id, dragged = self._drag_id, self._drag_pos is not None
        self._drag_id, self._drag_origin, self._drag_pos = "", None, None
        if item_id and dragged:
            target = self.time_at(event.position().toPoint(), item_id)
            if target is not None:
                self.moveRequested.emit(item_id, target)
        self.update()


def zone_label(zone: str) -> str:
    return zone.replace("_", " ") if zone else ""


def month_days(year: int, month: int) -> int:
    return pycalendar.monthrange(year, month)[1]


__all__ = ["MonthView", "WeekView", "ZoneInfo"]
