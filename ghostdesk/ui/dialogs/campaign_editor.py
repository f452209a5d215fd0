"""UI: create or edit a campaign's brief — name, objective and targets, dates, markets, contact."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ghostdesk.domain.campaigns import TARGETS, Campaign, Objective
from ghostdesk.ui.i18n import date_format

MARKETS = ("US", "FR", "DE", "JP", "CN", "UK", "ES")


class CampaignEditor(QDialog):
    def __init__(
        self, campaign: Campaign | None, parent: QWidget | None = None, markets: Sequence[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaign"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(campaign.name if campaign else "")
        form.addRow(self.tr("&Name"), self.name_edit)
        self.objective_combo = QComboBox()
        labels = {Objective.VISIBILITY: self.tr("Visibility"), Objective.REPUTATION: self.tr("Reputation"),
                  Objective.LEADS: self.tr("Leads")}  # fmt: skip
        for objective, label in labels.items():
            self.objective_combo.addItem(label, objective.value)
        if campaign:
            self.objective_combo.setCurrentIndex(self.objective_combo.findData(campaign.objective.value))
        form.addRow(self.tr("&Objective"), self.objective_combo)
        target_labels = {"reach": self.tr("Reach"), "engagement": self.tr("Engagement"), "clicks": self.tr("Clicks"),
                         "conversions": self.tr("Conversions")}  # fmt: skip
        self.target_spins: dict[str, QSpinBox] = {}
        for key in TARGETS:
            spin = QSpinBox(maximum=1_000_000_000, singleStep=100)
            spin.setGroupSeparatorShown(True)  # 250 000 / 250,000, as the interface's language writes it
            spin.setValue(int(campaign.targets.get(key, 0)) if campaign else 0)
            self.target_spins[key] = spin
            form.addRow(target_labels[key], spin)
        today = date.today()
        self.start_edit = QDateEdit(calendarPopup=True, displayFormat=date_format())
        self.end_edit = QDateEdit(calendarPopup=True, displayFormat=date_format())
        start = date.fromisoformat(campaign.start) if campaign else today
        end = date.fromisoformat(campaign.end) if campaign else today
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        form.addRow(self.tr("&Starts"), self.start_edit)
        form.addRow(self.tr("&Ends"), self.end_edit)
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.market_checks: dict[str, QCheckBox] = {}
        # The workspace's markets (one added on the Markets page can be chosen), and any the campaign still names.
        codes = list(dict.fromkeys([*(markets or MARKETS), *(campaign.markets if campaign else ())]))
        for i, code in enumerate(codes):
            check = QCheckBox(code)
            check.setChecked(bool(campaign and code in campaign.markets))
            self.market_checks[code] = check
            grid.addWidget(check, i // 4, i % 4)
        form.addRow(self.tr("Markets"), box)
        self.contact_edit = QLineEdit(campaign.contact if campaign else "")
        self.contact_edit.setPlaceholderText(self.tr("Whom ambassadors ask"))
        form.addRow(self.tr("Con&tact"), self.contact_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "objective": self.objective_combo.currentData(),
            "targets": {k: s.value() for k, s in self.target_spins.items()},
            "start": self.start_edit.date().toString("yyyy-MM-dd"),
            "end": self.end_edit.date().toString("yyyy-MM-dd"),
            "markets": [c for c, check in self.market_checks.items() if check.isChecked()],
            "contact": self.contact_edit.text(),
        }

    @classmethod
    def ask(
        cls, parent: QWidget | None, campaign: Campaign | None = None, markets: Sequence[str] | None = None
    ) -> dict | None:
        dialog = cls(campaign, parent, markets)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
