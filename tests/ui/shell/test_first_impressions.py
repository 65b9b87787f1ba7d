"""What a copywriter sees in the first minutes on a laptop: a window and dialogs that fit
the screen, no empty library squeezing the previews, a Publish dialog that says plainly
when nothing will be posted, a readable scroll bar on a long card, a title shown from
its start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from socialdesk.accounts import Account, AccountStore
from socialdesk.draft import Draft
from socialdesk.settings import Settings
from socialdesk.ui.common.i18n import install_translators
from socialdesk.ui.library.install import install_library
from socialdesk.ui.publishing.dialog import PublishDialog
from socialdesk.ui.shell.help_menu import UserGuideDialog
from socialdesk.ui.shell.main_window import MainWindow


def assert_fits_screen(widget: QWidget) -> None:
    """No taller than the screen's free area, and no wider unless its own minimum is."""
    free = widget.screen().availableGeometry()
    assert widget.height() <= free.height(), (widget, widget.size(), free)
    assert widget.width() <= max(free.width(), widget.minimumSizeHint().width()), (
        widget,
        widget.size(),
        free,
    )


def test_library_starts_closed_and_is_remembered_open_or_closed(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    panel = install_library(window)
    try:
        assert not window.library_dock.isVisible()  # first start: the previews get the room
        toggle = window.library_dock.toggleViewAction()
        assert toggle.shortcut().toString() == "Ctrl+L"
        toggle.trigger()  # View ▸ Library
        assert window.library_dock.isVisible()
    finally:
        panel.shutdown()

    next_start = make_window()
    panel = install_library(next_start)
    try:
        assert next_start.library_dock.isVisible()
        next_start.library_dock.toggleViewAction().trigger()
        assert not next_start.library_dock.isVisible()
    finally:
        panel.shutdown()

    third_start = make_window()
    panel = install_library(third_start)
    try:
        assert not third_start.library_dock.isVisible()
    finally:
        panel.shutdown()


def test_first_window_and_large_dialogs_fit_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    # the test screen (800×800) is smaller than any of their preferred sizes
    assert_fits_screen(window)
    window.publish_action.trigger()
    publish = window.publish_dialog
    templates = window.open_templates_dialog()
    guide = UserGuideDialog(window)
    dialogs: list[QDialog] = [publish, templates, guide]
    for dialog in dialogs:  # children of the window: closed with it
        assert_fits_screen(dialog)
        dialog.reject()


def test_publish_without_accounts_says_nothing_will_be_posted(qtbot: QtBot, tmp_path: Path) -> None:
    from socialdesk.ui.shell.document import DraftDocument

    document = DraftDocument()
    document.replace(Draft(title="Launch", master="Aurora Coffee opens today"), None)
    settings = Settings.load()
    store = AccountStore(settings)
    dialog = PublishDialog(document, settings, store, outbox=tmp_path / "Outbox")
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.summary.text()
    assert "Ready to publish" not in summary
    assert summary.startswith("Nothing will be posted")
    assert "VK, Weibo, X, Facebook" in summary and "Outbox" in summary
    assert dialog.publish_button.text() == "Save to Outbox"
    assert dialog.publish_button.isEnabled()

    store.save(Account("facebook", "Aurora Page", {"page_id": "1"}), {"page_token": "t"})
    dialog.replan()
    assert dialog.summary.text() == (
        "Ready to publish to Facebook. No account for VK, Weibo, X: saved to the Outbox"
        " folder instead."
    )
    assert dialog.publish_button.text() == "Publish"


def test_card_area_scroll_bar_is_not_black_in_the_light_theme(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_theme("light")
    window.master_editor.setPlainText("A line long enough to wrap in the card. " * 40)
    card = window.cards["facebook"]
    card.set_expanded(True)
    bar = window.preview_grid.scroll.verticalScrollBar()  # cards never scroll by themselves
    qtbot.waitUntil(lambda: bar.isVisible() and bar.height() > 100)
    assert not card.text_view.verticalScrollBar().isVisible()
    assert bar.value() == 0 and bar.maximum() > 0
    image = bar.grab().toImage()
    # the groove under the handle
    x, y = image.width() // 2, image.height() * 3 // 4
    assert QColor(image.pixel(x, y)).lightness() > 128


def test_a_long_title_shows_from_its_start(window: MainWindow) -> None:
    title = "Aurora Coffee opens its second shop in Hamburg-Altona this weekend"
    window.open_draft_as_new(Draft(title=title, master="Hello"))
    assert window.title_edit.text() == title
    assert window.title_edit.cursorPosition() == 0


def test_in_russian_the_editor_side_leaves_the_cards_room_on_a_laptop(qtbot: QtBot) -> None:
    # Russian labels are the longest; side by side they once forced the editor to 580 px
    # of a 1280-px screen, so the card headers' buttons were cut to "Из…ть"
    assert install_translators("ru") == "ru"
    try:
        window = MainWindow(autosave_seconds=3600, features=("templates", "media"))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.editor_splitter.minimumSizeHint().width() <= 480
        assert window.main_splitter.sizes()[1] >= 780, window.main_splitter.sizes()
    finally:
        install_translators("en")
