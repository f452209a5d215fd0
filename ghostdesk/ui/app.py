"""UI: the composition root — builds settings, translators, crash handling and the window, then runs."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ghostdesk import APP_NAME, __version__
from ghostdesk.domain.errors import GhostDeskError
from ghostdesk.services import demo_version, locations, workspaces
from ghostdesk.services import settings as settings_service
from ghostdesk.ui import assist_runtime, icons, logs, theme
from ghostdesk.ui.context import AppContext
from ghostdesk.ui.crash import CrashHandler
from ghostdesk.ui.dialogs.prompts import Tell
from ghostdesk.ui.i18n import LanguageSwitcher
from ghostdesk.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    if locations.home_override() is not None:
        # GHOSTDESK_HOME keeps everything, Qt's own settings too, inside that folder.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(locations.config_dir()))
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ghostdesk")
    app.setWindowIcon(icons.app_icon())
    return app


def build_context(app: QApplication, *, show_crash_dialog: bool = True, persist_settings: bool = True) -> AppContext:
    settings = settings_service.load()
    languages = LanguageSwitcher(app)
    languages.apply(settings.language)
    theme.apply(app, settings.theme)
    crash = CrashHandler(show_dialog=show_crash_dialog)
    crash.install()
    context = AppContext(settings=settings, languages=languages, crash=crash, persist_settings=persist_settings)
    assist_runtime.install(context)  # keys kept out of crash reports and logs from the start
    return context


def initial_workspace_path(args: argparse.Namespace, context: AppContext) -> tuple[Path | None, bool]:
    """Which workspace to open first, and whether it is the demo."""
    if getattr(args, "demo", False):
        return locations.demo_workspace(), True
    if getattr(args, "workspace", None):
        return workspaces.with_suffix(Path(args.workspace)), False
    last = context.settings.last_workspace
    if last and Path(last).exists():
        return Path(last), False
    return locations.default_workspace(), False


def open_initial(window: MainWindow, args: argparse.Namespace) -> None:
    context = window.context
    path, is_demo = initial_workspace_path(args, context)
    if path is None:
        return
    if is_demo:
        try:
            window.controller.set_workspace(demo_version.open_or_build(path))
        except GhostDeskError as exc:
            Tell.error(window, exc)
        return
    if not path.exists() and path == locations.default_workspace():
        # First start: a fresh, empty workspace in the user data folder.
        try:
            locations.ensure(path.parent)
            window.controller.set_workspace(
                workspaces.create(path, name=QCoreApplication.translate("App", "My workspace"))
            )
        except (GhostDeskError, OSError) as exc:
            log.error("Could not create the default workspace: %s", exc)
            # Without a word the window showed empty pages whose buttons were all off.
            reason = exc.message if isinstance(exc, GhostDeskError) else (exc.strerror or str(exc))
            Tell.info(
                window,
                QCoreApplication.translate("App", "No workspace yet"),
                QCoreApplication.translate(
                    "App",
                    "GhostDesk could not create your first workspace at {0} ({1}). Use File → New workspace to create "
                    "one in a folder you can write to.",
                ).format(path, reason),
            )
        return
    window.controller.open_path(path, read_only=getattr(args, "read_only", False))


def collect_from_now_on() -> None:
    """Turn the cyclic garbage collector back on (the GUI start-up in cli.main turns it off).

    What start-up made lives as long as the process; `gc.freeze` keeps it out of every later collection, so
    the collections start-up skipped are not merely paid later. The few hundred unreachable objects start-up
    leaves (measured: ≈430 of ≈32,000) stay allocated."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run(args: argparse.Namespace) -> int:
    logs.setup()
    app = make_application()
    context = build_context(app, show_crash_dialog=not args.no_crash_dialog)
    window = MainWindow(context)
    window.show()
    collect_from_now_on()  # before opening: a locked or damaged workspace may keep a question open for long
    open_initial(window, args)
    if args.quit_after is not None:
        QTimer.singleShot(args.quit_after, window.close)
    if args.startup_probe:
        # A zero timer fires once the event loop has drawn the window and has nothing else to do.
        QTimer.singleShot(0, lambda: (print(f"idle {time.time():.6f}", flush=True), window.close()))
    log.info("GhostDesk %s started", __version__)
    return app.exec()
