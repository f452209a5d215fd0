"""UI: the Rewards dialog edits points rules, badges, contests and works-council mode (demo workspace)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _window_helpers import interface_language
from PySide6.QtCore import Qt

from ghostdesk.services import results
from ghostdesk.ui.dialogs.result_reward_prompts import BadgeInput, ContestInput
from ghostdesk.ui.dialogs.result_rewards import RewardsDialog
from ghostdesk.ui.models.result_reward_models import BadgeModel, ContestModel
from ghostdesk.ui.views.results_page import ResultsPage

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def said(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(RewardsDialog, "show_message", classmethod(lambda cls, p, title, text: messages.append(text)))
    return messages


@pytest.fixture
def dialog(qtbot, workspace, said):
    campaign_id = results.campaign_ids(workspace.db)[0]
    found = RewardsDialog(workspace.db, actor="t", campaign_id=campaign_id)
    qtbot.addWidget(found)
    return found


def _campaign(workspace):
    return results.campaign_ids(workspace.db)[0]


def test_models_pass_the_tester(qtmodeltester, dialog, workspace):
    qtmodeltester.check(dialog.badge_model)
    results.save_contest(workspace.db, name="March", starts_on="2027-03-01", ends_on="2027-03-31", actor="t")
    dialog._load_contests()
    qtmodeltester.check(dialog.contest_model)
    assert isinstance(dialog.badge_model, BadgeModel) and isinstance(dialog.contest_model, ContestModel)


def test_points_rules_are_edited_and_change_the_board(dialog, workspace, said):
    campaign = _campaign(workspace)
    before = results.board(workspace.db, campaign).entries[0].points
    assert dialog.rule_edits["per_click"].value() == 2 and dialog.normalise.isChecked()
    dialog.rule_edits["per_share"].setValue(100)
    dialog.rule_edits["floor"].setValue(2000)
    dialog.normalise.setChecked(False)
    assert not dialog.rule_edits["floor"].isEnabled()
    qtbot_click(dialog.save_rules_button)
    rules = results.points_rules(workspace.db)
    assert rules.per_share == 100 and rules.floor == 2000 and not rules.normalise
    assert results.board(workspace.db, campaign).entries[0].points > before
    assert dialog.changed and "saved" in said[-1]


def qtbot_click(button) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_badges_are_added_and_removed(dialog, workspace, monkeypatch, said):
    names = lambda: [b.name for b in results.badges(workspace.db)]  # noqa: E731
    assert "Traffic maker" in names()
    monkeypatch.setattr(
        RewardsDialog, "ask_badge", classmethod(lambda cls, p: BadgeInput("Reach star", "impressions", 5000))
    )
    qtbot_click(dialog.add_badge_button)
    assert "Reach star" in names() and "Traffic maker" in names()
    shown = [dialog.badge_model.index(r, 0).data() for r in range(dialog.badge_model.rowCount())]
    assert "Reach star" in shown
    row = next(r for r in range(dialog.badge_model.rowCount()) if dialog.badge_model.item(r).name == "Traffic maker")
    dialog.badge_table.selectRow(row)
    qtbot_click(dialog.remove_badge_button)
    assert "Traffic maker" not in names() and "Reach star" in names()
    monkeypatch.setattr(RewardsDialog, "ask_badge", classmethod(lambda cls, p: BadgeInput("  ", "clicks", 3)))
    qtbot_click(dialog.add_badge_button)
    assert said[-1] == "Give it a name."


def test_contests_are_created_and_decided_with_winners_as_privacy_allows(dialog, workspace, monkeypatch, said):
    campaign = _campaign(workspace)
    answer = ContestInput("Grid week sprint", "2027-03-01", "2027-04-30", campaign, "Most points", "A day off", 3)
    monkeypatch.setattr(RewardsDialog, "ask_contest", classmethod(lambda cls, p, campaigns, cid: answer))
    qtbot_click(dialog.add_contest_button)
    assert dialog.contest_model.rowCount() == 1
    assert dialog.contest_model.index(0, 3).data() == "not decided (3 to win)"
    qtbot_click(dialog.decide_button)
    assert said[-1] == "Choose a contest first."
    dialog.contest_table.selectRow(0)
    qtbot_click(dialog.decide_button)
    contest = results.contests(workspace.db)[0]
    assert len(contest.winners) == 3
    shown = dialog.contest_model.index(0, 3).data()
    expected = {e.name or f"Ambassador #{e.alias}" for e in results.winner_entries(workspace.db, contest)}
    assert set(shown.split(", ")) == expected
    names = {a.name for a in __import__("ghostdesk.services.ambassadors", fromlist=["x"]).get_many(
        workspace.db, list(contest.winners)).values() if a.visibility != "named"}  # fmt: skip
    assert not names & set(shown.split(", "))  # only people who chose "named" appear by name
    bad = ContestInput("Backwards", "2027-04-30", "2027-03-01", "", "", "", 1)
    monkeypatch.setattr(RewardsDialog, "ask_contest", classmethod(lambda cls, p, campaigns, cid: bad))
    qtbot_click(dialog.add_contest_button)
    assert said[-1] == "The contest must end on or after the day it starts." and dialog.contest_model.rowCount() == 1


def test_works_council_mode_refuses_winners_in_plain_words(dialog, workspace, said):
    results.save_contest(workspace.db, name="March", starts_on="2027-03-01", ends_on="2027-03-31", actor="t")
    dialog._load_contests()
    dialog.works_council.setChecked(True)
    assert (
        not results.ranking_enabled(workspace.db) and "works-council mode is on" in dialog.contest_note.text().lower()
    )
    dialog.contest_table.selectRow(0)
    qtbot_click(dialog.decide_button)
    assert said[-1].startswith("Winners cannot be decided: works-council mode is on")
    assert not results.contests(workspace.db)[0].decided_at
    dialog.works_council.setChecked(False)
    assert results.ranking_enabled(workspace.db)


def test_rewards_button_opens_the_dialog_and_refreshes_the_board(main_window, monkeypatch):
    page = main_window.show_page("results")
    asked = []

    def edit(cls, parent, db, *, actor, campaign_id=""):
        asked.append(campaign_id)
        results.set_works_council_mode(db, True, actor=actor)
        return True

    monkeypatch.setattr(RewardsDialog, "edit", classmethod(edit))
    assert page.board_model.rowCount() > 0
    qtbot_click(page.rewards_button)
    assert asked == [page.campaign_id()] and page.board_model.rowCount() == 0
    assert isinstance(page, ResultsPage)


def test_dialog_fits_and_renders(dialog, qtbot, tmp_path):
    assert dialog.minimumSizeHint().width() < 600
    dialog.show()
    qtbot.waitExposed(dialog)
    target = ROOT / "docs" if os.environ.get("GHOSTDESK_SCREENSHOTS") else tmp_path
    for index, name in enumerate(("points", "badges", "contests")):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert (
            dialog.grab()
            .toImage()
            .save(str((target if name == "points" else tmp_path) / f"screenshot-results-rewards-{name}.png"))
        )


def test_an_open_dialog_follows_a_live_switch_to_french_and_back(dialog, workspace, app_context, qtbot):
    results.save_contest(workspace.db, name="March", starts_on="2027-03-01", ends_on="2027-03-31", actor="t")
    dialog._load_contests()
    dialog.contest_table.selectRow(0)
    dialog.show()
    qtbot.waitExposed(dialog)
    rule = dialog.rule_labels["per_click"]
    english = (dialog.windowTitle(), dialog.tabs.tabText(2), dialog.save_rules_button.text(), rule.text())
    assert english == ("Rewards", "Contests", "Save points rules", "Per click:")
    with interface_language(app_context, "fr"):
        qtbot.waitUntil(lambda: dialog.tabs.tabText(2) == "Concours")
        assert dialog.windowTitle() == "Récompenses"
        assert dialog.save_rules_button.text() == "Enregistrer les règles de points"
        assert rule.text() == "Par clic :"
        assert dialog.normalise.text() == "Pondérer par la taille du réseau"
        assert dialog.works_council.text().startswith("Mode comité d’entreprise")
        assert dialog.add_badge_button.text() == "Ajouter un badge…" and dialog.decide_button.text() != "Decide winners"
        assert dialog.contest_note.text().startswith("Les gagnants sont")
        assert dialog.contest_details.text().startswith("Règlement")
        header = dialog.badge_model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Badge" and dialog.badge_model.headerData(1, Qt.Orientation.Horizontal) == "Critère"
        counts = {dialog.badge_model.index(r, 1).data() for r in range(dialog.badge_model.rowCount())}
        assert "Partages" in counts and "Shares" not in counts
        assert dialog.contest_model.index(0, 3).data() == "non attribué (1 à désigner)"
        assert dialog.contest_model.headerData(2, Qt.Orientation.Horizontal) == "Prix"
        assert dialog.minimumSizeHint().width() < 600
    qtbot.waitUntil(lambda: dialog.tabs.tabText(2) == "Contests")
    assert (dialog.windowTitle(), dialog.tabs.tabText(2), dialog.save_rules_button.text(), rule.text()) == english
