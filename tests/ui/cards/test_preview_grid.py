"""The card area: cards read across then down in two columns (or side by side), each as
tall as its own post; a card that grows pushes down only the card below it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.cards.card import PlatformCard
from socialdesk.ui.cards.preview_grid import PreviewGrid
from socialdesk.ui.shell.main_window import MainWindow

LONG = "A line of the post that wraps in every card, and then some more words.\n" * 6


def place(window: MainWindow, pid: str) -> QRect:
    """Where a card is in the card area."""
    card = window.cards[pid]
    return QRect(card.mapTo(window.preview_grid, QPoint(0, 0)), card.size())


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_cards_read_across_then_down_and_keep_their_own_height(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 720)
    grid = window.preview_grid
    assert grid.card_columns() == [["vk", "twitter"], ["weibo", "facebook"]]
    window.document.set_master("Short post.")
    window.document.set_variant_text("vk", LONG)
    settle()
    vk, weibo, twitter = (place(window, pid) for pid in ("vk", "weibo", "twitter"))
    assert vk.x() < weibo.x() and vk.y() == weibo.y()
    # Weibo's short post is not stretched to the height of VK's long one
    assert weibo.height() < vk.height() - 60
    assert twitter.y() > vk.bottom()
    window.set_preview_layout("row")
    settle()
    assert grid.card_columns() == [["vk"], ["weibo"], ["twitter"], ["facebook"]]
    assert len({place(window, pid).y() for pid in window.cards}) == 1
    window.set_preview_layout("grid")
    window.set_card_hidden("weibo", True)
    settle()
    assert grid.card_columns() == [["vk", "facebook"], ["twitter"]]


def test_a_card_that_grows_moves_only_the_card_below_it(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 720)
    window.document.set_master("Short post.")
    settle()
    before = {pid: place(window, pid) for pid in window.cards}
    window.document.set_variant_text("vk", LONG)
    settle()
    after = {pid: place(window, pid) for pid in window.cards}
    grown = after["vk"].height() - before["vk"].height()
    assert grown > 60
    assert after["twitter"].y() - before["twitter"].y() == grown  # pushed down, same size
    assert after["twitter"].size() == before["twitter"].size()
    assert after["weibo"] == before["weibo"] and after["facebook"] == before["facebook"]


class Resizes(QObject):
    """The sizes each watched widget was given, in order."""

    def __init__(self, widgets: dict[str, QWidget]) -> None:
        super().__init__()
        self.names = {id(widget): name for name, widget in widgets.items()}
        self.seen: dict[str, list[int]] = {name: [] for name in widgets}
        for widget in widgets.values():
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            self.seen[self.names[id(watched)]].append(event.size().height())
        return False


def test_a_card_that_changes_height_sizes_nothing_else_even_for_a_moment(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Each level of the layout sets its size once: the card above a growing one is not
    squeezed first, an over-limit card's notice takes no room the post gives up (every
    extra size was one more layout and drawing of the card, on a keystroke)."""
    window.resize(1280, 720)
    window.document.set_master("Short post.")
    window.document.set_variant_text("vk", "x" * 17_000)  # over VK's limit: refused
    for pid in ("weibo", "facebook"):
        window.document.set_variant_text(pid, "Their own text.")
    settle()
    vk = window.cards["vk"]
    assert vk.refused_label.isVisible()
    watched = {pid: card for pid, card in window.cards.items()}
    watched["vk refused"] = vk.refused_label
    resizes = Resizes(watched)
    for text in ("Short post, now long enough to take a second line in the X card.", "Short."):
        window.document.set_master(text)  # X (under VK) grows, then shrinks
        settle()
    window.document.set_variant_text("vk", "x" * 16_500)  # VK's post a few lines shorter
    settle()
    assert len(resizes.seen["twitter"]) == 2
    assert resizes.seen["vk"] == [vk.height()]  # only for its own shorter post
    assert resizes.seen["vk refused"] == []
    assert resizes.seen["weibo"] == resizes.seen["facebook"] == []


def test_column_widths_are_kept_with_the_window_layout(qtbot: QtBot, window: MainWindow) -> None:
    grid = PreviewGrid([PlatformCard(get_platform(pid)) for pid in PLATFORM_IDS])
    qtbot.addWidget(grid)
    grid.resize(1200, 700)
    grid.show()
    settle()
    grid.columns.setSizes([700, 460, 0, 0])
    widths = grid.columns.sizes()
    assert widths[0] > widths[1] + 100
    state = grid.save_state()
    grid.columns.setSizes([580, 580, 0, 0])
    grid.restore_state(state)
    assert grid.columns.sizes() == widths
    state = window.preview_grid.save_state()
    window.close()  # the window's column widths go into its saved layout
    assert window.settings.value("preview_columns") == state


def test_what_the_window_shows_is_what_it_would_draw_afresh(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Cards that grow, shrink, move and scroll, and the editor typed into, leave no stale
    pixels behind (the card area keeps pixels that did not change and copies cards it
    moves; the editor repaints its caret and the lines that changed)."""
    window.resize(1280, 720)
    screen = window.screen()

    def assert_fresh() -> None:
        settle()
        shown = screen.grabWindow(window.winId()).toImage()
        fresh = window.grab().toImage()
        format_ = QImage.Format.Format_RGB32
        assert shown.convertToFormat(format_) == fresh.convertToFormat(format_)

    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)  # a blink between the two grabs is no stale pixel
    try:
        window.document.set_master(LONG)
        assert_fresh()
        for text in ("Short.", LONG * 2, "Short again."):
            window.document.set_variant_text("vk", text)
            assert_fresh()
        bar = window.preview_grid.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        window.document.set_variant_text("vk", LONG)
        assert_fresh()
        editor = window.master_editor  # typing rewraps every card, a line more or less
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.setPosition(30)
        editor.setTextCursor(cursor)
        for word in ("more words ", "and more ", "x" * 40, " then "):
            qtbot.keyClicks(editor, word)
            assert_fresh()
        cursor.setPosition(5)
        editor.setTextCursor(cursor)  # the caret leaves its place
        assert_fresh()
        window.cards["facebook"].set_expanded(True)
        window.set_theme("dark")
        assert_fresh()
        window.set_card_hidden("weibo", True)  # cards change columns, then grow there
        window.document.set_variant_text("vk", LONG * 2)
        assert_fresh()
        window.set_preview_layout("row")
        window.set_card_hidden("weibo", False)
        window.document.set_variant_text("vk", "Short.")
        assert_fresh()
    finally:
        QApplication.setCursorFlashTime(flash)
