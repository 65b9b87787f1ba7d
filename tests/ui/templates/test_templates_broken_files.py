"""Broken or hostile files in the user templates folder: each is listed with its reason
under its name, and every other template still opens and previews."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from socialdesk.templates import TemplateLibrary
from socialdesk.ui.shell.app import create_application
from socialdesk.ui.templates.dialog import ITEM_ID, TemplatesDialog

BROKEN = {
    "deep-header": "{#\n" + '{"a": ' * 20_000 + "1" + "}" * 20_000 + "\n#}x",
    "deep-blocks": "{% if 1 %}\n" * 100 + "{% endif %}" * 100,
    "huge-number": '{#\n{"name": ' + "9" * 5000 + "}\n#}x",
    "endless-chain": "{{ x" + "|upper" * 3000 + " }}",
}
REASONS = {
    "deep-header": "line 2: the header cannot be read (nested too deeply)",
    "deep-blocks": "line 13: blocks are nested more than 12 deep",
    "huge-number": "line 2: the header cannot be read (Exceeds the limit (4300 digits)",
    "endless-chain": "line 1: an expression with more than 60 operators",
}


@pytest.fixture
def dialog(qtbot: QtBot, qapp: QApplication) -> TemplatesDialog:
    create_application()
    library = TemplateLibrary()
    library.create("Still fine", "Hello {{ name }}")
    for name, source in BROKEN.items():
        (library.user_dir / f"{name}.sdtemplate").write_text(source, encoding="utf-8")
    dlg = TemplatesDialog(fields={"name": "Ann"}, select="event")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def item_texts(dialog: TemplatesDialog) -> dict[str, str]:
    items = (dialog.list.item(row) for row in range(dialog.list.count()))
    return {str(item.data(ITEM_ID)): item.text() for item in items if item.data(ITEM_ID)}


def test_broken_templates_are_listed_with_their_reason(dialog: TemplatesDialog) -> None:
    texts = item_texts(dialog)
    for name in BROKEN:
        head, reason = texts[name].split("\n")
        assert head.strip() == f"{name}  ⚠"
        assert reason.strip().startswith(REASONS[name][:60].rstrip()), reason
    assert "⚠" not in texts["still-fine"] and "⚠" not in texts["event"]


def test_the_others_still_open_and_preview(qtbot: QtBot, dialog: TemplatesDialog) -> None:
    dialog.show_error = lambda title, text: None  # type: ignore[method-assign]
    for name in BROKEN:
        dialog.select(name)  # shows the problem; never a traceback
    dialog.select("still-fine")
    assert dialog.editor.toPlainText().endswith("Hello {{ name }}")
    qtbot.waitUntil(lambda: "No problems" in dialog.status_label.text(), timeout=5_000)
