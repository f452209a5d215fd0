"""The main window fits an 800-px-wide screen with every page visited, in English and in French."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

import kit_helpers

approved_demo_file = kit_helpers.approved_demo_file  # fixtures
approved_demo = kit_helpers.approved_demo

SCREEN = 800


def _settle(qtbot) -> None:
    for _ in range(3):  # pages finish some sections on a worker: let those land and lay out
        QThreadPool.globalInstance().waitForDone(2000)
        qtbot.wait(20)


def _widths(qtbot, window) -> dict[str, int]:
    """Each page's minimum width once shown, and the window's (a stacked widget takes its widest page's)."""
    widths = {}
    for spec in window.specs:
        page = window.show_page(spec.key)
        _settle(qtbot)
        widths[spec.key] = page.minimumSizeHint().width()
    widths["window"] = window.minimumSizeHint().width()
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
    assert set(english) == {spec.key for spec in window.specs} | {"window"}
    assert english["window"] < SCREEN, english
    app_context.languages.apply("fr")
    try:
        qtbot.waitUntil(lambda: window.page("posts").editor.save_button.text() == "Enregistrer")
        french = _widths(qtbot, window)
        assert french["window"] < SCREEN, french
        window.resize(SCREEN, 600)  # and the window really takes that size (nothing forces it wider)
        _settle(qtbot)
        assert window.width() == SCREEN
    finally:
        app_context.languages.apply("en")
        qtbot.waitUntil(lambda: window.page("posts").editor.save_button.text() == "Save")  # retranslated, then
        app_context.workspace = None
