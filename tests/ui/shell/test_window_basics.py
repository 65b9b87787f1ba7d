"""The window as a desktop app: start-up, shortcuts, undo, media, feature hooks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import card_text, drop_files

from socialdesk.draft import Draft, MediaItem
from socialdesk.ui.shell.app import run_app
from socialdesk.ui.shell.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "aurora-launch.sdraft"


def run_and_inspect(argv: list[str]) -> dict[str, object]:
    """Start the app as `socialdesk` does, look at its window, then close it."""
    seen: dict[str, object] = {}

    def inspect() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        if not visible:
            QTimer.singleShot(10, inspect)
            return
        window = visible[0]
        seen["title"] = window.windowTitle()
        seen["master"] = window.document.draft.master
        seen["path"] = window.document.path
        window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
        window.close()
        window.deleteLater()

    QTimer.singleShot(0, inspect)
    seen["status"] = run_app(argv)
    return seen


def test_first_run_shows_the_sample_then_an_empty_draft(qtbot: QtBot) -> None:
    first = run_and_inspect([])
    assert first["status"] == 0
    assert str(first["master"]).startswith("☕ Aurora Coffee is open in Berlin-Mitte!")
    assert first["path"] is None  # an unsaved copy: Save never overwrites the sample
    assert first["title"] == "Aurora Coffee opens in Berlin[*] — SocialDesk"
    second = run_and_inspect([])
    assert second["master"] == ""


def test_a_draft_argument_opens_that_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "given.sdraft"
    Draft(master="from the command line").save(path)
    seen = run_and_inspect([str(path)])
    assert seen["master"] == "from the command line"
    assert seen["path"] == path


def test_standard_shortcuts(window: MainWindow) -> None:
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert not window.save_as_action.shortcut().isEmpty()
    assert not window.quit_action.shortcut().isEmpty()
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert set(window.menus) == {"file", "edit", "view", "tools", "help"}


def test_undo_and_redo_flow_through_to_the_cards(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.master_editor, "one")
    window.master_editor.document().setModified(False)
    qtbot.keyClick(window.master_editor, Qt.Key.Key_Space)
    qtbot.keyClicks(window.master_editor, "two")
    assert card_text(window.cards["facebook"]) == "one two"
    window.master_editor.setFocus()
    while window.document.draft.master != "":
        before = window.document.draft.master
        window.undo_action.trigger()
        if window.document.draft.master == before:
            break
    assert window.document.draft.master == ""
    assert card_text(window.cards["facebook"]) == ""
    window.redo_action.trigger()
    assert window.document.draft.master != ""
    assert card_text(window.cards["facebook"]) == window.document.draft.master


def test_media_thumbnails_show_on_every_card(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#C0392B"))
    assert image.save(str(tmp_path / "cup.png"))
    draft = Draft(master="With a picture")
    draft.media = [MediaItem("cup.png", alt="A red cup"), MediaItem("gone.png")]
    draft.save(tmp_path / "pictured.sdraft")
    assert window.open_draft(tmp_path / "pictured.sdraft")
    card = window.cards["twitter"]
    assert card.media_grid is not None and card.media_grid.isVisibleTo(card)
    tiles = card.media_grid.images
    assert len(tiles) == 2
    assert tiles[0].image is not None and not tiles[0].image.isNull()
    assert "A red cup" in card.media_grid.canvas.tooltip_for(0)
    assert tiles[1].missing  # a moved file is shown, not silently dropped
    assert "missing" in card.media_grid.notice.text()
    window.document.remove_media(0)
    window.document.remove_media(0)
    assert not card.media_grid.isVisibleTo(card)


def test_close_guards_can_keep_the_window_open(qtbot: QtBot, window: MainWindow) -> None:
    busy = [True]
    window.close_guards.append(lambda: not busy[0])
    stopped: list[bool] = []
    window.shutdown_hooks.append(lambda: stopped.append(True))
    window.close()
    assert window.isVisible() and stopped == []
    busy[0] = False
    window.close()
    assert not window.isVisible() and stopped == [True]


def test_dropping_a_draft_file_opens_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "dropped.sdraft"
    Draft(master="dropped in").save(path)
    assert drop_files(window, [path])
    qtbot.waitUntil(lambda: window.document.path == path, timeout=2000)
    assert card_text(window.cards["vk"]) == "dropped in"


def test_the_menu_icons_come_from_the_theme_or_else_the_style_after_the_first_paint(
    qtbot: QtBot,
) -> None:
    window = MainWindow(autosave_seconds=3600)
    qtbot.addWidget(window)
    actions = (window.new_action, window.open_action, window.save_action, window.undo_action)
    if not QIcon.hasThemeIcon("document-open"):  # no icon theme: text-only toolbar
        assert all(a.icon().isNull() for a in actions)
    window.show()
    qtbot.waitUntil(lambda: not any(a.icon().isNull() for a in actions), timeout=3000)
    window.shutdown()
