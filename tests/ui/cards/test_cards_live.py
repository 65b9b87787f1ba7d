"""Typing into the master editor updates every card as that platform would show it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from window_helpers import card_text, fragment_colour, fragment_format, type_text

from socialdesk.platforms import get_platform
from socialdesk.ui.cards.card import PlatformCard
from socialdesk.ui.editor.draft_editor import utf16_offset
from socialdesk.ui.shell.main_window import MainWindow

TYPED = "Hello #launch @aurora https://example.com/x"


def click_anchor(qtbot: QtBot, card: PlatformCard, label: str) -> None:
    """Click the link text `label` in the card, as the writer would."""
    view = card.text_view
    cursor = view.document().find(label)
    assert not cursor.isNull(), f"{label!r} not in {card_text(card)!r}"
    middle = QTextCursor(cursor)
    middle.setPosition(cursor.selectionStart() + 2)
    rect = view.cursorRect(middle)
    point = QPoint(rect.center().x(), rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_typing_updates_every_card_with_its_own_counting(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.master_editor, TYPED)

    assert window.document.draft.master == TYPED
    cards = window.cards
    # X: the link counts 23 and shows without its scheme
    assert card_text(cards["twitter"]) == "Hello #launch @aurora example.com/x"
    assert cards["twitter"].count_label.text() == "45 / 280"
    # Weibo: two Latin letters make one character, a link 20 bytes; links read 网页链接
    assert card_text(cards["weibo"]) == "Hello #launch @aurora 网页链接"
    assert cards["weibo"].count_label.text() == "21 / 2,000"
    # VK and Facebook count characters
    assert cards["vk"].count_label.text() == f"{len(TYPED)} / 16,384"
    assert cards["facebook"].count_label.text() == f"{len(TYPED)} / 63,206"
    for card in cards.values():
        assert card.count_state == "ok"
        assert card.over_label.text() == "" and card.over_label.isHidden()


def test_entities_take_each_platform_colour_and_syntax(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window.master_editor, "Hi #柏林咖啡# [club1|Aurora Coffee] @aurora_hq #кофе")

    x, weibo, vk, fb = (window.cards[p] for p in ("twitter", "weibo", "vk", "facebook"))
    assert fragment_colour(x, "#кофе") == "#1D9BF0"
    assert fragment_colour(x, "@aurora_hq") == "#1D9BF0"
    assert fragment_colour(x, "Hi ") == "#0F1419"  # plain text in X's text colour
    # Weibo: a topic has a hash at both ends
    assert fragment_colour(weibo, "#柏林咖啡#") == "#EB7350"
    # VK shows [club1|Name] as the name, as a link
    assert "[club1|" not in card_text(vk)
    assert fragment_colour(vk, "Aurora Coffee") == "#2D81E0"
    assert "[club1|Aurora Coffee]" in card_text(x)
    # Facebook has no text mentions: @aurora_hq stays plain
    assert fragment_colour(fb, "@aurora_hq") != "#1877F2"
    assert fragment_colour(fb, "#кофе") == "#1877F2"


def test_over_limit_turns_red_in_card_and_editor(qtbot: QtBot, window: MainWindow) -> None:
    window.select_platform("twitter")
    # ten emoji weigh 2 each on X and are two UTF-16 units each in the editor
    text = "😀" * 10 + "a" * 280
    window.master_editor.insertPlainText(text)  # a paste
    qtbot.keyClicks(window.master_editor, "b")

    x = window.cards["twitter"]
    check = get_platform("twitter").check(text + "b")
    assert check.over_by == 21
    assert x.count_state == "over"
    assert x.count_label.text() == "301 / 280"
    assert x.over_label.text() == "21 over the limit"
    assert x.count_colour().name().upper() == "#E0245E"
    assert text_colour(x.count_label) == "#E0245E"  # the count in the ring's red too
    assert window.cards["vk"].count_state == "ok"
    # the editor marks from the first character past the limit, in UTF-16 units
    assert check.over_at == 270
    block = window.master_editor.document().firstBlock()
    red = [
        r
        for r in block.layout().formats()
        if r.format.background().color().name().upper() == "#FFDDE1"
    ]
    assert red and red[0].start == utf16_offset(text, 270) == 280
    assert red[-1].start + red[-1].length == len(text) + 10 + 1
    # X refuses it: no "Show more" but the whole post, the part past the limit on red,
    # and the card says it can't be posted and by how much
    assert "Show more" not in card_text(x)
    assert x.refused_label.isVisible()
    assert x.refused_label.text() == "X won’t take this post: the marked part is over its limit"
    assert x.over_label.text() == "21 over the limit"
    # by how much is read right under the refusal, in the post (not below the fold of
    # the card area, where the footer may be)
    assert x.over_label.isVisible() and x.over_label.parent() is x.post
    assert x.over_label.y() > x.refused_label.y()
    assert x.over_label.geometry().bottom() < x.text_view.y()
    assert x.fold_hint.text() == "can’t be posted"
    over = fragment_format(x, "aaab")
    assert over.background().color().name().upper() == "#FFDDE1"


def test_near_limit_is_amber(qtbot: QtBot, window: MainWindow) -> None:
    window.master_editor.insertPlainText("a" * 255)
    qtbot.keyClicks(window.master_editor, "b")
    assert window.cards["twitter"].count_state == "near"
    assert window.cards["twitter"].count_colour().name().upper() == "#F5A100"
    assert text_colour(window.cards["twitter"].count_label) == "#F5A100"
    assert window.cards["facebook"].count_state == "ok"
    window.master_editor.selectAll()
    qtbot.keyClicks(window.master_editor, "short again")
    assert window.cards["twitter"].count_state == "ok"
    assert text_colour(window.cards["twitter"].count_label) == "#536471"  # X's grey


def text_colour(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name().upper()


def test_long_post_folds_behind_the_platform_label_and_expands_on_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    sentence = "Зерно моносортов обжариваем каждое утро. "
    text = sentence * 12  # 492 characters: past VK's 280 and Facebook's 477
    window.master_editor.insertPlainText(text)
    qtbot.keyClicks(window.master_editor, "!")

    vk = window.cards["vk"]
    shown = card_text(vk)
    assert shown.endswith("…\nПоказать полностью…")
    assert len(shown) < len(text) - 150
    assert shown.split("…")[0].endswith("каждое")  # folds between words
    assert "Показать полностью…" in card_text(window.cards["vk"])
    assert card_text(window.cards["facebook"]).endswith("… See more")
    assert card_text(window.cards["weibo"]).endswith("…展开全文")

    click_anchor(qtbot, vk, "Показать полностью")
    assert vk.expanded
    assert card_text(vk).startswith(text.rstrip() and text[:40])
    assert (text + "!").strip() in card_text(vk)
    assert card_text(vk).endswith("Show less")
    # typing goes on updating the expanded card
    qtbot.keyClicks(window.master_editor, "?")
    assert "!?" in card_text(vk)
    click_anchor(qtbot, vk, "Show less")
    assert not vk.expanded
    assert card_text(vk).endswith("Показать полностью…")


def test_clicking_a_card_selects_the_platform_for_the_editor(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.master_editor.insertPlainText("#柏林咖啡# rocks")
    qtbot.mouseClick(window.cards["weibo"].text_view.viewport(), Qt.MouseButton.LeftButton)
    assert window.selected_platform == "weibo"
    assert window.cards["weibo"].selected and not window.cards["twitter"].selected
    assert window.platform_selector.currentData() == "weibo"
    assert window.master_count.text().startswith("Weibo:")
    # the editor now highlights Weibo topics (X would see no hashtag here)
    block = window.master_editor.document().firstBlock()
    coloured = [
        r for r in block.layout().formats() if r.format.foreground().color().name() == "#eb7350"
    ]
    assert coloured and (coloured[0].start, coloured[0].length) == (0, 6)


def test_cards_hide_and_disabled_platforms_leave_the_preview(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.card_actions["weibo"].trigger()  # View ▸ Cards ▸ Weibo off
    assert window.cards["weibo"].isHidden()
    assert not window.document.dirty  # a view preference, not a draft change
    window.enabled_actions["facebook"].trigger()  # Edit ▸ Platforms in this draft
    assert window.cards["facebook"].isHidden()
    assert window.document.draft.variants["facebook"].enabled is False
    assert window.document.dirty
    # hidden cards are not updated while hidden, but catch up when shown
    qtbot.keyClicks(window.master_editor, "new text")
    window.card_actions["weibo"].trigger()
    assert not window.cards["weibo"].isHidden()
    assert card_text(window.cards["weibo"]) == "new text"


def test_card_extension_points(qtbot: QtBot, window: MainWindow) -> None:
    card = window.cards["vk"]
    card.set_notice("Translated with LibreTranslate", "info")
    assert card.notice_label.isVisibleTo(card)
    card.set_notice("Token expired", "error")
    assert "#FDE2E4" in card.notice_label.styleSheet()
    card.set_notice("", "info")
    assert not card.notice_label.isVisibleTo(card)
    card.set_busy(True)
    assert card.is_busy()
    card.set_busy(False)
    assert not card.is_busy()
    from PySide6.QtGui import QAction

    fired: list[bool] = []
    action = QAction("Translate", card)
    action.triggered.connect(lambda: fired.append(True))
    card.add_action(action)
    buttons = [b for b in card.findChildren(type(card.edit_button)) if b.text() == "Translate"]
    assert len(buttons) == 1
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert fired == [True]
    card.set_account("Aurora Coffee", "@aurora_coffee")
    assert card.avatar.text() == "AC"
    assert "Aurora Coffee" in card.name_label.text()
    # an account's name is shown as written, never read as markup
    card.set_account("<b>Tea & \"Co\"</b> 'n' more", "@tea")
    shown = QTextDocumentFragment.fromHtml(card.name_label.text()).toPlainText()
    assert shown.startswith("<b>Tea & \"Co\"</b> 'n' more")


def test_counts_stay_readable_as_they_grow_and_shrink(qtbot: QtBot, window: MainWindow) -> None:
    """Count labels keep their size between keystrokes (so typing does not re-lay out the
    window); when a count grows a digit or turns into "over the limit", they still show
    all of it, and they give the room back when it shrinks."""
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    x = window.cards["twitter"]
    labels = (x.count_label, x.over_label, window.master_count)

    def assert_whole_texts() -> None:
        QApplication.processEvents()
        for label in labels:
            needed = label.fontMetrics().horizontalAdvance(label.text())
            assert label.width() >= needed, label.text()
            assert label.width() == label.sizeHint().width(), label.text()

    qtbot.keyClicks(window.master_editor, "Hi")
    assert_whole_texts()
    window.document.set_master("word " * 300)
    assert x.over_label.text() == "1,220 over the limit"
    assert_whole_texts()
    window.document.set_master("Hi")
    assert x.over_label.text() == ""
    assert_whole_texts()


def test_cards_never_scroll_inside_the_card_area_scrolls_as_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    card = window.cards["facebook"]
    card.set_expanded(True)
    area = window.preview_grid.scroll.verticalScrollBar()
    window.document.set_master("A long line of text for the feed.\n" * 200)
    QApplication.processEvents()
    assert not card.text_view.verticalScrollBar().isVisible()
    # the whole post is laid out in the card, and the card area scrolls to it
    assert card.text_view.height() >= card.text_view.document().size().height()
    qtbot.waitUntil(lambda: area.isVisible() and area.maximum() > 0)
    window.document.set_master("Another long line, edited.\n" * 200)
    QApplication.processEvents()
    assert card_text(card).startswith("Another long line")
    window.document.set_master("Short now.")
    QApplication.processEvents()
    assert card_text(card).startswith("Short now.")
    qtbot.waitUntil(lambda: card.text_view.height() < 60)
    qtbot.waitUntil(lambda: area.maximum() == 0 or not area.isVisible())
