"""The dark theme draws every script at the weight of the light one, measured on the
rendered card and editor: the ink of the post text (each pixel's coverage between the card's
background and text colour, summed) in dark divided by the ink in light.

Before socialdesk.ui.common.even_weight, Chinese measured 1.31–1.34 on every card and
the whole Weibo card 1.25 (Latin and Cyrillic too: its stack puts a CJK face first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.preview import colours_for
from socialdesk.ui.cards.card import PlatformCard
from socialdesk.ui.editor.draft_editor import DraftEditor

TEXTS = {
    "latin": "Aurora Coffee is open in Berlin-Mitte, beans roasted every morning",
    "cyrillic": "Аврора Кофе открылась в Берлине, зерно обжаривают каждое утро",
    "cjk": "极光咖啡柏林米特区门店正式开业，单一产地咖啡豆每天早上烘焙",
}
SAME = (0.9, 1.1)  # the eye does not tell these apart; the bold face measures ~1.3


def ink(top: QWidget, widget: QWidget, background: str, text: str) -> float:
    """Summed coverage of `widget`'s pixels as `top` renders them: 0 where the
    background shows, 1 where the text colour does (the green channel carries it)."""
    top.repaint()
    top_left = widget.mapTo(top, QPoint(0, 0))
    image = top.grab().toImage().copy(QRect(top_left, widget.size()))
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bg, fg = QColor(background).green(), QColor(text).green()
    data = bytes(image.constBits())
    total = 0.0
    for y in range(image.height()):
        row = data[y * image.bytesPerLine() : y * image.bytesPerLine() + image.width() * 4]
        for green in row[1::4]:  # BGRA
            total += min(1.0, max(0.0, (green - bg) / (fg - bg)))
    return total


def weight_ratio(
    qtbot: QtBot, pid: str, text: str, dark_font: QFont | None = None, part: str = "text_view"
) -> float:
    """Ink of the card's `part` in dark ÷ in light (the action bar is in the secondary
    colour, the text in the text colour)."""
    platform = get_platform(pid)
    measured = []
    for dark in (False, True):
        card = PlatformCard(platform)
        qtbot.addWidget(card)
        card.resize(640, 400)
        card.set_dark(dark)
        if dark and dark_font is not None:
            card.text_view.setFont(dark_font)
        card.set_text(text, 5000)
        card.show()
        qtbot.waitExposed(card)
        background = platform.colors["dark_background" if dark else "background"]
        colours = colours_for(platform, dark)
        colour = colours.secondary if part == "action_bar" else colours.text
        measured.append(ink(card, getattr(card, part), background, colour))
        card.close()
    assert measured[0] > 50, "the text rendered"
    return measured[1] / measured[0]


@pytest.mark.parametrize("pid", PLATFORM_IDS)
@pytest.mark.parametrize("script", sorted(TEXTS))
def test_dark_text_renders_at_the_light_weight(qtbot: QtBot, pid: str, script: str) -> None:
    ratio = weight_ratio(qtbot, pid, TEXTS[script])
    assert SAME[0] <= ratio <= SAME[1], f"{pid} {script}: dark/light ink {ratio:.2f}"


def test_weibo_action_words_render_at_the_light_weight(qtbot: QtBot) -> None:
    ratio = weight_ratio(qtbot, "weibo", "转发", part="action_bar")  # 转发 评论 赞
    assert SAME[0] <= ratio <= SAME[1], f"dark/light ink {ratio:.2f}"


def themed_editor(qtbot: QtBot, background: str, text: str, content: str) -> DraftEditor:
    editor = DraftEditor(get_platform("weibo"))
    qtbot.addWidget(editor)
    palette = editor.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(background))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    editor.setPalette(palette)
    editor.resize(640, 120)
    editor.set_text(content)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


THEMES = (("#FFFFFF", "#1F2328"), ("#161719", "#E6E7E9"))  # the editors' light and dark


@pytest.mark.parametrize("script", sorted(TEXTS))
def test_master_editor_renders_dark_at_the_light_weight(qtbot: QtBot, script: str) -> None:
    """The editors too (ui/editor/draft_editor.py): Chinese measured 1.28 before."""
    measured = []
    for background, text in THEMES:
        editor = themed_editor(qtbot, background, text, TEXTS[script])
        measured.append(ink(editor, editor.viewport(), background, text))
    ratio = measured[1] / measured[0]
    assert SAME[0] <= ratio <= SAME[1], f"editor {script}: dark/light ink {ratio:.2f}"


@pytest.mark.parametrize(("background", "text"), THEMES)
def test_the_editor_caret_shows_in_both_themes(qtbot: QtBot, background: str, text: str) -> None:
    """Qt's own caret inverts the pixels under it, none on the editor's layer: the
    editor draws its caret, in the text colour, where the cursor is."""
    editor = themed_editor(qtbot, background, text, "Hello world")
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    cursor = editor.textCursor()
    cursor.setPosition(5)
    editor.setTextCursor(cursor)  # a move shows the caret solid
    caret = editor.caret_rect().translated(editor.viewport().pos())
    image = editor.grab().toImage()
    middle = caret.center()
    assert QColor(image.pixel(middle)).name().upper() == text
    editor.clearFocus()
    qtbot.waitUntil(lambda: not editor.hasFocus())
    image = editor.grab().toImage()
    assert QColor(image.pixel(middle)).name().upper() == background, "no caret without focus"


def test_the_measure_sees_a_bold_dark_card(qtbot: QtBot) -> None:
    """The same measure on a dark card drawn bold: what the test above would catch."""
    card = PlatformCard(get_platform("weibo"))
    qtbot.addWidget(card)
    bold = QFont(card.text_view.font())
    bold.setWeight(QFont.Weight.Bold)
    for script in ("latin", "cjk"):
        assert weight_ratio(qtbot, "weibo", TEXTS[script], bold) > SAME[1]
