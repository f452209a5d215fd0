"""UI: edit a campaign's wave templates — when each wave of shares follows the executive's post."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.campaigns import WaveTemplateRecord, default_wave_templates

COLUMNS = ("name", "kind", "min", "max", "days", "start", "end", "roll", "group", "size", "stagger")


class CampaignWavesDialog(QDialog):
    def __init__(self, records: list[WaveTemplateRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waves"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("“After”: minutes after the executive's post. “Window”: each person's local window "
                              "(HH:MM, empty = the market's), days later. Size 0 = everyone who fits."))  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Kind"), self.tr("From (min)"), self.tr("To (min)"), self.tr("Days later"),
            self.tr("Window start"), self.tr("Window end"), self.tr("Roll days"), self.tr("Group"), self.tr("Size"),
            self.tr("Stagger (min)"),
        ])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a wave"), clicked=lambda: self.add_row(WaveTemplateRecord("", "window")))
        remove = QPushButton(self.tr("Remove"), clicked=self.remove_row)
        defaults = QPushButton(self.tr("Defaults"), clicked=lambda: self.load(list(default_wave_templates())))
        for b in (add, remove, defaults):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load(records)
        self.resize(760, 300)

    def load(self, records: list[WaveTemplateRecord]) -> None:
        self.table.setRowCount(0)
        for record in records:
            self.add_row(record)

    def _spin(self, value: int, maximum: int) -> QSpinBox:
        spin = QSpinBox(maximum=maximum)
        spin.setValue(value)
        return spin

    def add_row(self, r: WaveTemplateRecord) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.addItem(self.tr("After"), "after")
        kind.addItem(self.tr("Window"), "window")
        kind.setCurrentIndex(0 if r.kind == "after" else 1)
        widgets = [
            QLineEdit(r.name), kind, self._spin(r.min_minutes, 10_000), self._spin(r.max_minutes, 10_000),
            self._spin(r.days_later, 60), QLineEdit(r.start), QLineEdit(r.end), self._spin(r.roll_days, 14),
            QLineEdit(r.group), self._spin(r.size or 0, 100_000), self._spin(r.stagger_minutes, 240),
        ]  # fmt: skip
        for edit in (widgets[5], widgets[6]):
            edit.setPlaceholderText("HH:MM")
            edit.setMaximumWidth(72)
        for column, widget in enumerate(widgets):
            self.table.setCellWidget(row, column, widget)

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def values(self) -> list[WaveTemplateRecord]:
        found = []
        for row in range(self.table.rowCount()):
            w = [self.table.cellWidget(row, c) for c in range(len(COLUMNS))]
            found.append(
                WaveTemplateRecord(
                    name=w[0].text().strip(),
                    kind=w[1].currentData(),
                    min_minutes=w[2].value(),
                    max_minutes=w[3].value(),
                    days_later=w[4].value(),
                    start=w[5].text().strip(),
                    end=w[6].text().strip(),
                    roll_days=w[7].value(),
                    group=w[8].text().strip(),
                    size=w[9].value() or None,
                    stagger_minutes=w[10].value(),
                )
            )
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, records: list[WaveTemplateRecord]) -> list[WaveTemplateRecord] | None:
        dialog = cls(records, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
