"""Render the question a damaged workspace asks — with its newest good backup — into docs/screenshot-backup-offer.png.

A real workspace is backed up, then damaged (cut short, as an interrupted copy leaves it), then opened: the
window offers the backup by when and why it was made.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent

from _render import app_in_throwaway_home  # noqa: E402  (after the platform is chosen)


def main() -> int:
    with app_in_throwaway_home() as (app, context):
        from PySide6.QtWidgets import QMessageBox

        from ghostdesk.services import workspaces
        from ghostdesk.storage import backups
        from ghostdesk.ui.mainwindow import MainWindow

        folder = Path(tempfile.gettempdir()) / "Documents"  # a short, plain path in the picture
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        ws = workspaces.create(folder / "Lumenvale team", name="Lumenvale team")
        backups.make_backup(ws.db, ws.path, reason="auto")
        path = ws.path
        ws.close()
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])

        def grab(box: QMessageBox) -> int:
            box.show()
            app.processEvents()
            box.grab().save(str(HERE / "screenshot-backup-offer.png"))
            return 0

        QMessageBox.exec = grab  # the question is shown, captured, and answered "Cancel"
        window = MainWindow(context)
        window.controller.open_path(path)
        window.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
