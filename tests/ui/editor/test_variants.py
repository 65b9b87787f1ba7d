"""Per-platform text: a card's Edit opens its own editor; Revert returns to the master."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_helpers import card_text, type_text

from socialdesk.draft import Draft
from socialdesk.ui.editor.variant_panel import VariantPanel
from socialdesk.ui.shell.main_window import MainWindow


def test_edit_gives_one_platform_its_own_text(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.master_editor, "Opening on Saturday")
    vk = window.cards["vk"]
    assert vk.state_text() == "Inherits master"
    assert not vk.revert_action.isEnabled()

    revision = window.document.revision
    qtbot.mouseClick(vk.edit_button, Qt.MouseButton.LeftButton)
    panel = window.editor_tabs.currentWidget()
    assert isinstance(panel, VariantPanel) and panel.pid == "vk"
    assert panel.editor.text() == "Opening on Saturday"
    assert window.document.draft.variants["vk"].inherits  # nothing changed by opening it
    assert window.document.revision == revision

    panel.editor.selectAll()
    type_text(qtbot, panel.editor, "Открываемся в субботу #кофе")
    assert card_text(vk) == "Открываемся в субботу #кофе"
    assert fragment_is_link(vk, "#кофе")
    assert vk.state_text() == "Edited"
    assert vk.revert_action.isEnabled()
    assert panel.count_label.text() == "27 / 16,384"
    # the other platforms still show the master
    assert card_text(window.cards["twitter"]) == "Opening on Saturday"
    assert window.document.draft.master == "Opening on Saturday"
    assert window.document.revision > revision

    # the master moves on: the VK text is now stale
    window.editor_tabs.setCurrentIndex(0)
    qtbot.keyClicks(window.master_editor, " at 8")
    assert card_text(window.cards["twitter"]) == "Opening on Saturday at 8"
    assert card_text(vk) == "Открываемся в субботу #кофе"
    assert vk.state_text() == "Edited · master changed since"
    assert "master changed since" in panel.state_label.text()
    # the card's header chip stays short enough for a narrow card; the words are in its tooltip
    assert vk.state_label.text() == "⚠ Edited"
    assert vk.state_label.toolTip() == "Edited · master changed since"
    assert chip_colours(vk.state_label) == ("#FFF4D6", "#7A4F00")  # amber: look again

    # revert: VK inherits the master again
    qtbot.mouseClick(panel.revert_button, Qt.MouseButton.LeftButton)
    assert window.document.draft.variants["vk"].inherits
    assert card_text(vk) == "Opening on Saturday at 8"
    assert vk.state_text() == "Inherits master"
    assert panel.editor.text() == "Opening on Saturday at 8"


def fragment_is_link(card: object, needle: str) -> bool:
    from window_helpers import fragment_colour

    return fragment_colour(card, needle) == "#2D81E0"  # type: ignore[arg-type]


def test_translated_variant_is_labelled_and_revert_from_the_card_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    draft = Draft(master="First cup is on us")
    draft.set_variant_text("weibo", "第一杯免费", origin="translated")
    window.document.replace(draft, None)
    weibo = window.cards["weibo"]
    assert weibo.state_text() == "Translated"
    assert weibo.language_label.text() == "zh-CN"
    assert card_text(weibo) == "第一杯免费"

    # another feature (translation) sets a text through the document
    window.document.set_variant_text("vk", "Первая чашка бесплатно", origin="translated")
    assert card_text(window.cards["vk"]) == "Первая чашка бесплатно"
    assert window.cards["vk"].state_text() == "Translated"

    weibo.revert_action.trigger()  # ⋯ ▸ Revert to master
    assert card_text(weibo) == "First cup is on us"
    assert weibo.state_text() == "Inherits master"
    assert window.document.draft.variants["weibo"].origin == "master"


def test_variant_editor_marks_its_own_platform_limit(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.open_variant_editor("twitter")
    panel.editor.insertPlainText("x" * 290)
    check = window.cards["twitter"].preview
    assert check is not None and check.check.over_by == 10
    assert panel.count_label.text() == "290 / 280 — 10 over"
    assert panel.ring.state == "over"
    block = panel.editor.document().firstBlock()
    red = [r for r in block.layout().formats() if r.format.background().color().name() == "#ffdde1"]
    assert red and red[0].start == 280
    # the master is untouched and X Premium lifts the limit
    assert window.document.draft.master == ""
    window.premium_action.trigger()
    assert window.cards["twitter"].count_label.text() == "290 / 25,000"
    assert panel.ring.state == "ok"


def test_closing_the_variant_tab_keeps_the_text(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.open_variant_editor("facebook")
    qtbot.keyClicks(panel.editor, "Page only")
    window.editor_tabs.tabCloseRequested.emit(window.editor_tabs.indexOf(panel))
    assert "facebook" not in window.variant_panels
    assert window.editor_tabs.count() == 1
    assert window.document.draft.variants["facebook"].text == "Page only"
    assert card_text(window.cards["facebook"]) == "Page only"


def test_master_counter_counts_the_selected_platforms_final_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_platform("twitter")
    window.document.set_master("word " * 60)
    assert window.master_count.text().startswith("X: 300 / 280")
    assert window.master_editor.highlighter.over_position == 280  # the master is X's text
    window.document.set_master("Short master")
    assert window.master_count.text().startswith("X: 12 / 280")
    # X gets its own, longer text: the counter counts that, and marks nothing in the
    # master editor, whose text is not what X gets
    own = "word " * 60
    window.document.set_variant_text("twitter", own, origin="translated")
    assert window.master_count.text() == "X (its own text): 300 / 280 — 20 over"
    assert window.master_editor.highlighter.over_position is None
    window.document.revert_variant("twitter")
    assert window.master_count.text().startswith("X: 12 / 280")


def chip_colours(chip: QLabel) -> tuple[str, str]:
    """The chip's fill as drawn (inside its rounded corners) and its text colour."""
    chip.show()
    drawn = chip.grab().toImage()
    fill = drawn.pixelColor(chip.width() // 2, 1).name().upper()
    return fill, chip.palette().color(QPalette.ColorRole.WindowText).name().upper()
