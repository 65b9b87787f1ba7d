"""A card's header in a narrow card: its buttons never show elided text ("Из…ть"); those
that do not fit move into the ⋯ menu, where they still work, and come back when there is
room again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from socialdesk.platforms import get_platform
from socialdesk.ui.cards.card import PlatformCard
from socialdesk.ui.common.i18n import install_translators
from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "aurora-launch.sdraft"


@pytest.fixture
def russian() -> Iterator[None]:
    assert install_translators("ru") == "ru"
    yield
    install_translators("en")


def shown_buttons(card: PlatformCard) -> list[QToolButton]:
    return [b for b in card.header.buttons if b.isVisible()]


def assert_whole_texts(card: PlatformCard) -> None:
    for button in shown_buttons(card):
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= needed, (card.width(), button.text(), button.width())


def reachable(card: PlatformCard) -> set[QAction]:
    """The actions a user can reach: the shown buttons' and the ⋯ menu's."""
    return {b.defaultAction() for b in shown_buttons(card)} | set(card.menu.actions())


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_russian_window_at_1280_shows_whole_words_and_keeps_every_action(
    qtbot: QtBot, russian: None
) -> None:
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.open_draft(SAMPLE)
        # typing at the end of the master makes the translated cards stale
        cursor = window.master_editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        window.master_editor.setTextCursor(cursor)
        qtbot.keyClicks(window.master_editor, " See you!")
        settle()
        vk = window.cards["vk"]
        assert "⚠" in vk.state_label.text()
        for card in window.cards.values():
            assert card.width() < 420  # two columns of cards beside the editor
            assert_whole_texts(card)
            assert card.edit_button.isVisible(), card.pid  # the primary action stays out
            assert card.edit_button.text() == "Изменить"
            # every action on offer (X's "Post as a thread" is offered over the limit only)
            everything = {b.defaultAction() for b in card.header.buttons}
            everything = {action for action in everything if action.isVisible()}
            everything |= {card.revert_action, card.copy_action, card.hide_action}
            assert everything <= reachable(card), card.pid
        # "Перевести заново" does not fit beside the stale chip: it waits in the menu, on top
        retranslate = window.translation.card_actions["vk"]  # type: ignore[attr-defined]
        assert retranslate.text() == "Перевести заново"
        assert retranslate in vk.header.overflow_actions()
        assert vk.menu.actions()[0] is retranslate
        # with more room it comes back as a button, and leaves the menu
        window.resize(1900, 900)
        settle()
        assert retranslate not in vk.menu.actions()
        assert [b.text() for b in shown_buttons(vk)] == ["Изменить", "Перевести заново"]
        assert_whole_texts(vk)
    finally:
        window.shutdown()
        window.close()


def test_buttons_move_to_the_menu_and_back_at_every_width(qtbot: QtBot, russian: None) -> None:
    card = PlatformCard(get_platform("weibo"))
    qtbot.addWidget(card)
    fired: list[str] = []
    extra = QAction("Перевести заново", card)
    extra.triggered.connect(lambda: fired.append("retranslate"))
    card.add_action(extra)
    card.edit_requested.connect(lambda pid: fired.append("edit"))
    card.set_busy(True)  # its bar takes no room from the buttons, and hides none
    card.show()
    qtbot.waitExposed(card)
    actions = {card.edit_action, extra, card.revert_action, card.copy_action, card.hide_action}
    seen_counts = set()
    for width in range(card.minimumWidth(), 560, 9):
        card.resize(width, 400)
        settle()
        assert card.width() >= width
        assert_whole_texts(card)
        assert actions <= reachable(card), width
        # each action once: as a button or in the menu, never both
        buttons = {b.defaultAction() for b in shown_buttons(card)}
        assert not buttons & set(card.header.overflow_actions()), width
        assert not buttons & set(card.menu.actions()), width
        seen_counts.add(len(buttons))
        # the busy bar lies in free room, over no text
        assert card.header.busy_bar is not None
        bar = card.header.busy_bar.geometry()
        for widget in (card.state_label, *shown_buttons(card)):
            assert not bar.intersects(widget.geometry()), (width, widget)
    assert seen_counts == {0, 1, 2}  # narrowest: all in the menu; widest: all buttons
    # a moved action works from the menu as it did from the button
    card.resize(card.minimumWidth(), 400)
    settle()
    assert card.header.overflow_actions() == [card.edit_action, extra]
    card.header.overflow_actions()[1].trigger()
    card.header.overflow_actions()[0].trigger()
    assert fired == ["retranslate", "edit"]
    # the ⋯ button is reached by Tab and read out by its name
    assert card.menu_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert card.menu_button.accessibleName() == "Ещё"


def test_a_longer_button_text_moves_it_out_of_a_full_header(qtbot: QtBot) -> None:
    card = PlatformCard(get_platform("twitter"))
    qtbot.addWidget(card)
    action = QAction("Translate", card)
    card.add_action(action)
    card.show()
    qtbot.waitExposed(card)
    card.resize(380, 400)
    settle()
    assert [b.text() for b in shown_buttons(card)] == ["Edit", "Translate"]
    action.setText("Translate again, with the glossary")
    settle()
    assert_whole_texts(card)
    assert action in card.header.overflow_actions()
    action.setText("Translate")
    settle()
    assert [b.text() for b in shown_buttons(card)] == ["Edit", "Translate"]
    assert action not in card.menu.actions()


def test_a_button_changed_while_the_card_was_hidden_fits_when_it_is_shown_again(
    qtbot: QtBot,
) -> None:
    """A hidden header measures nothing (start-up builds four of them); shown again at
    the same size, it fits what changed meanwhile."""
    card = PlatformCard(get_platform("weibo"))
    qtbot.addWidget(card)
    extra = QAction("Translate", card)
    card.add_action(extra)
    card.show()
    qtbot.waitExposed(card)
    card.resize(card.minimumWidth() + 120, 400)
    settle()
    assert extra in {b.defaultAction() for b in shown_buttons(card)}
    card.hide()
    extra.setText("Translate again into every language of every audience")
    card.show()
    settle()
    assert_whole_texts(card)
    assert extra in card.header.overflow_actions()
