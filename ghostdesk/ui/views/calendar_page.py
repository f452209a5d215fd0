"""UI: the Calendar page — a campaign's executive posts and ambassador shares by month, week or agenda;
times in a chosen zone or each item's own; filters; drag to reschedule (re-validated); approve or reject."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.campaigns import ApprovalState, CalendarItem, ItemType
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui.dialogs.calendar_prompts import CalendarPrompts
from ghostdesk.ui.i18n import count
from ghostdesk.ui.models.calendar_model import ID_ROLE, LOCAL, CalendarModel, network_name
from ghostdesk.ui.views import calendar_texts as texts
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.widgets.campaign_combo import fill_campaign_combo

VIEWS = ("month", "week", "agenda")
# Holidays and the wave plan's state are loaded on workers this long after a load, once the first screen is
# painted, so their threads do not compete with it for the interpreter.
AFTER_PAINT_MS = 150
ZONES = ("UTC", "America/New_York", "Europe/Paris", "Europe/Berlin", "Asia/Tokyo", "Asia/Shanghai")


def _day_text(day: date, pattern: str) -> str:
    """A date in the interface's language (month and weekday names from the locale)."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


class CalendarPage(Page):
    """UI: the comms manager's main screen."""

    def __init__(self) -> None:
        super().__init__()
        self.context = None
        self.campaign_id = ""
        self.model = CalendarModel(self)
        self.anchor = date.today()  # the day the month / week shown contains
        self._week = None
        self._slots = []  # the campaign's executive posts (CalendarItems, few)
        self._window: tuple[datetime, datetime] | None = None  # the UTC range of the shares in the model
        self._holiday_years: dict[int, dict | None] = {}
        self._holiday_markets: tuple[str, ...] = ()
        self._holiday_language = ""  # the interface language the holidays' names were read in
        self._after_paint = QTimer(self, singleShot=True, interval=AFTER_PAINT_MS)
        self._after_paint.timeout.connect(self._after_first_paint)
        self._build()
        self.retranslate_ui()
        self._update_actions()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        top = QHBoxLayout()
        self.heading = self.make_heading()
        top.addWidget(self.heading)
        self.campaign_combo = self._combo(8)
        self.campaign_combo.currentIndexChanged.connect(self._on_campaign)
        top.addWidget(self.campaign_combo, 1)
        self.new_button = QPushButton(clicked=self.new_campaign)
        self.edit_button = QPushButton(clicked=self.edit_campaign)
        self.plan_button = QPushButton(clicked=self.plan_again)
        self.posts_button = QPushButton(clicked=self.choose_posts)
        self.waves_button = QPushButton(clicked=self.edit_waves)
        self.files_button = QPushButton()
        self.files_menu = QMenu(self.files_button)
        self.ics_action = self.files_menu.addAction("", self.export_ics)
        self.brief_action = self.files_menu.addAction("", self.export_brief)
        self.files_menu.addSeparator()
        self.review_action = self.files_menu.addAction("", self.export_review)
        self.decisions_action = self.files_menu.addAction("", self.import_decisions)
        self.files_button.setMenu(self.files_menu)
        for button in (self.new_button, self.edit_button, self.plan_button):
            top.addWidget(button)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.view_combo = self._combo(5)
        self.view_combo.currentIndexChanged.connect(self._on_view)
        self.prev_button = QPushButton("‹", clicked=lambda: self._step(-1))
        self.today_button = QPushButton(clicked=self._go_first)
        self.next_button = QPushButton("›", clicked=lambda: self._step(1))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(28)
        self.period_label = QLabel()
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.zone_combo = self._combo(16)
        self.zone_combo.currentIndexChanged.connect(lambda _i: self._on_zone())
        for w in (self.view_combo, self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.zone_combo)
        layout.addLayout(bar)

        filters = QHBoxLayout()
        self.market_combo, self.network_combo, self.state_combo = self._combo(4), self._combo(4), self._combo(5)
        for key, combo in (("market", self.market_combo), ("network", self.network_combo), ("state", self.state_combo)):
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self._on_filter(k, c.currentData() or ""))
            filters.addWidget(combo, 1)
        from ghostdesk.ui.widgets.elided_label import ElidedLabel

        self.summary_label = ElidedLabel()  # "18 posts, 1…" at 800 px, not "18 p"
        filters.addWidget(self.summary_label, 2)
        filters.addWidget(self.posts_button)
        filters.addWidget(self.waves_button)
        filters.addWidget(self.files_button)
        layout.addLayout(filters)

        from ghostdesk.ui.widgets.calendar_views import MonthView

        self.stack = QStackedWidget()
        self.month = MonthView(self.model)
        self.month.itemSelected.connect(self._select)
        self.month.daySelected.connect(self._open_day)
        self.month.moveRequested.connect(self.move_item)
        self.week_scroll = QScrollArea()
        self.week_scroll.setWidgetResizable(True)
        self._agenda: QTableView | None = None  # built the first time it is shown (`agenda`)
        self.stack.addWidget(self.month)
        self.stack.addWidget(self.week_scroll)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(10, 0, 0, 0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side_layout.addWidget(self.detail, 1)
        self.approve_button = QPushButton(clicked=self.approve_selected)
        self.reject_button = QPushButton(clicked=self.reject_selected)
        self.approve_campaign_button = QPushButton(clicked=self.approve_campaign)
        for b in (self.approve_button, self.reject_button, self.approve_campaign_button):
            side_layout.addWidget(b)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        side.setMinimumWidth(190)
        layout.addWidget(self.splitter, 1)
        self.selected_id = ""

    def _combo(self, length: int) -> QComboBox:
        """A combo `length` letters wide whose current text, when longer, ends in "…" (it was cut mid-letter:
        "Heure locale de cha", "Toutes les validat")."""
        from ghostdesk.ui.widgets.elided_combo import ElidedComboBox

        return ElidedComboBox(letters=length)

    def week_view(self):
        """The week grid, built the first time it is shown."""
        if self._week is None:
            from ghostdesk.ui.widgets.calendar_views import WeekView

            self._week = WeekView(self.model)
            self._week.itemSelected.connect(self._select)
            self._week.moveRequested.connect(self.move_item)
            self._week.set_holidays(self.month.holidays)
            self._week.set_week(self.anchor)
            self.week_scroll.setWidget(self._week)
            self.week_scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._week.update())
        return self._week

    @property
    def agenda(self) -> QTableView:
        """The agenda table, built the first time it is shown (or asked for)."""
        if self._agenda is None:
            agenda = QTableView()
            agenda.setModel(self.model)
            agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            agenda.verticalHeader().setVisible(False)
            agenda.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            agenda.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            agenda.horizontalHeader().setStretchLastSection(True)
            for column, width in enumerate((215, 110, 60, 110, 150, 90)):
                agenda.setColumnWidth(column, width)
            agenda.clicked.connect(lambda index: self._select(index.data(ID_ROLE)))
            self._agenda = agenda
            self.stack.addWidget(agenda)  # after the month and the week: VIEWS order
            row = self.model.row_of(self.selected_id)
            if row >= 0:
                agenda.selectRow(row)
        return self._agenda

    # -- texts -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Calendar"))
        self.new_button.setText(self.tr("&New campaign…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.plan_button.setText(self.tr("&Plan again"))
        self.plan_button.setToolTip(self.tr("Plan the shares again from the roster, the variants and the markets"))
        self.files_button.setText(self.tr("Files"))
        self.posts_button.setText(self.tr("Posts…"))
        self.waves_button.setText(self.tr("Waves…"))
        self.waves_button.setToolTip(self.tr("When the waves of shares follow each executive post"))
        self.posts_button.setToolTip(self.tr("Choose the campaign's posts and their days"))
        self.ics_action.setText(self.tr("Export calendar (.ics)…"))
        self.brief_action.setText(self.tr("Export campaign brief (.docx)…"))
        self.review_action.setText(self.tr("Export review package…"))
        self.decisions_action.setText(self.tr("Import review decisions…"))
        self.today_button.setText(self.tr("Start"))
        self.today_button.setToolTip(self.tr("Go to the campaign's first post"))
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.approve_campaign_button.setText(self.tr("Approve &whole campaign"))
        self._fill_combo(self.view_combo, [(self.tr("Month"), "month"), (self.tr("Week"), "week"),
                                           (self.tr("Agenda"), "agenda")])  # fmt: skip
        self._fill_combo(self.zone_combo, [(self.tr("Local time of each item"), LOCAL)] + [(z, z) for z in ZONES])
        self._fill_combo(self.state_combo, [(self.tr("All approvals"), "")]
                         + [(texts.state_text(s), s.value) for s in ApprovalState])  # fmt: skip
        self._fill_filters()
        if self._holiday_language and self._holiday_language != QLocale().name():  # holidays named anew
            self._holiday_years = {}
            self._holiday_language = ""
            self._load_holidays()
        self._show_period()
        self._show_detail()

    def _fill_combo(self, combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, data in entries:
            combo.addItem(label, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_filters(self) -> None:
        self._fill_combo(self.market_combo, [(self.tr("All markets"), "")] + [(m, m) for m in self.model.markets()])
        self._fill_combo(
            self.network_combo, [(self.tr("All networks"), "")] + [(network_name(n), n) for n in self.model.networks()]
        )

    # -- workspace -------------------------------------------------------------------------------
    def set_workspace(self, context) -> None:
        self.context = context
        self.reload_campaigns()

    def reload_campaigns(self, select: str = "") -> None:
        fill_campaign_combo(self.campaign_combo, self.db, select or self.campaign_id)
        self._on_campaign()

    def _on_campaign(self, _index: int = 0) -> None:
        from ghostdesk.services import campaigns

        self.campaign_id = self.campaign_combo.currentData() or ""
        self.selected_id = ""
        self._slots = []
        self._window = None
        self._holiday_years = {}
        self._holiday_markets = ()
        self.month.set_holidays({})
        if self._week is not None:
            self._week.set_holidays({})
        first = None
        if self.db is not None and self.campaign_id:
            campaign = campaigns.get(self.db, self.campaign_id)
            self._holiday_markets = tuple(campaign.markets)
            found = campaigns.first_time(self.db, self.campaign_id)
            first = self._shown_date(found) if found is not None else date.fromisoformat(campaign.start)
        if first is not None:
            self._go(first)
        else:
            self.reload_items()
        self._fill_filters()
        self._update_actions()
        self._show_detail()

    def _shown_date(self, utc: datetime) -> date:
        return utc.astimezone(ZoneInfo(self.model.zone or "UTC")).date()

    def _grid_window(self) -> tuple[datetime, datetime]:
        """The UTC range the month grid of the anchor can show (a day of margin for any display zone)."""
        first = self.month.first_day()
        start = datetime.combine(first - timedelta(days=1), datetime.min.time(), tzinfo=UTC)
        return start, start + timedelta(days=self.month.DAYS + 2)

    def reload_items(self) -> None:
        """Read the visible month's shares (light rows) and the campaign's executive posts into the model; the
        wave plan's approval state is resolved when a share's state is first needed."""
        from ghostdesk.services import campaigns

        self._window = self._grid_window()
        if not (self.db is not None and self.campaign_id):
            self._slots = []
            self.model.set_items([])
        else:
            db, campaign_id = self.db, self.campaign_id
            self._slots = campaigns.calendar_slots(db, campaign_id)
            rows, conflicts = campaigns.calendar_shares(db, campaign_id, *self._window)
            first = self.month.first_day()
            self.model.set_calendar(self._slots, rows, conflicts, self._waves_resolver(db, campaign_id),
                                    window=self._window, days=(first, first + timedelta(days=self.month.DAYS)))  # fmt: skip
            if rows:
                self._waves_soon()
        self._summary()

    # -- the wave plan's approval state (a hash over every share): on a worker after the first paint ------
    @staticmethod
    def _waves_resolver(db, campaign_id: str):
        """The model's fallback when a share's state is needed before the worker answered."""
        from ghostdesk.services import campaigns

        def resolve() -> ApprovalState:
            try:
                return campaigns.waves_state(db, campaign_id)
            except sqlite3.ProgrammingError:  # the workspace was closed under a page left behind
                return ApprovalState.NOT_REVIEWED

        return resolve

    def _waves_soon(self) -> None:
        self._after_paint.start()

    def _load_waves_state(self) -> None:
        from ghostdesk.services import campaigns
        from ghostdesk.ui.tasks import run_in_background

        workspace = self.workspace
        if workspace is None or not self.campaign_id or self.model.waves_state_known():
            return
        model_key, campaign_id = self.model.generation(), self.campaign_id

        def work(_handle):
            db = workspace.connect_worker()  # never the GUI thread's connection
            try:
                return campaigns.waves_state(db, campaign_id)
            finally:
                db.close()

        def failed(error: BaseException) -> None:
            logging.getLogger(__name__).warning("Reading the wave plan's state on a worker failed: %r", error)
            self.model.resolve_waves_state_here(model_key)

        self._waves_task = run_in_background(work, lambda state: self.model.set_waves_state(state, model_key), failed)

    # -- holidays (after the first paint, on a worker; each market's year is built once per session) ------
    def _holidays_soon(self) -> None:
        self._after_paint.start()

    def _after_first_paint(self) -> None:
        """What the first screen does not need, once the GUI has painted it and is idle for a moment."""
        self._load_holidays()
        self._load_waves_state()

    def _load_holidays(self) -> None:
        from ghostdesk.services import campaigns
        from ghostdesk.ui.tasks import run_in_background

        if self.db is None or not self._holiday_markets:
            return
        first = self.month.first_day()
        years = {first.year, (first + timedelta(days=41)).year} - set(self._holiday_years)
        if not years:
            return
        profiles = campaigns.holiday_profiles(self.db, self._holiday_markets)
        for year in years:
            self._holiday_years[year] = None  # asked for (not again); None until it arrives
        language = self._holiday_language = QLocale().name()  # names in the interface's language when known
        key = (self.campaign_id, self._holiday_markets, language)

        wanted = tuple(sorted(years))

        def work(_handle):
            return {
                y: campaigns.holidays_from(profiles, date(y, 1, 1), date(y, 12, 31), language=language) for y in wanted
            }

        def failed(_error) -> None:  # no shading this time; asked again on the next navigation
            for year in wanted:
                if self._holiday_years.get(year, 0) is None:
                    del self._holiday_years[year]

        self._holiday_task = run_in_background(work, lambda found: self._holidays_loaded(key, found), failed)

    def _holidays_loaded(self, key: tuple, found: dict[int, dict]) -> None:
        if key != (self.campaign_id, self._holiday_markets, self._holiday_language):
            return  # another campaign since
        self._holiday_years.update(found)
        merged = {day: names for year in self._holiday_years.values() if year for day, names in year.items()}
        self.month.set_holidays(merged)
        if self._week is not None:
            self._week.set_holidays(merged)

    def holidays_ready(self) -> bool:
        """Every year the month grid shows has its holidays (tests wait for this)."""
        first = self.month.first_day()
        years = {first.year, (first + timedelta(days=41)).year}
        return all(self._holiday_years.get(y) is not None for y in years)

    def _summary(self) -> None:
        posts, shares, conflicts = self.model.counts()
        parts = [
            count(posts, self.tr("{0} post"), self.tr("{0} posts")),
            count(shares, self.tr("{0} share"), self.tr("{0} shares")),
        ]
        if conflicts:
            parts.append(count(conflicts, self.tr("{0} conflict"), self.tr("{0} conflicts")))
        self.summary_label.setText((self.tr("{0}, {1}, {2}") if conflicts else self.tr("{0}, {1}")).format(*parts))

    def _on_filter(self, key: str, value: str) -> None:
        self.model.set_filter(key, value)
        self._summary()

    # -- navigation ------------------------------------------------------------------------------
    def current_view(self) -> str:
        return self.view_combo.currentData() or "month"

    def set_view(self, name: str) -> None:
        self.view_combo.setCurrentIndex(self.view_combo.findData(name))

    def _on_view(self, _index: int = 0) -> None:
        name = self.current_view()
        if name == "week":
            self.week_view()
            QTimer.singleShot(0, self._scroll_week_to_morning)  # once the grid has its height
        elif name == "agenda":
            self.agenda  # noqa: B018 - built on first use
        self.stack.setCurrentIndex(VIEWS.index(name))
        self._show_period()

    def _scroll_week_to_morning(self) -> None:
        if self._week is not None and self.current_view() == "week":
            self.week_scroll.verticalScrollBar().setValue(self._week.first_busy_y())

    def _on_zone(self) -> None:
        self.model.set_zone(self.zone_combo.currentData() or LOCAL)
        self.month.update()
        if self._week is not None:
            self._week.update()

    def _go(self, day: date) -> None:
        self.anchor = day
        self.month.set_month(day.year, day.month)
        if self._week is not None:
            self._week.set_week(day)
        if self._window != self._grid_window():
            self.reload_items()
            self._holidays_soon()
        self._show_period()

    def _go_first(self) -> None:
        from ghostdesk.services import campaigns

        found = campaigns.first_time(self.db, self.campaign_id) if self.db and self.campaign_id else None
        if found is not None:
            self._go(self._shown_date(found))

    def _step(self, direction: int) -> None:
        if self.current_view() == "week":
            self._go(self.anchor + timedelta(days=7 * direction))
        else:
            month = self.anchor.month - 1 + direction
            self._go(date(self.anchor.year + month // 12, month % 12 + 1, 1))

    def _open_day(self, day: date) -> None:
        self._go(day)
        self.set_view("week")

    def _show_period(self) -> None:
        if self.current_view() == "week":
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            sunday = monday + timedelta(days=6)
            self.period_label.setText(f"{_day_text(monday, 'd MMM')} – {_day_text(sunday, 'd MMM yyyy')}")
        elif self.current_view() == "agenda":  # the items of the month grid's days, first to last
            first = self.month.first_day()
            last = first + timedelta(days=self.month.DAYS - 1)
            self.period_label.setText(f"{_day_text(first, 'd MMM')} – {_day_text(last, 'd MMM yyyy')}")
        else:
            self.period_label.setText(_day_text(self.anchor, "MMMM yyyy"))

    # -- selection and details -------------------------------------------------------------------
    def _select(self, item_id: str) -> None:
        self.selected_id = item_id or ""
        self.month.select(self.selected_id)
        if self._week is not None:
            self._week.select(self.selected_id)
        row = self.model.row_of(self.selected_id) if self._agenda is not None else -1
        if row >= 0:
            self._agenda.selectRow(row)
        self._update_actions()
        self._show_detail()

    def selected_item(self) -> CalendarItem | None:
        return self.model.item(self.selected_id) if self.selected_id else None

    def _show_detail(self) -> None:
        item = self.selected_item()
        if item is None and self.db is not None and not self.campaign_id:  # an empty workspace: where to start
            self.detail.setText(
                self.tr(
                    "No campaign yet. Create one with New campaign…: its dates, markets and targets. Then choose "
                    "its posts with Posts… and plan the ambassadors' shares with Plan again."
                )
            )
            return
        if item is None:
            self.detail.setText(self.tr("Select a post or a share to see it here. Drag a share in the week view "
                                        "to another time, or in the month view to another day; the move is "
                                        "checked against the planner's rules."))  # fmt: skip
            return
        shown = self.model.shown_time(item)
        own = item.utc.astimezone(ZoneInfo(item.time_zone))
        lines = [f"<b>{texts.kind_text(item.kind)}</b> — {item.market}, {network_name(item.network)}"]
        if item.who:
            lines.append(self.tr("{0}, {1} wave").format(item.who, item.wave))
        lines.append(f"{_day_text(shown.date(), 'ddd d MMM yyyy')} {shown:%H:%M} {shown.tzname()}")
        if own.tzname() != shown.tzname():
            own_text = f"{_day_text(own.date(), 'ddd d MMM')} {own:%H:%M} {own.tzname()} ({item.time_zone})"
            lines.append(self.tr("Local: {0}").format(own_text))
        lines.append(self.tr("Approval: {0}").format(f"<b>{texts.state_text(item.state)}</b>"))
        if item.state == ApprovalState.CHANGED:
            lines.append(self.tr("The content changed since it was approved; it needs a new approval."))
        if item.holiday:
            lines.append(self.tr("Public holiday: {0}").format(item.holiday))
        if item.moved:
            lines.append(self.tr("Moved by hand."))
        lines += [f"⚠ {texts.reason_text(c)}" for c in item.conflicts]
        if item.kind == "share":
            lines.append(self.tr("<i>Approving a share approves the whole wave plan.</i>"))
        self.detail.setText("<br>".join(lines))

    def _update_actions(self) -> None:
        has_campaign = bool(self.campaign_id) and self.db is not None
        self.edit_button.setEnabled(has_campaign and self.writable)
        self.plan_button.setEnabled(has_campaign and self.writable)
        self.new_button.setEnabled(self.writable)
        self.files_button.setEnabled(has_campaign and bool(self._slots))
        self.posts_button.setEnabled(has_campaign and self.writable)
        self.waves_button.setEnabled(has_campaign and self.writable)
        self.decisions_action.setEnabled(self.writable)
        self.review_action.setEnabled(self.writable)
        self.approve_campaign_button.setEnabled(has_campaign and self.writable and bool(self._slots))
        chosen = self.selected_item() is not None and self.writable
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    # -- actions ---------------------------------------------------------------------------------
    def _fail(self, error: GhostDeskError) -> None:
        QMessageBox.warning(self, self.tr("Calendar"), str(error))

    def _item_key(self, item: CalendarItem) -> tuple[ItemType, str]:
        return (ItemType.SLOT, item.slot_id) if item.kind == "slot" else (ItemType.WAVES, self.campaign_id)

    def approve_selected(self) -> None:
        from ghostdesk.services import campaigns

        item = self.selected_item()
        if item is None:
            return
        kind, item_id = self._item_key(item)
        try:
            campaigns.approve(self.db, self.campaign_id, kind, item_id, actor=self.context.actor)
        except GhostDeskError as error:
            self._fail(error)
        self._refresh_keep_selection()

    def reject_selected(self) -> None:
        from ghostdesk.services import campaigns

        item = self.selected_item()
        if item is None:
            return
        comment = CalendarPrompts.reject_comment(self)
        if not comment:
            return
        kind, item_id = self._item_key(item)
        try:
            campaigns.reject(self.db, self.campaign_id, kind, item_id, actor=self.context.actor, comment=comment)
        except GhostDeskError as error:
            self._fail(error)
        self._refresh_keep_selection()

    def approve_campaign(self) -> None:
        from ghostdesk.services import campaigns

        try:
            campaigns.approve_all(self.db, self.campaign_id, actor=self.context.actor)
        except GhostDeskError as error:
            self._fail(error)
        self._refresh_keep_selection()

    def move_item(self, item_id: str, new_utc: datetime) -> bool:
        """Re-validate a dragged share; with conflicts, ask before moving it anyway."""
        from ghostdesk.services import campaigns

        item = self.model.item(item_id)
        if item is None or item.kind != "share" or not self.writable:
            return False
        try:
            conflicts = campaigns.check_move(self.db, item_id, new_utc)
            if conflicts:
                reasons = [texts.reason_text(str(c.reason), dict(c.facts)) for c in conflicts]
                if not CalendarPrompts.confirm_move(self, reasons):
                    return False
            campaigns.move_share(self.db, item_id, new_utc, actor=self.context.actor, force=True)
        except GhostDeskError as error:
            self._fail(error)
            return False
        self._refresh_keep_selection()
        return True

    def _refresh_keep_selection(self) -> None:
        keep = self.selected_id
        self.reload_items()
        self._select(keep if self.model.item(keep) else "")

    def _market_codes(self) -> list[str]:
        """The workspace's markets, for the campaign editor (the shipped five first, as the editor always had)."""
        from ghostdesk.services import markets

        try:
            codes = [entry.code for entry in markets.entries(self.db)]
        except GhostDeskError:
            return []
        shipped = ("US", "FR", "DE", "JP", "CN", "UK", "ES")
        return sorted(codes, key=lambda c: (shipped.index(c) if c in shipped else len(shipped), c))

    def new_campaign(self) -> None:
        from ghostdesk.services import campaigns
        from ghostdesk.ui.dialogs.campaign_editor import CampaignEditor  # loaded when first opened

        values = CampaignEditor.ask(self, markets=self._market_codes())
        if values is None:
            return
        try:
            campaign = campaigns.create(self.db, actor=self.context.actor, **values)
        except GhostDeskError as error:
            self._fail(error)
            return
        self.reload_campaigns(select=campaign.id)

    def edit_campaign(self) -> None:
        from ghostdesk.services import campaigns

        if not self.campaign_id:
            return
        current = campaigns.get(self.db, self.campaign_id)
        from ghostdesk.ui.dialogs.campaign_editor import CampaignEditor

        values = CampaignEditor.ask(self, current, markets=self._market_codes())
        if values is None:
            return
        try:
            campaigns.update(self.db, replace(current, **values), actor=self.context.actor)
        except GhostDeskError as error:
            self._fail(error)
            return
        self.reload_campaigns(select=current.id)

    def choose_posts(self) -> None:
        """Pick the posts and their days, then plan again so the calendar shows them."""
        from ghostdesk.domain.posts import PostFilter
        from ghostdesk.services import campaigns, posts
        from ghostdesk.ui.dialogs.campaign_posts import CampaignPostsDialog

        if not self.campaign_id:
            return
        workspace = self.context.workspace
        ids = posts.list_ids(workspace, PostFilter())
        rows = posts.rows(workspace, ids)
        choices = [(i, rows[i].title if i in rows else i) for i in ids]
        campaign = campaigns.get(self.db, self.campaign_id)
        chosen = CampaignPostsDialog.ask(self, campaign.id, choices, campaigns.posts(self.db, campaign.id),
                                         date.fromisoformat(campaign.start))  # fmt: skip
        if chosen is None:
            return
        try:
            campaigns.set_posts(self.db, campaign.id, chosen, actor=self.context.actor)
        except GhostDeskError as error:
            self._fail(error)
            return
        self.plan_again()
        self._go_first()

    def edit_waves(self) -> None:
        """Edit the wave templates, then plan again with them (refused templates change nothing)."""
        from ghostdesk.services import campaigns
        from ghostdesk.ui.dialogs.campaign_waves import CampaignWavesDialog

        if not self.campaign_id:
            return
        records = CampaignWavesDialog.ask(self, campaigns.templates(self.db, self.campaign_id))
        if records is None:
            return
        try:
            campaigns.set_templates(self.db, self.campaign_id, records, actor=self.context.actor)
        except GhostDeskError as error:
            self._fail(error)
            return
        self.plan_again()

    def plan_again(self) -> bool:
        """Plan from the roster, variants and markets; show what changes (and who was not planned, and why)
        and store the new plan only when the user applies it. True when it was stored."""
        from ghostdesk.services import campaigns
        from ghostdesk.ui.dialogs.campaign_plan_preview import PlanPreviewDialog

        if not self.campaign_id:
            return False
        stored = False
        try:
            preview = campaigns.preview_plan(self.db, self.campaign_id)
            if PlanPreviewDialog.ask(self, preview):
                campaigns.apply_preview(self.db, preview, actor=self.context.actor)
                stored = True
        except GhostDeskError as error:
            self._fail(error)
        self.reload_items()
        self._fill_filters()
        self._update_actions()
        return stored

    def _index_of(self, item_id: str) -> QModelIndex:
        return self.model.index(self.model.row_of(item_id), 0)

    # -- files -----------------------------------------------------------------------------------
    def _campaign_name(self) -> str:
        return self.campaign_combo.currentText() or "campaign"

    def export_ics(self) -> Path | None:
        from ghostdesk.services import campaign_files

        return self._export(self.tr("Export the calendar"), ".ics", self.tr("Calendar files (*.ics)"),
                            lambda target: campaign_files.export_ics(self.db, self.campaign_id, target))  # fmt: skip

    def export_brief(self) -> Path | None:
        from ghostdesk.services import campaign_files

        words = texts.brief_words()
        return self._export(self.tr("Export the campaign brief"), ".docx", self.tr("Word documents (*.docx)"),
                            lambda target: campaign_files.export_brief(self.db, self.campaign_id, target, words=words))  # fmt: skip

    def export_review(self) -> Path | None:
        from ghostdesk.services import campaign_files

        return self._export(self.tr("Export a review package"), ".review.json", self.tr("Review packages (*.json)"),
                            lambda target: campaign_files.export_review(self.db, self.campaign_id, target,
                                                                        actor=self.context.actor))  # fmt: skip

    def _export(self, title: str, suffix: str, file_filter: str, write: Callable[[Path], object]) -> Path | None:
        """Ask where (named after the campaign), write there; a failure is told and gives None."""
        target = CalendarPrompts.save_path(self, title, f"{self._campaign_name()}{suffix}", file_filter)
        if target is None:
            return None
        try:
            write(target)
        except (GhostDeskError, OSError) as error:
            self._fail(error)
            return None
        return target

    def import_decisions(self):
        from ghostdesk.services import campaign_files

        source = CalendarPrompts.open_path(self, self.tr("Import review decisions"),
                                           self.tr("Review decisions (*.json)"))  # fmt: skip
        if source is None:
            return None
        try:
            result = campaign_files.import_decisions(self.db, source, actor=self.context.actor)
        except GhostDeskError as error:
            if error.code == "review_package_invalid":
                CalendarPrompts.inform(self, self.tr("Review decisions"), texts.package_problem(error))
            else:
                self._fail(error)
            return None
        lines = [count(len(result.applied), self.tr("{0} decision applied."), self.tr("{0} decisions applied."))]
        if result.outdated:
            lines.append(
                count(
                    len(result.outdated),
                    self.tr("{0} decision not applied: the content changed since the review."),
                    self.tr("{0} decisions not applied: the content changed since the review."),
                )
            )
        if result.unknown:
            lines.append(
                count(
                    len(result.unknown),
                    self.tr("{0} decision not applied: no longer in the plan."),
                    self.tr("{0} decisions not applied: no longer in the plan."),
                )
            )
        CalendarPrompts.inform(self, self.tr("Review decisions"), "\n".join(lines))
        self._refresh_keep_selection()
        return result
