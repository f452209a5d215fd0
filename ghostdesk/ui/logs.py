"""UI: logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ghostdesk.services import locations

LOG_NAME = "ghostdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


class RotatingFile(logging.FileHandler):
    """logging.handlers.RotatingFileHandler's size rotation (ghostdesk.log, .1 … .5), without importing
    logging.handlers, which loads socket, pickle and queue (≈8 ms) at every start for handlers we never use."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes:
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def log_file() -> Path:
    return locations.log_dir() / LOG_NAME


def setup(level: int = logging.INFO) -> Path:
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "_ghostdesk", False) for h in root.handlers):
        return path
    try:
        locations.ensure(path.parent)
        handler: logging.Handler = RotatingFile(path)
    except OSError:
        handler = logging.StreamHandler()
    handler._ghostdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
