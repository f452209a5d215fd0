"""Render the Variants page offscreen on the demo workspace: the matrix, and the editor on a stale variant."""

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

        from ghostdesk.services import demo, locations, variants
        from ghostdesk.ui.mainwindow import MainWindow

        languages = [a for a in sys.argv[1:] if not a.startswith("--")]
        if languages:
            context.languages.apply(languages[0])
        window = MainWindow(context)
        window.resize(1180, 760)
        workspace = demo.open_or_build(locations.demo_workspace())
        window.controller.set_workspace(workspace)
        window.show()
        window.show_page("variants")
        for _ in range(5):
            app.processEvents()
        if "--matrix" in sys.argv:
            window.grab().save(str(HERE / "screenshot-variants-matrix.png"))
        page = window.pages["variants"]
        matrix = variants.matrix(workspace.db)
        row = next(r for r in matrix.rows if r.title == "On-call without heroics")
        page.open_variant(row.cells["FR"].variant_id)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(HERE / "screenshot-variants.png"))
        print(HERE / "screenshot-variants.png")
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
