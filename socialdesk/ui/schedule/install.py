"""View ▸ Calendar (Ctrl+Shift+K) and, while the window is open, the queue runner: every
minute it checks (cheaply) whether a queued post is due and sends it off the GUI thread,
so the queue works even without the OS scheduler entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QAction, QKeySequence

from socialdesk.settings import Settings
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.menu_entries import open_window_dialog

QUEUE_CHECK_MS = 60_000


def install_schedule(window: Any) -> QAction:
    """Add View ▸ Calendar and the in-app queue runner; once per window."""
    existing = getattr(window, "calendar_action", None)
    if isinstance(existing, QAction):
        return existing
    settings: Settings = getattr(window, "app_settings", None) or Settings.load()
    action = QAction(translate("ScheduleActions", "&Calendar"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    action.setStatusTip(
        translate("ScheduleActions", "Everything scheduled or published, from all drafts")
    )

    def open_calendar() -> None:
        from socialdesk.ui.schedule.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(settings, parent=window)
        dialog.open_draft.connect(lambda path: _open(window, dialog, path))
        open_window_dialog(window, "calendar_dialog", dialog)

    action.triggered.connect(open_calendar)
    window.menus["view"].addAction(action)
    window.calendar_action = action
    window.queue_runner = QueueRunner(window, settings)
    return action


def _open(window: Any, dialog: Any, path: str) -> None:
    """The window opens the post's draft (asking to save the current one first)."""
    if window.open_draft(path):
        dialog.close()


class QueueRunner:
    """Sends due queued posts while the app is open (the OS entry does it when closed)."""

    def __init__(self, window: Any, settings: Settings) -> None:
        self.window = window
        self.settings = settings
        self.pool = QThreadPool(window)
        self.task: BackgroundTask | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(QUEUE_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self.task is not None:
            return
        from socialdesk.schedule.queue import Queue
        from socialdesk.schedule.zones import utc_now

        try:
            due = Queue().has_work(utc_now())
        except Exception:  # a damaged queue: the Calendar says so when opened
            return
        if due:
            self.run()

    def run(self) -> None:
        from socialdesk.schedule.runner import run_queue

        task = BackgroundTask(lambda _report: run_queue(settings=self.settings))
        task.signals.finished.connect(self._finished)
        self.task = task
        self.pool.start(task)

    def _finished(self, report: object) -> None:
        self.task = None
        sent = getattr(report, "sent", [])
        status = getattr(self.window, "statusBar", None)
        if sent and callable(status):
            done = sum(1 for p in sent if p.status == "published")
            status().showMessage(
                translate("ScheduleActions", "Queued posts sent: {done} of {total}.").format(
                    done=done, total=len(sent)
                ),
                10000,
            )


__all__ = ["QueueRunner", "install_schedule"]
