"""UI: the manual entry grid — type a campaign's figures per planned share and executive post, save them at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.ui.models.result_entry_model import COLUMNS, ResultEntryModel
from ghostdesk.ui.widgets.resized_table import ResizedTableView

# Rows read to size the columns (the widest figures): enough for any screen, not a long campaign's every row.
FIT_ROWS = 200
# The narrowest the text columns get before the grid scrolls sideways (the cells elide; tooltips say it all).
MIN_PERSON, MIN_NETWORK = 96, 64


class ResultEntryGrid(QWidget):
    """UI: the grid, what is wrong in it, and Save / Discard. `saved` carries the number of rows written."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = None
        self.campaign_id = ""
        self.actor = "app"
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = ResultEntryModel(self)
        self.table = ResizedTableView(self.fit_columns)  # the columns follow the viewport's width
        self.table.setObjectName("resultsEntryGrid")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fit_columns sizes them to the window
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
        self._natural: dict[str, int] = {}  # each column's width for its header and content (see fit_columns)
        self.model.modelReset.connect(self._measure)
        self.model.dataChanged.connect(self._grow)
        self.status = QLabel()
        self.status.setObjectName("resultsEntryStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("resultsEntrySave")
        self.discard_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.edits_changed.connect(self._on_edits_changed)
        self.save_button.clicked.connect(lambda: self.save())
        self.discard_button.clicked.connect(lambda: self.model.revert_edits())
        self.retranslate_ui()

    def load(self, db, campaign_id: str, *, writable: bool) -> None:
        from ghostdesk.services import results_entry

        self.db, self.campaign_id = db, campaign_id
        self.model.editable = writable
        self.model.set_rows(results_entry.rows(db, campaign_id) if db is not None and campaign_id else [])

    def save(self) -> int:
        """Every changed row in one transaction; a refused row is pointed at and nothing is written."""
        from ghostdesk.services import results_entry

        if self.db is None or self.model.has_errors():
            return 0
        changes = self.model.changes()
        if not changes:
            return 0
        try:
            count = results_entry.save(self.db, changes, actor=self.actor)
        except GhostDeskError as exc:
            self.status.setText(self.tr("Nothing was saved: {0}").format(exc.message))
            return 0
        self.load(self.db, self.campaign_id, writable=self.model.editable)
        self.saved.emit(count)  # the page refreshes its dashboard (and this grid) first
        self.status.setText(self.tr("Rows saved: {0}.").format(count))
        return count

    def _on_edits_changed(self) -> None:
        errors = self.model.errors()
        changed = len(self.model.changes())
        self.save_button.setEnabled(self.model.editable and changed > 0 and not errors)
        self.discard_button.setEnabled(bool(self.model.dirty_rows()))
        if errors:
            number, _column, _text, reason = errors[0]
            text = self.tr("Row {0} — {1}").format(number + 1, reason)
            if len(errors) > 1:
                text += " " + self.tr("(cells to fix: {0})").format(len(errors))
            self.status.setText(text)
        elif changed:
            self.status.setText(self.tr("Rows changed, not saved yet: {0}.").format(changed))
        elif not self.model.rowCount():
            self.status.setText(self.tr("This campaign has no planned shares or executive posts yet."))
        else:
            self.status.setText("")

    # -- column widths -------------------------------------------------------------------------
    def _measure(self) -> None:
        """Each column's natural width (header or content, whichever is wider), read once per reload."""
        header = self.table.horizontalHeader()
        self._natural = {
            column: max(header.sectionSizeHint(i), self.table.sizeHintForColumn(i)) for i, column in enumerate(COLUMNS)
        }
        self.fit_columns()

    def _grow(self, top_left, bottom_right, _roles=()) -> None:
        """A typed figure (shown in bold) may be wider than any before it: its column widens to show it whole."""
        if not self._natural:
            return
        grown = False
        grid = 1 if self.table.showGrid() else 0  # as sizeHintForColumn counts it
        for row in range(top_left.row(), bottom_right.row() + 1):
            for section in range(top_left.column(), bottom_right.column() + 1):
                column = COLUMNS[section]
                width = self.table.sizeHintForIndex(self.model.index(row, section)).width() + grid
                if width > self._natural[column]:
                    self._natural[column] = width
                    grown = True
        if grown:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Every column in the viewport when it can be: dates and figures at their natural width; the network
        gets what is left after the names' share, down to MIN_NETWORK; the names fill the rest (at least
        MIN_PERSON: narrower than that, the grid scrolls sideways)."""
        if not self._natural:
            return
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        fixed = {c: w for c, w in self._natural.items() if c not in ("person", "network")}
        for column, width in fixed.items():
            header.resizeSection(COLUMNS.index(column), width)
        left = room - sum(fixed.values())
        person, network = self._natural["person"], self._natural["network"]
        if person + network > left:  # too narrow: the network column gives way first, then both elide
            network = max(MIN_NETWORK, min(network, left - max(MIN_PERSON, left * 3 // 5)))
        header.resizeSection(COLUMNS.index("network"), network)
        header.resizeSection(COLUMNS.index("person"), max(MIN_PERSON, left - network))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Type what each share reached, as read on the network; the executives' own posts are the rows in "
                "bold at the top. Saving a row again replaces its reading: nothing is counted twice."
            )
        )
        self.save_button.setText(self.tr("Save figures"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._on_edits_changed()
        self._measure()  # the headers' words changed width
