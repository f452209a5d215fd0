"""UI: choose a campaign's posts and the day (and optional local time) each goes out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.campaigns import CampaignPost


class CampaignPostsDialog(QDialog):
    """Rows: every post; a tick puts it in the campaign on its day; the time is optional (else the window)."""

    def __init__(self, campaign_id: str, choices: list[tuple[str, str]], current: list[CampaignPost],
                 default_day: date, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.campaign_id = campaign_id
        self.setWindowTitle(self.tr("Campaign posts"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Tick the posts of this campaign and choose their day. Leave the time at 00:00 to "
                              "use each market's posting window."))  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(choices), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Post"), self.tr("Day"), self.tr("Local time")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        chosen = {p.post_id: p for p in current}
        self.rows: list[tuple[str, QCheckBox, QDateEdit, QTimeEdit]] = []
        for row, (post_id, title) in enumerate(choices):
            check = QCheckBox(title or post_id)
            check.setChecked(post_id in chosen)
            item = chosen.get(post_id)
            day = date.fromisoformat(item.day) if item else default_day
            day_edit = QDateEdit(QDate(day.year, day.month, day.day), calendarPopup=True, displayFormat="yyyy-MM-dd")
            time_edit = QTimeEdit(displayFormat="HH:mm")
            if item and item.local_time:
                hours, minutes = (int(x) for x in item.local_time.split(":")[:2])
                time_edit.setTime(QTime(hours, minutes))
            else:
                time_edit.setTime(QTime(0, 0))
            self.table.setCellWidget(row, 0, check)
            self.table.setCellWidget(row, 1, day_edit)
            self.table.setCellWidget(row, 2, time_edit)
            self.rows.append((post_id, check, day_edit, time_edit))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def values(self) -> list[CampaignPost]:
        found = []
        for post_id, check, day_edit, time_edit in self.rows:
            if check.checkState() == Qt.CheckState.Checked:
                clock = time_edit.time()
                local = "" if clock == QTime(0, 0) else clock.toString("HH:mm")
                found.append(CampaignPost(self.campaign_id, post_id, day_edit.date().toString("yyyy-MM-dd"), local))
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, campaign_id: str, choices: list[tuple[str, str]],
            current: list[CampaignPost], default_day: date) -> list[CampaignPost] | None:  # fmt: skip
        dialog = cls(campaign_id, choices, current, default_day, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
