"""Each card writes in its platform's typography (resources/platforms.json): font stack,
pixel size and regular weight, the same in the light and the dark theme and for every
script; its own words in the audience language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from pytestqt.qtbot import QtBot

from socialdesk.draft import Variant
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.platforms.chrome import chrome
from socialdesk.ui.cards.card import PlatformCard

TEXT = "Aurora Coffee 柏林米特区门店正式开业 Зерно моносортов"


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_same_weight_in_light_and_dark(qtbot: QtBot, pid: str) -> None:
    card = PlatformCard(get_platform(pid))
    qtbot.addWidget(card)
    card.set_text(TEXT, 5000)
    typography = chrome(pid).typography
    seen = []
    for dark in (False, True):
        card.set_dark(dark)
        card.set_text(TEXT, 5000)
        font = card.text_view.document().defaultFont()
        info = QFontInfo(font)
        seen.append((info.family(), info.weight(), info.styleName(), font.pixelSize()))
        assert font.weight() == QFont.Weight(typography.text_weight)
        assert font.pixelSize() == typography.text_px
        assert "bold" not in card.text_view.toHtml().lower()
    assert seen[0] == seen[1], "the dark theme draws the post in the same face"
    assert seen[0][1] < 600


def test_weibo_writes_in_a_chinese_face_first(qtbot: QtBot) -> None:
    card = PlatformCard(get_platform("weibo"))
    qtbot.addWidget(card)
    first = card.text_view.font().families()[0]
    assert first in chrome("weibo").typography.fonts  # Weibo's own stack, as installed here
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(first)


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_leaving_out_the_fonts_this_machine_lacks_changes_no_face(qtbot: QtBot, pid: str) -> None:
    """The card's list holds only installed families (Qt asks fontconfig about every
    missing one, for every font: slow); Qt would have drawn each script in the same face."""
    card = PlatformCard(get_platform(pid))
    qtbot.addWidget(card)
    shown = card.text_view.font()
    assert set(shown.families()) <= set(QFontDatabase.families())
    every = QFont(shown)
    every.setFamilies([*chrome(pid).typography.fonts, *shown.families()])
    assert len(every.families()) > len(shown.families())  # the stacks name Windows and Apple fonts
    for text in ("Aurora", "柏林米特区", "Зерно", "☕"):
        assert faces_of(text, shown) == faces_of(text, every), text


def faces_of(text: str, font: QFont) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_card_words_follow_the_audience_language_not_the_interface(qtbot: QtBot) -> None:
    vk = PlatformCard(get_platform("vk"))
    qtbot.addWidget(vk)
    assert "только что" in vk.meta_label.text()
    assert "Ваше сообщество" in vk.name_label.text()  # no account: VK's placeholder
    vk.set_state(Variant(language="en"), master_changed=False)
    assert "just now" in vk.meta_label.text()
    assert vk.action_bar.labels() == ["Like", "Comment", "Share", "Views"]
    vk.set_account("Aurora Coffee", "aurora")
    assert "Aurora Coffee" in vk.name_label.text()
    weibo = PlatformCard(get_platform("weibo"))
    qtbot.addWidget(weibo)
    assert weibo.action_bar.labels() == ["转发", "评论", "赞"]
    assert "刚刚" in weibo.meta_label.text()


def test_action_words_in_a_new_language_replace_the_old_at_once(qtbot: QtBot) -> None:
    """A translated card's bar shows only the new words, even before the event loop has
    deleted the old labels (a screenshot once showed "Like" under "赞")."""
    from PySide6.QtWidgets import QApplication, QLabel

    facebook = PlatformCard(get_platform("facebook"))
    qtbot.addWidget(facebook)
    facebook.show()
    facebook.set_state(Variant(language="zh-TW"), master_changed=False)
    QApplication.processEvents()  # shows the new labels; the old wait for the loop to delete
    bar = facebook.action_bar
    shown = [label.text() for label in bar.findChildren(QLabel) if label.isVisibleTo(bar)]
    assert shown == ["讚", "留言", "分享"]  # Facebook Taiwan's words


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_every_line_is_as_tall_as_the_feed_sets_it(qtbot: QtBot, pid: str) -> None:
    """The feed's line height, whatever the script: a keystroke that brings Chinese or an
    emoji into view doesn't make the card a pixel taller (it re-laid out the card area)."""
    card = PlatformCard(get_platform(pid))
    qtbot.addWidget(card)
    card.resize(420, 600)
    card.show()
    pitch = chrome(pid).typography.line_height_px
    heights = {}
    for text in ("Aurora Coffee", "柏林米特区门店", "Зерно", "☕🎉", "Hi\n\n柏林 ☕"):
        card.set_text(text, 5000)
        lines = text.count("\n") + 1
        heights[text] = card.text_view.document().size().height()
        assert heights[text] == pytest.approx(lines * pitch), text
    for text in ("Hi\n\nthere", "Hi\n\n柏林"):  # paragraphs replaced one by one keep it
        card.set_text(text, 5000)
        assert card.text_view.document().size().height() == pytest.approx(3 * pitch)
