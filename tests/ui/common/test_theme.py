"""Light and dark: the window follows the OS scheme unless View ▸ Theme forces one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from pytestqt.qtbot import QtBot
from window_helpers import card_text, fragment_colour

from socialdesk.platforms import get_platform
from socialdesk.ui.common.theme import ThemeManager
from socialdesk.ui.shell.main_window import MainWindow


def test_dark_theme_recolours_cards_with_platform_dark_colours(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.master_editor, "Night owls #coffee")
    x = window.cards["twitter"]
    assert fragment_colour(x, "Night owls") == "#0F1419"
    window.theme_actions["dark"].trigger()
    assert x.dark
    assert fragment_colour(x, "Night owls") == get_platform("twitter").colors["dark_text"]
    assert fragment_colour(x, "#coffee") == "#1D9BF0"
    post = x.post.grab().toImage()  # X's dark background, inside the post's margin
    assert post.pixelColor(6, post.height() // 2).name() == "#000000"
    window_colour = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 60
    window.theme_actions["light"].trigger()
    assert not x.dark
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert card_text(x) == "Night owls #coffee"


def test_system_mode_follows_the_os_scheme(qtbot: QtBot, window: MainWindow) -> None:
    window.theme_actions["system"].trigger()
    hints = QGuiApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the OS switched to dark
        assert all(card.dark for card in window.cards.values())
        assert window.master_editor.highlighter.dark
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not any(card.dark for card in window.cards.values())
        # a forced theme ignores the OS
        window.theme_actions["light"].trigger()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert not window.cards["vk"].dark
    finally:
        hints.colorSchemeChanged.emit(hints.colorScheme())


def test_back_to_system_the_style_qt_chose_returns(qapp: QApplication) -> None:
    """A forced theme sets Fusion; System puts back the style the platform had, which the
    manager reads only when it first replaces it (reading it costs start-up time)."""
    app = qapp
    before = app.style().name()
    app.setStyle(QStyleFactory.create("Windows"))  # as a platform whose own style isn't Fusion
    try:
        manager = ThemeManager(app)
        manager.apply("system")
        assert app.style().name().lower() == "windows"  # untouched
        manager.apply("dark")
        assert app.style().name().lower() == "fusion"
        manager.apply("system")
        assert app.style().name().lower() == "windows"
    finally:
        app.setStyle(QStyleFactory.create(before))
