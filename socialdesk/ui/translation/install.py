"""Translation in the main window: `install_translation(window)` adds the cards'
Translate buttons, Translate all and the Tools entries (the controller does the work)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from socialdesk.ui.translation.controller import TranslationController


class _CloseWatcher(QObject):
    """Shuts the controller down once the window has really closed."""

    def __init__(self, window: QWidget, controller: TranslationController) -> None:
        super().__init__(controller)
        self.window = window
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # the window decides (unsaved changes?) while handling the event: look after
            QTimer.singleShot(0, self._closed_yet)
        return False

    def _closed_yet(self) -> None:
        if getattr(self.window, "_closed", False):
            self.controller.shutdown()


def install_translation(window: QWidget) -> TranslationController:
    """Add translation to the main window (cards, toolbar, Tools menu); once per window."""
    existing = getattr(window, "translation", None)
    if isinstance(existing, TranslationController):
        return existing
    controller = TranslationController(window)
    watcher = _CloseWatcher(window, controller)
    window.installEventFilter(watcher)

    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    window.translation = controller  # type: ignore[attr-defined]
    return controller
