"""History in the main window: every save, publish, translate-all and template apply
keeps a version of the draft (socialdesk.history), and File ▸ History… shows them.
Only the action and the recorder load with the window; the dialog on first use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.menu_entries import add_to_file_menu, open_window_dialog


class HistoryRecorder(QObject):
    """Keeps a version whenever the document says a moment is worth one."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.problem: str | None = None  # the last write that failed, for the dialog
        window.document.checkpoint.connect(self.record)

    def store(self) -> Any:
        from socialdesk.history import HistoryStore

        return HistoryStore.from_settings(self.window.app_settings)

    def record(self, cause: str, detail: str) -> None:
        from socialdesk.history import HistoryError

        try:
            self.store().record(self.window.document.draft, cause, detail)
            self.problem = None
        except HistoryError as exc:  # the draft itself is fine: say so, go on
            self.problem = str(exc)
            self.window.statusBar().showMessage(self.problem, 8000)


def install_history(window: Any) -> QAction:
    """Add File ▸ History… and the recorder; once per window."""
    existing = getattr(window, "history_action", None)
    if isinstance(existing, QAction):
        return existing
    window.history_recorder = HistoryRecorder(window)
    action = QAction(translate("HistoryDialog", "&History…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    action.setStatusTip(
        translate("HistoryDialog", "Earlier versions of this draft: compare them and restore one")
    )

    def open_dialog() -> None:
        from socialdesk.ui.history.dialog import HistoryDialog

        dialog = HistoryDialog(window.history_recorder.store(), window.document, window)
        open_window_dialog(window, "history_dialog", dialog)

    action.triggered.connect(open_dialog)
    add_to_file_menu(window, action)
    window.history_action = action
    return action


__all__ = ["HistoryRecorder", "install_history"]
