"""The editors mark X's entities as X links them: cashtags, lists and mentions of up to
20 characters in the link colour (twitter-text's rules, `platforms.twitter.rules`)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from socialdesk.platforms import get_platform
from socialdesk.ui.editor.draft_editor import DraftEditor


def test_cashtags_lists_and_long_mentions_are_marked(qtbot: QtBot) -> None:
    x = get_platform("twitter")
    editor = DraftEditor(x)
    qtbot.addWidget(editor)
    text = "Buy $AAPL via @AuroraCoffeeBerlinHQ or @aurora/berlin-cafes, not x$NO."
    editor.setPlainText(text)
    layout = editor.document().firstBlock().layout()
    link = QColor(x.colors["link"])
    marked = sorted(
        text[r.start : r.start + r.length]
        for r in layout.formats()
        if r.format.foreground().color() == link
    )
    assert marked == ["$AAPL", "@AuroraCoffeeBerlinHQ", "@aurora/berlin-cafes"]
