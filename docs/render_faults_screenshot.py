"""Render the second instance of a workspace (read-only, Posts page) into docs/screenshot-faults.png."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
HOLDER = "import sys; from ghostdesk.services import workspaces; w = workspaces.open_workspace(sys.argv[1]); " \
         "print('open', flush=True); sys.stdin.read()"  # fmt: skip


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["GHOSTDESK_HOME"] = home
        from PySide6.QtWidgets import QApplication

        from ghostdesk.services import demo, locations
        from ghostdesk.ui.app import build_context, make_application
        from ghostdesk.ui.dialogs.prompts import Ask
        from ghostdesk.ui.mainwindow import MainWindow

        path = locations.demo_workspace()
        demo.open_or_build(path).close()
        first = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        assert first.stdout.readline().strip() == b"open"
        try:
            app = make_application()
            context = build_context(app, show_crash_dialog=False, persist_settings=False)
            Ask.open_read_only = classmethod(lambda cls, parent, error: True)
            window = MainWindow(context)
            window.resize(1280, 800)
            window.controller.open_path(path)
            window.show()
            page = window.show_page("posts")
            page.table.selectRow(0)
            for _ in range(10):
                app.processEvents()
            target = HERE / "screenshot-faults.png"
            window.grab().save(str(target))
            print(target, window.windowTitle())
            window.controller.close_workspace()
            window.close()
            QApplication.processEvents()
        finally:
            first.stdin.close()
            first.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
