"""UI: add or edit one ambassador (the service checks and cleans what is typed)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ghostdesk.domain.ambassador import (
    MAX_SHARES_PER_WEEK,
    NETWORKS,
    Ambassador,
    NetworkProfile,
    Visibility,
)
from ghostdesk.markets import profiles
from ghostdesk.ui.views import ambassador_texts as texts

NETWORK_ROWS = 3


class AmbassadorEditor(QDialog):
    """UI: the person form."""

    def __init__(self, parent: QWidget | None, person: Ambassador | None) -> None:
        super().__init__(parent)
        self.person = person
        self.form = QFormLayout(self)
        self.name_edit, self.email_edit, self.team_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.market_combo = QComboBox()
        for code in profiles.codes():
            self.market_combo.addItem(f"{code} — {profiles.get(code).name}", code)
        self.language_edit = QLineEdit()
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.topics_edit, self.groups_edit = QLineEdit(), QLineEdit()
        self.shares_spin = QSpinBox()
        self.shares_spin.setRange(0, MAX_SHARES_PER_WEEK)
        self.quiet_start_edit, self.quiet_end_edit = QLineEdit(), QLineEdit()
        for edit, example in ((self.quiet_start_edit, "22:00"), (self.quiet_end_edit, "07:00")):
            edit.setPlaceholderText(example)
            edit.setMaximumWidth(80)
        quiet = QWidget()
        quiet_layout = QGridLayout(quiet)
        quiet_layout.setContentsMargins(0, 0, 0, 0)
        quiet_layout.addWidget(self.quiet_start_edit, 0, 0)
        quiet_layout.addWidget(self.quiet_end_edit, 0, 1)
        quiet_layout.setColumnStretch(2, 1)
        self.visibility_combo = QComboBox()
        for value in Visibility:
            self.visibility_combo.addItem("", value.value)
        self.networks = QWidget()
        grid = QGridLayout(self.networks)
        grid.setContentsMargins(0, 0, 0, 0)
        self.network_rows: list[tuple[QComboBox, QLineEdit, QSpinBox]] = []
        for row in range(NETWORK_ROWS):
            combo, url, size = QComboBox(), QLineEdit(), QSpinBox()
            combo.addItem("—", "")
            for network in NETWORKS:
                combo.addItem(texts.NETWORK_NAMES[network], network)
            size.setRange(0, 100_000_000)
            size.setGroupSeparatorShown(True)
            combo.setMaximumWidth(140)
            size.setMaximumWidth(110)
            url.setMinimumWidth(200)
            grid.addWidget(combo, row, 0)
            grid.addWidget(url, row, 1)
            grid.addWidget(size, row, 2)
            self.network_rows.append((combo, url, size))
        grid.setColumnStretch(1, 1)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(70)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields = [
            self.name_edit, self.email_edit, self.market_combo, self.language_edit, self.zone_combo, self.team_edit,
            self.topics_edit, self.groups_edit, self.shares_spin, quiet, self.visibility_combo, self.networks,
            self.notes_edit,
        ]  # fmt: skip
        self.labels = [QLabel() for _ in self.fields]
        for label, widget in zip(self.labels, self.fields, strict=True):
            self.form.addRow(label, widget)
        self.form.addRow(self.buttons)
        self.market_combo.currentIndexChanged.connect(self._market_changed)
        self._fill(person)
        self.retranslate_ui()
        self.resize(560, self.sizeHint().height())

    def _market_changed(self) -> None:
        profile = profiles.get(self.market_combo.currentData())
        current = self.zone_combo.currentText()
        self.zone_combo.clear()
        self.zone_combo.addItems(list(profile.time_zones))
        if current and current not in profile.time_zones and self.person is not None:
            self.zone_combo.setEditText(current)
        self.language_edit.setPlaceholderText(profile.language)

    def _fill(self, p: Ambassador | None) -> None:
        market = p.market if p else profiles.codes()[0]
        self.market_combo.setCurrentIndex(max(self.market_combo.findData(market), 0))
        self._market_changed()
        if p is None:
            self.shares_spin.setValue(3)
            return
        self.name_edit.setText(p.name)
        self.email_edit.setText(p.email)
        self.language_edit.setText(p.language)
        self.zone_combo.setEditText(p.time_zone)
        self.team_edit.setText(p.team)
        self.topics_edit.setText(", ".join(p.topics))
        self.groups_edit.setText(", ".join(p.groups))
        self.shares_spin.setValue(p.max_shares_per_week)
        self.quiet_start_edit.setText(p.quiet_start)
        self.quiet_end_edit.setText(p.quiet_end)
        self.visibility_combo.setCurrentIndex(self.visibility_combo.findData(p.visibility.value))
        for (combo, url, size), network in zip(self.network_rows, p.networks, strict=False):
            combo.setCurrentIndex(max(combo.findData(network.network), 0))
            url.setText(network.url)
            size.setValue(network.size)
        self.notes_edit.setPlainText(p.notes)

    def values(self) -> Ambassador:
        base = self.person or Ambassador(id="", name="", email="", market="", language="", time_zone="")
        networks = tuple(
            NetworkProfile(combo.currentData(), url.text().strip(), size.value())
            for combo, url, size in self.network_rows
            if combo.currentData()
        )
        return dataclasses.replace(
            base,
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            market=self.market_combo.currentData(),
            language=self.language_edit.text(),
            time_zone=self.zone_combo.currentText(),
            team=self.team_edit.text(),
            topics=tuple(t for t in self.topics_edit.text().split(",") if t.strip()),
            groups=tuple(g.strip() for g in self.groups_edit.text().split(",") if g.strip()),
            max_shares_per_week=self.shares_spin.value(),
            quiet_start=self.quiet_start_edit.text(),
            quiet_end=self.quiet_end_edit.text(),
            visibility=Visibility(self.visibility_combo.currentData()),
            networks=networks,
            notes=self.notes_edit.toPlainText(),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit ambassador") if self.person else self.tr("Add an ambassador"))
        labels = [
            self.tr("Name"), self.tr("E-mail"), self.tr("Market"), self.tr("Language"), self.tr("Time zone"),
            self.tr("Team"), self.tr("Topics"), self.tr("Groups"), self.tr("Max shares per week"),
            self.tr("Quiet hours (from, to)"), self.tr("Leaderboard"), self.tr("Networks (profile, followers)"),
            self.tr("Notes"),
        ]  # fmt: skip
        for widget, text in zip(self.labels, labels, strict=True):
            widget.setText(text)
        self.topics_edit.setPlaceholderText(self.tr("Separate topics with commas"))
        self.groups_edit.setPlaceholderText(self.tr("e.g. Inner circle, Paris sales"))
        for index in range(self.visibility_combo.count()):
            self.visibility_combo.setItemText(index, texts.visibility_label(self.visibility_combo.itemData(index)))

    @classmethod
    def edit(cls, parent: QWidget | None, person: Ambassador | None) -> Ambassador | None:
        """The typed values (not yet checked), or None when cancelled."""
        dialog = cls(parent, person)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
