"""Render the Share kits page offscreen on the demo workspace into docs/screenshot-kits.png.

    python docs/render_kits_screenshot.py [fr]

The demo campaign is only partly approved, so the page shows who gets a kit, who does not and why, and the
shares that still need approval."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent

from _render import app_in_throwaway_home  # noqa: E402  (after the platform is chosen)


def main() -> int:
    with app_in_throwaway_home() as (app, context):
        from PySide6.QtWidgets import QApplication

        from ghostdesk.services import demo, locations
        from ghostdesk.ui.mainwindow import MainWindow

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
