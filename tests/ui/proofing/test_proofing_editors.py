"""Proofing in the window: misspellings marked as you type (real Hunspell dictionaries),
right-click suggestions, the personal word list, typography fixes that undo, and Chinese
script conversion of one platform's text."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import card_text, type_text

from socialdesk.draft import Draft
from socialdesk.proofing.spelling import SpellChecker
from socialdesk.ui.editor.draft_editor import DraftEditor
from socialdesk.ui.proofing.controller import MASTER, ProofingController
from socialdesk.ui.proofing.install import install_proofing
from socialdesk.ui.proofing.spell_binding import SYNC_BLOCKS
from socialdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def proofing(window: MainWindow) -> ProofingController:
    controller = install_proofing(window)
    controller.start()  # what the first paint would run
    return controller


def load(window: MainWindow, draft: Draft) -> None:
    window.document.replace(draft, None)


def settle(qtbot: QtBot, proofing: ProofingController) -> None:
    """Wait until no whole-text check is running and the editors are re-marked."""
    qtbot.waitUntil(lambda: not any(b.is_busy() for b in proofing.bindings.values()))
    qtbot.wait(20)  # the budget reset and any follow-up check
    qtbot.waitUntil(lambda: not any(b.is_busy() for b in proofing.bindings.values()))


def marked_words(editor: DraftEditor) -> list[str]:
    """The words drawn with the wavy spelling underline, in order."""
    words = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        run = ""
        for position in range(len(text)):
            wavy = any(
                r.start <= position < r.start + r.length
                and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
                for r in block.layout().formats()
            )
            if wavy:
                run += text[position]
            elif run:
                words.append(run)
                run = ""
        if run:
            words.append(run)
        block = block.next()
    return words


def test_master_misspellings_are_marked_but_entities_never(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    load(
        window,
        Draft(
            master="We recieve fresh beans @jhonn #coffe {{ nmae }} https://exampel.com\nteh end",
            source_language="en",
        ),
    )
    settle(qtbot, proofing)
    assert marked_words(window.master_editor) == ["recieve", "teh"]


def test_typing_checks_only_the_edited_line(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    lines = [f"Line {n} holds fresh coffee and a mistaek" for n in range(200)]
    load(window, Draft(master="\n".join(lines), source_language="en"))
    settle(qtbot, proofing)
    assert marked_words(window.master_editor) == ["mistaek"] * 200
    checked = proofing.checker.blocks_checked
    window.master_editor.moveCursor(window.master_editor.textCursor().MoveOperation.End)
    type_text(qtbot, window.master_editor, " wrnog")
    assert proofing.checker.blocks_checked - checked <= len(" wrnog")  # one line per key
    settle(qtbot, proofing)
    assert marked_words(window.master_editor)[-2:] == ["mistaek", "wrnog"]


def test_a_line_typed_into_is_not_kept_in_every_version(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    lines = ["We recieve fresh beans", "Roasted every mornin", "Open at eight"]
    load(window, Draft(master="\n".join(lines), source_language="en"))
    settle(qtbot, proofing)
    cached = proofing.checker.cached_lines
    editor = window.master_editor
    cursor = editor.textCursor()
    cursor.setPosition(len(lines[0]))
    editor.setTextCursor(cursor)
    for key in " and tea" * 25 + " wrnog":
        type_text(qtbot, editor, key)
        QApplication.processEvents()  # as between a writer's keys: each line is marked
    settle(qtbot, proofing)
    # the edited line's versions come and go: the cache still holds about the shown lines
    assert proofing.checker.cached_lines <= cached + 1
    assert marked_words(editor) == ["recieve", "wrnog", "mornin"]
    window.undo_action.trigger()  # back to a line the cache let go of: checked again
    settle(qtbot, proofing)
    assert marked_words(editor) == ["recieve", "mornin"]


def test_a_loaded_draft_is_spell_checked_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = threading.current_thread()
    on_gui: list[str] = []
    check_block = proofing.checker.check_block

    def spy(block: str, language: str) -> object:
        if threading.current_thread() is gui:
            on_gui.append(block)
        return check_block(block, language)

    monkeypatch.setattr(proofing.checker, "check_block", spy)
    lines = [f"Paragraph {n}: fresh coffee, a mistaek and more" for n in range(300)]
    load(window, Draft(master="\n".join(lines), source_language="en"))
    settle(qtbot, proofing)
    assert len(on_gui) <= SYNC_BLOCKS  # the rest went to a pool thread
    assert marked_words(window.master_editor) == ["mistaek"] * 300


def test_line_separators_inside_a_paragraph_settle(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    # U+2028 stays inside an editor line: the thread must check the lines the editor has
    text = "\n".join("one\u2028two mistaek\u2028three" for _ in range(40))
    load(window, Draft(master=text, source_language="en"))
    settle(qtbot, proofing)
    qtbot.wait(100)
    assert not proofing.bindings[MASTER].is_busy()
    assert marked_words(window.master_editor) == ["mistaek"] * 40


def open_russian_variant(window: MainWindow, text: str) -> DraftEditor:
    draft = Draft(master="Fresh coffee", source_language="en")
    draft.set_variant_text("vk", text)
    draft.variants["vk"].language = "ru"
    load(window, draft)
    return window.open_variant_editor("vk").editor


def test_russian_suggestions_replace_the_word_and_undo(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    editor = open_russian_variant(window, "Здраствуйте, друзья! Кофе ждёт.")
    proofing._attach_panels()
    settle(qtbot, proofing)
    assert marked_words(editor) == ["Здраствуйте"]

    binding = proofing.bindings["vk"]
    menu = binding.menu_at(editor.cursorRect(cursor_at(editor, 3)).center())
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "Здравствуйте"
    assert "Add “Здраствуйте” to Dictionary" in texts
    assert "Ignore “Здраствуйте”" in texts
    next(a for a in menu.actions() if a.text() == "Здравствуйте").trigger()
    assert editor.text() == "Здравствуйте, друзья! Кофе ждёт."
    assert card_text(window.cards["vk"]) == "Здравствуйте, друзья! Кофе ждёт."
    settle(qtbot, proofing)
    assert marked_words(editor) == []
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the draft's undo
    assert editor.text() == "Здраствуйте, друзья! Кофе ждёт."


def cursor_at(editor: DraftEditor, position: int):  # type: ignore[no-untyped-def]
    cursor = editor.textCursor()
    cursor.setPosition(position)
    return cursor


def test_add_to_dictionary_unmarks_and_lasts(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController, socialdesk_home: Path
) -> None:
    editor = open_russian_variant(window, "Кофейня Аврорка открыта")
    proofing._attach_panels()
    settle(qtbot, proofing)
    assert marked_words(editor) == ["Аврорка"]
    menu = proofing.bindings["vk"].menu_at(editor.cursorRect(cursor_at(editor, 10)).center())
    next(a for a in menu.actions() if a.text().startswith("Add “Аврорка”")).trigger()
    settle(qtbot, proofing)
    assert marked_words(editor) == []
    assert SpellChecker().is_correct("Аврорка", "ru")  # the next start knows it too


def test_a_language_without_dictionary_is_said_once_quietly(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    draft = Draft(master="Frischer Kaffe", source_language="de")
    load(window, draft)
    settle(qtbot, proofing)
    message = window.statusBar().currentMessage()
    assert "No spelling dictionary for German (de)" in message
    window.statusBar().clearMessage()
    load(window, Draft(master="Noch ein Text", source_language="de"))
    settle(qtbot, proofing)
    assert window.statusBar().currentMessage() == ""
    assert marked_words(window.master_editor) == []


def test_typography_findings_fix_in_one_click_and_undo(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    editor = open_russian_variant(window, 'Кофе - это "жизнь"')
    proofing._attach_panels()
    bar = proofing.bars["vk"]
    bar.recheck()
    assert bar.isVisible()
    assert "3 typography findings" in bar.label.text()
    bar.fix_all_button.click()
    assert editor.text() == "Кофе\u00a0— это «жизнь»"
    assert window.document.draft.text_for("vk") == "Кофе\u00a0— это «жизнь»"
    assert not bar.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step: all three
    assert editor.text() == 'Кофе - это "жизнь"'


def test_convert_a_platform_to_taiwan_chinese_and_undo(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    load(window, Draft(master="新软件上线，鼠标免费送！关注@软件小组", source_language="zh-CN"))
    proofing._show_card_actions()
    taiwan = proofing.convert_actions["facebook"][0]
    assert taiwan.isVisible() and "Taiwan" in taiwan.text()
    taiwan.trigger()
    assert card_text(window.cards["facebook"]) == "新軟體上線，滑鼠免費送！關注@软件小组"
    assert window.document.draft.variants["facebook"].language == "zh-TW"
    assert card_text(window.cards["weibo"]) == "新软件上线，鼠标免费送！关注@软件小组"
    qtbot.keyClick(
        window.variant_panels["facebook"].editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert card_text(window.cards["facebook"]) == "新软件上线，鼠标免费送！关注@软件小组"


def test_options_menu_turns_spelling_off_and_is_remembered(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    load(window, Draft(master="We recieve beans", source_language="en"))
    settle(qtbot, proofing)
    assert marked_words(window.master_editor) == ["recieve"]
    proofing.spelling_action.trigger()
    assert marked_words(window.master_editor) == []
    assert window.app_settings.get("proofing", "spelling") is False
    assert proofing.bindings[MASTER].enabled is False


def test_house_rule_choice_changes_the_findings_and_is_saved(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    load(window, Draft(master='It\'s "fresh"', source_language="en"))
    bar = proofing.bars[MASTER]
    bar.recheck()
    assert "3 typography findings" in bar.label.text()
    quotes_menu = next(
        a.menu() for a in proofing.menu.actions() if a.menu() and "Quotes" in a.text()
    )
    dont_check = next(a for a in quotes_menu.actions() if a.text() == "Don't Check")
    dont_check.trigger()
    assert not bar.isVisible() and bar.issues == []
    assert window.app_settings.get("proofing", "en_quotes") == "off"


def test_ignore_lasts_for_the_session_only_in_the_window(
    qtbot: QtBot, window: MainWindow, proofing: ProofingController
) -> None:
    load(window, Draft(master="Our Auroraccino is back", source_language="en"))
    settle(qtbot, proofing)
    assert marked_words(window.master_editor) == ["Auroraccino"]
    editor = window.master_editor
    menu = proofing.bindings[MASTER].menu_at(editor.cursorRect(cursor_at(editor, 6)).center())
    next(a for a in menu.actions() if a.text() == "Ignore “Auroraccino”").trigger()
    settle(qtbot, proofing)
    assert marked_words(editor) == []
    assert not SpellChecker().is_correct("Auroraccino", "en")  # not written anywhere
