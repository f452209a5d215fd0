"""UI: the Results page — a campaign's dashboard (targets vs actual, breakdowns, trend, best content), the
recognition board as privacy allows, imports, chart export (PNG) and the results reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui import i18n
from ghostdesk.ui.models.result_board_model import ResultBoardModel
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.widgets.result_charts import ChartBar, ChartSeries, ResultBarChart, ResultLineChart

if TYPE_CHECKING:
    from ghostdesk.ui.widgets.result_entry_grid import ResultEntryGrid

translate = QCoreApplication.translate
ACTOR = "app"
GRID_TAB = 1  # "Enter figures"
# The dashboard sums every figure of the campaign in Python: about 0.4 s for 2,500 figures rows. From this many
# rows it is computed on a worker connection while the page says so.
BACKGROUND_FROM = 1000
BOARD_SIZING_ROWS = 100


def _n(value: float) -> str:
    """A count with the interface language's digit grouping."""
    return QLocale().toString(round(value))


def _metric_label(metric: str) -> str:
    return {
        "reach": translate("ResultsPage", "Reach"),
        "impressions": translate("ResultsPage", "Impressions"),
        "reactions": translate("ResultsPage", "Reactions"),
        "comments": translate("ResultsPage", "Comments"),
        "reposts": translate("ResultsPage", "Reposts"),
        "clicks": translate("ResultsPage", "Clicks"),
        "conversions": translate("ResultsPage", "Conversions"),
        "shares": translate("ResultsPage", "Shares"),
        "engagement": translate("ResultsPage", "Engagement"),
        "points": translate("ResultsPage", "Points"),
    }.get(metric, metric)


