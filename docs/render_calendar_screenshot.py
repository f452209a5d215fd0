"""Render the Calendar page offscreen on the demo workspace into docs/screenshot-calendar*.png."""

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
        if len(sys.argv) > 1:
            context.languages.apply(sys.argv[1])
        window = MainWindow(context)
        window.resize(1280, 800)
        window.controller.set_workspace(demo.open_or_build(locations.demo_workspace()))
        window.show()
        window.show_page("calendar")
        page = window.page("calendar")
        for view in ("month", "week", "agenda"):
            page.set_view(view)
            items = [i for i in page.model.items() if i.kind == "slot"]
            if items:
                page._select(items[0].id)
            if view == "week":
                page.market_combo.setCurrentIndex(page.market_combo.findData("FR"))
                page.week_scroll.verticalScrollBar().setValue(int(page.week_view().HOUR * 5.5))
            for _ in range(5):
                app.processEvents()
            suffix = "" if view == "month" else f"-{view}"
            target = HERE / f"screenshot-calendar{suffix}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
