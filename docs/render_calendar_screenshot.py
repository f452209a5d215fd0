"""Render the Calendar page offscreen on the demo workspace into docs/screenshot-calendar*.png."""

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

        if len(sys.argv) > 1:
            context.languages.apply(sys.argv[1])
        window = MainWindow(context)
        window.resize(1280, 800)
        window.controller.set_workspace(demo.open_or_build(locations.demo_workspace()))
        window.show()
        window.show_page("calendar")
        page = window.page("calendar")
        import time

        deadline = time.monotonic() + 20
        while not page.holidays_ready() and time.monotonic() < deadline:  # holidays load on a worker
            app.processEvents()
            time.sleep(0.02)
        out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE
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
            target = out / f"screenshot-calendar{suffix}.png"
            window.grab().save(str(target))
            print(target)
        from ghostdesk.services import ambassadors, campaigns
        from ghostdesk.ui.dialogs.campaign_plan_preview import PlanPreviewDialog

        page.set_view("month")
        leaving = campaigns.shares(page.db, page.campaign_id)[0].ambassador_id  # (a temporary demo copy)
        ambassadors.opt_out(page.db, [leaving], actor="screenshot")
        dialog = PlanPreviewDialog(campaigns.preview_plan(page.db, page.campaign_id), window)
        dialog.tabs.setCurrentIndex(2 if dialog.skip_model.rowCount() else 0)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        target = out / "screenshot-calendar-preview.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
