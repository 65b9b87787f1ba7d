"""Messages the core composes about a post's pictures read in the interface language
(socialdesk.ui.common.core_texts), on the card and in Publish's rows alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from media_samples import write_picture
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from socialdesk.draft import MediaItem
from socialdesk.media.probe import ImageInfo
from socialdesk.media.rules import CheckedImage, MediaRules, check_images
from socialdesk.ui.cards.media_grid import MediaGrid
from socialdesk.ui.common.core_texts import core_message
from socialdesk.ui.common.i18n import install_translators


def too_many(pid: str, count: int, path: str = "", post: tuple[int, int] | None = None) -> str:
    info = ImageInfo(Path("p.jpg"), "JPEG", 1000, 100, 100, 1)
    chosen = [CheckedImage(n, f"image {n}", "", info) for n in range(1, count + 1)]
    [problem] = check_images(MediaRules.for_platform(pid, path), chosen, post)
    return problem.message


@pytest.fixture(params=["ru", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_translators(request.param) == request.param
    yield request.param
    install_translators("en")


Case = tuple[str, int, str, tuple[int, int] | None, list[str]]
CASES: list[Case] = [  # a message, and the values that must stay in its translation
    ("weibo", 3, "api", None, ["3"]),
    ("weibo", 19, "by_hand", None, ["18", "19", "1"]),
    ("twitter", 6, "", None, ["X", "4", "6", "2"]),
    ("vk", 12, "", None, ["VK", "10", "12", "2"]),
    ("twitter", 6, "", (2, 3), ["X", "4", "6", "2"]),  # one post of a thread
]


@pytest.mark.parametrize("case", CASES)
def test_picture_count_messages_are_translated(language: str, case: Case) -> None:
    values = case[4]
    english = too_many(*case[:4])
    shown = core_message(english)
    assert shown != english and "takes" not in shown and "Images panel" not in shown
    assert all(value in shown for value in values)
    marker = "Изображения" if language == "ru" else "图片"
    assert marker in shown


def test_english_stays_as_the_core_wrote_it() -> None:
    for case in CASES:
        english = too_many(*case[:4])
        assert core_message(english) == english


def test_the_weibo_card_notice_is_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    grid = MediaGrid("weibo")
    qtbot.addWidget(grid)
    items = [
        MediaItem(str(write_picture(tmp_path / f"p{n}.jpg", str(n), (120, 90)))) for n in (1, 2, 3)
    ]
    grid.set_media(items, None, rules=MediaRules.for_platform("weibo", "api"))
    english = too_many("weibo", 3, "api")
    assert [p.message for p in grid.problems] == [english]  # the core keeps English
    assert grid.notice.text() == core_message(english) != english
