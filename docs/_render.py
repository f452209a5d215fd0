"""The set-up every screenshot script in docs/ shares: GhostDesk's application and context as the app makes them,
with its settings, logs and demo in a throwaway folder (nothing of the person's own is read or written)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def app_in_throwaway_home() -> Iterator[tuple[Any, Any]]:
    """(the QApplication, the AppContext), in a temporary GHOSTDESK_HOME removed afterwards."""
    with tempfile.TemporaryDirectory() as home:
        os.environ["GHOSTDESK_HOME"] = home
        from ghostdesk.ui.app import build_context, make_application

        app = make_application()
        yield app, build_context(app, show_crash_dialog=False, persist_settings=False)
