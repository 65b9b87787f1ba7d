"""Cards show images as each feed lays them out: 1, 2, 3, 4 and 9 pictures on every
platform, rendered offscreen. Set SOCIALDESK_MEDIA_SHOTS to a folder to keep the PNGs
for a look (they are also written to the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from media_samples import write_picture
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from socialdesk.draft import MediaItem
from socialdesk.media.layout import crop_box
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.cards.card import PlatformCard

COUNTS = (1, 2, 3, 4, 9)
CARD_WIDTH = 440


@pytest.fixture
def pictures(tmp_path: Path) -> list[Path]:
    """Nine labelled gradients of mixed shapes: landscape, portrait, square, panorama."""
    shapes = [(640, 360), (360, 640), (400, 400), (900, 300), (480, 360)] * 2
    return [
        write_picture(tmp_path / "pics" / f"{i}.png", str(i), shapes[i - 1], i - 1)
        for i in range(1, 10)
    ]


def make_card(qtbot: QtBot, pid: str, items: list[MediaItem], base: Path) -> PlatformCard:
    card = PlatformCard(get_platform(pid))
    qtbot.addWidget(card)
    card.set_text("Northern lights tours open today!", card.platform.limit)
    card.set_media(items, base)
    card.resize(CARD_WIDTH, 300)
    card.show()
    qtbot.waitExposed(card)
    for _ in range(2):  # the pictures' height follows the width the card settles on
        QApplication.processEvents()
        card.resize(CARD_WIDTH, card.sizeHint().height())
    QApplication.processEvents()
    return card


def shots_folder(tmp_path: Path) -> list[Path]:
    folders = [tmp_path / "shots"]
    if os.environ.get("SOCIALDESK_MEDIA_SHOTS"):
        folders.append(Path(os.environ["SOCIALDESK_MEDIA_SHOTS"]))
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    return folders


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_previews_with_1_2_3_4_and_9_images(
    qtbot: QtBot, pid: str, pictures: list[Path], tmp_path: Path
) -> None:
    base = tmp_path
    grabs: list[QImage] = []
    shown = get_platform(pid).data["media"]["shown"]
    for count in COUNTS:
        items = [MediaItem(f"pics/{i}.png", f"Picture {i}") for i in range(1, count + 1)]
        card = make_card(qtbot, pid, items, base)
        grid = card.media_grid
        assert grid.isVisibleTo(card)
        layout = grid.canvas.layout_now
        assert layout is not None
        assert len(layout.tiles) == min(count, shown)
        assert layout.more == count - len(layout.tiles)
        assert all(not image.missing for image in grid.images)
        assert grid.canvas.height() == round(layout.height)
        grabs.append(card.grab().toImage())
        canvas = grid.canvas.grab().toImage()
        assert_tiles_are_centre_crops(canvas, grid)
        card.close()
    sheet = contact_sheet(grabs)
    for folder in shots_folder(tmp_path):
        assert sheet.save(str(folder / f"media-{pid}.png"))


def assert_tiles_are_centre_crops(canvas: QImage, grid: object) -> None:
    """Each tile's middle shows the middle of its picture, and its left edge shows the
    part of the picture where the centre crop begins (not the picture's own left edge)."""
    layout = grid.canvas.layout_now  # type: ignore[attr-defined]
    dpr = canvas.devicePixelRatio()
    for tile in layout.tiles:
        if tile is layout.tiles[-1] and layout.more:
            continue  # darkened under "+N"
        image = grid.images[tile.index].image  # type: ignore[attr-defined]
        x, y, w, h = crop_box(image.width(), image.height(), tile.w, tile.h)
        # a row a quarter down the tile: clear of the label in the middle
        for fx in (0.1, 0.9):
            src = image.pixelColor(int(x + w * fx), int(y + h * 0.25))
            dst = canvas.pixelColor(
                int((tile.x + tile.w * fx) * dpr), int((tile.y + tile.h * 0.25) * dpr)
            )
            assert close(src, dst), (tile, fx, src.name(), dst.name())


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def contact_sheet(images: list[QImage]) -> QImage:
    width = sum(i.width() for i in images) + 10 * (len(images) + 1)
    height = max(i.height() for i in images) + 20
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#888888"))
    painter = QPainter(sheet)
    x = 10
    for image in images:
        painter.drawImage(x, 10, image)
        x += image.width() + 10
    painter.end()
    return sheet


def test_a_missing_picture_is_drawn_and_named(
    qtbot: QtBot, pictures: list[Path], tmp_path: Path
) -> None:
    items = [MediaItem("pics/1.png"), MediaItem("pics/moved-away.png")]
    card = make_card(qtbot, "twitter", items, tmp_path)
    grid = card.media_grid
    assert [image.missing for image in grid.images] == [False, True]
    assert "Image 2 (moved-away.png) is missing" in grid.notice.text()
    assert not grid.fix_button.isVisible()
    assert "moved-away.png" in grid.canvas.tooltip_for(1)
    canvas = grid.canvas.grab().toImage()
    tile = grid.canvas.layout_now.tiles[1]  # type: ignore[union-attr]
    corner = canvas.pixelColor(
        int((tile.x + 4) * canvas.devicePixelRatio()), int((tile.y + 4) * canvas.devicePixelRatio())
    )
    assert corner.name().upper() == "#FBE3E6"  # the missing-picture tile, not a blank


def test_each_card_shows_only_its_chosen_pictures(
    qtbot: QtBot, pictures: list[Path], tmp_path: Path
) -> None:
    items = [MediaItem("pics/1.png"), MediaItem("pics/2.png", excluded=["weibo", "vk"])]
    counts = {}
    for pid in PLATFORM_IDS:
        card = make_card(qtbot, pid, items, tmp_path)
        counts[pid] = len(card.media_grid.images)
        card.close()
    assert counts == {"vk": 1, "weibo": 1, "twitter": 2, "facebook": 2}
    nothing = make_card(qtbot, "weibo", [MediaItem("pics/2.png", excluded=["weibo"])], tmp_path)
    assert not nothing.media_grid.isVisibleTo(nothing)
