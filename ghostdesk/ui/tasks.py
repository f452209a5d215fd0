"""UI: background work as plain functions on the global QThreadPool; results come back by signal.

    run_in_background(fn, on_done, on_error, progress=on_progress)

`fn(reporter)` runs on a worker thread, touches no widget and never the GUI thread's connection;
it may call `reporter.progress(done, total)` and should check `reporter.cancelled` between steps.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class TaskHandle(QObject):
    """What the caller keeps: cancel it, or wait for its signals."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = _Signals()
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True

    def progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.signals.progress.emit(done, total)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle

    def run(self) -> None:
        try:
            result = self.fn(self.handle)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            if not isinstance(exc, Cancelled | Exception):
                raise
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._deliver(self.handle.signals.failed, exc)
            return
        self._deliver(self.handle.signals.done, result)

    def _deliver(self, signal, value: Any) -> None:
        self.handle.finished = True
        try:
            signal.emit(value)
        except RuntimeError:
            # The application closed while this ran: nobody is left to receive the result.
            log.info("A background task finished after its receiver was gone")


_live: set[TaskHandle] = set()


def run_in_background(
    fn: Callable[[TaskHandle], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    progress: Callable[[int, int], None] | None = None,
) -> TaskHandle:
    handle = TaskHandle()
    _live.add(handle)  # keep the QObject alive until its signals have been delivered

    def finish_ok(result: Any) -> None:
        _live.discard(handle)
        on_done(result)

    def finish_error(exc: BaseException) -> None:
        _live.discard(handle)
        on_error(exc)

    handle.signals.done.connect(finish_ok)
    handle.signals.failed.connect(finish_error)
    if progress is not None:
        handle.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(_Runnable(fn, handle))
    return handle
