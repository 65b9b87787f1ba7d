"""Run a blocking call (network) on a pool thread; hear about it only through signals."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

Report = Callable[[object], None]


class TaskSignals(QObject):
    progress = Signal(object)
    finished = Signal(object)  # the return value, or the exception it raised


class BackgroundTask(QRunnable):
    """`work(report)` runs off the GUI thread; `report(x)` emits `signals.progress(x)`."""

    def __init__(self, work: Callable[[Report], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it (and its signals) alive
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result: object = self.work(self._report)
        except Exception as exc:  # shown to the user by the receiver, never lost
            result = exc
        with contextlib.suppress(RuntimeError):  # the receiver is gone
            self.signals.finished.emit(result)

    def _report(self, value: object) -> None:
        with contextlib.suppress(RuntimeError):
            self.signals.progress.emit(value)
