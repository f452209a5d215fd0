"""UI: a table view that tells its page when its width changes, so a narrow list can drop columns and keep
the ones that matter readable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableView


class ResizedTableView(QTableView):
    """A QTableView that calls `resized()` on every resize. An override rather than an event filter: a filter
    sends every event of the table into Python (and makes each event class's Python type, with its enums, the
    first time one arrives: ≈2 ms on a page's first open).

    `column_hint(column)`, when given, answers a ResizeToContents column's width (-1: Qt's own answer). Qt asks
    the delegate for every visible cell of the column each time the header resizes its sections (several times
    while a page is shown: each a text layout per cell); a page that knows its columns' texts answers at once."""

    def __init__(self, resized: Callable[[], None], column_hint: Callable[[int], int] | None = None) -> None:
        super().__init__()
        self._resized = resized
        self._column_hint = column_hint

    def resizeEvent(self, event) -> None:
        self._resized()
        super().resizeEvent(event)

    def sizeHintForColumn(self, column: int) -> int:
        if self._column_hint is not None:
            width = self._column_hint(column)
            if width >= 0:
                return width
        return super().sizeHintForColumn(column)
