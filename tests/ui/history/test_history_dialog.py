"""File ▸ History…: versions kept on save, compared side by side, restored undoably."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from socialdesk.draft import Draft
from socialdesk.history import HistoryStore
from socialdesk.ui.history.dialog import HistoryDialog
from socialdesk.ui.shell.main_window import MainWindow

FIRST = "Aurora Cold Brew is here. Smooth, bright, twelve hours in the making."
SECOND = "Aurora Cold Brew is here! Smooth and bright, eighteen hours in the making."


def saved_twice(window: MainWindow, tmp_path: Path) -> Path:
    draft = Draft(title="Cold brew", master=FIRST)
    draft.set_variant_text("vk", "Холодный кофе Aurora уже здесь.", "translated")
    window.document.replace(draft, None)
    path = tmp_path / "cold brew.sdraft"
    assert window._save_to(path)
    window.document.set_master(SECOND)
    window.document.set_variant_text("vk", "Холодный кофе Aurora уже здесь!", "edited")
    assert window._save_to(path)
    return path


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryDialog:
    window.history_action.trigger()  # type: ignore[attr-defined]
    dialog = window.history_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, HistoryDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_each_save_is_a_version_with_time_and_cause(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    saved_twice(window, tmp_path)
    dialog = open_history(qtbot, window)
    assert dialog.versions.count() == 2
    newest = dialog.versions.item(0).text()
    assert newest.startswith("Today ") and "Saved — Cold brew" in newest
    assert dialog.history.problem is None


def test_side_by_side_shows_what_changed_in_one_platforms_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    saved_twice(window, tmp_path)
    dialog = open_history(qtbot, window)
    dialog.versions.setCurrentRow(1)  # the older one, against the draft now
    assert dialog.old_text.toPlainText() == FIRST
    assert dialog.new_text.toPlainText() == SECOND
    old_html, new_html = dialog.old_text.toHtml(), dialog.new_text.toHtml()
    assert "line-through" in old_html and "twelve" in old_html
    assert "line-through" not in new_html and "eighteen" in new_html
    dialog.platform.setCurrentIndex(dialog.platform.findData("vk"))
    assert dialog.old_text.toPlainText() == "Холодный кофе Aurora уже здесь."
    assert dialog.new_text.toPlainText() == "Холодный кофе Aurora уже здесь!"
    assert "1 characters only on the left, 1 only on the right." in dialog.summary.text()


def test_restore_is_one_undoable_step(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    saved_twice(window, tmp_path)
    window.document.set_master(SECOND + " Not saved yet.")
    dialog = open_history(qtbot, window)
    dialog.versions.setCurrentRow(1)
    assert dialog.restore_selected()
    assert window.document.draft.master == FIRST
    assert window.master_editor.text() == FIRST
    assert window.document.draft.variants["vk"].origin == "translated"
    assert window.undo_action.text().startswith("&Undo Restore version of Today ")
    window.undo_action.trigger()
    assert window.document.draft.master == SECOND + " Not saved yet."
    assert window.document.draft.text_for("vk") == "Холодный кофе Aurora уже здесь!"
    # the text it replaced was kept as a version first
    causes = [v.cause for v in HistoryStore().load(window.document.draft.id).versions]
    assert causes == ["save", "save", "restore"]


def test_the_history_follows_the_draft_after_a_rename(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = saved_twice(window, tmp_path)
    moved = tmp_path / "elsewhere" / "renamed.sdraft"
    moved.parent.mkdir()
    path.rename(moved)
    assert window.open_draft(moved)
    dialog = open_history(qtbot, window)
    assert dialog.versions.count() == 2


def test_a_damaged_history_is_said_and_the_draft_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = saved_twice(window, tmp_path)
    draft_id = window.document.draft.id
    HistoryStore().path_for(draft_id).write_text("{ not json", encoding="utf-8")
    assert window.open_draft(path)
    assert window.document.draft.master == SECOND
    dialog = open_history(qtbot, window)
    assert dialog.versions.count() == 0
    assert dialog.problem.isVisibleTo(dialog)
    assert "damaged" in dialog.problem.text()
    assert not dialog.restore_button.isEnabled()
