"""Starting the desktop app: `run_app(argv)` opens the window (and a .sdraft argument)."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Sequence
from pathlib import Path


def create_application(argv: Sequence[str] = ()) -> object:
    """The QApplication, set up once: names (for QSettings), fonts with CJK/emoji fallback."""
    from PySide6.QtWidgets import QApplication

    from socialdesk.ui.common.theme import font_with_fallbacks

    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName("SocialDesk")
        QApplication.setOrganizationName("SocialDesk")
        QApplication.setApplicationDisplayName("SocialDesk")
        app = QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setFont(font_with_fallbacks(app.font()))
    from socialdesk.ui.shell.install import prepare_application  # issue 9: translations, app icon

    prepare_application(app)
    return app


def run_app(argv: Sequence[str]) -> int:
    # Start-up makes ~50,000 objects that live as long as the app (modules, classes, Qt
    # wrappers): the cycle collector ran ~90 times before the first paint (20–30 ms) and
    # freed next to nothing. It runs again once the window has painted.
    gc.disable()
    # The log first, so that a failing start is logged.
    from socialdesk.draft import Draft, DraftError
    from socialdesk.logs import log_started, start_logging  # issue 9: rotating, redacted
    from socialdesk.resources import resource_path

    start_logging()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from socialdesk.ui.common.qt_settings import qt_settings
    from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

    app = create_application(argv)
    assert isinstance(app, QApplication)
    files = [a for a in argv if a.endswith(".sdraft")]
    settings = qt_settings()
    sample = None
    if not files and not settings.value("seen_sample", False, type=bool):
        # first run: show what the app does with the bundled sample (unsaved copy)
        with contextlib.suppress(DraftError):
            sample = Draft.load(resource_path("samples", "aurora-launch.sdraft"))
        settings.setValue("seen_sample", True)
    # every feature hooks in there; what the first paint doesn't show, just after it
    window = MainWindow(features=ALL_FEATURES, paint_first=True, draft=sample)
    window.after_first_paint(gc.enable)
    window.after_first_paint(log_started)
    if files:
        window.open_draft(Path(files[0]))
    window.show()
    from socialdesk.ui.shell.install import after_show  # issue 9: smoke-test exit, first-run tour

    after_show(window)
    QTimer.singleShot(0, window.offer_recovery)
    return int(app.exec())
