"""UI: the small forms the Rewards dialog opens — a new badge, a new contest. Each returns values or None."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ghostdesk.domain.results import BADGE_METRICS
from ghostdesk.ui.models.result_reward_models import metric_label

translate = QCoreApplication.translate


@dataclass(frozen=True)
class BadgeInput:
    name: str
    metric: str
    threshold: float


@dataclass(frozen=True)
class ContestInput:
    name: str
    starts_on: str
    ends_on: str
    campaign_id: str
    rules: str
    prize: str
    winners_count: int


def _date(iso: str) -> QDate:
    found = QDate.fromString(iso, "yyyy-MM-dd")
    return found if found.isValid() else QDate.currentDate()


def _form(parent: QWidget | None, title: str) -> tuple[QDialog, QFormLayout]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    return dialog, form


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def ask_badge(parent: QWidget | None) -> BadgeInput | None:
    dialog, form = _form(parent, translate("ResultRewardPrompts", "New badge"))
    name = QLineEdit()
    name.setMaxLength(80)
    metric = QComboBox()
    for key in BADGE_METRICS:
        metric.addItem(metric_label(key), key)
    threshold = QDoubleSpinBox(decimals=0, minimum=1, maximum=1_000_000, value=10)
    form.addRow(translate("ResultRewardPrompts", "Name:"), name)
    form.addRow(translate("ResultRewardPrompts", "Earned for:"), metric)
    form.addRow(translate("ResultRewardPrompts", "From:"), threshold)
    _buttons(dialog, form)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return BadgeInput(name.text(), metric.currentData(), threshold.value())


def ask_contest(
    parent: QWidget | None, campaigns: list[tuple[str, str, str, str]], campaign_id: str = ""
) -> ContestInput | None:
    """campaigns: (id, name, starts_on, ends_on); the period starts as the chosen campaign's."""
    dialog, form = _form(parent, translate("ResultRewardPrompts", "New contest"))
    name = QLineEdit()
    campaign = QComboBox()
    campaign.addItem(translate("ResultRewardPrompts", "Every campaign in the period"), "")
    for cid, cname, _start, _end in campaigns:
        campaign.addItem(cname, cid)
    start = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
    end = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
    periods = {cid: (s, e) for cid, _n, s, e in campaigns}

    def follow(_index: int) -> None:
        s, e = periods.get(campaign.currentData(), ("", ""))
        if s and e:
            start.setDate(_date(s))
            end.setDate(_date(e))

    campaign.currentIndexChanged.connect(follow)
    campaign.setCurrentIndex(max(0, campaign.findData(campaign_id)))
    follow(0)
    rules = QPlainTextEdit()
    rules.setPlaceholderText(translate("ResultRewardPrompts", "How points are earned, who may take part …"))
    rules.setFixedHeight(80)
    prize = QLineEdit()
    winners = QSpinBox(minimum=1, maximum=100, value=3)
    form.addRow(translate("ResultRewardPrompts", "Name:"), name)
    form.addRow(translate("ResultRewardPrompts", "Campaign:"), campaign)
    form.addRow(translate("ResultRewardPrompts", "Starts:"), start)
    form.addRow(translate("ResultRewardPrompts", "Ends:"), end)
    form.addRow(translate("ResultRewardPrompts", "Rules:"), rules)
    form.addRow(translate("ResultRewardPrompts", "Prize:"), prize)
    form.addRow(translate("ResultRewardPrompts", "Winners:"), winners)
    _buttons(dialog, form)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return ContestInput(
        name.text(),
        start.date().toString("yyyy-MM-dd"),
        end.date().toString("yyyy-MM-dd"),
        campaign.currentData() or "",
        rules.toPlainText(),
        prize.text(),
        winners.value(),
    )
