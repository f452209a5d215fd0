"""UI: "Plan again" shows what the new plan changes before anything is stored — shares added, moved and removed,
per wave and per person, executive posts that move, and why people were not planned — with Apply / Cancel."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.campaigns import ChangeCount, PlanPreview
from ghostdesk.ui.i18n import count
from ghostdesk.ui.views import calendar_texts as texts

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
NAMES_IN_TOOLTIP = 25


class RowsModel(QAbstractTableModel):
    """UI: a small read-only table of prepared rows (headers and cells are already translated)."""

    def __init__(self, headers: list[str], rows: list[tuple], tips: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.headers, self.rows, self.tips = headers, rows, tips or []

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # the first column: the row's note; others: the whole text
            if index.column() == 0 and index.row() < len(self.tips):
                return self.tips[index.row()] or None
            return None if isinstance(value, int) else str(value)
        return None


class PlanPreviewDialog(QDialog):
    """UI: the preview; `ask` returns True only when the user chooses Apply."""

    def __init__(self, preview: PlanPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Plan again: preview"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        change_headers = [self.tr("Added"), self.tr("Moved"), self.tr("Removed")]
        waves = sorted(preview.by_wave.items())
        self.wave_model = RowsModel([self.tr("Wave"), *change_headers], [(w, *self._counts(c)) for w, c in waves])
        people = sorted(preview.by_person.values(), key=lambda p: (-p[1].total, p[0].casefold()))
        self.person_model = RowsModel([self.tr("Person"), *change_headers], [(n, *self._counts(c)) for n, c in people])
        self.skip_model = self._skips_model()
        self.tabs.addTab(self._table(self.wave_model), self.tr("By wave ({0})").format(len(waves)))
        self.tabs.addTab(self._table(self.person_model), self.tr("By person ({0})").format(len(people)))
        self.tabs.addTab(self._table(self.skip_model, stretch=2), self.tr("Not planned ({0})").format(
            len(preview.skipped)))  # fmt: skip
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("Apply the new plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.setDefault(True)
        if preview.shares.total == 0 and preview.slots.total == 0:  # applying would change nothing: say so
            self.apply_button.setEnabled(False)
            self.apply_button.setToolTip(self.tr("Nothing to apply: the new plan is the same as the stored one."))
            self.cancel_button.setText(self.tr("Close"))
            if preview.skipped:  # the only tab with something to read
                self.tabs.setCurrentIndex(2)
        layout.addWidget(self.buttons)

    @staticmethod
    def _counts(c: ChangeCount) -> tuple[int, int, int]:
        return c.added, c.moved, c.removed

    def _summary(self) -> str:
        p = self.preview
        lines = []
        if p.shares.total == 0 and p.slots.total == 0:
            lines.append(self.tr("<b>Nothing changes.</b> The new plan is the same as the stored one."))
        else:
            lines.append(self.tr("<b>{0}, {1}, {2}</b>; {3}.").format(
                count(p.shares.added, self.tr("{0} share added"), self.tr("{0} shares added")),
                count(p.shares.moved, self.tr("{0} share moved"), self.tr("{0} shares moved")),
                count(p.shares.removed, self.tr("{0} share removed"), self.tr("{0} shares removed")),
                count(p.unchanged, self.tr("{0} stays as it is"), self.tr("{0} stay as they are"))))  # fmt: skip
        if p.slots.total:
            lines.append(self.tr("Executive posts: {0}, {1}, {2}.").format(
                count(p.slots.added, self.tr("{0} added", "one executive post"), self.tr("{0} added", "executive posts")),
                count(p.slots.moved, self.tr("{0} moved", "one executive post"), self.tr("{0} moved", "executive posts")),
                count(p.slots.removed, self.tr("{0} removed", "one executive post"),
                      self.tr("{0} removed", "executive posts"))))  # fmt: skip
        if p.shares.total or p.slots.total:
            lines.append(self.tr("Approvals of what changes will be needed again. Nothing is stored until you "
                                 "apply."))  # fmt: skip
        if p.skipped:
            people = len({s.ambassador_id for s in p.skipped})
            lines.append(count(people, self.tr("{0} person was not planned for some posts; see why under “Not planned”."),
                               self.tr("{0} people were not planned for some posts; see why under “Not planned”.")))  # fmt: skip
        return "<br>".join(lines)

    def _skips_model(self) -> RowsModel:
        """The planner's skips grouped by reason: how many, who, and one full sentence as an example."""
        by_reason: dict[str, list] = {}
        for skip in self.preview.skipped:
            by_reason.setdefault(str(skip.reason), []).append(skip)
        order = sorted(by_reason.items(), key=lambda e: -len(e[1]))
        rows, tips = [], []
        for reason, skips in order:
            names = Counter(s.ambassador_name for s in skips)
            first = skips[0]
            rows.append((texts.reason_title(reason), len(skips),
                         texts.skip_text(reason, first.ambassador_name, dict(first.facts))))  # fmt: skip
            shown = sorted(names)[:NAMES_IN_TOOLTIP]
            more = len(names) - len(shown)
            tips.append(", ".join(shown) + (count(more, self.tr(" and {0} more", "one person"),
                                                  self.tr(" and {0} more", "people")) if more > 0 else ""))  # fmt: skip
        return RowsModel([self.tr("Reason"), self.tr("Times"), self.tr("For example")], rows, tips)

    def _table(self, model: RowsModel, stretch: int = 0) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column in range(model.columnCount()):
            if column != stretch:
                view.setColumnWidth(column, 210 if column == 0 else 70)
        return view

    @classmethod
    def ask(cls, parent: QWidget | None, preview: PlanPreview) -> bool:
        """True to store the new plan; False (Cancel, Esc, closed) changes nothing."""
        dialog = cls(preview, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
