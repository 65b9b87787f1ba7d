"""`SOCIALDESK_SMOKE_TEST=1 socialdesk`: start, paint the main window once, report what it
shows on stdout and quit with status 0 (`=keyring` also round-trips a throwaway secret
through the system keyring; `=paint` only prints `socialdesk-smoke: painted` at the first
paint and quits: what the start-up benchmark times, the whole real command).

The packaged-app test runs the built executable this way: it proves the frozen app finds
its Qt plugins, resources, the sample draft and its translations without a person
looking at it.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SMOKE_ENV = "SOCIALDESK_SMOKE_TEST"
REPORT_PREFIX = "socialdesk-smoke: "


def smoke_requested() -> bool:
    return os.environ.get(SMOKE_ENV, "") not in ("", "0")


class _FirstPaint(QObject):
    """Quits the application once the window has been painted."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            painted_only = os.environ.get(SMOKE_ENV) == "paint"
            QTimer.singleShot(0, self.quit_painted if painted_only else self.finish)
        return False

    def quit_painted(self) -> None:
        print(REPORT_PREFIX + "painted", flush=True)
        self.close()

    def close(self) -> None:
        shutdown = getattr(self.window, "shutdown", None)
        if callable(shutdown):
            shutdown()  # stop autosave timers and worker threads like a clean close
        self.window.hide()
        QApplication.exit(0)

    def finish(self) -> None:
        window = self.window
        report = describe(window)
        if os.environ.get(SMOKE_ENV) == "keyring":
            report["keyring"] = keyring_round_trip()
        print(REPORT_PREFIX + json.dumps(report, ensure_ascii=False), flush=True)
        self.close()


def describe(window: QMainWindow) -> dict[str, object]:
    """What a person would see: the title, each card's count and limit, the language."""
    cards = {}
    for pid, card in getattr(window, "cards", {}).items():
        preview = getattr(card, "preview", None)
        check = getattr(preview, "check", None)
        cards[pid] = {
            "count": getattr(check, "count", None),
            "limit": getattr(check, "limit", None),
            "visible": card.isVisible(),
        }
    menus = getattr(window, "menus", {})
    return {
        "title": window.windowTitle().replace("[*]", ""),
        "cards": cards,
        "menus": [menu.title() for menu in menus.values()],
        "frozen": bool(getattr(sys, "frozen", False)),
        "bundle": bundle_checks(),
    }


def keyring_round_trip() -> dict[str, object]:
    """Store, read back and delete a throwaway secret in the system keyring."""
    from socialdesk import credentials

    probe = "smoke-" + os.urandom(6).hex()
    try:
        backend = credentials.backend_label(credentials.secure_backend())
        credentials.set_secret("smoke-probe", "token", probe)
        read = credentials.get_secret("smoke-probe", "token")
        credentials.delete_secret("smoke-probe", "token")
        after = credentials.get_secret("smoke-probe", "token")
    except Exception as exc:  # the report says what failed; the test reads it
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {"backend": backend, "read_back": read == probe, "deleted": after is None}


def bundle_checks() -> dict[str, object]:
    """The parts a packaged app loses first when the build misses them: keyring backends
    (found through entry points), the translation library, the Jinja templates, the
    compiled interface translations."""
    from importlib.metadata import entry_points

    from socialdesk.interface_language import LANGUAGES, SOURCE_LANGUAGE
    from socialdesk.templates.library import TemplateLibrary
    from socialdesk.ui.common.i18n import current_language, qm_path

    checks: dict[str, object] = {
        "keyring_backends": sorted(ep.name for ep in entry_points(group="keyring.backends")),
        "language": current_language(),
        "translations": sorted(
            code for code in LANGUAGES if code != SOURCE_LANGUAGE and qm_path(code).exists()
        ),
    }
    try:
        import deep_translator

        checks["deep_translator"] = sorted(
            name for name in dir(deep_translator) if name.endswith("Translator")
        )
    except ImportError as exc:
        checks["deep_translator"] = f"missing: {exc}"
    from socialdesk.about import bundled_libraries

    checks["licences"] = len(bundled_libraries())  # the About dialog reads package metadata
    entries = TemplateLibrary().entries()
    checks["templates"] = len([e for e in entries if e.builtin and e.problem is None])
    checks["template_problems"] = [f"{e.id}: {e.problem}" for e in entries if e.problem]
    return checks


def arm_smoke_exit(window: QMainWindow) -> bool:
    """In smoke-test mode, quit after the window's first paint; True when armed."""
    if not smoke_requested():
        return False
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    window.update()
    return True
