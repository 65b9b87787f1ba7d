"""A draft's picture paths that are not pictures: the cards and the Images panel show
them as missing at once, never waiting on a FIFO or reading a device."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from media_samples import write_picture
from PySide6.QtWidgets import QApplication

from socialdesk.ui.cards.media_grid import thumbnail
from socialdesk.ui.media.panel import square_thumb


def within(seconds: float, action: object) -> list[object]:
    """`action()` on a daemon thread: a hang fails the test instead of the run."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(action()), daemon=True)  # type: ignore[operator]
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "still waiting: the path was opened as a file"
    return result


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom", "nul", "long", "folder"])
def test_no_thumbnail_and_no_wait(kind: str, tmp_path: Path, qapp: QApplication) -> None:
    path = {
        "fifo": tmp_path / "pipe.jpg",
        "nul": tmp_path / "a\x00b.jpg",
        "long": tmp_path / ("x" * 5000 + ".jpg"),
        "folder": tmp_path,
    }.get(kind, Path(kind))
    if kind == "fifo":
        os.mkfifo(path)
    assert within(5, lambda: thumbnail(path)) == [None]
    assert within(5, lambda: square_thumb(path)) == [None]


def test_a_real_picture_still_shows(tmp_path: Path, qapp: QApplication) -> None:
    picture = write_picture(tmp_path / "cup.jpg", "cup")
    image = thumbnail(picture)
    assert image is not None and image.width() == 640
