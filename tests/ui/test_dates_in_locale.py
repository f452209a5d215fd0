"""Dates and percentages on screen as the interface language writes them (11/03/2027 and 27 % in French), never
as ISO text or the English pattern."""

from __future__ import annotations

from _window_helpers import interface_language
from PySide6.QtCore import Qt

from ghostdesk.services import demo
from ghostdesk.ui.i18n import date_format, percent, short_date


def test_short_dates_follow_the_interface_language(app_context):
    assert short_date("2027-03-11") == "3/11/2027" and date_format() == "M/d/yyyy"
    with interface_language(app_context, "fr"):
        assert short_date("2027-03-11") == "11/03/2027" and short_date("2027-03-11T08:00:00") == "11/03/2027"
        assert short_date("") == "" and short_date("not a date") == "not a date"


def test_percentages_follow_the_interface_language(app_context):
    from ghostdesk.ui.views.voice_texts import figure

    assert percent(0.274) == "27%" and percent(1) == "100%"
    with interface_language(app_context, "fr"):
        assert percent(0.274) == "27\u202f%"  # French sets the sign apart, with a space that never breaks
        assert figure("questions", 0.5) == "50\u202f%"  # the voice fingerprint's rates


def test_results_show_french_dates_on_the_chart_and_in_the_entry_grid(qtbot, app_context, tmp_path):
    from ghostdesk.ui.models.result_entry_model import COLUMNS
    from ghostdesk.ui.views.results_page import ResultsPage

    workspace = demo.build(tmp_path / "demo")
    app_context.workspace = workspace
    app_context.languages.apply("fr")
    try:
        page = ResultsPage()
        qtbot.addWidget(page)
        page.set_workspace(app_context)
        page.show()
        qtbot.waitUntil(lambda: bool(page.trend_chart._labels), timeout=10000)
        assert page.trend_chart._labels[0] == "11/03/2027"  # was 2027-03-11
        page.tabs.setCurrentIndex(1)
        grid = page.entry_grid
        qtbot.waitUntil(lambda: grid.model.rowCount() > 0, timeout=10000)
        planned = grid.model.index(0, COLUMNS.index("planned_on"))
        assert planned.data() == "11/03/2027"  # was 2027-03-11
        assert planned.data(Qt.ItemDataRole.EditRole) == "2027-03-11"  # typed and read back as before
    finally:
        app_context.languages.apply("en")
        app_context.workspace = None
        workspace.close()
