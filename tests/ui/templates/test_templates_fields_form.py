"""Choosing a template in the window: its fields form, and every card following live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from window_helpers import card_text, type_text

from socialdesk.draft import Draft
from socialdesk.templates import TemplateLibrary
from socialdesk.ui.editor.folding import pane_index
from socialdesk.ui.shell.main_window import MainWindow
from socialdesk.ui.templates.fields_form import APPLY_DELAY_MS, NO_TEMPLATE, TemplateFieldsForm


def form_of(window: MainWindow) -> TemplateFieldsForm:
    form = window.templates_form  # type: ignore[attr-defined]
    assert isinstance(form, TemplateFieldsForm)
    return form


def settle(qtbot: QtBot, form: TemplateFieldsForm) -> None:
    qtbot.wait(APPLY_DELAY_MS + 20)
    qtbot.waitUntil(lambda: not form._timer.isActive())


def line_edit(form: TemplateFieldsForm, name: str) -> QLineEdit:
    widget = form.editors[name].input
    assert isinstance(widget, QLineEdit)
    return widget


def test_choosing_a_template_shows_its_fields_and_keeps_the_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = form_of(window)
    assert window.templates_action in window.menus["tools"].actions()  # type: ignore[attr-defined]
    assert form.template_combo.findData("event") > 0
    window.master_editor.setFocus()
    type_text(qtbot, window.master_editor, "Come and learn latte art with Mia.")
    assert window.fields_panel.isVisibleTo(window)

    assert form.choose("event")
    assert form.template_combo.currentText() == "Event"
    assert list(form.editors)[:5] == ["event", "date", "time", "venue", "city"]
    assert isinstance(form.editors["body"].input, QPlainTextEdit)
    assert isinstance(form.editors["currency"].input, QComboBox)
    assert form.editors["body"].value() == "Come and learn latte art with Mia."
    assert window.document.draft.template == "event"
    assert not window.fields_panel.isVisibleTo(window)  # the template's form replaces it
    # the event needs its name and date: marked in the form, the text stays until then
    assert window.master_editor.toPlainText() == "Come and learn latte art with Mia."
    assert form.editors["event"].needed and form.editors["date"].needed
    assert "Fill in Event, Date" in form.status_label.text()
    line_edit(form, "event").setFocus()
    type_text(qtbot, line_edit(form, "event"), "Latte Art Night")
    line_edit(form, "date").setFocus()
    type_text(qtbot, line_edit(form, "date"), "2026-12-12")
    settle(qtbot, form)
    # the master editor shows the template's output
    assert "Come and learn latte art with Mia." in window.master_editor.toPlainText()
    assert window.master_editor.toPlainText().startswith("🗓 ")
    assert not form.editors["event"].needed


def test_a_chosen_template_gets_room_for_its_fields(qtbot: QtBot, window: MainWindow) -> None:
    """The form opens at nearly half the editor column and gives the room back to the
    editor without a template. (It once grew the Images panel instead and left the form
    a few lines: the lookup missed the folding section the form sits in.)"""
    window.resize(1440, 900)
    splitter = window.editor_splitter
    form = form_of(window)
    index = pane_index(splitter, form)
    assert index > 0 and splitter.widget(index).isAncestorOf(form)
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > 600)
    before = splitter.sizes()

    assert form.choose("event")
    qtbot.waitUntil(lambda: splitter.sizes()[index] >= 0.4 * sum(splitter.sizes()))
    chosen = splitter.sizes()
    for other in range(1, splitter.count()):
        if other != index:  # the other panels keep to their size or give room
            assert chosen[other] <= before[other], (other, before, chosen)

    assert form.choose(NO_TEMPLATE)
    qtbot.waitUntil(lambda: splitter.sizes()[index] < 0.15 * sum(splitter.sizes()))
    assert splitter.sizes()[0] > chosen[0]  # the editor has its room back


def test_filling_a_field_updates_every_card_live(qtbot: QtBot, window: MainWindow) -> None:
    form = form_of(window)
    form.choose("event")
    line_edit(form, "event").setFocus()
    type_text(qtbot, line_edit(form, "event"), "Latte Art Night")
    line_edit(form, "date").setFocus()
    type_text(qtbot, line_edit(form, "date"), "2026-12-12")
    settle(qtbot, form)
    assert card_text(window.cards["facebook"]).startswith(
        "🗓 Latte Art Night — Saturday, 12 December 2026"
    )
    assert card_text(window.cards["twitter"]).startswith("🗓 Latte Art Night · 12 December")
    assert card_text(window.cards["vk"]).startswith("🗓 Latte Art Night — суббота, 12 декабря 2026")
    assert "时间：2026年12月12日 星期六" in card_text(window.cards["weibo"])
    assert window.document.draft.fields["event"] == "Latte Art Night"
    assert window.document.draft.variants["vk"].origin == "template"
    assert window.document.dirty

    # a value for the Russian audience only
    form.set_language("ru")
    assert line_edit(form, "event").placeholderText() == "Latte Art Night"
    line_edit(form, "event").setFocus()
    type_text(qtbot, line_edit(form, "event"), "Вечер латте-арта")
    settle(qtbot, form)
    assert window.document.draft.fields["event@ru"] == "Вечер латте-арта"
    assert card_text(window.cards["vk"]).startswith("🗓 Вечер латте-арта — суббота")
    assert card_text(window.cards["facebook"]).startswith("🗓 Latte Art Night")


def test_bad_values_are_flagged_and_the_draft_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    form = form_of(window)
    form.choose("event")
    line_edit(form, "event").setFocus()
    type_text(qtbot, line_edit(form, "event"), "Cupping")
    settle(qtbot, form)
    before = window.document.draft.text_for("facebook")
    line_edit(form, "date").setFocus()
    type_text(qtbot, line_edit(form, "date"), "soon")
    settle(qtbot, form)
    hint = form.editors["date"].hint
    assert hint.isVisibleTo(form) and "'soon' is not a date" in hint.text()
    assert "could not fill the post (line" in form.status_label.text()
    assert "Nothing was changed" in form.status_label.text()
    assert window.document.draft.text_for("facebook") == before
    assert window.document.draft.fields["date"] == "soon"  # what was typed is kept


def test_hand_edits_survive_field_changes(qtbot: QtBot, window: MainWindow) -> None:
    form = form_of(window)
    form.choose("announcement")
    line_edit(form, "headline").setFocus()
    type_text(qtbot, line_edit(form, "headline"), "We are moving")
    settle(qtbot, form)
    window.document.set_variant_text("twitter", "My own tweet about the move", origin="edited")
    type_text(qtbot, line_edit(form, "headline"), " to Hamburg")
    settle(qtbot, form)
    assert card_text(window.cards["twitter"]) == "My own tweet about the move"
    assert card_text(window.cards["facebook"]).startswith("📣 We are moving to Hamburg")
    assert "Kept your own edits of X" in form.status_label.text()


def test_the_chooser_lists_the_templates_later_or_when_one_is_needed(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A window lists the templates after its first paint; a template chosen, or a draft
    that uses one opened, before then lists them at once."""
    later: list[object] = []
    form = TemplateFieldsForm(window.document, list_later=later.append)
    qtbot.addWidget(form)
    assert form.template_combo.count() == 1  # "None": not a template file read yet
    assert form.template_combo.currentData() == NO_TEMPLATE
    assert later == [form.refresh_templates]
    assert form.choose("event")
    assert form.template_combo.currentText() == "Event"
    assert form.template_combo.findData("promotion") > 0

    window.document.replace(Draft(template="promotion"), None)
    early = TemplateFieldsForm(window.document, list_later=later.append)
    qtbot.addWidget(early)
    assert early.template_combo.currentData() == "promotion"  # listed at once
    assert len(later) == 1


