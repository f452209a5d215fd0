"""The Calendar and the campaign editor in the words and formats of the person reading them: networks by name,
counts that keep their numbers in a narrow cell, holidays and dates in the interface's language."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QFont, QFontMetrics

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

from _window_helpers import interface_language
from campaign_helpers import world

from ghostdesk.domain.campaigns import TARGETS
from ghostdesk.domain.results import BADGE_METRICS
from ghostdesk.services import campaigns
from ghostdesk.ui.models.calendar_model import CalendarModel, network_name, when_text


@pytest.fixture
def planned(workspace):
    campaign, _post, _made, _roster = world(workspace, markets=("US", "FR"), day="2027-03-16")
    campaigns.plan_and_apply(workspace.db, campaign.id, actor="t")
    return campaign


def test_networks_show_by_their_names_not_their_ids(workspace, planned):
    model = CalendarModel()
    model.set_items(campaigns.calendar_items(workspace.db, planned.id))
    ids = [i.id for i in model.items()]
    labels = [model.chip_label(i) for i in ids]
    assert any("LinkedIn" in label for label in labels)
    assert not any(label.endswith(" linkedin") for label in labels)
    column = CalendarModel.COLUMNS.index("network")
    shown = {model.index(r, column).data() for r in range(model.rowCount())}
    assert "linkedin" not in shown and "LinkedIn" in shown
    assert network_name("wechat_moments") == "WeChat Moments" and network_name("newnet") == "newnet"


def test_the_network_filter_lists_names_and_filters_by_id(main_window, planned):
    page = main_window.show_page("calendar")
    page.set_workspace(main_window.context)
    names = [page.network_combo.itemText(i) for i in range(page.network_combo.count())]
    assert "LinkedIn" in names and "linkedin" not in names
    assert page.network_combo.itemData(names.index("LinkedIn")) == "linkedin"


def test_a_narrow_month_cell_keeps_the_count_of_hidden_posts(qapp):
    from ghostdesk.ui.widgets.calendar_views import day_summary

    fm = QFontMetrics(QFont())
    wide = day_summary(32, 3, False, fm, 1000)
    assert wide == "32 shares  +3 posts"
    for width in (fm.horizontalAdvance("32 shares  +3"), fm.horizontalAdvance("32  +3")):
        text = day_summary(32, 3, False, fm, width)
        assert "+3" in text and "…" not in text  # was "32 shares  +3 …" / "32 sh…": the hidden posts vanished
    assert day_summary(4, 0, False, fm, 1000) == "4 shares"


def test_french_interface_names_french_holidays_and_dates(app_context, workspace):
    from ghostdesk.services import markets

    with interface_language(app_context, "fr"):
        profiles = [("FR", markets.effective(workspace.db, "FR"))]
        found = campaigns.holidays_from(profiles, date(2027, 3, 29), date(2027, 3, 29), language="fr_FR")
        assert found[date(2027, 3, 29)] == [("FR", "Lundi de Pâques")]
        english = campaigns.holidays_from(profiles, date(2027, 3, 29), date(2027, 3, 29))
        assert english[date(2027, 3, 29)] == [("FR", "Easter Monday")]
        when = when_text(datetime(2027, 3, 11, 8, 30, tzinfo=ZoneInfo("Europe/Paris")))
        assert when.startswith("jeu. 11 mars 2027") and when.endswith("08:30 CET")


def test_the_page_asks_for_holidays_in_the_interface_language(main_window, planned, monkeypatch, qtbot):
    asked = []
    real = campaigns.holidays_from
    monkeypatch.setattr(campaigns, "holidays_from", lambda *a, **k: asked.append(k.get("language")) or real(*a, **k))
    with interface_language(main_window.context, "fr"):
        page = main_window.show_page("calendar")
        page.set_workspace(main_window.context)
        page._load_holidays()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert asked[-1] == "fr_FR"


def test_campaign_editor_shows_dates_and_numbers_as_the_language_writes_them(app_context, qtbot):
    from ghostdesk.ui.dialogs.campaign_editor import CampaignEditor

    with interface_language(app_context, "fr"):
        dialog = CampaignEditor(None, markets=["US", "FR", "BR"])
        qtbot.addWidget(dialog)
        dialog.start_edit.setDate(date(2027, 3, 8))
        assert dialog.start_edit.text() == "08/03/2027"  # not 2027-03-08
        assert dialog.values()["start"] == "2027-03-08"
        dialog.target_spins["reach"].setValue(250000)
        assert dialog.target_spins["reach"].text() in {"250 000", "250\u202f000", "250\xa0000"}
        assert "BR" in dialog.market_checks  # a market added on the Markets page can be chosen
    dialog = CampaignEditor(None)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDate(date(2027, 3, 8))
    assert dialog.start_edit.text() == "3/8/2027"  # four-digit year, not "3/8/27"


def test_results_name_every_target_and_badge_metric(app_context):
    from ghostdesk.ui.views.results_page import _metric_label

    for metric in (*TARGETS, *BADGE_METRICS):
        assert _metric_label(metric) != metric, metric  # "engagement" showed as its raw id


def test_filters_end_in_an_ellipsis_rather_than_mid_letter(main_window, planned):
    from ghostdesk.ui.widgets.elided_combo import ElidedComboBox

    page = main_window.show_page("calendar")
    for combo in (page.zone_combo, page.market_combo, page.network_combo, page.state_combo):
        assert isinstance(combo, ElidedComboBox)  # "Heure locale de cha" / "Toutes les validat" were cut
    assert page.minimumSizeHint().width() < 600


def test_a_plan_that_changes_nothing_cannot_be_applied_and_says_why(qtbot, workspace, planned):
    from ghostdesk.ui.dialogs.campaign_plan_preview import PlanPreviewDialog

    dialog = PlanPreviewDialog(campaigns.preview_plan(workspace.db, planned.id))
    qtbot.addWidget(dialog)
    assert "Nothing changes" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled() and "Nothing to apply" in dialog.apply_button.toolTip()
    assert dialog.cancel_button.text() == "Close"


def test_the_week_opens_on_its_morning_not_on_midnight(main_window, planned, qtbot):
    page = main_window.show_page("calendar")
    page.set_workspace(main_window.context)
    page._go_first()
    page.set_view("week")
    bar = page.week_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)  # it showed 00:00 to 12:00, the shares out of sight
    first = min(
        shown
        for shown, _id in page.model.ids_between(page.week_view().start, page.week_view().start + timedelta(days=6))
    )
    top_minutes = bar.value() * 60 / page.week_view().HOUR
    assert top_minutes <= first.hour * 60 + first.minute <= top_minutes + 3 * 60


def _mnemonic(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_calendars_main_actions_have_their_own_keys(main_window, planned, language):
    main_window.context.languages.apply(language)
    try:
        page = main_window.show_page("calendar")
        page.retranslate_ui()
        main_window.retranslate_ui()
        buttons = (page.new_button, page.plan_button, page.approve_button, page.reject_button,
                   page.approve_campaign_button)  # fmt: skip
        keys = [_mnemonic(b.text()) for b in buttons]
        menus = {_mnemonic(m.title()) for m in (main_window.file_menu, main_window.tools_menu, main_window.help_menu)}
        assert all(keys) and len(set(keys)) == len(keys) and not set(keys) & menus, (keys, menus)
    finally:
        main_window.context.languages.apply("en")


def test_why_someone_was_not_planned_names_networks_as_people_do():
    from ghostdesk.ui.views.calendar_texts import skip_text

    text = skip_text("network_not_used", "杨洋", {"network": "weibo", "networks": ["wechat_moments", "linkedin"]})
    assert text == "杨洋 does not use Weibo (uses: WeChat Moments, LinkedIn)."  # was "weibo (uses: wechat_moments…"


def test_the_campaign_summary_ends_in_an_ellipsis_when_narrow(main_window, planned, qtbot):
    page = main_window.show_page("calendar")
    page.set_workspace(main_window.context)
    label = page.summary_label
    label.resize(40, label.height())
    assert label.shown_text().endswith("…") and label.toolTip() == label.text()  # it was cut to "18 p"
