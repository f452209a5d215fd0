"""Test helpers: a main window on screen, and one whose workspace connection records the SQL it runs."""

from __future__ import annotations

import contextlib
import sqlite3


def shown_main_window(qtbot, app_context, workspace, size: tuple[int, int] = (1180, 760)):
    """The main window on `workspace`, shown at `size` and exposed (closed with the test)."""
    from ghostdesk.ui.mainwindow import MainWindow

    app_context.workspace = workspace
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@contextlib.contextmanager
def traced_main_window(qtbot, app_context, workspace):
    """The main window on `workspace`, shown at 1180 × 760, and the SQL statements its connection runs from then on
    (for tests that count what a page reads)."""
    statements: list[str] = []
    workspace.db.conn.set_trace_callback(statements.append)
    window = shown_main_window(qtbot, app_context, workspace)
    statements.clear()
    try:
        yield window, statements
    finally:
        app_context.workspace = None
        with contextlib.suppress(sqlite3.ProgrammingError):  # already closed with the window
            workspace.db.conn.set_trace_callback(None)


@contextlib.contextmanager
def interface_language(context, language: str):
    """The interface in `language` (through the app context) for the block; back in English afterwards."""
    context.languages.apply(language)
    try:
        yield
    finally:
        context.languages.apply("en")
