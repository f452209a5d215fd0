"""The Posts page on an 800-px screen: menu buttons keep their label clear of their arrow, and the preview card
shows the whole of its text even where the side pane has to scroll."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from _window_helpers import interface_language, shown_main_window
from PySide6.QtCore import QThreadPool

from ghostdesk.services import posts
from ghostdesk.storage import executives_repo
from ghostdesk.ui.views.posts_page import PostsPage

ARROW = 8  # px the menu arrow takes at the button's right edge (Qt draws it there in InstantPopup mode)
LONG = (
    "We stopped celebrating the engineer who fixed the outage at 3 a.m. We started celebrating the one whose "
    "runbook meant nobody had to.\n\nOn-call should be boring. Here is what made ours boring.\n\n"
    "Three changes did most of the work: runbooks, alerts, rehearsals. " * 3
)


@pytest.fixture
def narrow_page(qtbot, app_context, workspace):
    jordan = executives_repo.create(workspace.db, "Jordan Hale", title="Chief Technology Officer")
    post = posts.new_post(workspace, jordan.id, actor="t", title="On-call without heroics", body=LONG)
    app_context.workspace = workspace
    app_context.languages.apply("fr")
    widget = PostsPage()
    qtbot.addWidget(widget)
    widget.resize(750, 520)  # what an 800 × 600 window leaves the page: the side pane scrolls
    widget.show()
    widget.set_workspace(app_context)
    widget.table.selectRow(widget.model.row_of(post.id))
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(2000)
        qtbot.wait(30)
    yield widget
    widget.editor.dirty = False
    app_context.languages.apply("en")
    app_context.workspace = None


def test_menu_buttons_keep_their_label_clear_of_the_arrow(narrow_page):
    editor = narrow_page.editor
    for button in (editor.move_button, editor.assist):
        assert button.isVisible() and button.text()
        text = button.fontMetrics().horizontalAdvance(button.text())
        label_right = (button.width() + text) // 2  # the label is centred
        assert label_right < button.width() - ARROW - 2, (button.text(), button.width(), text)


def test_the_preview_card_is_as_tall_as_its_wrapped_text(narrow_page):
    body = narrow_page.editor.preview.body
    assert "voir plus" in body.text()
    assert body.height() >= body.heightForWidth(body.width()), (body.width(), body.height())
    pane = narrow_page.editor.splitter.widget(1)
    assert pane.verticalScrollBar().isVisible()  # the case that cut the text: a pane taller than its window


def test_the_version_history_fits_an_800_px_screen_and_dates_in_the_locale(qtbot, narrow_page, workspace):
    from ghostdesk.ui.dialogs.post_history_dialog import PostHistoryDialog

    post = narrow_page.editor.post
    posts.save(workspace, replace(posts.get(workspace, post.id), body=LONG + " Edited."), actor="Inès (ghostwriter)")
    dialog = PostHistoryDialog(posts.versions(workspace, post.id), narrow_page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimumSizeHint().width() < 800, dialog.minimumSizeHint()
    text = dialog.older.itemText(0)
    assert re.search(r"\d\d/\d\d/\d{2,4} \d\d:\d\d", text) and "T" not in text.split(" — ")[1], text


def test_the_check_lists_show_every_tab_whole_in_french(qtbot, narrow_page):
    from ghostdesk.services import checks
    from ghostdesk.ui.dialogs.post_check_lists_dialog import PostCheckListsDialog

    dialog = PostCheckListsDialog({checks.SENSITIVE: ["Heron"]}, narrow_page)
    qtbot.addWidget(dialog)
    dialog.show()
    bar = dialog.tabs.tabBar()
    assert dialog.width() < 800
    assert sum(bar.tabRect(index).width() for index in range(bar.count())) <= bar.width()


def test_an_empty_workspace_says_where_posts_come_from_and_a_filter_says_it_found_none(qtbot, app_context, workspace):
    app_context.workspace = workspace
    widget = PostsPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_workspace(app_context)
    qtbot.waitUntil(lambda: "New post" in widget.count_label.text())
    widget.search_edit.setText("heron")
    widget.apply_filter()
    qtbot.waitUntil(lambda: widget.count_label.text() == "No post matches these filters.")
    app_context.workspace = None


def test_posts_and_voices_write_a_language_s_name_the_same_way_in_french(app_context):
    from ghostdesk.ui.views.voice_texts import language_name
    from ghostdesk.ui.widgets.post_labels import LANGUAGE_NAMES, language_label

    app_context.languages.apply("fr")
    try:  # lower case, as French writes it mid-sentence ("Texte source, anglais (version 2)")
        for code in LANGUAGE_NAMES:
            assert language_label(code) == language_name(code), code
        assert language_label("en") == "anglais"
    finally:
        app_context.languages.apply("en")


def test_the_sign_off_dialog_says_why_ok_is_off_until_someone_is_named(qtbot, narrow_page):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

    from ghostdesk.ui.dialogs.post_prompts import PostPrompts

    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        relayed = dialog.findChildren(QLineEdit)[0]
        seen["named"] = ok.isEnabled()
        relayed.clear()
        seen["empty"] = (ok.isEnabled(), ok.toolTip())
        seen["width"] = dialog.width()
        dialog.reject()

    QTimer.singleShot(0, look)
    assert PostPrompts.sign_off(narrow_page, "Inès", "Jordan Hale") is None
    assert seen["named"] and seen["empty"] == (False, "Indiquez qui a transmis la validation du dirigeant.")
    assert seen["width"] >= 440


def test_with_no_post_loaded_nothing_offers_to_act_on_one(main_window, qtbot):
    """An empty workspace: "Move to trash" and "Assistant" did nothing when clicked; they wait for a post."""
    page = main_window.show_page("posts")
    qtbot.waitUntil(lambda: page.isVisible())
    assert page.editor.post is None
    assert not page.delete_button.isEnabled() and not page.editor.assist.isEnabled()
    assert page.new_button.isEnabled()
    from ghostdesk.storage import executives_repo

    executives_repo.create(main_window.context.workspace.db, "Claire Vasseur")
    page.new_post()
    qtbot.waitUntil(lambda: page.editor.post is not None)
    assert page.delete_button.isEnabled() and page.editor.assist.isEnabled()


def _tabs_in_view(editor) -> list[str]:
    """The side tabs whose whole rectangle lies inside their tab bar (none behind scroll arrows)."""
    bar = editor.side_tabs.tabBar()
    return [bar.tabText(i) for i in range(bar.count()) if bar.rect().contains(bar.tabRect(i))]


def test_every_side_tab_stays_in_view_on_a_narrow_pane(narrow_page):
    editor = narrow_page.editor
    assert _tabs_in_view(editor) == [editor.side_tabs.tabText(i) for i in range(3)]
    assert editor.side_tabs.tabToolTip(1) == editor.side_tabs.tabText(1)  # the whole name, should it be elided


def test_the_side_tabs_fit_without_eliding_in_a_1180_px_window(qtbot, app_context, workspace):
    jordan = executives_repo.create(workspace.db, "Jordan Hale", title="Chief Technology Officer")
    posts.new_post(workspace, jordan.id, actor="t", title="On-call without heroics", body=LONG)
    window = shown_main_window(qtbot, app_context, workspace)
    try:
        for language in ("en", "fr"):
            with interface_language(app_context, language):
                editor = window.show_page("posts").editor
                qtbot.waitUntil(lambda editor=editor: not editor.feedback_pending)
                bar = editor.side_tabs.tabBar()
                names = [bar.tabText(i) for i in range(3)]
                assert _tabs_in_view(editor) == names, language
                for i, name in enumerate(names):  # each tab as wide as its whole name asks (none elided)
                    assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), (language, name)
    finally:
        app_context.workspace = None


def test_a_side_tab_with_a_count_still_fits_in_a_1180_px_window_in_french(qtbot, app_context, workspace):
    jordan = executives_repo.create(workspace.db, "Jordan Hale", title="Chief Technology Officer")
    posts.new_post(workspace, jordan.id, actor="t", title="On-call without heroics", body=LONG)
    window = shown_main_window(qtbot, app_context, workspace)
    try:
        with interface_language(app_context, "fr"):
            editor = window.show_page("posts").editor
            qtbot.waitUntil(lambda: not editor.feedback_pending)
            editor.side_tabs.setTabText(0, "Contrôles (3)")  # a post with a few findings
            bar = editor.side_tabs.tabBar()
            assert all(bar.tabRect(i).width() >= bar.tabSizeHint(i).width() for i in range(3))
    finally:
        app_context.workspace = None