class _Figure(QFrame):
    """UI: one headline figure (big number, small caption)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class ResultsPage(Page):
    """UI: campaign picker and actions on top; the dashboard and the board in a scroll area below."""

    def __init__(self) -> None:
        super().__init__()
        self.context = None
        self._stale = False
        self._summary = None
        self._board = None
        self._showing = 0  # bumped at every campaign shown: a dashboard computed for an older one is dropped
        self._after_paint = None  # a worker to start once the page's "reading" screen has been painted
        self.import_task = None
        self.heading = self.make_heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.campaign_label = QLabel()
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("resultsCampaign")
        self.campaign_combo.setMinimumContentsLength(12)
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.report_button = QPushButton()
        self.rewards_button = QPushButton()
        self.rewards_button.setObjectName("resultsRewards")
        top = QHBoxLayout()
        top.addWidget(self.campaign_label)
        top.addWidget(self.campaign_combo, 1)
        actions = QHBoxLayout()  # on their own line: the page must fit an 800-px screen in every language
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.report_button)
        actions.addWidget(self.rewards_button)
        actions.addStretch(1)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.figures = {key: _Figure() for key in ("reach", "amplification", "clicks", "conversions")}
        grid = QGridLayout()
        for column, box in enumerate(self.figures.values()):
            grid.addWidget(box, 0, column)

        self.targets_chart = ResultBarChart()
        self.targets_chart.setObjectName("resultsTargets")
        self.breakdown_combo = QComboBox()
        self.breakdown_chart = ResultBarChart()
        self.breakdown_chart.setObjectName("resultsBreakdown")
        self.trend_chart = ResultLineChart()
        self.trend_chart.setObjectName("resultsTrend")
        self.best_heading = QLabel()
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.board_heading = QLabel()
        self.board_note = QLabel()
        self.board_note.setWordWrap(True)
        self.board_model = ResultBoardModel(self)
        self.board_table = QTableView()
        self.board_table.setObjectName("resultsBoard")
        self.board_table.setModel(self.board_model)
        self.board_table.verticalHeader().hide()
        self.board_table.setShowGrid(False)
        self.board_table.setAlternatingRowColors(True)
        self.board_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.board_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # The board is ranked and shown whole (its height fits every row): its columns are sized from the top
        # rows, not Qt's default 1,000 (reading 40,000 cells on a large campaign each time the board is filled).
        header.setResizeContentsPrecision(BOARD_SIZING_ROWS)
        self.executives_label = QLabel()
        self.executives_label.setWordWrap(True)
        for label in (self.best_heading, self.board_heading):
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.addWidget(self.empty_label)
        self.reading_label = QLabel()
        self.reading_label.hide()
        body.addWidget(self.reading_label)
        body.addLayout(grid)
        body.addSpacing(6)
        body.addWidget(self.targets_chart)
        row = QHBoxLayout()
        self.breakdown_label = QLabel()
        row.addWidget(self.breakdown_label)
        row.addWidget(self.breakdown_combo)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.breakdown_chart)
        body.addWidget(self.trend_chart)
        body.addWidget(self.best_heading)
        body.addWidget(self.best_label)
        body.addSpacing(6)
        body.addWidget(self.board_heading)
        body.addWidget(self.board_note)
        body.addWidget(self.board_table)
        body.addWidget(self.executives_label)
        body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(top)
        layout.addLayout(actions)
        # The entry grid (its module, model and table) is built when its tab is first shown: a placeholder
        # holds its place until then (see `entry_grid`).
        self._entry_grid: ResultEntryGrid | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll, "")
        self.tabs.addTab(QWidget(), "")
        layout.addWidget(self.tabs, 1)

        self._grid_stale = False  # the entry grid waits for its tab to be shown before reading the campaign
        self.tabs.currentChanged.connect(lambda _i: self._load_grid())
        self.campaign_combo.currentIndexChanged.connect(lambda _i: self._on_campaign_chosen())
        self.breakdown_combo.currentIndexChanged.connect(lambda _i: self._fill_breakdown())
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_charts())
        self.report_button.clicked.connect(lambda: self.write_reports())
        self.rewards_button.clicked.connect(lambda: self.edit_rewards())
        self.retranslate_ui()

    # -- dialogs (tests patch these) ---------------------------------------------------------------
    @classmethod
    def ask_import_file(cls, parent: QWidget) -> tuple[Path, str] | None:
        path, _filter = QFileDialog.getOpenFileName(
            parent, translate("ResultsPage", "Import results"), "",
            translate("ResultsPage", "Analytics exports (*.csv *.xlsx)"),
        )  # fmt: skip
        if not path:
            return None
        if path.lower().endswith(".xlsx"):
            return Path(path), "linkedin"
        choices = [translate("ResultsPage", "Web analytics (UTM campaigns)"), translate("ResultsPage", "LinkedIn")]
        choice, ok = QInputDialog.getItem(parent, translate("ResultsPage", "Import results"),
                                          translate("ResultsPage", "What kind of file is this?"), choices, 0, False)  # fmt: skip
        return (Path(path), "utm" if choice == choices[0] else "linkedin") if ok else None

    @classmethod
    def ask_mapping(cls, parent: QWidget, missing: list[str], headers: list[str]) -> dict[str, str] | None:
        """One column per missing field (asked once: GhostDesk remembers it for files with these columns)."""
        mapping = {}
        for name in missing:
            column, ok = QInputDialog.getItem(
                parent, translate("ResultsPage", "Map a column"),
                translate("ResultsPage", "Which column holds “{0}”?").format(name), headers, 0, False,
            )  # fmt: skip
            if not ok:
                return None
            mapping[name] = column
        return mapping

    @classmethod
    def ask_discard(cls, parent: QWidget, count: int) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("ResultsPage", "Unsaved figures"),
            translate("ResultsPage", "Figures typed and not saved yet (rows: {0}). Discard them?").format(count),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_folder(cls, parent: QWidget, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(parent, title)
        return Path(folder) if folder else None

    @classmethod
    def show_message(cls, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    # -- state ---------------------------------------------------------------------------------------
    def set_workspace(self, context) -> None:
        # Built when shown: opening a workspace at start-up reads no results.
        self.context = context
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        # The campaign list and the figures' count come from the light lookup: the dashboard's code (and the
        # results domain it computes with) loads with the dashboard — on its worker for a large campaign.
        from ghostdesk.services import results_lookup

        self._stale = False
        current = self.campaign_combo.currentData()
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        if self.db is not None:
            for campaign in results_lookup.campaigns(self.db):
                self.campaign_combo.addItem(campaign.name, campaign.id)
        index = max(0, self.campaign_combo.findData(current))
        self.campaign_combo.setCurrentIndex(index if self.campaign_combo.count() else -1)
        self.campaign_combo.blockSignals(False)
        writable = self.writable
        self.import_button.setEnabled(writable)
        self.rewards_button.setEnabled(writable)
        self._show_campaign()

    def campaign_id(self) -> str:
        return self.campaign_combo.currentData() or ""

    def _on_campaign_chosen(self) -> None:
        dirty = len(self._entry_grid.model.dirty_rows()) if self._entry_grid is not None else 0
        if dirty and self.campaign_id() != self.entry_grid.campaign_id and not self.ask_discard(self, dirty):
            self.campaign_combo.blockSignals(True)
            self.campaign_combo.setCurrentIndex(max(0, self.campaign_combo.findData(self.entry_grid.campaign_id)))
            self.campaign_combo.blockSignals(False)
            return
        self._show_campaign()

    def _show_campaign(self) -> None:
        from ghostdesk.services import results_lookup

        campaign_id = self.campaign_id()
        has = bool(campaign_id) and self.db is not None
        self._showing += 1
        showing = self._showing
        grid = self._entry_grid
        same = grid is not None and campaign_id == grid.campaign_id and self.db is grid.db
        if not same or not grid.model.dirty_rows():
            # A refresh (after an import, the Rewards dialog …) keeps figures typed and not saved yet. The grid
            # (every planned share of the campaign: a second on the large workspace) is read when its tab shows.
            self._grid_stale = True
            self._load_grid()
        workspace = self.workspace
        if not has or workspace is None or results_lookup.figure_count(self.db, campaign_id) < BACKGROUND_FROM:
            self._dashboard_arrived(showing, _dashboard(self.db, campaign_id) if has else None)
            return
        from ghostdesk.ui.tasks import run_in_background

        def work(_task):
            db = workspace.connect_worker()
            try:
                return _dashboard(db, campaign_id)
            finally:
                db.close()

        def failed(exc: BaseException) -> None:
            if showing == self._showing:
                self.reading_label.setText(self.tr("The results could not be read: {0}").format(exc))

        self.empty_label.hide()
        for widget in (self.targets_chart, self.breakdown_chart, self.trend_chart, self.board_table):
            widget.hide()
        self.executives_label.setText("")
        self.reading_label.setText(self.tr("Reading the campaign's results…"))
        self.reading_label.show()
        self.export_button.setEnabled(False)
        self.report_button.setEnabled(False)

        def start() -> None:
            if showing == self._showing:  # (not if another campaign was chosen before the paint)
                run_in_background(work, lambda found: self._dashboard_arrived(showing, found), failed)

        # The worker (pure Python, holding the interpreter most of the time) starts once the page has painted
        # this screen: started at once, it slowed the first paint it does not need.
        self._after_paint = start
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        start, self._after_paint = self._after_paint, None
        if start is not None:
            QTimer.singleShot(0, start)  # after this paint, children included

    def _dashboard_arrived(self, showing: int, found: tuple | None) -> None:
        if showing != self._showing:
            return  # another campaign (or workspace) was chosen meanwhile
        has = found is not None
        self._summary, self._board, executives = found if has else (None, None, [])
        self.reading_label.hide()
        self.export_button.setEnabled(has)
        self.report_button.setEnabled(has)
        self.empty_label.setVisible(not has)
        for widget in (self.targets_chart, self.breakdown_chart, self.trend_chart, self.board_table):
            widget.setVisible(has)
        self._fill_figures()
        self._fill_targets()
        self._fill_breakdown()
        self._fill_trend()
        self._fill_best()
        self._fill_board()
        lines = [
            self.tr("{0}: {1} on their own posts; ambassadors reached ×{2} that.").format(
                e.name, i18n.count(round(e.metrics.impressions), self.tr("{0} impression"), self.tr("{0} impressions")),
                f"{e.amplification:.1f}")
            for e in executives
        ]  # fmt: skip
        self.executives_label.setText(
            (self.tr("Executives (their own board)") + "\n" + "\n".join(lines)) if lines else ""
        )
        # Charts and the board just appeared: lay the dashboard out now, so no paint shows them on top of
        # each other at their old (hidden) places before the queued layout requests run.
        self.scroll.widget().layout().activate()

    @property
    def entry_grid(self) -> ResultEntryGrid:
        """The manual entry grid, built (in place of its tab's placeholder) the first time it is asked for."""
        if self._entry_grid is None:
            from ghostdesk.ui.widgets.result_entry_grid import ResultEntryGrid

            grid = ResultEntryGrid()
            grid.actor = ACTOR
            grid.saved.connect(lambda _n: self._show_campaign())
            current, text = self.tabs.currentIndex(), self.tabs.tabText(GRID_TAB)
            placeholder = self.tabs.widget(GRID_TAB)
            self.tabs.blockSignals(True)  # the same tab, with its real page: not a change of tab
            self.tabs.removeTab(GRID_TAB)
            self.tabs.insertTab(GRID_TAB, grid, text)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
            self._entry_grid = grid
        return self._entry_grid

    def _load_grid(self) -> None:
        """Fill the entry grid if it waits for a reload and its tab is the one on screen."""
        hidden = self.tabs.currentIndex() != GRID_TAB
        typed = self._entry_grid is not None and bool(self._entry_grid.model.dirty_rows())
        if not self._grid_stale or (hidden and not typed):
            return  # (typed figures the user agreed to discard go at once, not when the tab is next shown)
        self._grid_stale = False
        workspace = self.workspace
        self.entry_grid.load(self.db, self.campaign_id(), writable=workspace is not None and not workspace.read_only)

    # -- filling ---------------------------------------------------------------------------------------
    def _fill_figures(self) -> None:
        s = self._summary
        values = {
            "reach": _n(s.ambassador_reach) if s else "—",
            "amplification": "×" + QLocale().toString(s.amplification, "f", 1) if s and s.amplification else "—",
            "clicks": _n((s.ambassador_totals + s.executive_totals).clicks) if s else "—",
            "conversions": _n((s.ambassador_totals + s.executive_totals).conversions) if s else "—",
        }
        for key, box in self.figures.items():
            box.value.setText(values[key])

    def _fill_targets(self) -> None:
        s = self._summary
        bars = [
            ChartBar(_metric_label(t.metric), t.actual, f"{_n(t.actual)} / {_n(t.target)}", t.target)
            for t in (s.targets if s else ())
        ]
        self.targets_chart.set_bars(bars)

    def _fill_breakdown(self) -> None:
        s = self._summary
        key = self.breakdown_combo.currentData() or "market"
        slices = {"market": s.by_market, "network": s.by_network, "wave": s.by_wave}.get(key, ()) if s else ()
        bars = [
            ChartBar(sl.label or self.tr("(no wave)"), sl.reach, self.tr("{0} reach · {1}").format(
                _n(sl.reach), i18n.count(round(sl.metrics.clicks), self.tr("{0} click"), self.tr("{0} clicks"))))
            for sl in slices
        ]  # fmt: skip
        self.breakdown_chart.set_bars(bars)

    def _fill_trend(self) -> None:
        s = self._summary
        days = list(s.trend) if s else []
        reach = tuple(float(d.reach) for d in days)
        clicks = tuple(float(d.metrics.clicks) for d in days)
        peak = self.tr("max {0}")
        self.trend_chart.set_data(
            [i18n.short_date(d.key) for d in days],  # 11/03/2027 in French, not 2027-03-11
            [
                ChartSeries(self.tr("Reach"), reach, peak.format(_n(max(reach, default=0)))),
                ChartSeries(self.tr("Clicks"), clicks, peak.format(_n(max(clicks, default=0)))),
            ],
        )

    def _fill_best(self) -> None:
        s = self._summary
        items = list(s.best_content[:3]) if s else []
        self.best_label.setText(
            "\n".join(
                self.tr("{0}. {1} — {2}").format(
                    i,
                    c.label,
                    i18n.count(round(c.metrics.engagement), self.tr("{0} engagement"), self.tr("{0} engagements")),
                )
                for i, c in enumerate(items, start=1)
            )
            or self.tr("No content figures yet.")
        )

    def _fill_board(self) -> None:
        board = self._board
        if board is None:
            self.board_model.set_entries([])
            self.board_note.setText("")
            return
        if not board.ranking_enabled:
            self.board_model.set_entries([])
            self.board_table.setVisible(False)
            self.board_note.setText(
                self.tr(
                    "Per-person ranking is off for this workspace (works-council mode): only group totals are shown."
                )
            )
            return
        self.board_model.set_entries(board.entries)
        rows = max(1, len(board.entries))
        self.board_table.setFixedHeight(
            self.board_table.horizontalHeader().sizeHint().height()
            + rows * self.board_table.verticalHeader().defaultSectionSize()
            + 4
        )
        note = self.tr(
            "Points weigh what each share did against the size of its network. Names appear only for people who chose it."
        )
        if board.hidden:
            note += " " + self.tr("People taking part who chose not to appear: {0}.").format(board.hidden)
        self.board_note.setText(note)

    # -- actions ---------------------------------------------------------------------------------------
    def import_file(self) -> None:
        if self.db is None:
            return
        chosen = self.ask_import_file(self)
        if chosen is None:
            return
        self._run_import(*chosen, {})

    def _run_import(self, path: Path, fmt: str, mapping: dict[str, str]) -> None:
        """Read and import on a worker thread with its own connection; the answer comes back here."""
        from ghostdesk.services import results_import
        from ghostdesk.ui.tasks import run_in_background

        workspace = self.workspace
        if workspace is None:
            return
        title = self.tr("Import results")

        def work(_handle):
            db = workspace.connect_worker()
            try:
                return results_import.import_file(db, path, fmt, actor=ACTOR, mapping=mapping)
            finally:
                db.close()

        def done(report) -> None:
            self.import_task = None
            if report.already_imported:
                text = self.tr("This file was imported before; nothing was counted twice.")
            else:
                text = self.tr("{0}, {1}, {2}.").format(
                    i18n.count(report.added, self.tr("{0} added", "one row"), self.tr("{0} added", "rows")),
                    i18n.count(report.replaced, self.tr("{0} updated", "one row"), self.tr("{0} updated", "rows")),
                    i18n.count(report.ignored, self.tr("{0} ignored", "one row"), self.tr("{0} ignored", "rows")),
                )
            self.reload()
            self.show_message(self, title, text)

        def failed(exc: BaseException) -> None:
            from ghostdesk.domain.results import ResultsFileUnreadable, ResultsMappingNeeded, ResultsRejected

            self.import_task = None
            if isinstance(exc, ResultsRejected):
                errors = sorted(exc.report.errors, key=lambda e: e.line)  # in file order, as the person fixes them
                lines = [
                    self.tr("Line {0}: {1} ({2})").format(e.line, self._reason(e.reason), e.value) for e in errors[:12]
                ]
                if len(errors) > 12:
                    lines.append(self.tr("… and {0} more rows.").format(len(errors) - 12))
                self.show_message(
                    self,
                    title,
                    self.tr("Nothing was imported. Fix these rows and import again:") + "\n" + "\n".join(lines),
                )
            elif isinstance(exc, ResultsMappingNeeded):
                missing = [m for m in exc.fields.get("missing", []) if m not in mapping]
                chosen = self.ask_mapping(self, missing, list(exc.fields.get("headers", []))) if missing else None
                if chosen:
                    self._run_import(path, fmt, {**mapping, **chosen})
            elif isinstance(exc, ResultsFileUnreadable):
                self.show_message(self, title, self.unreadable_text(exc.fields.get("reason", "")))
            elif isinstance(exc, GhostDeskError):
                self.show_message(self, title, self.tr("The file could not be imported: {0}").format(exc.message))
            else:
                raise exc

        self.import_task = run_in_background(work, done, failed)

    def unreadable_text(self, reason: str) -> str:
        """A file that cannot be read as figures, in the interface's language (the error's own words are English)."""
        texts = {
            "binary": self.tr("This is not a CSV or .xlsx file GhostDesk can read: it does not hold text."),
            "encoding": self.tr(
                "The file's characters cannot be read. Save it as CSV (UTF-8) or .xlsx and import again."
            ),
            "old_excel": self.tr("This is an old Excel (.xls) file. Save it as .xlsx or CSV and import again."),
            "xlsx": self.tr("This .xlsx workbook cannot be read; it may be damaged. Save it again from Excel."),
            "empty": self.tr("The file holds no rows to import."),
            "import_empty": self.tr("The file holds no rows to import."),
            "too_many_rows": self.tr("The file is too large. Split it into smaller files and import each one."),
            "too_large": self.tr("The file is too large. Split it into smaller files and import each one."),
            "import_too_many_rows": self.tr("The file is too large. Split it into smaller files and import each one."),
            "import_too_large": self.tr("The file is too large. Split it into smaller files and import each one."),
            "columns": self.tr("The file has too many columns to be an analytics export."),
            "os": self.tr("The file cannot be read. Check that it is still there and that you may open it."),
        }
        text = texts.get(reason, self.tr("The file cannot be read as figures."))
        return text + " " + self.tr("Nothing was imported.")

    def _reason(self, code: str) -> str:
        return {
            "bad_number": self.tr("not a whole number"),
            "bad_date": self.tr("not a date"),
            "missing_campaign": self.tr("no campaign"),
            "missing_ambassador": self.tr("no ambassador id"),
            "unknown_campaign": self.tr("unknown campaign"),
            "unknown_ambassador": self.tr("unknown ambassador"),
            "duplicate": self.tr("the same post twice"),
            "broken_quoting": self.tr("unreadable quoting"),
        }.get(code, code)

    def edit_rewards(self) -> None:
        """Points rules, badges, contests and works-council mode (see dialogs/result_rewards.py)."""
        from ghostdesk.ui.dialogs.result_rewards import RewardsDialog

        if self.db is None:
            return
        if RewardsDialog.edit(self, self.db, actor=ACTOR, campaign_id=self.campaign_id()):
            self._show_campaign()

    def charts(self) -> dict[str, ResultBarChart | ResultLineChart]:
        return {"targets": self.targets_chart, "breakdown": self.breakdown_chart, "trend": self.trend_chart}

    def export_charts(self) -> list[Path]:
        folder = self.ask_folder(self, self.tr("Export charts as PNG"))
        if folder is None or not self.campaign_id():
            return []
        written = []
        for name, chart in self.charts().items():
            path = folder / f"results-{name}.png"
            if chart.save_png(path):
                written.append(path)
        self.show_message(
            self,
            self.tr("Export charts as PNG"),
            i18n.count(len(written), self.tr("{0} chart saved in {1}."), self.tr("{0} charts saved in {1}."), folder),
        )
        return written

    def write_reports(self) -> list[Path]:
        from ghostdesk.services import results_report

        folder = self.ask_folder(self, self.tr("Write results reports"))
        if folder is None or self.db is None or not self.campaign_id():
            return []
        try:
            paths = results_report.write_reports(self.db, self.campaign_id(), folder)
        except (GhostDeskError, OSError) as exc:
            self.show_message(
                self, self.tr("Write results reports"), self.tr("The reports could not be written: {0}").format(exc)
            )
            return []
        self.show_message(
            self,
            self.tr("Write results reports"),
            i18n.count(
                len(paths), self.tr("{0} document written in {1}."), self.tr("{0} documents written in {1}."), folder
            ),
        )
        return paths

    # -- words -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Results"))
        self.intro.setText(self.tr("What each campaign achieved, and who helped — as each person chose to appear."))
        self.campaign_label.setText(self.tr("Campaign:"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export charts…"))
        self.report_button.setText(self.tr("Write reports…"))
        self.rewards_button.setText(self.tr("Rewards…"))
        self.tabs.setTabText(0, self.tr("Dashboard"))
        self.tabs.setTabText(1, self.tr("Enter figures"))
        self.empty_label.setText(
            self.tr("No results yet. Import a web-analytics or LinkedIn export to see a campaign here.")
        )
        captions = {
            "reach": self.tr("Ambassadors' reach"),
            "amplification": self.tr("Amplification"),
            "clicks": self.tr("Clicks"),
            "conversions": self.tr("Conversions"),
        }
        for key, box in self.figures.items():
            box.caption.setText(captions[key])
        self.targets_chart.set_title(self.tr("Targets vs actual"))
        self.targets_chart.set_empty_text(self.tr("This campaign has no targets."))
        self.breakdown_label.setText(self.tr("Reach by:"))
        current = self.breakdown_combo.currentData()
        self.breakdown_combo.blockSignals(True)
        self.breakdown_combo.clear()
        for key, label in (("market", self.tr("Market")), ("network", self.tr("Network")), ("wave", self.tr("Wave"))):
            self.breakdown_combo.addItem(label, key)
        self.breakdown_combo.setCurrentIndex(max(0, self.breakdown_combo.findData(current)))
        self.breakdown_combo.blockSignals(False)
        self.breakdown_chart.set_empty_text(self.tr("No shares recorded yet."))
        self.trend_chart.set_title(self.tr("Over time"))
        self.trend_chart.set_empty_text(self.tr("No dated figures yet."))
        self.best_heading.setText(self.tr("Best content"))
        self.board_heading.setText(self.tr("Recognition board"))
        if self.context is not None and not self._stale:
            self._show_campaign()


def _dashboard(db, campaign_id: str) -> tuple:
    """(summary, board, executives' board) for a campaign, its figures read once. Any thread, its own `db`."""
    from ghostdesk.services import results, results_lookup, results_summary

    figures = results.figures(db, campaign_id)
    lookup = results_lookup.lookup_for(db)
    return (
        results_summary.summary(db, campaign_id, lookup, figures=figures),
        results.board(db, campaign_id, figures=figures),
        results.executive_board(db, campaign_id, lookup, figures=figures),
    )
