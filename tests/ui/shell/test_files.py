"""Opening, saving, the unsaved-changes prompt, a bad file, recent drafts, window state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import card_text

from socialdesk.draft import Draft
from socialdesk.ui.shell.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "aurora-launch.sdraft"


def click_in_next_message_box(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """When the next modal message box opens, note its text and click `button_text`."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def test_save_and_open_round_trip(qtbot: QtBot, make_window: object, tmp_path: Path) -> None:
    window = make_window()  # type: ignore[operator]
    qtbot.keyClicks(window.master_editor, "Hello Berlin #coffee")
    assert window.windowTitle() == "Untitled[*] — SocialDesk"
    assert window.isWindowModified()
    target = tmp_path / "launch"
    window.ask_save_path = lambda: target
    window.save_action.trigger()
    saved = tmp_path / "launch.sdraft"
    assert Draft.load(saved).master == "Hello Berlin #coffee"
    assert window.windowTitle() == "launch[*] — SocialDesk"
    assert not window.isWindowModified()

    other = make_window()  # type: ignore[operator]
    assert other.open_draft(saved)
    assert other.master_editor.text() == "Hello Berlin #coffee"
    assert card_text(other.cards["twitter"]) == "Hello Berlin #coffee"
    assert not other.document.dirty
    recent = [a.text() for a in other.recent_menu.actions()]
    assert any("launch.sdraft" in text for text in recent)


def test_opening_the_sample_shows_its_variants(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_draft(SAMPLE)
    assert window.windowTitle() == "aurora-launch[*] — SocialDesk"
    assert card_text(window.cards["vk"]).startswith("☕ Aurora Coffee открылась в Берлине")
    assert card_text(window.cards["weibo"]).startswith("☕ Aurora Coffee 柏林米特区门店正式开业")
    assert card_text(window.cards["twitter"]).startswith("☕ Aurora Coffee is open")
    assert window.cards["vk"].state_text().startswith("Translated")
    draft = window.document.draft
    stale = " · master changed since" if draft.master_changed_since("vk") else ""
    assert window.cards["vk"].state_text() == "Translated" + stale
    assert window.fields_panel.edits["cta"].text() == "First cup is on us this weekend"
    # editing a template field is a change to the draft
    window.fields_panel.edits["cta"].setText("x")
    window.fields_panel.edits["cta"].textEdited.emit("Two for one")
    assert window.document.draft.fields["cta"] == "Two for one"
    assert window.isWindowModified()


def test_bad_file_shows_the_draft_error_and_keeps_the_current_draft(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    qtbot.keyClicks(window.master_editor, "keep me")
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    bad = tmp_path / "broken.sdraft"
    bad.write_text('{"format": "socialdesk-draft", "version": 1, "master": ', encoding="utf-8")
    errors: list[tuple[str, str]] = []
    window.show_error = lambda title, text: errors.append((title, text))  # type: ignore[method-assign]

    assert not window.open_draft(bad)
    assert len(errors) == 1
    assert str(bad) in errors[0][1] and "not valid JSON" in errors[0][1]
    # the draft the writer had is still there, still unsaved
    assert window.master_editor.text() == "keep me"
    assert window.document.draft.master == "keep me"
    assert window.isWindowModified()


def test_bad_file_in_the_real_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    del window.show_error  # the real QMessageBox, not the test seam
    newer = tmp_path / "future.sdraft"
    newer.write_text('{"format": "socialdesk-draft", "version": 99}', encoding="utf-8")
    seen: list[str] = []
    click_in_next_message_box(qtbot, "OK", seen)
    assert not window.open_draft(newer)
    assert seen and "newer SocialDesk" in seen[0]


@pytest.mark.parametrize(
    ("choice", "closes", "saved"),
    [("cancel", False, False), ("discard", True, False), ("save", True, True)],
)
def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    choice: str,
    closes: bool,
    saved: bool,
) -> None:
    qtbot.keyClicks(window.master_editor, "draft text")
    asked: list[bool] = []

    def ask() -> str:
        asked.append(True)
        return choice

    window.ask_save_changes = ask  # type: ignore[method-assign]
    target = tmp_path / "closing.sdraft"
    window.ask_save_path = lambda: target  # type: ignore[method-assign]
    window.close()
    assert asked == [True]
    assert window.isVisible() is not closes
    assert target.exists() is saved
    if saved:
        assert Draft.load(target).master == "draft text"


def test_unsaved_prompt_in_the_real_dialog(qtbot: QtBot, window: MainWindow) -> None:
    del window.ask_save_changes  # the real QMessageBox
    qtbot.keyClicks(window.master_editor, "unsaved")
    seen: list[str] = []
    click_in_next_message_box(qtbot, "Cancel", seen)
    window.new_action.trigger()
    assert "Save the changes" in seen[0]
    assert window.document.draft.master == "unsaved"  # cancelled: nothing lost
    click_in_next_message_box(qtbot, "Discard", seen)
    window.new_action.trigger()
    assert window.document.draft.master == ""
    assert not window.isWindowModified()


def test_clean_window_closes_without_asking(qtbot: QtBot, window: MainWindow) -> None:
    window.ask_save_changes = lambda: pytest.fail("asked although nothing changed")  # type: ignore[method-assign]
    window.close()
    assert not window.isVisible()


def test_layout_and_theme_persist_in_an_ini_under_socialdesk_home(
    qtbot: QtBot, make_window: object, socialdesk_home: Path
) -> None:
    window = make_window()  # type: ignore[operator]
    window.resize(780, 560)  # fits the offscreen screen, so nothing gets clamped
    window.main_splitter.setSizes([300, 460])
    sizes = window.main_splitter.sizes()
    window.set_theme("dark")
    window.set_preview_layout("row")
    window.set_card_hidden("weibo", True)
    window.close()
    ini = socialdesk_home / "config" / "window.ini"
    assert ini.exists()

    again = make_window()  # type: ignore[operator]
    assert again.size() == window.size()
    # put back once the window is laid out at its size (the first layout spreads it)
    qtbot.waitUntil(lambda: again.main_splitter.sizes() == sizes)
    assert again.theme_actions["dark"].isChecked()
    assert again.cards["vk"].dark
    assert again.layout_actions["row"].isChecked()
    assert again.cards["weibo"].isHidden()
