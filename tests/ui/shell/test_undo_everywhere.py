"""One undo history for the whole draft: every change is a named step, and Ctrl+Z /
Ctrl+Shift+Z work from the editors, the fields and the cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import type_text

from socialdesk.draft import Draft, MediaItem
from socialdesk.ui.shell.main_window import MainWindow
from socialdesk.ui.templates.fields_form import TemplateFieldsForm

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Shown and active, as a window the writer types in (shortcuts need that)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def press(qtbot: QtBot, widget: QWidget, modifiers: Qt.KeyboardModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def form_of(window: MainWindow) -> TemplateFieldsForm:
    form = window.templates_form  # type: ignore[attr-defined]
    assert isinstance(form, TemplateFieldsForm)
    return form


def test_ctrl_z_from_the_editor_takes_back_a_burst_of_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    active(qtbot, window)
    window.master_editor.setFocus()
    type_text(qtbot, window.master_editor, "Hello world")
    assert window.undo_action.text() == "&Undo Typing"
    press(qtbot, window.master_editor, CTRL)
    assert window.document.draft.master == ""
    assert window.master_editor.text() == ""
    press(qtbot, window.master_editor, CTRL | SHIFT)
    assert window.document.draft.master == "Hello world"
    assert window.master_editor.text() == "Hello world"


def test_ctrl_z_from_a_card_and_from_a_field(qtbot: QtBot, window: MainWindow) -> None:
    active(qtbot, window)
    window.document.replace(Draft(master="Northern lights tonight"), None)
    window.document.set_variant_text("vk", "Северное сияние сегодня", "edited")
    window.document.revert_variant("vk")
    assert window.undo_action.text() == "&Undo Revert VK to master"
    press(qtbot, window.cards["vk"].text_view, CTRL)
    assert window.document.draft.text_for("vk") == "Северное сияние сегодня"
    press(qtbot, window.title_edit, CTRL)  # a line edit gives the key to the window too
    assert window.document.draft.variants["vk"].inherits
    assert window.document.draft.master == "Northern lights tonight"


def test_template_apply_is_one_named_step_and_asks_before_replacing_own_texts(
    qtbot: QtBot, window: MainWindow
) -> None:
    draft = Draft(master="")
    draft.fields = {"product": "Aurora Cold Brew"}
    window.document.replace(draft, None)
    window.document.set_variant_text("twitter", "My own words for X", "edited")
    form = form_of(window)
    asked: list[list[str]] = []
    form.ask_keep_edits = lambda pids: asked.append(pids) or "keep"  # type: ignore[method-assign]
    assert form.choose("product-launch")
    assert asked == [["twitter"]]
    assert window.document.draft.text_for("twitter") == "My own words for X"
    assert window.document.draft.master.startswith("🚀 Meet Aurora Cold Brew")
    assert window.undo_action.text() == "&Undo Apply template “Product launch”"
    window.undo_action.trigger()  # the whole choice at once
    draft = window.document.draft
    assert (draft.template, draft.master) == (None, "")
    assert draft.text_for("twitter") == "My own words for X"
    assert form.template is None and form.template_combo.currentData() == ""
    window.redo_action.trigger()
    assert window.document.draft.template == "product-launch"
    assert form.template is not None and form.template.id == "product-launch"


def test_replacing_own_texts_is_undone_with_the_template(qtbot: QtBot, window: MainWindow) -> None:
    draft = Draft(master="")
    draft.fields = {"product": "Aurora Cold Brew"}
    window.document.replace(draft, None)
    window.document.set_variant_text("vk", "Мой собственный текст", "edited")
    form = form_of(window)
    form.ask_keep_edits = lambda pids: "replace"  # type: ignore[method-assign]
    assert form.choose("product-launch")
    assert window.document.draft.text_for("vk") != "Мой собственный текст"
    window.undo_action.trigger()
    assert window.document.draft.text_for("vk") == "Мой собственный текст"


def test_images_and_switches_undo_and_the_saved_state_is_clean_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.document.replace(Draft(master="Post"), None)
    assert window._save_to(tmp_path / "post.sdraft")
    window.document.add_media(MediaItem("photo.png"))
    window.document.set_variant_enabled("weibo", False)
    window.document.set_variant_language("vk", "uk")
    assert window.document.dirty
    assert window.undo_action.text() == "&Undo VK language: uk"
    for _ in range(3):
        window.undo_action.trigger()
    draft = window.document.draft
    assert draft.media == [] and draft.variants["weibo"].enabled
    assert draft.variants["vk"].language == "ru"
    assert not window.document.dirty  # back where the file is
    assert window.enabled_actions["weibo"].isChecked()
    window.redo_action.trigger()
    assert [m.path for m in window.document.draft.media] == ["photo.png"]
    assert window.document.dirty


def test_a_template_choice_called_off_leaves_no_step(qtbot: QtBot, window: MainWindow) -> None:
    draft = Draft(master="My words, no field for them")
    draft.fields = {"body": "The details field is taken"}
    window.document.replace(draft, None)
    form = form_of(window)
    form.ask_replace_text = lambda: False  # type: ignore[method-assign]
    assert not form.choose("promotion")
    assert not window.document.undo_stack.canUndo()
    assert window.document.draft.master == "My words, no field for them"
