"""UI: the Rewards dialog — points rules, badges, contests (with winners) and the works-council switch.

Points rules are saved with their own button; a badge, a contest, a decision or the works-council switch is
saved as soon as it is made (each is one audited change). The questions it asks are classmethods tests patch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.domain.results import RULE_NAMES, RankingDisabled, ResultsInvalid
from ghostdesk.ui.dialogs import result_reward_prompts as prompts
from ghostdesk.ui.models.result_board_model import person_label
from ghostdesk.ui.models.result_reward_models import BadgeModel, ContestModel

translate = QCoreApplication.translate
POINT_RULES = tuple(n for n in RULE_NAMES if n.startswith("per_"))


def rule_label(name: str) -> str:
    return {
        "per_share": translate("ResultRewards", "Per share:"),
        "per_impression": translate("ResultRewards", "Per impression:"),
        "per_reaction": translate("ResultRewards", "Per reaction:"),
        "per_comment": translate("ResultRewards", "Per comment:"),
        "per_repost": translate("ResultRewards", "Per repost:"),
        "per_click": translate("ResultRewards", "Per click:"),
        "per_conversion": translate("ResultRewards", "Per conversion:"),
        "reference": translate("ResultRewards", "Counted per (followers):"),
        "floor": translate("ResultRewards", "Smallest network counted as:"),
    }[name]


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


class RewardsDialog(QDialog):
    """UI: three tabs (points, badges, contests) and the works-council switch below them."""

    def __init__(self, db, *, actor: str, campaign_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.campaign_id = db, actor, campaign_id
        self.changed = False
        self.tabs = QTabWidget()

        # -- points ------------------------------------------------------------------------------
        points = QWidget()
        self.points_intro = QLabel()
        self.points_intro.setWordWrap(True)
        self.rule_edits: dict[str, QDoubleSpinBox | QSpinBox] = {}
        self.rule_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name in POINT_RULES:
            edit = QDoubleSpinBox(decimals=2, minimum=0, maximum=1_000_000)
            edit.setMinimumWidth(120)
            self.rule_edits[name] = edit
            self.rule_labels[name] = QLabel()
            form.addRow(self.rule_labels[name], edit)
        self.normalise = QCheckBox()
        form.addRow("", self.normalise)
        for name in ("reference", "floor"):
            edit = QSpinBox(minimum=1, maximum=1_000_000)
            edit.setGroupSeparatorShown(True)  # "1 000", as the note above it writes the same number
            edit.setMinimumWidth(120)
            self.rule_edits[name] = edit
            self.rule_labels[name] = QLabel()
            form.addRow(self.rule_labels[name], edit)
        self.normalise.toggled.connect(self._follow_normalise)
        self.save_rules_button = QPushButton()
        self.save_rules_button.clicked.connect(lambda: self.save_rules())
        box = QVBoxLayout(points)
        box.addWidget(self.points_intro)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_rules_button)
        box.addLayout(row)
        box.addStretch(1)

        # -- badges ------------------------------------------------------------------------------
        badges = QWidget()
        self.badge_model = BadgeModel(self)
        self.badge_table = _table(self.badge_model)
        self.add_badge_button = QPushButton()
        self.remove_badge_button = QPushButton()
        self.add_badge_button.clicked.connect(lambda: self.add_badge())
        self.remove_badge_button.clicked.connect(lambda: self.remove_badge())
        box = QVBoxLayout(badges)
        box.addWidget(self.badge_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_badge_button)
        row.addWidget(self.remove_badge_button)
        box.addLayout(row)

        # -- contests ----------------------------------------------------------------------------
        contests = QWidget()
        self.contest_model = ContestModel(self)
        self.contest_table = _table(self.contest_model)
        self.contest_details = QLabel()
        self.contest_details.setObjectName("resultsContestDetails")
        self.contest_details.setWordWrap(True)
        self.contest_note = QLabel()
        self.contest_note.setWordWrap(True)
        self.add_contest_button = QPushButton()
        self.decide_button = QPushButton()
        self.add_contest_button.clicked.connect(lambda: self.add_contest())
        self.decide_button.clicked.connect(lambda: self.decide())
        box = QVBoxLayout(contests)
        box.addWidget(self.contest_table, 1)
        box.addWidget(self.contest_details)
        box.addWidget(self.contest_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_contest_button)
        row.addWidget(self.decide_button)
        box.addLayout(row)

        self.contest_table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_contest())
        self.tabs.addTab(points, "")
        self.tabs.addTab(badges, "")
        self.tabs.addTab(contests, "")

        self.works_council = QCheckBox()
        self.works_council.toggled.connect(self._on_works_council)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.works_council)
        layout.addWidget(close)
        self.resize(560, 520)
        self.retranslate_ui()
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible string again, in the current language (the dialog may stay open while it changes)."""
        self.setWindowTitle(self.tr("Rewards"))
        self.points_intro.setText(
            self.tr(
                "Every share earns the same points. What it did (reactions, clicks …) is counted per 1,000 "
                "followers when “weigh by network size” is on, so people with small networks can win too."
            )
        )
        for name, label in self.rule_labels.items():
            label.setText(rule_label(name))
        self.normalise.setText(self.tr("Weigh by network size"))
        self.save_rules_button.setText(self.tr("Save points rules"))
        self.add_badge_button.setText(self.tr("Add badge…"))
        self.remove_badge_button.setText(self.tr("Remove"))
        self.add_contest_button.setText(self.tr("New contest…"))
        self.decide_button.setText(self.tr("Decide winners"))
        for index, words in enumerate((self.tr("Points"), self.tr("Badges"), self.tr("Contests"))):
            self.tabs.setTabText(index, words)
        self.works_council.setText(self.tr("Works-council mode: no per-person ranking anywhere"))
        self.works_council.setToolTip(
            self.tr("Boards and reports show group totals only, and contest winners cannot be decided.")
        )
        self.badge_model.retranslate()
        self.contest_model.retranslate()
        self._show_contest()
        self._update_contest_note()

    # -- questions (tests patch these) ------------------------------------------------------------
    @classmethod
    def edit(cls, parent: QWidget | None, db, *, actor: str, campaign_id: str = "") -> bool:
        """Show the dialog; True when anything was changed."""
        dialog = cls(db, actor=actor, campaign_id=campaign_id, parent=parent)
        dialog.exec()
        return dialog.changed

    @classmethod
    def ask_badge(cls, parent: QWidget) -> prompts.BadgeInput | None:
        return prompts.ask_badge(parent)

    @classmethod
    def ask_contest(cls, parent: QWidget, campaigns, campaign_id: str) -> prompts.ContestInput | None:
        return prompts.ask_contest(parent, campaigns, campaign_id)

    @classmethod
    def show_message(cls, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    # -- state -----------------------------------------------------------------------------------
    def load(self) -> None:
        from ghostdesk.services import results

        rules = results.points_rules(self.db)
        for name, edit in self.rule_edits.items():
            edit.setValue(getattr(rules, name))
        self.normalise.setChecked(rules.normalise)
        self._follow_normalise(rules.normalise)
        self.badge_model.set_items(results.badges(self.db))
        self._load_contests()
        self.works_council.blockSignals(True)
        self.works_council.setChecked(not results.ranking_enabled(self.db))
        self.works_council.blockSignals(False)
        self._update_contest_note()

    def _load_contests(self) -> None:
        from ghostdesk.services import results

        found = results.contests(self.db)
        labels = {
            c.id: ", ".join(person_label(e) for e in results.winner_entries(self.db, c)) for c in found if c.decided_at
        }
        self.contest_model.set_contests(found, labels)
        self._show_contest()

    def _show_contest(self) -> None:
        contest = self.contest_model.item(self.contest_table.currentIndex().row())
        if contest is None:
            self.contest_details.setText("")
            return
        lines = [self.tr("Rules: {0}").format(contest.rules or "—"), self.tr("Prize: {0}").format(contest.prize or "—")]
        if contest.decided_at:
            winners = self.contest_model.winner_labels.get(contest.id) or self.tr("nobody eligible")
            lines.append(self.tr("Winners: {0}").format(winners))
        self.contest_details.setText("\n".join(lines))

    def _follow_normalise(self, on: bool) -> None:
        for name in ("reference", "floor"):
            self.rule_edits[name].setEnabled(on)

    def _update_contest_note(self) -> None:
        self.contest_note.setText(
            self.tr("Works-council mode is on: winners cannot be decided (no per-person ranking).")
            if self.works_council.isChecked()
            else self.tr("Winners are the top of the board for the period, among people who agreed to appear.")
        )

    # -- actions ---------------------------------------------------------------------------------
    def save_rules(self) -> bool:
        from ghostdesk.services import results

        values: dict[str, object] = {name: edit.value() for name, edit in self.rule_edits.items()}
        values["normalise"] = self.normalise.isChecked()
        try:
            results.set_points_rules(self.db, values, actor=self.actor)
        except GhostDeskError as exc:
            self.show_message(self, self.tr("Points"), self._words(exc))
            return False
        self.changed = True
        self.show_message(self, self.tr("Points"), self.tr("The points rules are saved; boards use them now."))
        return True

    def add_badge(self) -> None:
        from ghostdesk.services import results

        chosen = self.ask_badge(self)
        if chosen is None:
            return
        try:
            results.save_badge(self.db, chosen.name, chosen.metric, chosen.threshold, actor=self.actor)
        except GhostDeskError as exc:
            self.show_message(self, self.tr("Badges"), self._words(exc))
            return
        self.changed = True
        self.badge_model.set_items(results.badges(self.db))

    def remove_badge(self) -> None:
        from ghostdesk.services import results

        badge = self.badge_model.item(self.badge_table.currentIndex().row())
        if badge is None:
            return
        results.delete_badge(self.db, badge.id, actor=self.actor)
        self.changed = True
        self.badge_model.set_items(results.badges(self.db))

    def add_contest(self) -> None:
        from ghostdesk.services import results, results_summary

        campaigns = [(c.id, c.name, c.starts_on, c.ends_on) for c in results_summary.campaigns(self.db)]
        chosen = self.ask_contest(self, campaigns, self.campaign_id)
        if chosen is None:
            return
        try:
            results.save_contest(
                self.db, name=chosen.name, starts_on=chosen.starts_on, ends_on=chosen.ends_on, actor=self.actor,
                campaign_id=chosen.campaign_id, rules=chosen.rules, prize=chosen.prize,
                winners_count=chosen.winners_count,
            )  # fmt: skip
        except GhostDeskError as exc:
            self.show_message(self, self.tr("Contests"), self._words(exc))
            return
        self.changed = True
        self._load_contests()

    def decide(self) -> None:
        from ghostdesk.services import results

        contest = self.contest_model.item(self.contest_table.currentIndex().row())
        if contest is None:
            self.show_message(self, self.tr("Decide winners"), self.tr("Choose a contest first."))
            return
        try:
            results.decide_contest(self.db, contest.id, actor=self.actor)
        except GhostDeskError as exc:
            self.show_message(self, self.tr("Decide winners"), self._words(exc))
            return
        self.changed = True
        self._load_contests()

    def _on_works_council(self, on: bool) -> None:
        from ghostdesk.services import results

        results.set_works_council_mode(self.db, on, actor=self.actor)
        self.changed = True
        self._update_contest_note()

    def _words(self, exc: GhostDeskError) -> str:
        """The service's error in the user's words."""
        if isinstance(exc, RankingDisabled):
            return self.tr(
                "Winners cannot be decided: works-council mode is on, so nobody is ranked against anyone. "
                "Turn works-council mode off first if your works council agrees."
            )
        if isinstance(exc, ResultsInvalid):
            field = str(exc.fields.get("field", ""))
            texts = {
                "name": self.tr("Give it a name."),
                "metric": self.tr("Choose what the badge counts."),
                "threshold": self.tr("The threshold must be a number above zero."),
                "ends_on": self.tr("The contest must end on or after the day it starts."),
                "starts_on": self.tr("The start is not a date."),
                "winners_count": self.tr("Between 1 and 100 winners."),
            }
            if field in texts:
                return texts[field]
            if field in RULE_NAMES:
                return self.tr("{0} must be a number, zero or more.").format(rule_label(field).rstrip(":"))
        return self.tr("This could not be saved: {0}").format(exc.message)
