"""The X card and a text over the limit: "Post as a thread" is offered; taken, the card
shows the parts as X does (joined avatars, a count each) and re-splits as the writer
types; numbering and the split marker work from the window."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from media_samples import write_picture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import type_text

from socialdesk.draft import Draft, MediaItem
from socialdesk.platforms.twitter.thread import split_thread
from socialdesk.ui.common.i18n import install_translators
from socialdesk.ui.shell.main_window import MainWindow

LONG = "".join(
    f"Day {n}: northern lights tours, with guides who know every valley. " for n in range(1, 10)
).strip()


def open_draft(window: MainWindow, draft: Draft) -> None:
    window.document.replace(draft, None)


def shot(window: MainWindow, name: str) -> None:
    """Keep a picture of the card for a person to look at (SOCIALDESK_SHOTS=folder)."""
    folder = os.environ.get("SOCIALDESK_SHOTS")
    if folder:
        window.resize(1280, 720)
        for _ in range(3):  # let the layout settle at the new size
            QApplication.processEvents()
        window.grab().save(str(Path(folder) / f"{name}-window.png"))
        window.cards["twitter"].grab().save(str(Path(folder) / f"{name}-card.png"))


def test_over_the_limit_the_card_offers_a_thread(window: MainWindow) -> None:
    card = window.cards["twitter"]
    actions = window.thread_actions
    open_draft(window, Draft(master="Short post."))
    assert not actions.thread_action.isVisible()
    open_draft(window, Draft(master=LONG))
    assert card.count_state == "over"
    assert actions.thread_action.isVisible()
    assert not actions.numbering_action.isEnabled()


def test_as_a_thread_the_card_shows_each_part_with_its_count(
    qtbot: QtBot, window: MainWindow
) -> None:
    card = window.cards["twitter"]
    open_draft(window, Draft(master=LONG))
    window.thread_actions.thread_action.trigger()
    assert window.document.draft.twitter_thread
    expected = split_thread(LONG)
    rows = card.thread_view.visible_rows()
    assert len(rows) == len(expected.parts) == 3
    assert card.text_view.isHidden() and not card.thread_view.isHidden()
    for row, part in zip(rows, expected.parts, strict=True):
        assert row.text_view.toPlainText() == part.text
        assert row.count_label.text() == f"{part.number}/3 · {part.count} / 280"
    # the avatars are joined down to the last part
    assert [row.line.styleSheet() != "background: transparent;" for row in rows] == [
        True,
        True,
        False,
    ]
    assert card.count_label.text() == "Thread of 3 posts"
    assert card.count_state != "over"
    # the editor no longer marks the text as over the limit: each part fits
    assert window.master_editor.highlighter.over_position is None
    assert window.master_count.text() == f"X: {max(p.count for p in expected.parts)} / 280"
    # the parts scroll together inside the card
    window.resize(1280, 720)
    qtbot.wait(10)
    assert card.thread_view.verticalScrollBar().maximum() > 0
    shot(window, "thread")

    # numbering from the card's menu: counted in the limit
    window.thread_actions.numbering_action.trigger()
    numbered = split_thread(LONG, numbered=True)
    assert [r.text_view.toPlainText() for r in card.thread_view.visible_rows()] == numbered.texts
    assert numbered.texts[0].endswith(" 1/3")


def test_typing_re_splits_and_a_marker_moves_a_break(qtbot: QtBot, window: MainWindow) -> None:
    card = window.cards["twitter"]
    draft = Draft(master="Opening line.", twitter_thread=True)
    open_draft(window, draft)
    assert card.thread is None and not card.text_view.isHidden()  # one post: as before
    window.master_editor.setFocus()
    window.master_editor.moveCursor(window.master_editor.textCursor().MoveOperation.End)
    for line in ("", "---", "The rest."):
        if line:
            type_text(qtbot, window.master_editor, line)
        if line != "The rest.":
            qtbot.keyClick(window.master_editor, Qt.Key.Key_Return)
    assert card.thread is not None
    assert [r.text_view.toPlainText() for r in card.thread_view.visible_rows()] == [
        "Opening line.",
        "The rest.",
    ]
    shot(window, "marker")


def test_thread_card_in_russian_and_chinese(window: MainWindow) -> None:
    russian = "".join(
        f"День {n}: туры к северному сиянию с гидами, которые знают каждую долину. "
        for n in range(1, 8)
    )
    chinese = "我们每天清晨在店里小批量烘焙来自云南和肯尼亚的咖啡豆！" * 9
    for name, text in (("ru", russian), ("zh", chinese)):
        open_draft(window, Draft(master=text, twitter_thread=True, twitter_thread_numbering=True))
        card = window.cards["twitter"]
        thread = split_thread(text, numbered=True)
        assert [r.text_view.toPlainText() for r in card.thread_view.visible_rows()] == thread.texts
        shot(window, f"thread-{name}")


def test_in_a_russian_and_chinese_interface(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    for language, button, summary in (
        ("ru", "Разбить на тред", "Тред из 3 постов"),
        ("zh_CN", "拆成串推发布", "串推，共 3 条"),
    ):
        assert install_translators(language) == language
        try:
            window = make_window()
            open_draft(window, Draft(master=LONG))
            window.thread_actions.thread_action.trigger()
            card = window.cards["twitter"]
            assert window.thread_actions.thread_action.text() == button
            assert card.count_label.text() == summary
            assert card.thread_view.visible_rows()[0].count_label.text().startswith("1/3 · ")
            shot(window, f"ui-{language}")
        finally:
            install_translators("en")


def test_each_picture_names_its_post_of_the_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pictures = [write_picture(tmp_path / f"p{n}.png", str(n), (320, 240), n) for n in (1, 2)]
    draft = Draft(master="Short.", media=[MediaItem(str(p)) for p in pictures])
    open_draft(window, draft)
    rows = window.media.panel.rows
    assert not any(row.thread_spin.isVisibleTo(row) for row in rows)  # one post: no choice

    window.document.edit(lambda d: setattr(d, "master", LONG), master=True)
    window.thread_actions.thread_action.trigger()
    spins = [row.thread_spin for row in window.media.panel.rows]
    assert all(spin.isVisibleTo(spin.parentWidget()) for spin in spins)
    assert [spin.value() for spin in spins] == [1, 1] and spins[0].maximum() == 3
    spins[1].setValue(3)
    assert [item.thread_part for item in window.document.draft.media] == [0, 3]
    # the X card shows each picture under its post
    card = window.cards["twitter"]
    shown = [len(row.media_grid.images) for row in card.thread_view.visible_rows()]
    assert shown == [1, 0, 1]
    assert card.media_grid.isHidden()
    shot(window, "thread-images")
    # left out of X, a picture has no post to choose
    window.media.set_platform(1, "twitter", False)
    assert not window.media.panel.rows[1].thread_spin.isVisibleTo(window.media.panel.rows[1])
    assert [len(row.media_grid.images) for row in card.thread_view.visible_rows()] == [1, 0, 0]
    # one post again: the pictures are back under it
    window.thread_actions.thread_action.trigger()
    assert not card.media_grid.isHidden() and len(card.media_grid.images) == 1


def test_each_post_of_the_thread_takes_four_pictures_as_publishing_does(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from socialdesk.media.check import media_problems

    pictures = [write_picture(tmp_path / f"p{n}.png", str(n), (160, 120), n) for n in range(6)]
    posts = [1, 1, 1, 1, 3, 3]  # four on the first post, two on the last
    media = [MediaItem(str(p), thread_part=n) for p, n in zip(pictures, posts, strict=True)]
    open_draft(window, Draft(master=LONG, twitter_thread=True, media=media))
    card = window.cards["twitter"]
    rows = card.thread_view.visible_rows()
    assert [len(row.media_grid.images) for row in rows] == [4, 0, 2]
    assert not any(row.media_grid.notice.isVisibleTo(row) for row in rows)
    assert not card.refused_label.isVisibleTo(card)  # every post fits

    spins = [row.thread_spin for row in window.media.panel.rows]
    for spin in spins[:3]:
        spin.setValue(3)  # five on the last post
    assert [len(row.media_grid.images) for row in rows] == [1, 0, 5]
    notices = [row.media_grid.notice for row in rows]
    assert [notice.isVisibleTo(row) for notice, row in zip(notices, rows, strict=True)] == [
        False,
        False,
        True,
    ]
    # the card says what publishing (and `socialdesk check`) will say
    (problem,) = media_problems(window.document.draft, None, "twitter", posts=3)
    assert notices[2].text() == problem.message
    assert "5 are chosen for post 3 of the thread" in problem.message
    shot(window, "thread-five-images")
