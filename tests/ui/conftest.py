"""Fixtures for the editor window: a shown window whose dialogs never block, and checks
that no timer or worker thread outlives a test."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from socialdesk.ui.common.theme import theme_manager
from socialdesk.ui.shell.app import create_application
from socialdesk.ui.shell.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def no_link_fetching(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows show link cards from the cache only: no test reaches a real web site
    (tests/ui/cards/test_link_cards.py fetches from a loopback one)."""
    monkeypatch.setenv("SOCIALDESK_OFFLINE", "1")


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication) -> Iterator[WindowFactory]:
    """Creates shown windows; unsaved changes are discarded at teardown unless a test
    replaced the prompt. Afterwards no preview worker thread may be left running."""
    create_application()
    windows: list[MainWindow] = []

    def make(autosave_seconds: float = 3600.0) -> MainWindow:
        window = MainWindow(autosave_seconds=autosave_seconds)
        window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
        window.ask_restore = lambda entry: "later"  # type: ignore[method-assign]
        window.show_error = _fail_on_error  # type: ignore[method-assign]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # and painted, as the writer first sees it: some start-up work waits for that
        # (the window's undo keys in every field, the names of the signed-in accounts)
        painted: list[bool] = []
        window.after_first_paint(lambda: painted.append(True))
        qtbot.waitUntil(lambda: bool(painted))
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
        window.close()
        assert not window.autosave_timer.isActive()
    theme_manager().apply("system")
    leftover = [t.name for t in threading.enumerate() if t.name.startswith("preview")]
    assert not leftover, f"preview worker threads outlived the window: {leftover}"


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def _fail_on_error(title: str, text: str) -> None:
    raise AssertionError(f"unexpected error dialog: {title}: {text}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot pass a window's size limits on and says so; that
    # is the test platform's limitation, not the app's.
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
            )
