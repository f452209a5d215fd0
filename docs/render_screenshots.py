"""Render the main window offscreen on the demo workspace into docs/ (used by the README)."""

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
        window.resize(1180, 760)
        window.controller.set_workspace(demo.open_or_build(locations.demo_workspace()))
        window.show()
        pages = sys.argv[2:] or [window.specs[0].key]
        for key in pages:
            window.show_page(key)
            for _ in range(5):
                app.processEvents()
            suffix = "" if key == window.specs[0].key else f"-{key}"
            target = HERE / f"screenshot-main{suffix}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
