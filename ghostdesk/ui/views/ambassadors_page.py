"""UI: the Ambassadors page — the roster with filters, consent one click away, imports and data requests."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.ambassador import Ambassador, AmbassadorFilter, ConsentStatus
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.markets import profiles
from ghostdesk.services import ambassadors
from ghostdesk.ui.i18n import count
from ghostdesk.ui.models.ambassador_table import NETWORK_COLUMN, AmbassadorTableModel
from ghostdesk.ui.views import ambassador_texts as texts
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.widgets.elided_combo import ElidedComboBox
from ghostdesk.ui.widgets.flow_layout import FlowRow
from ghostdesk.ui.widgets.text_table import TextTableView


class _FilterCombo(ElidedComboBox):
    """A filter combo whose choices may be read late: `before_use()` runs before a click (a double click starts
    with one), a key or the wheel acts on it — what may open its list or change its choice. Overrides rather
    than an event filter, which would send every event of the combo into Python."""

    def __init__(self, before_use: Callable[[], None]) -> None:
        super().__init__(letters=5)
        self._before_use = before_use

    def mousePressEvent(self, event) -> None:
        self._before_use()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        self._before_use()
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        self._before_use()
        super().wheelEvent(event)

    def showPopup(self) -> None:  # opened otherwise (accessibility, a test): the whole list
        self._before_use()
        super().showPopup()


class _WrappedLabel(QLabel):
    """A word-wrapped label that works out its height for a width once per text. The window's layouts ask it for
    its height at a few widths hundreds of times while the page first shows (through each enclosing layout, and
    Qt's layout item keeps no such answer for a minimum), and each answer lays the whole text out again."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # a font, style or margin change: measured again
        self._heights.clear()
        super().changeEvent(event)


class AmbassadorsPage(Page):
    """UI: the roster and the consent register."""

    RESELECT_LIMIT = 50  # after a change re-reads the rows, at most this many people are selected again

    def __init__(self) -> None:
        super().__init__()
        self.context = None
        self.choices_pending = False  # the team, topic, group and market choices are read after the first paint
        self._known_counts = None  # the roster's totals, counted just now (set_workspace: counted once, not twice)
        self.model = AmbassadorTableModel(self._query_ids, self._load, self)
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=200, timeout=self._apply_filter)
        self.retranslate_ui()
        self._update_actions()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        top = QHBoxLayout()
        self.heading = self.make_heading()
        # On a narrow window (an 800-px screen, the longer French words) the counts wrap and the buttons go onto
        # further rows rather than widen the window or cut the counts off.
        self.counts_label = _WrappedLabel()
        # The buttons keep their row while there is room; the counts take what is left (and wrap), at least this:
        self.counts_label.setMinimumWidth(120)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.counts_label.setSizePolicy(policy)
        top.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addWidget(self.counts_label, 1)
        actions = FlowRow(align_right=True)
        self.add_button = QPushButton(clicked=self.add_person)
        self.import_button = QPushButton(clicked=self.import_file)
        self.export_button = QPushButton(clicked=self.export_roster)
        self.texts_button = QPushButton(clicked=self.edit_participation_texts)
        for button in (self.add_button, self.import_button, self.export_button, self.texts_button):
            actions.addWidget(button)
        top.addWidget(actions)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        filters.addWidget(self.search_edit, 2)
        # Sized to a short label, not the longest team name, so the window still fits small screens (the rest of
        # a long choice is elided).
        # The first four read their choices after the table's first paint, or when a person reaches for one first.
        self.market_combo, self.team_combo, self.topic_combo, self.group_combo = (
            _FilterCombo(self._fill_pending_choices) for _ in range(4)
        )
        self.consent_combo = ElidedComboBox(letters=5)
        for combo in (self.market_combo, self.team_combo, self.topic_combo, self.group_combo, self.consent_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        # Plain cells are painted straight from the model's ready texts (selected rows by Qt's delegate).
        # The viewport's size sets the rows read at once; its first paint after set_workspace reads the choices.
        self.table = TextTableView(
            self.model.cell, right_columns=(NETWORK_COLUMN,), resized=self._fit_rows, painted=self._painted
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures 20,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((160, 215, 55, 115, 115, 130, 75, 140)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(10, 0, 0, 0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.detail.setOpenExternalLinks(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        side_layout.addWidget(scroll, 1)
        self.opt_in_button = QPushButton(clicked=self.opt_in_selected)
        self.opt_out_button = QPushButton(clicked=self.opt_out_selected)
        self.group_button = QPushButton(clicked=self.group_selected)
        self.edit_button = QPushButton(clicked=self.edit_person)
        self.person_export_button = QPushButton(clicked=self.export_person)
        self.erase_button = QPushButton(clicked=self.erase_person)
        row = FlowRow()
        row.addWidget(self.opt_in_button)
        row.addWidget(self.opt_out_button)
        side_layout.addWidget(row)
        for button in (self.group_button, self.edit_button, self.person_export_button, self.erase_button):
            side_layout.addWidget(button)

        self.splitter = QSplitter()
        self.splitter.setObjectName("ambassadorsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([810, 260])
        layout.addWidget(self.splitter, 1)

    # -- workspace ---------------------------------------------------------------------------------
    def set_workspace(self, context) -> None:
        """Counts the roster once (the counts line and the table's row count), reads the rows on screen and
        paints; the filter combos' choices (teams, topics, groups, markets) are read right after that first paint,
        or at once when a person reaches for a combo before then (`_FilterCombo`)."""
        self.context = context
        if self._filters_set():
            self._fill_filter_choices()  # a chosen team or topic must still be among the new choices
            if self.current_filter() != self.model.filter:  # one this workspace lacks went back to "All …"
                self.model.set_filter(self.current_filter())
        else:
            self._defer_filter_choices()
        counts = ambassadors.counts(self.db) if self.db is not None else None
        self._known_counts = counts if self._shows_everyone() else None
        try:
            self.model.refresh()
        finally:
            self._known_counts = None
        self._update_counts(counts)
        self._on_selection()

    def _filters_set(self) -> bool:
        return any(combo.currentData() for combo in self._deferred_combos())

    def _shows_everyone(self) -> bool:
        f = self.model.filter
        return not (f.search or f.market or f.team or f.topic or f.group or f.consent)

    def _query_ids(self, filt: AmbassadorFilter) -> Sequence[str]:
        # A lazy sequence: the table counts, then reads the ids of the rows it shows, a window at a time.
        if self.db is None:
            return []
        known = self._known_counts.total if self._known_counts is not None else None
        return ambassadors.query_ids(self.db, filt, count=known)

    def _load(self, ids) -> dict[str, Ambassador]:
        return ambassadors.get_many(self.db, ids) if self.db is not None else {}

    # -- filters -----------------------------------------------------------------------------------
    def _deferred_combos(self) -> tuple[QComboBox, ...]:
        return (self.market_combo, self.team_combo, self.topic_combo, self.group_combo)

    def _defer_filter_choices(self) -> None:
        """Before the first paint: each combo shows its "All …" line (the consent choices need no reading); the
        other choices are read once the table has painted (`_painted`)."""
        for combo in self._deferred_combos():
            if combo.count() != 1:
                combo.blockSignals(True)
                combo.clear()
                combo.addItem("", "")
                combo.blockSignals(False)
        self._fill_combo(self.consent_combo, [(c.value, texts.consent_label(c.value)) for c in ConsentStatus])
        self._label_all_items()
        self.choices_pending = True

    def _fit_rows(self, height: int) -> None:
        # The table reads a screenful at a time: before the first paint, just the rows it shows (a row cut at the
        # top and one at the bottom included).
        row_height = max(self.table.verticalHeader().defaultSectionSize(), 1)
        self.model.fit_rows(height // row_height + 2)

    def _painted(self) -> None:
        if self.choices_pending:
            QTimer.singleShot(0, self, self._fill_pending_choices)  # right after this first paint

    def _fill_pending_choices(self) -> None:
        if self.choices_pending:
            self._fill_filter_choices()

    def _fill_filter_choices(self) -> None:
        self.choices_pending = False
        db = self.db
        choices = {
            self.market_combo: [(code, code) for code in profiles.codes()],
            self.team_combo: [(t, t) for t in (ambassadors.teams(db) if db is not None else [])],
            self.topic_combo: [(t, t) for t in (ambassadors.topics(db) if db is not None else [])],
            self.group_combo: [(g, g) for g in (ambassadors.group_names(db) if db is not None else [])],
            self.consent_combo: [(c.value, texts.consent_label(c.value)) for c in ConsentStatus],
        }
        for combo, values in choices.items():
            self._fill_combo(combo, values)
        self._label_all_items()

    @staticmethod
    def _fill_combo(combo: QComboBox, values: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", "")
        for data, label in values:
            combo.addItem(label, data)
        found = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _label_all_items(self) -> None:
        labels = {
            self.market_combo: self.tr("All markets"),
            self.team_combo: self.tr("All teams"),
            self.topic_combo: self.tr("All topics"),
            self.group_combo: self.tr("All groups"),
            self.consent_combo: self.tr("Any consent"),
        }
        for combo, label in labels.items():
            if combo.count():
                combo.setItemText(0, label)
        for index in range(1, self.consent_combo.count()):
            self.consent_combo.setItemText(index, texts.consent_label(self.consent_combo.itemData(index)))

    def current_filter(self) -> AmbassadorFilter:
        return AmbassadorFilter(
            search=self.search_edit.text(),
            market=self.market_combo.currentData() or "",
            team=self.team_combo.currentData() or "",
            topic=self.topic_combo.currentData() or "",
            group=self.group_combo.currentData() or "",
            consent=self.consent_combo.currentData() or "",
            sort=self.model.filter.sort,
            descending=self.model.filter.descending,
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_counts()
        self._on_selection()

    def _update_counts(self, counts=None) -> None:
        self._roster_empty = False
        if self.db is None:
            self.counts_label.setText(self.tr("No workspace open"))
            return
        counts = counts or ambassadors.counts(self.db)
        self._roster_empty = counts.total == 0
        if self._roster_empty:  # five zeros said nothing
            self.counts_label.setText(self.tr("No one on the roster yet."))
            return
        self.counts_label.setText(
            self.tr("{0} · {1} · {2} · {3} · {4}").format(
                count(counts.total, self.tr("{0} person"), self.tr("{0} people")),
                count(counts.opted_in, self.tr("{0} opted in", "one person"), self.tr("{0} opted in", "people")),
                count(counts.opted_out, self.tr("{0} opted out", "one person"), self.tr("{0} opted out", "people")),
                count(
                    counts.pending, self.tr("{0} not asked yet", "one person"), self.tr("{0} not asked yet", "people")
                ),
                count(self.model.rowCount(), self.tr("showing {0}", "one person"), self.tr("showing {0}", "people")),
            )
        )

    # -- selection and details ---------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.ids_at(rows)

    def select_id(self, ambassador_id: str) -> None:
        self.select_ids([ambassador_id])

    def select_ids(self, ids: Sequence[str], *, scroll: bool = True) -> None:
        """Select these people's rows (those the filter shows) and, unless told not to, scroll to the first."""
        rows = sorted(row for row in (self.model.row_of(i) for i in ids) if row >= 0)
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if rows and scroll:
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _on_selection(self, *_args) -> None:
        ids = self.selected_ids() if self.table.selectionModel() else []
        if len(ids) == 1 and self.db is not None:
            self.detail.setText(self._describe(ambassadors.get(self.db, ids[0])))
        elif ids:
            self.detail.setText(self.tr("{0} people selected").format(len(ids)))
        elif self.db is not None and getattr(self, "_roster_empty", False):
            self.detail.setText(
                self.tr(
                    "Add people one by one with Add…, or bring in a spreadsheet (CSV or Excel) with Import…. "
                    "Nobody is asked to share until they opt in."
                )
            )
        else:
            self.detail.setText(
                self.tr("Select a person to see their details and consent history.") if self.db is not None else ""
            )
        self._update_actions()

    def _describe(self, p: Ambassador) -> str:
        esc = html.escape
        lines = [f"<h3>{esc(p.name)}</h3>"]
        if p.email:
            lines.append(esc(p.email))
        facts = [
            (self.tr("Market"), p.market),
            (self.tr("Language"), p.language),
            (self.tr("Time zone"), p.time_zone),
            (self.tr("Team"), p.team),
            (self.tr("Topics"), ", ".join(p.topics)),
            (self.tr("Groups"), ", ".join(p.groups)),
            (self.tr("Max shares per week"), str(p.max_shares_per_week)),
            (self.tr("Quiet hours"), f"{p.quiet_start}–{p.quiet_end}" if p.quiet_start else ""),
            (self.tr("Leaderboard"), texts.visibility_label(p.visibility.value)),
        ]
        rows = "".join(f"<tr><td><b>{esc(k)}</b>&nbsp;</td><td>{esc(v)}</td></tr>" for k, v in facts if v)
        for network in p.networks:
            label = texts.NETWORK_NAMES.get(network.network, network.network)
            parts = (
                [esc(count(network.size, self.tr("{0} follower"), self.tr("{0} followers")))] if network.size else []
            )
            if network.url:
                shown = network.url.split("://", 1)[-1].removeprefix("www.")
                parts.append(f'<a href="{esc(network.url, quote=True)}">{esc(shown)}</a>')
            rows += f"<tr><td><b>{esc(label)}</b>&nbsp;</td><td>{'<br>'.join(parts)}</td></tr>"
        lines.append(f"<table>{rows}</table>")
        if p.notes:
            lines.append(f"<p><i>{esc(p.notes)}</i></p>")
        consent = self.tr("Consent: {0}").format(texts.consent_label(p.consent.value))
        lines.append(f"<p><b>{esc(consent)}</b></p>")
        history = ambassadors.consent_history(self.db, p.id)
        if history:
            items = []
            for event in history:
                if event.kind.value == "opt_in":
                    what = self.tr("Opted in (participation text {0}, version {1})").format(
                        event.text_language, event.text_version
                    )
                else:
                    what = self.tr("Opted out")
                items.append(f"<li>{esc(event.at[:16].replace('T', ' '))} UTC — {esc(what)}</li>")
            lines.append("<ul>" + "".join(items) + "</ul>")
        return "".join(lines)

    def _update_actions(self) -> None:
        ids = self.selected_ids() if self.table.selectionModel() else []
        has_ws, writable = self.db is not None, self.writable
        for button in (self.add_button, self.import_button, self.texts_button):
            button.setEnabled(writable)
        self.export_button.setEnabled(has_ws)
        for button in (self.opt_in_button, self.opt_out_button, self.group_button):
            button.setEnabled(writable and bool(ids))
        single = len(ids) == 1
        self.edit_button.setEnabled(writable and single)
        self.person_export_button.setEnabled(has_ws and single)
        self.erase_button.setEnabled(writable and single)

    # -- actions -----------------------------------------------------------------------------------
    def _actor(self) -> str:
        return self.context.actor if self.context is not None else "unknown"

    def _after_change(self, ids=(), *, reload: bool = False) -> None:
        filt = self.model.filter
        # Under a consent or group filter, or sorted by consent, a change can move rows or drop them: the rows
        # are read again (the table reads them a window at a time, so old and new orders must not mix).
        moved = bool(ids) and bool(filt.consent or filt.group or filt.sort == "consent")
        if reload or moved:
            if reload:
                self._fill_filter_choices()
            self.model.refresh()
            if moved:
                self.select_ids(list(ids)[: self.RESELECT_LIMIT], scroll=False)
        else:
            self.model.forget(list(ids))
        self._update_counts()
        self._on_selection()

    def _error(self, exc: GhostDeskError) -> None:
        QMessageBox.warning(self, texts.error_title(exc), texts.error_text(exc))

    def opt_in_selected(self) -> None:
        ids = self.selected_ids()
        try:
            ambassadors.opt_in(self.db, ids, actor=self._actor())
        except GhostDeskError as exc:
            self._error(exc)
        self._after_change(ids)

    def opt_out_selected(self) -> None:
        ids = self.selected_ids()
        try:
            ambassadors.opt_out(self.db, ids, actor=self._actor())
        except GhostDeskError as exc:
            self._error(exc)
        self._after_change(ids)

    def group_selected(self) -> None:
        from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts

        ids = self.selected_ids()
        name = AmbassadorPrompts.group_name(self, ambassadors.group_names(self.db))
        if not name:
            return
        try:
            ambassadors.add_to_group(self.db, ids, name, actor=self._actor())
        except GhostDeskError as exc:
            self._error(exc)
        self._fill_filter_choices()
        self._after_change(ids)

    def add_person(self) -> None:
        self._edit(None)

    def edit_person(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self.writable:
            self._edit(ambassadors.get(self.db, ids[0]))

    def _edit(self, person: Ambassador | None) -> None:
        from ghostdesk.ui.dialogs.ambassador_editor import AmbassadorEditor

        draft = person
        while True:
            draft = AmbassadorEditor.edit(self, draft)
            if draft is None:
                return
            try:
                if person is None:
                    saved = ambassadors.create(self.db, draft, actor=self._actor())
                else:
                    saved = ambassadors.update(self.db, draft, actor=self._actor())
            except GhostDeskError as exc:
                self._error(exc)
                continue  # reopen with what was typed
            break
        self._after_change(reload=True)
        self.select_id(saved.id)

    def export_person(self) -> None:
        from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        person = ambassadors.get(self.db, ids[0])
        suggested = f"{(person.email or person.id).split('@')[0]}.json"
        target = AmbassadorPrompts.person_export_target(self, suggested)
        if target is None:
            return
        data = ambassadors.export_person(self.db, person.id)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    def erase_person(self) -> None:
        from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        person = ambassadors.get(self.db, ids[0])
        if not AmbassadorPrompts.confirm_erase(self, person.name):
            return
        ambassadors.erase(self.db, person.id, actor=self._actor())
        self._after_change(reload=True)

    def export_roster(self) -> None:
        from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts

        target = AmbassadorPrompts.export_target(self, "ambassadors.csv")
        if target is None:
            return
        try:
            ambassadors.export_csv(self.db, Path(target), self.current_filter())
        except GhostDeskError as exc:  # a full disk, a read-only or vanished folder: the shared words
            QMessageBox.warning(self, self.tr("Export failed"), texts.error_text(exc))

    def import_file(self) -> None:
        from ghostdesk.ui.dialogs.ambassador_prompts import AmbassadorPrompts

        path = AmbassadorPrompts.import_file(self)
        if path is None:
            return
        from ghostdesk.ui.dialogs.ambassador_import_wizard import AmbassadorImportWizard

        report = AmbassadorImportWizard.run_import(self, self.context.workspace, path, self._actor())
        if report is not None and report.written:
            self._after_change(reload=True)

    def edit_participation_texts(self) -> None:
        from ghostdesk.ui.dialogs.ambassador_participation import ParticipationTextDialog

        ParticipationTextDialog.edit(self, self.db, self._actor())

    # -- language ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Ambassadors"))
        self.add_button.setText(self.tr("Add…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.texts_button.setText(self.tr("Participation texts…"))
        self.search_edit.setPlaceholderText(self.tr("Search name, e-mail or team"))
        self.opt_in_button.setText(self.tr("Opt in"))
        self.opt_out_button.setText(self.tr("Opt out"))
        self.group_button.setText(self.tr("Add to group…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.person_export_button.setText(self.tr("Export their data (JSON)…"))
        self.erase_button.setText(self.tr("Erase personal data…"))
        self.opt_in_button.setToolTip(self.tr("Record that they agreed to the participation text, dated now"))
        self.opt_out_button.setToolTip(self.tr("Record that they stopped; they leave all future plans"))
        self._label_all_items()
        self.model.retranslate()
        self._update_counts()
        self._on_selection()
