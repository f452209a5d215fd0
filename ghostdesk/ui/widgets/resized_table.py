"""UI: a table view that tells its page when its width changes, so a narrow list can drop columns and keep
the ones that matter readable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableView


class ResizedTableView(QTableView):
    """A QTableView that calls `resized()` on every resize. An override rather than an event filter: a filter
    sends every event of the table into Python (and makes each event class's Python type, with its enums, the
    first time one arrives: ≈2 ms on a page's first open)."""

    def __init__(self, resized: Callable[[], None]) -> None:
        super().__init__()
        self._resized = resized

    def resizeEvent(self, event) -> None:
        self._resized()
        super().resizeEvent(event)
