"""The Templates dialog: list, read-only built-ins, editing with live preview and errors."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import card_text

from socialdesk.templates import TemplateLibrary
from socialdesk.templates.library import builtin_dir
from socialdesk.ui.shell.app import create_application
from socialdesk.ui.templates.dialog import PREVIEW_DELAY_MS, TemplatesDialog

FIELDS = {
    "event": "Latte Art Night",
    "event@ru": "Вечер латте-арта",
    "date": "2026-12-12",
    "time": "19:00",
    "body": "Our head barista shows you how to pour a tulip.",
    "link": "https://aurora-coffee.example/latte",
    "hashtags": "latte art, Berlin",
}


@pytest.fixture
def dialog(qtbot: QtBot, qapp: QApplication) -> TemplatesDialog:
    create_application()
    dlg = TemplatesDialog(fields=FIELDS, select="event")
    dlg.ask_name = lambda title, label, default: "Our event"  # type: ignore[method-assign]
    dlg.confirm_delete = lambda name: True  # type: ignore[method-assign]
    dlg.show_error = _fail  # type: ignore[method-assign]
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _fail(title: str, text: str) -> None:
    raise AssertionError(f"unexpected error dialog: {title}: {text}")


def type_at_line(dialog: TemplatesDialog, line: int, text: str) -> None:
    cursor = QTextCursor(dialog.editor.document().findBlockByNumber(line - 1))
    dialog.editor.setTextCursor(cursor)
    dialog.editor.insertPlainText(text)


def wait_for_preview(qtbot: QtBot, dialog: TemplatesDialog) -> None:
    qtbot.wait(PREVIEW_DELAY_MS + 50)
    qtbot.waitUntil(lambda: not dialog._timer.isActive())


def test_lists_builtins_and_previews_every_platform(dialog: TemplatesDialog) -> None:
    ids = [dialog.list.item(i).data(256) for i in range(dialog.list.count())]
    assert {"announcement", "event", "job-opening"} <= set(ids)
    assert dialog.current is not None and dialog.current.id == "event"
    assert dialog.editor.isReadOnly() and not dialog.delete_button.isEnabled()
    assert "Built-in" in dialog.banner.text()
    assert card_text(dialog.cards["vk"]).startswith("🗓 Вечер латте-арта — суббота, 12 декабря 2026")
    assert card_text(dialog.cards["twitter"]).startswith("🗓 Latte Art Night · 12 December, 7:00 PM")
    assert "#latte art#" in card_text(dialog.cards["weibo"])
    assert dialog.cards["twitter"].count_label.text().endswith("/ 280")
    assert "No problems" in dialog.status_label.text()
    # the preview can be switched to one language for every platform
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh-CN"))
    assert card_text(dialog.cards["facebook"]).startswith("🗓 Latte Art Night")
    assert "时间：2026年12月12日 星期六 19:00" in card_text(dialog.cards["facebook"])


def test_errors_show_with_their_line_as_you_type(qtbot: QtBot, dialog: TemplatesDialog) -> None:
    dialog.duplicate_template()
    assert dialog.current is not None and dialog.current.id == "our-event"
    assert not dialog.editor.isReadOnly()
    good_vk = card_text(dialog.cards["vk"])

    type_at_line(dialog, 27, "{{ event | }}\n")
    wait_for_preview(qtbot, dialog)
    status = dialog.status_label.text()
    assert status.startswith("Syntax error on line 27:"), status
    assert dialog.editor.error_line == 27
    assert dialog.editor.extraSelections()[0].cursor.blockNumber() == 26
    assert dialog.cards["vk"].notice_label.text().startswith("Not updated")
    assert card_text(dialog.cards["vk"]) == good_vk  # the last good preview stays

    # fixing it clears the mark and the preview follows the new text
    cursor = QTextCursor(dialog.editor.document().findBlockByNumber(26))
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()
    type_at_line(dialog, 21, "NEW FIRST LINE\n")
    wait_for_preview(qtbot, dialog)
    assert "No problems" in dialog.status_label.text()
    assert dialog.editor.error_line is None and not dialog.editor.extraSelections()
    assert dialog.cards["vk"].notice_label.isHidden()
    assert card_text(dialog.cards["vk"]).startswith("NEW FIRST LINE")


def test_runtime_errors_name_the_line_and_platform(qtbot: QtBot, dialog: TemplatesDialog) -> None:
    dialog.duplicate_template()
    type_at_line(dialog, 21, "{% if platform == 'weibo' %}{{ 1 // 0 }}{% endif %}\n")
    wait_for_preview(qtbot, dialog)
    assert dialog.status_label.text() == (
        "Error on line 21 (rendering for Weibo): division by zero"
    )
    assert dialog.cards["weibo"].notice_label.text() == "Not rendered: division by zero"
    assert dialog.cards["vk"].notice_label.isHidden()


def test_a_looping_template_does_not_freeze_the_dialog(
    qtbot: QtBot, dialog: TemplatesDialog
) -> None:
    dialog.duplicate_template()
    type_at_line(
        dialog,
        21,
        "{% for a in range(9999) %}{% for b in range(20) %}"
        "{{ ('x' * 30000).replace('x', 'yz')|length|string|length }}"
        "{% endfor %}{% endfor %}\n",
    )
    started = time.perf_counter()
    dialog.refresh_preview()
    assert time.perf_counter() - started < 2.0
    assert dialog.status_label.text().startswith("Stopped on line 21")


def test_edits_are_saved_and_builtins_never_change(
    qtbot: QtBot, dialog: TemplatesDialog, socialdesk_home: Path
) -> None:
    original = (builtin_dir() / "event.sdtemplate").read_bytes()
    saved: list[str] = []
    dialog.template_saved.connect(saved.append)
    dialog.duplicate_template()
    type_at_line(dialog, 21, "{# my tweak #}\n")
    assert dialog.save_button.isEnabled()
    dialog.select("announcement")  # switching away saves
    mine = socialdesk_home / "data" / "templates" / "our-event.sdtemplate"
    assert "{# my tweak #}" in mine.read_text(encoding="utf-8")
    assert saved == ["our-event", "our-event"]  # created, then saved
    assert (builtin_dir() / "event.sdtemplate").read_bytes() == original

    dialog.select("our-event")
    dialog.ask_name = lambda *a: "Tasting evening"  # type: ignore[method-assign]
    dialog.rename_template()
    assert dialog.current is not None and dialog.current.id == "tasting-evening"
    assert dialog.name_label.text() == "Tasting evening"
    dialog.delete_template()
    assert all(e.builtin for e in TemplateLibrary().entries())
    assert (
        socialdesk_home / "data" / "templates" / ".deleted" / "tasting-evening.sdtemplate"
    ).exists()


def test_new_template_starts_from_a_working_example(qtbot: QtBot, dialog: TemplatesDialog) -> None:
    dialog.ask_name = lambda *a: "Weekly roast"  # type: ignore[method-assign]
    dialog.new_template()
    assert dialog.current is not None and dialog.current.name == "Weekly roast"
    assert "No problems" in dialog.status_label.text()
    # fields without a value preview with their example
    assert card_text(dialog.cards["twitter"]).startswith("The one thing to say\n\nOur head")
