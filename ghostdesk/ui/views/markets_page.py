"""UI: the Markets page — the workspace's markets, one profile in readable form, overrides and new markets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.markets import profiles
from ghostdesk.markets.profiles import profile_to_raw
from ghostdesk.services import markets
from ghostdesk.ui.market_names import shown_name
from ghostdesk.ui.models.market_list_model import MarketListModel
from ghostdesk.ui.views.market_profile_view import MarketProfileView
from ghostdesk.ui.views.pages import Page
from ghostdesk.ui.widgets.flow_layout import FlowRow
from ghostdesk.ui.widgets.resized_table import ResizedTableView

NARROW_LOCALE = 360  # list width (px) under which the Locale column hides

translate = QCoreApplication.translate


def warm_up() -> None:
    """Called by ui/warmup.py while the window is idle after start-up: the shipped profiles (seven JSON files, read
    and checked, ≈3 ms) and the fonts a profile is drawn with load then, not on the page's first open."""
    from ghostdesk.ui.views.market_profile_view import warm_up_fonts

    warm_up_fonts(profiles.shipped().values())


def _pane(main: QWidget, *buttons: QPushButton) -> QWidget:
    """`main` above its row of buttons; the row wraps onto a second line on a narrow window (the longer French
    labels)."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(main, 1)
    row = FlowRow()
    for button in buttons:
        row.addWidget(button)
    layout.addWidget(row)
    return pane


class MarketsPage(Page):
    """UI: list of markets (left), the selected profile (right), with override and add actions."""

    def __init__(self) -> None:
        super().__init__()
        self.context = None
        self._stale = False
        self.heading = self.make_heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.model = MarketListModel(self)
        self.table = ResizedTableView(self._fit_columns)
        self.table.setObjectName("marketTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        left = _pane(self.table, self.add_button, self.remove_button)

        self.profile_view = MarketProfileView()
        self.override_button = QPushButton()
        self.reset_button = QPushButton()
        right = _pane(self.profile_view, self.override_button, self.reset_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("marketsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)  # both panes give way as the window narrows, not the profile alone
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 560])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.add_button.clicked.connect(self.add_market)
        self.remove_button.clicked.connect(self.remove_market)
        self.override_button.clicked.connect(lambda: self.override_field())
        self.reset_button.clicked.connect(self.reset_overrides)
        self.retranslate_ui()
        self._update_actions()

    # -- state -----------------------------------------------------------------------------------
    def set_workspace(self, context) -> None:
        # Rendering a profile loads Babel and the holiday calendars: wait until the page is shown,
        # so opening a workspace at start-up stays fast.
        self.context = context
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self, select: str = "") -> None:
        self._stale = False
        current = select or self.current_code()
        self.model.reload(self.db)
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self.profile_view.show_entry(None)
        self._update_actions()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.profile_view.show_entry(self.model.entry(row))

    def select_code(self, code: str) -> None:
        row = self.model.row_of(code.upper())
        if row >= 0:
            self.select_row(row)

    def current_entry(self) -> markets.MarketEntry | None:
        return self.model.entry(self.table.currentIndex().row())

    def current_code(self) -> str:
        entry = self.current_entry()
        return entry.code if entry else ""

    def _fit_columns(self) -> None:
        """On a narrow list the locale gives way to the networks (the profile beside it says the locale): in
        French its header alone took the width the networks' names needed."""
        locale = MarketListModel.COLUMNS.index("locale")
        self.table.setColumnHidden(locale, self.table.width() < NARROW_LOCALE)

    def _on_current_changed(self, current, _previous) -> None:
        self.profile_view.show_entry(self.model.entry(current.row()))
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.current_entry()
        writable = self.writable
        self.add_button.setEnabled(writable)
        self.override_button.setEnabled(writable and entry is not None)
        self.reset_button.setEnabled(writable and entry is not None and bool(entry.overridden))
        self.remove_button.setEnabled(writable and entry is not None and entry.origin == markets.WORKSPACE)
        # a greyed-out button says why
        shipped = entry is not None and entry.origin != markets.WORKSPACE
        self.remove_button.setToolTip(
            self.tr("Markets shipped with GhostDesk stay; change their fields instead.") if shipped else ""
        )
        untouched = entry is not None and not entry.overridden
        self.reset_button.setToolTip(self.tr("Nothing in this market differs from its defaults.") if untouched else "")

    # -- actions ---------------------------------------------------------------------------------
    # The dialogs load on first use (not with the page).
    def override_field(self, field: str = "") -> bool:
        from ghostdesk.ui.dialogs.market_dialogs import MarketFieldDialog

        entry = self.current_entry()
        if entry is None or self.db is None:
            return False
        change = MarketFieldDialog.get_change(
            self, entry.code, profile_to_raw(entry.profile), set(entry.overridden), field
        )
        if change is None:
            return False

        def write() -> str:
            if change.reset:
                markets.clear_override(self.db, entry.code, change.field)
            else:
                markets.set_override(self.db, entry.code, change.field, change.value)
            return entry.code

        return self._write(write)

    def reset_overrides(self) -> bool:
        from ghostdesk.ui.dialogs.market_dialogs import MarketPrompts

        entry = self.current_entry()
        if entry is None or self.db is None or not MarketPrompts.confirm_reset(self, shown_name(entry.profile.name)):
            return False
        markets.clear_override(self.db, entry.code)
        self.reload(entry.code)
        return True

    def add_market(self) -> bool:
        from ghostdesk.ui.dialogs.market_dialogs import MarketAddDialog

        if self.db is None:
            return False
        choices = [
            (e.code, shown_name(e.profile.name))
            for e in (self.model.entry(r) for r in range(self.model.rowCount()))
            if e
        ]
        new = MarketAddDialog.get_new_market(self, choices)
        if new is None:
            return False
        return self._write(lambda: markets.copy_market(self.db, new.code, new.name, new.based_on).code)

    def remove_market(self) -> bool:
        from ghostdesk.ui.dialogs.market_dialogs import MarketPrompts

        entry = self.current_entry()
        if entry is None or self.db is None or not MarketPrompts.confirm_remove(self, shown_name(entry.profile.name)):
            return False
        return self._write(lambda: markets.remove_market(self.db, entry.code, deleted_by=self.context.actor))

    def _write(self, write: Callable[[], str | None]) -> bool:
        """One change the user asked for: a refusal is told; after a change, the list reloads on the market code
        `write` returns (None: none selected)."""
        from ghostdesk.ui.dialogs.market_dialogs import MarketPrompts

        try:
            select = write()
        except GhostDeskError as exc:
            MarketPrompts.error(self, exc)
            return False
        self.reload(select or "")
        return True

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Markets"))
        self.intro.setText(
            self.tr(
                "What each country expects: its networks and their limits, register, disclosure, good times to "
                "post, public holidays and formats. Override any field for this workspace, or add a market."
            )
        )
        self.add_button.setText(self.tr("Add a market…"))
        self.remove_button.setText(self.tr("Remove"))
        self.override_button.setText(self.tr("Override a field…"))
        self.reset_button.setText(self.tr("Restore the defaults"))
        self.model.retranslate()
        if hasattr(self, "table"):  # the reasons on greyed-out buttons, in the new language
            self._update_actions()
