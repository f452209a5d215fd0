"""UI: logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ghostdesk.services import locations

LOG_NAME = "ghostdesk.log"


def log_file() -> Path:
    return locations.log_dir() / LOG_NAME


def setup(level: int = logging.INFO) -> Path:
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "_ghostdesk", False) for h in root.handlers):
        return path
    try:
        locations.ensure(path.parent)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler._ghostdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
