"""Start-up work that waits for the main window's first paint."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow


class FirstPaint(QObject):
    """Holds callbacks until the window's first paint, then runs them, once."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending: list[Callable[[], object]] | None = []  # None once painted
        window.installEventFilter(self)

    def then(self, callback: Callable[[], object]) -> None:
        if self.pending is None:
            QTimer.singleShot(0, self, callback)  # not once the window is gone
            return
        if not self.pending:
            QTimer.singleShot(0, self._unless_paint_coming)
        self.pending.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.pending is not None:
            QTimer.singleShot(0, self._run)  # after the paint has reached the screen
        return False

    def _unless_paint_coming(self) -> None:
        # a window that was not shown by the first turn of the event loop (a test, a
        # tool) paints only when it is; its start-up work should not wait for that
        if not self.window.isVisible():
            self._run()

    def _run(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        self.window.removeEventFilter(self)
        for callback in pending:
            try:
                callback()
            except Exception:  # reported (and logged) as uncaught; the rest still run
                sys.excepthook(*sys.exc_info())
