"""The main window fits an 800-px-wide screen with every page visited, in English and in French."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

import kit_helpers

from ghostdesk.ui.widgets.icon_only_delegate import IconOnlyDelegate

approved_demo_file = kit_helpers.approved_demo_file  # fixtures
approved_demo = kit_helpers.approved_demo

SCREEN = 800
SCREEN_HEIGHT = 600


def _settle(qtbot) -> None:
    for _ in range(3):  # pages finish some sections on a worker: let those land and lay out
        QThreadPool.globalInstance().waitForDone(2000)
        qtbot.wait(20)


def _widths(qtbot, window) -> dict[str, int]:
    """Each page's minimum width once shown, and the window's (a stacked widget takes its widest page's). The
    Voices page shows each of its profile tabs (built on first show), the widest being the samples' buttons."""
    widths = {}
    for spec in window.specs:
        page = window.show_page(spec.key)
        _settle(qtbot)
        if spec.key == "voices":
            for index in range(page.tabs.count()):
                page.tabs.setCurrentIndex(index)
                _settle(qtbot)
                widths[f"voices tab {index}"] = page.minimumSizeHint().width()
            page.tabs.setCurrentIndex(0)
        if spec.key == "variants" and page.model.rowCount() and page.model.columnCount() > 1:
            page.open_cell(page.model.index(0, 1))  # the side-by-side editor: the tallest screen
            _settle(qtbot)
            widths["variant editor"] = page.minimumSizeHint().width()
        widths[spec.key] = page.minimumSizeHint().width()
    widths["window"] = window.minimumSizeHint().width()
    widths["window height"] = window.minimumSizeHint().height()
    return widths


def test_every_page_fits_an_800_px_screen_in_english_and_in_french(qtbot, app_context, approved_demo):
    from ghostdesk.ui.mainwindow import MainWindow

    workspace, _campaign = approved_demo
    app_context.workspace = workspace
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    english = _widths(qtbot, window)
    assert {spec.key for spec in window.specs} | {"window"} <= set(english)
    assert english["window"] < SCREEN, english
    assert "variant editor" in english
    assert english["window height"] <= SCREEN_HEIGHT, english  # the variant editor too fits an 800 × 600 screen
    app_context.languages.apply("fr")
    try:
        qtbot.waitUntil(lambda: window.page("posts").editor.save_button.text() == "Enregistrer")
        french = _widths(qtbot, window)
        assert french["window"] < SCREEN, french
        assert french["window height"] <= SCREEN_HEIGHT, french
        window.resize(SCREEN, SCREEN_HEIGHT)  # and the window really takes that size (nothing forces it wider)
        _settle(qtbot)
        assert window.width() == SCREEN
        # There the sidebar shows its icons only, each label in its tooltip, and leaves the width to the page.
        assert window.sidebar_compact and window.sidebar.width() <= 60
        labels = [window.sidebar.item(row).toolTip() for row in range(window.sidebar.count())]
        assert labels[:2] == ["Voix", "Publications"], labels
        assert not any(window.sidebar.item(row).text() for row in range(window.sidebar.count()))
        assert isinstance(window.sidebar.itemDelegate(), IconOnlyDelegate)  # the icon centred, one selection block
        assert window.stack.width() >= SCREEN - 80, window.stack.width()
        for key in ("posts", "voices"):  # every page now has the width it lays out its rows in
            page = window.show_page(key)
            _settle(qtbot)
            assert page.width() >= page.minimumSizeHint().width(), key
        window.resize(1180, 760)  # wide again: the labels come back, the sidebar as wide as the longest one
        _settle(qtbot)
        assert not window.sidebar_compact
        assert window.sidebar.item(0).text() == "Voix"
        assert not isinstance(window.sidebar.itemDelegate(), IconOnlyDelegate)  # Qt's own, with the labels
        longest = max(window.sidebar.fontMetrics().horizontalAdvance(label) for label in labels)
        assert window.sidebar.width() >= longest + 22
        icons = window._icons_delegate
        window.resize(SCREEN, SCREEN_HEIGHT)
        _settle(qtbot)
        assert window.sidebar.itemDelegate() is icons  # the same one again, not a new delegate per switch
    finally:
        app_context.languages.apply("en")
        qtbot.waitUntil(lambda: window.page("posts").editor.save_button.text() == "Save")  # retranslated, then
        app_context.workspace = None
