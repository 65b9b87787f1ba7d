"""Reading what a card shows (its text, the formats of its text fragments); typing and
dropping files as a user does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from socialdesk.ui.cards.card import PlatformCard


def card_text(card: PlatformCard) -> str:
    return card.text_view.toPlainText()


def fragment_format(card: PlatformCard, needle: str) -> QTextCharFormat:
    """The character format of the card's text fragment that contains `needle`."""
    document = card.text_view.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if needle in fragment.text():
                return fragment.charFormat()
            it += 1
        block = block.next()
    raise AssertionError(f"{needle!r} not found in {card.pid} card: {card_text(card)!r}")


def fragment_colour(card: PlatformCard, needle: str) -> str:
    return fragment_format(card, needle).foreground().color().name().upper()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` key by key. QTest only knows ASCII keys, so other characters are sent
    as key events carrying their text, as a Cyrillic layout or an input method does."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def drop_files(target: QWidget, files: list[Path]) -> bool:
    """Drag `files` onto the middle of `target` and drop them there; whether the drop
    was accepted (False, and nothing dropped, when the drag was refused)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    centre = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        centre.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()
