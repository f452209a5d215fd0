"""Render the Share kits page offscreen on the demo workspace into docs/screenshot-kits.png.

    python docs/render_kits_screenshot.py [fr]

The demo campaign is only partly approved, so the page shows who gets a kit, who does not and why, and the
shares that still need approval."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["GHOSTDESK_HOME"] = home
        from PySide6.QtWidgets import QApplication

        from ghostdesk.services import demo, locations
        from ghostdesk.ui.app import build_context, make_application
        from ghostdesk.ui.mainwindow import MainWindow

        app = make_application()
        context = build_context(app, show_crash_dialog=False, persist_settings=False)
        language = sys.argv[1] if len(sys.argv) > 1 else "en"
        if language != "en":
            context.languages.apply(language)
        window = MainWindow(context)
        window.resize(1100, 780)
        window.controller.set_workspace(demo.open_or_build(locations.demo_workspace()))
        window.show()
        page = window.show_page("kits")
        page.out_folder = Path.home() / "Share kits"
        page.folder_edit.setText(str(page.out_folder))
        page.approval_list.setCurrentRow(0)
        for _ in range(5):
            app.processEvents()
        suffix = "" if language == "en" else f"-{language}"
        target = HERE / f"screenshot-kits{suffix}.png"
        window.grab().save(str(target))
        print(target, "page minimum width:", page.minimumSizeHint().width())
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
