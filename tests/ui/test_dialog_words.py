"""Dialogs open on what the person reading them needs first, in their interface language."""

from __future__ import annotations


def test_participation_texts_open_on_the_interface_language(qtbot, app_context, workspace):
    from ghostdesk.ui.dialogs.ambassador_participation import ParticipationTextDialog

    app_context.languages.apply("fr")
    try:
        dialog = ParticipationTextDialog(None, workspace.db, "tester")
        qtbot.addWidget(dialog)
        assert dialog.language() == "fr" and "volontaire" in dialog.body_edit.toPlainText()
    finally:
        app_context.languages.apply("en")
    dialog = ParticipationTextDialog(None, workspace.db, "tester")
    qtbot.addWidget(dialog)
    assert dialog.language() == "en"


def test_markets_greyed_out_buttons_say_why(main_window, qtbot):
    from PySide6.QtCore import Qt

    page = main_window.show_page("markets")
    row = page.model.row_of("FR")
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(page.model.index(row, 1)).center()
    )
    assert page.current_code() == "FR"
    assert not page.remove_button.isEnabled() and "shipped" in page.remove_button.toolTip()
    assert not page.reset_button.isEnabled() and "defaults" in page.reset_button.toolTip()


def test_an_empty_workspace_says_where_to_start(main_window):
    calendar = main_window.show_page("calendar")
    assert "No campaign yet" in calendar.detail.text() and "New campaign" in calendar.detail.text()
    roster = main_window.show_page("ambassadors")
    assert roster.counts_label.text() == "No one on the roster yet."  # was "0 people · 0 opted in · …"
    assert "Import" in roster.detail.text() and "opt in" in roster.detail.text()


def test_a_markets_unavailable_networks_show_by_name(main_window, qtbot):
    from PySide6.QtCore import Qt

    page = main_window.show_page("markets")
    row = page.model.row_of("CN")
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(page.model.index(row, 1)).center()
    )
    text = page.profile_view.toPlainText()
    assert "LinkedIn — LinkedIn withdrew" in text and "linkedin —" not in text  # the list showed raw ids
