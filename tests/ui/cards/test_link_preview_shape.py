"""A large link card keeps the feeds' 1.91:1 picture at every card width, right under the
post text (its height was once asked of the layouts, which gave a strip of picture and
spread the rest as gaps through the post)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from socialdesk.linkcards import LinkCard
from socialdesk.platforms import get_platform
from socialdesk.ui.cards.card import PlatformCard

URL = "https://aurora.example/berlin"


@pytest.mark.parametrize("pid", ["twitter", "facebook", "vk"])
def test_large_link_picture_keeps_its_shape_under_the_text(
    qtbot: QtBot, tmp_path: Path, pid: str
) -> None:
    picture = tmp_path / "card.png"
    image = QImage(1200, 630, QImage.Format.Format_RGB32)
    image.fill(QColor("#6F4E37"))
    assert image.save(str(picture))
    card = PlatformCard(get_platform(pid))
    qtbot.addWidget(card)
    card.set_text(f"Open in Berlin today {URL}", 5000)
    card.set_link_card(
        LinkCard(
            url=URL,
            final_url=URL,
            title="Aurora Coffee Berlin",
            description="Single-origin coffee, roasted every morning",
            image_url=URL + ".png",
            image=picture.name,
            image_width=1200,
            image_height=630,
            twitter_card="summary_large_image",
        ),
        picture,
    )
    card.show()
    for width, height in ((380, 700), (600, 1000), (900, 1200)):  # a tall card: room to spare
        card.resize(width, height)
        for _ in range(5):
            QApplication.processEvents()
        shown = card.link_preview.image
        assert shown.isVisible()
        assert shown.width() / shown.height() == pytest.approx(1.91, abs=0.02), (width, pid)
        text_bottom = card.text_view.geometry().bottom()
        assert card.link_preview.y() - text_bottom <= 10, "no gap between text and card"
        assert card.action_bar.y() - card.link_preview.geometry().bottom() <= 10
