"""UI: the log file rotates by size, keeping five old files, like logging.handlers' rotating handler."""

from __future__ import annotations

import logging

from ghostdesk.ui.logs import RotatingFile


def test_the_log_rotates_by_size_and_keeps_five_old_files(tmp_path):
    path = tmp_path / "ghostdesk.log"
    handler = RotatingFile(path, max_bytes=200, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test_logs_rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for i in range(60):
            log.warning("line %02d %s", i, "x" * 30)
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ghostdesk.log", *(f"ghostdesk.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())
    assert "line 59" in path.read_text()
    assert "line 58" in path.read_text() or "line 58" in (tmp_path / "ghostdesk.log.1").read_text()
    newest_old = (tmp_path / "ghostdesk.log.1").read_text().splitlines()
    assert int(newest_old[-1].split()[1]) < 59
