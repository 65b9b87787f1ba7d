"""Keeps cards in step with the text.

Normal drafts update every card synchronously on each keystroke (the benchmark holds
this under a frame). A very long text (a 1 MB paste) is counted on a worker thread
after a short pause in typing, so the window keeps responding; results for a text that
has changed since are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from socialdesk.preview import Preview, build_preview
from socialdesk.ui.cards.card import PlatformCard

if TYPE_CHECKING:  # the worker thread starts with the first very long text
    from concurrent.futures import Future, ThreadPoolExecutor

ASYNC_MIN_CHARS = 60_000
ASYNC_DELAY_MS = 150

Key = tuple[str, int, bool, bool]


class PreviewUpdater(QObject):
    """Schedules `PlatformCard` updates; `updated(pid)` fires after a card shows new text."""

    updated = Signal(str)
    _computed = Signal(int, str, object, object)  # generation, pid, key, preview (thread → GUI)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None
        self._generation = 0
        self._pending: dict[str, tuple[PlatformCard, Key]] = {}
        self._in_flight: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ASYNC_DELAY_MS)
        self._timer.timeout.connect(self._start_jobs)
        self._computed.connect(self._deliver)
        self._closed = False

    def request(self, card: PlatformCard, text: str, limit: int) -> None:
        """Show `text` on `card`, now if it is short, soon if it is very long."""
        if self._closed:
            return
        if len(text) < ASYNC_MIN_CHARS:
            if self._pending.pop(card.pid, None) is not None:
                card.set_busy(False)  # a long text was waiting; this short one wins
            if card.set_text(text, limit):
                self.updated.emit(card.pid)
            return
        key: Key = (text, limit, card.expanded, card.dark)
        if not card.needs(text, limit):
            if self._pending.pop(card.pid, None) is not None:
                card.set_busy(False)
            return
        self._generation += 1
        self._pending[card.pid] = (card, key)
        card.set_busy(True)
        self._timer.start()

    def busy(self) -> bool:
        """Whether some card is still waiting for a long text to be counted."""
        return bool(self._pending) or bool(self._in_flight)

    def _start_jobs(self) -> None:
        if self._closed:
            return
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview")
        generation = self._generation
        for pid, (card, key) in list(self._pending.items()):
            text, limit, expanded, _dark = key
            future = self._executor.submit(build_preview, card.platform, text, limit, expanded)
            self._in_flight.add(pid)
            future.add_done_callback(self._done_callback(generation, pid, key))

    def _done_callback(
        self, generation: int, pid: str, key: Key
    ) -> Callable[[Future[Preview]], None]:
        def done(future: Future[Preview]) -> None:
            if future.cancelled() or self._closed:
                return
            error = future.exception()
            self._computed.emit(generation, pid, key, error if error else future.result())

        return done

    def _deliver(self, generation: int, pid: str, key: Key, result: object) -> None:
        self._in_flight.discard(pid)
        pending = self._pending.get(pid)
        if pending is None or pending[1] != key or self._closed:
            return  # the text changed again; a newer job is coming
        card = pending[0]
        del self._pending[pid]
        card.set_busy(False)
        if isinstance(result, BaseException):
            card.set_notice(
                self.tr("Could not count this text: {result}").format(result=result), "error"
            )
            return
        assert isinstance(result, Preview)
        card.show_preview(result, key)
        self.updated.emit(pid)

    def close(self) -> None:
        """Stop the worker thread (window closing); pending results are dropped."""
        self._closed = True
        self._timer.stop()
        self._pending.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