def test_opening_a_draft_restores_its_template_form(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    draft = Draft(template="promotion", fields={"offer": "20% off beans", "code": "WINTER20"})
    path = tmp_path / "sale.sdraft"
    draft.save(path)
    assert window.open_draft(path)
    form = form_of(window)
    assert form.template is not None and form.template.id == "promotion"
    assert form.template_combo.currentData() == "promotion"
    assert line_edit(form, "code").text() == "WINTER20"
    # opening does not rewrite the saved texts; the first edit renders them
    assert window.document.draft.master == ""
    type_text(qtbot, line_edit(form, "code"), "!")
    settle(qtbot, form)
    assert card_text(window.cards["facebook"]).startswith("🔥 20% off beans")
    assert window.document.draft.master.startswith("🔥 20% off beans")


def test_a_broken_user_template_explains_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    TemplateLibrary().create("Broken", '{#\n{"name": "Broken"}\n#}\nHello {{ name }\n')
    form = form_of(window)
    form.refresh_templates()
    window.master_editor.setFocus()
    type_text(qtbot, window.master_editor, "Precious words")
    assert not form.choose("broken")
    assert "line 4" in form.status_label.text()
    assert window.document.draft.master == "Precious words"
    assert window.document.draft.template is None
    assert form.template_combo.currentData() == ""


def test_templates_dialog_from_the_window_saves_and_rerenders(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = form_of(window)
    mine = TemplateLibrary().create("Shout", '{#\n{"name": "Shout"}\n#}\n{{ what }}!')
    form.refresh_templates()
    form.choose(mine.id)
    line_edit(form, "what").setFocus()
    type_text(qtbot, line_edit(form, "what"), "Sale")
    settle(qtbot, form)
    assert window.document.draft.master == "Sale!"
    dialog = window.open_templates_dialog()  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    assert dialog.current is not None and dialog.current.id == mine.id
    dialog.editor.setPlainText(dialog.editor.toPlainText().replace("!", "!!!"))
    dialog.accept()  # closing saves; the draft follows
    assert window.document.draft.master == "Sale!!!"
    assert card_text(window.cards["vk"]) == "Sale!!!"
