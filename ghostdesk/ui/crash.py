"""UI: unexpected errors are logged, written to a crash file and shown with copyable details."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ghostdesk import __version__
from ghostdesk.services import locations
from ghostdesk.ui import logs

log = logging.getLogger(__name__)

# Anything that must never reach a crash file (API keys …) is removed by these before writing.
_redactors: list[Callable[[str], str]] = []


def add_redactor(redact: Callable[[str], str]) -> None:
    _redactors.append(redact)


def redact(text: str) -> str:
    for fn in _redactors:
        text = fn(text)
    return text


def report_text(exc_type, exc, tb) -> str:
    import platform  # here: its import compiles a dozen regular expressions, at every start otherwise

    lines = "".join(traceback.format_exception(exc_type, exc, tb))
    head = (
        f"GhostDesk {__version__}\nPython {platform.python_version()} on {platform.platform()}\n"
        f"Time (UTC): {datetime.now(UTC).isoformat(timespec='seconds')}\n\n"
    )
    return redact(head + lines)


def write_crash_file(text: str) -> Path | None:
    try:
        folder = locations.ensure(locations.log_dir())
        path = folder / f"crash-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


class CrashHandler:
    """Installed as sys.excepthook (and threading.excepthook) by the composition root."""

    def __init__(self, show_dialog: bool) -> None:
        self.show_dialog = show_dialog
        self.last_report: str = ""
        self.last_file: Path | None = None
        self._showing = False

    @staticmethod
    def exit_app(code: int) -> None:
        """Without a dialog (CI), an unexpected error ends the run with a failing exit code."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.exit(code)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = report_text(exc_type, exc, tb)
        log.error("Unexpected error:\n%s", text)
        self.last_report = text
        self.last_file = write_crash_file(text)
        if not self.show_dialog:
            sys.stderr.write(text)
            self.exit_app(70)
            return
        if self._showing or threading.current_thread() is not threading.main_thread():
            return
        self._showing = True
        try:
            from ghostdesk.ui.dialogs.crash_dialog import CrashDialog

            CrashDialog.show_report(None, text, self.last_file, logs.log_file())
        finally:
            self._showing = False
