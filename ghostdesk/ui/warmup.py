"""UI: the pages' code loaded while the window is idle after start-up, one module per turn of the event loop.

Start-up loads only the first page. Importing another page's module on its first click cost 3–40 ms of that
click (Qt classes created, dataclasses built); loaded in the idle moments after start-up, that click only builds
the page. A page's module may also define `warm_up()`: data every first open needs, loaded in the same step.
Each import is a single step of a few to 40 ms, and a page clicked before its turn imports it as usual.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

# The pages after the first, in sidebar order (tests/ui/test_warmup.py checks that every page's module is here).
PAGE_MODULES = (
    "ghostdesk.ui.views.posts_page",
    "ghostdesk.ui.views.markets_page",
    "ghostdesk.ui.views.variants_page",
    "ghostdesk.ui.views.calendar_page",
    "ghostdesk.ui.views.ambassadors_page",
    "ghostdesk.ui.views.kits_page",
    "ghostdesk.ui.views.results_page",
)
DELAY_MS = 400  # after the window first shows: its first paint, the first page's after-paint work, then this


class WarmUp(QObject):
    """Imports `modules` one per event-loop turn, starting `delay_ms` after `start()`."""

    def __init__(self, parent: QObject | None = None, modules: tuple[str, ...] = PAGE_MODULES) -> None:
        super().__init__(parent)
        self._left = list(modules)
        self._started = False

    def start(self, delay_ms: int | None = None) -> None:
        if not self._started:
            self._started = True
            QTimer.singleShot(DELAY_MS if delay_ms is None else delay_ms, self, self._next)

    @property
    def done(self) -> bool:
        return self._started and not self._left

    def _next(self) -> None:
        while self._left:
            name = self._left.pop(0)
            if name in sys.modules:
                continue
            try:
                module = importlib.import_module(name)
                warm_up = getattr(module, "warm_up", None)  # a page's data it loads once, e.g. shipped profiles
                if callable(warm_up):
                    warm_up()
            except Exception:  # the page's own first open reports it, where the user is looking
                log.exception("Loading %s ahead of its first use failed", name)
            break
        if self._left:
            QTimer.singleShot(0, self, self._next)
        else:
            freeze_what_lives_on()


def freeze_what_lives_on() -> None:
    """The pages' modules, classes and shipped data live as long as the process: once they are loaded, keep them
    out of the cyclic collector's full collections as start-up's own objects are (`ui.app.collect_from_now_on`).
    Measured on the large demo: a full collection that walked them paused a page's first open for 30–75 ms.
    Only in a process that follows that policy (the app; not a test run that builds windows). What else is alive
    then (the first page, the open workspace's models) is frozen too: should it later become garbage in a
    reference cycle, it stays allocated. That is one page's worth, once; objects freed by their count, as most
    are, are freed as before."""
    if gc.get_freeze_count():
        gc.collect(1)  # the young garbage of the warm-up itself is not frozen with them
        gc.freeze()
