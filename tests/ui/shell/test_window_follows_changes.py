"""The window shows what code changed in the draft, not only what was typed: a template
or a restore rewriting the master, the translation settings changing its language."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from socialdesk.draft import Draft
from socialdesk.platforms import get_platform
from socialdesk.ui.editor.draft_editor import DraftEditor, utf16_offset
from socialdesk.ui.shell.main_window import MainWindow
from socialdesk.ui.translation.settings_page import TranslationSettingsDialog

EMOJI = "😀" * 10  # twenty on X, and ten code points that are two UTF-16 units each


def red_from(editor: DraftEditor) -> int | None:
    """Where the editor's over-limit mark starts (a UTF-16 position), if anywhere."""
    over = editor.highlighter._over.background().color()
    block = editor.document().begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            fmt: QTextCharFormat = fmt_range.format
            if fmt.background().color() == over and fmt_range.length:
                return block.position() + fmt_range.start
        block = block.next()
    return None


def test_code_changing_the_master_shows_in_the_editor_with_the_mark_in_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_platform("twitter")
    text = EMOJI + "a" * 300
    window.document.edit(lambda d: setattr(d, "master", text), master=True)
    assert window.master_editor.text() == text
    over_at = get_platform("twitter").check(text).over_at
    assert over_at == 10 + 260
    # the red mark starts at the first character past 280, counted in the new text
    assert red_from(window.master_editor) == utf16_offset(text, over_at) == 280
    assert window.master_count.text().startswith("X: 320 / 280")


def test_the_editor_follows_code_changes_without_the_templates_feature(qtbot: QtBot) -> None:
    window = MainWindow(autosave_seconds=3600, features=())
    qtbot.addWidget(window)
    assert not hasattr(window, "templates_form")
    window.document.replace(Draft(master="typed before"), None)
    window.document.edit(lambda d: setattr(d, "master", "set by code"), master=True)
    assert window.master_editor.text() == "set by code"
    window.shutdown()


def test_typing_is_not_reset_by_the_document_echo(qtbot: QtBot, window: MainWindow) -> None:
    window.master_editor.setFocus()
    qtbot.keyClicks(window.master_editor, "Hello")
    cursor = window.master_editor.textCursor()
    cursor.setPosition(2)
    window.master_editor.setTextCursor(cursor)
    qtbot.keyClicks(window.master_editor, "XY")
    assert window.document.draft.master == "HeXYllo"
    assert window.master_editor.textCursor().position() == 4  # the cursor stayed put
    assert window.document.undo_stack.canUndo()


def test_translation_settings_changing_the_master_language_updates_the_label(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.document.replace(Draft(master="Привет", source_language="en"), None)
    assert window.master_language.text() == "Master language: en"
    dialog = TranslationSettingsDialog(window.app_settings, window.document, window)
    qtbot.addWidget(dialog)
    dialog.page.source_box.setCurrentIndex(dialog.page.source_box.findData("ru"))
    assert dialog.apply()
    assert window.document.draft.source_language == "ru"
    assert window.master_language.text() == "Master language: ru"
