"""The Weibo card holds the images to the draft's publishing path, as `socialdesk check`
and Publish do (tests/test_weibo_paths.py): Weibo's composer by hand, its sharing API
otherwise; switching the path re-checks the card at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from media_samples import write_picture
from pytestqt.qtbot import QtBot

from socialdesk.draft import MediaItem
from socialdesk.media.check import media_problems
from socialdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_weibo_card_says_what_check_and_publish_say_on_each_path(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    document = window.document
    for n in (1, 2, 3):
        picture = write_picture(tmp_path / f"aurora{n}.jpg", f"aurora {n}", (160, 120))
        document.add_media(MediaItem(str(picture)))
    grid = window.cards["weibo"].media_grid
    assert document.draft.weibo_path == "by_hand"
    assert len(grid.images) == 3
    assert grid.problems == [] and grid.notice.isHidden()  # Weibo's composer takes 3

    window.weibo_path_action.trigger()  # through the sharing API: one picture
    assert document.draft.weibo_path == "api"
    refused = [p.message for p in media_problems(document.draft, None, "weibo")]
    assert [p.message for p in grid.problems] == refused
    assert refused[0].startswith("Weibo's sharing API takes one picture per post; 3 are chosen")
    assert not grid.notice.isHidden() and grid.notice.text() == refused[0]

    window.weibo_path_action.trigger()  # back to posting by hand
    assert grid.problems == [] and grid.notice.isHidden()
