"""UI fixtures: a QApplication set up as the composition root sets it up, and a main window."""

from __future__ import annotations

import pytest


@pytest.fixture
def app_context(qapp, ghostdesk_home):
    from ghostdesk.ui.app import build_context, make_application

    make_application()
    context = build_context(qapp, show_crash_dialog=False, persist_settings=True)
    yield context
    context.languages.apply("en")
    import sys

    sys.excepthook = sys.__excepthook__


@pytest.fixture
def main_window(qtbot, app_context, workspace):
    from ghostdesk.ui.mainwindow import MainWindow

    app_context.workspace = workspace
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    app_context.workspace = None
