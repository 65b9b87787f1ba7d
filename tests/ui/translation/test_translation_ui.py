"""Translation in the editor window with pytest-qt, against the loopback LibreTranslate:
cards fill off the GUI thread, failures show on the card with Retry and change nothing,
stale results are dropped, edits are kept, and the dialogs store what they should."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from servers import libretranslate
from servers.loopback import LoopbackServer

from socialdesk import paths
from socialdesk.translation.config import TranslationConfig
from socialdesk.translation.glossary import Glossary
from socialdesk.ui.shell.app import create_application
from socialdesk.ui.shell.main_window import MainWindow
from socialdesk.ui.translation.controller import TranslationController
from socialdesk.ui.translation.glossary_dialog import FIRST_LANGUAGE_COL, TERM_COL, GlossaryDialog
from socialdesk.ui.translation.install import install_translation
from socialdesk.ui.translation.settings_page import TranslationSettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MASTER = "Hello world! Visit https://aurora.example today 🚀 #launch"
WAIT_MS = 10_000


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with libretranslate.server_with() as running:
        yield running


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, server: LoopbackServer) -> Iterator[MainWindow]:
    create_application()
    win = MainWindow(autosave_seconds=3600)
    win.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    win.ask_restore = lambda entry: "later"  # type: ignore[method-assign]

    def no_error_dialogs(title: str, text: str) -> None:
        raise AssertionError(f"unexpected error dialog: {title}: {text}")

    win.show_error = no_error_dialogs  # type: ignore[method-assign]
    TranslationConfig(backend="libre", urls={"libre": server.url}, timeout=5).store(
        win.app_settings
    )
    install_translation(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.document.set_master(MASTER)
    draft = win.document.draft
    for pid, language in (("vk", "ru"), ("weibo", "zh-CN"), ("twitter", "en"), ("facebook", "en")):
        draft.variants[pid].language = language
    yield win
    win.close()
    controller: TranslationController = win.translation  # type: ignore[attr-defined]
    assert controller._closed and controller.pool.activeThreadCount() == 0


def controller_of(window: MainWindow) -> TranslationController:
    return window.translation  # type: ignore[attr-defined]


def snapshot(window: MainWindow) -> str:
    return json.dumps(window.document.draft.to_json(), sort_keys=True, ensure_ascii=False)


def wait_done(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not controller_of(window).busy, timeout=WAIT_MS)


def test_translate_all_fills_every_card_without_blocking(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    server.state["latency"] = 0.5
    controller = controller_of(window)
    started = time.monotonic()
    controller.translate_all_action.trigger()
    assert time.monotonic() - started < 0.25  # the GUI thread did not wait for the network
    assert window.cards["vk"].is_busy() and window.cards["weibo"].is_busy()
    assert not window.cards["twitter"].is_busy()  # English, like the master
    qtbot.waitUntil(
        lambda: "0 of 2 sentences" in window.cards["vk"].notice_label.text(), timeout=WAIT_MS
    )
    wait_done(qtbot, window)
    draft = window.document.draft
    assert (
        draft.text_for("vk")
        == "[ru] Привет мир! [ru] Посетите https://aurora.example сегодня 🚀 #launch"
    )
    assert draft.text_for("weibo").endswith("🚀 #launch#")
    assert draft.variants["vk"].origin == "translated" and window.document.dirty
    assert not window.cards["vk"].is_busy()
    assert window.cards["vk"].notice_label.text() == "Translated into Russian (ru)."
    assert "nothing to translate" in window.cards["twitter"].notice_label.text()
    assert controller.card_actions["vk"].text() == "Re-translate"
    assert controller.translate_all_action.shortcut().toString() == "Ctrl+Shift+T"
    assert controller.translate_all_action in window.toolbar.actions()


def test_failure_shows_on_the_card_with_retry_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    server.state["fail"] = ["500"]
    before = snapshot(window)
    controller = controller_of(window)
    with qtbot.waitSignal(controller.result_shown, timeout=WAIT_MS) as shown:
        controller.card_actions["vk"].trigger()
    assert shown.args == ["vk", "failed"]
    card = window.cards["vk"]
    assert card.notice_level == "error"
    assert "had a problem on its side (HTTP 500)" in card.notice_label.text()
    assert controller.card_actions["vk"].text() == "Retry"
    assert snapshot(window) == before
    with qtbot.waitSignal(controller.result_shown, timeout=WAIT_MS) as shown:
        controller.card_actions["vk"].trigger()  # Retry
    assert shown.args == ["vk", "translated"]
    assert window.document.draft.text_for("vk").startswith("[ru] Привет мир!")
    assert card.notice_level == "info"


def test_silent_server_times_out_with_retry(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    TranslationConfig(backend="libre", urls={"libre": server.url}, timeout=0.5).store(
        window.app_settings
    )
    server.state["fail"] = ["silent"]
    before = snapshot(window)
    controller = controller_of(window)
    with qtbot.waitSignal(controller.result_shown, timeout=WAIT_MS):
        controller.card_actions["weibo"].trigger()
    assert "did not answer within 0.5 seconds" in window.cards["weibo"].notice_label.text()
    assert controller.card_actions["weibo"].text() == "Retry"
    assert snapshot(window) == before


def test_a_result_for_an_older_master_is_dropped(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    server.state["latency"] = 0.5
    controller = controller_of(window)
    with qtbot.waitSignal(controller.result_shown, timeout=WAIT_MS) as shown:
        controller.card_actions["vk"].trigger()
        window.document.set_master(MASTER + " And one more sentence.")  # typing meanwhile
    assert shown.args == ["vk", "stale"]
    assert window.document.draft.variants["vk"].inherits
    assert window.cards["vk"].notice_level == "warning"
    assert "Re-translate" in window.cards["vk"].notice_label.text()


def test_edited_card_is_kept_unless_the_writer_agrees(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    window.document.set_variant_text("vk", "Мой собственный текст")  # the writer's edit
    controller = controller_of(window)
    asked: list[list[str]] = []
    controller.ask_overwrite_edited = lambda pids: asked.append(pids) or False  # type: ignore[method-assign]
    controller.card_actions["vk"].trigger()
    assert asked == [["vk"]] and not controller.busy
    assert libretranslate.translate_requests(server) == []
    assert window.document.draft.text_for("vk") == "Мой собственный текст"
    assert "Kept your edited text" in window.cards["vk"].notice_label.text()

    controller.ask_overwrite_edited = lambda pids: True  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.result_shown, timeout=WAIT_MS) as shown:
        controller.card_actions["vk"].trigger()
    assert shown.args == ["vk", "translated"]
    assert window.document.draft.variants["vk"].origin == "translated"


def test_quality_problems_are_shown_on_the_card(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    server.state["drop_placeholders"] = True
    controller = controller_of(window)
    with qtbot.waitSignal(controller.result_shown, timeout=WAIT_MS):
        controller.card_actions["vk"].trigger()
    card = window.cards["vk"]
    assert card.notice_level == "warning"
    assert "The link https://aurora.example is missing" in card.notice_label.text()


def test_language_menu_changes_the_cards_language(qtbot: QtBot, window: MainWindow) -> None:
    controller = controller_of(window)
    # the card's Translate into menu lists the languages as it opens, the card's checked
    card = window.cards["twitter"]
    into = next(a for a in card.menu.actions() if a.text() == "Translate into")
    assert into.menu() is not None and into.menu().actions() == []
    into.menu().aboutToShow.emit()
    listed = into.menu().actions()
    assert len(listed) == len(controller.language_actions_for("twitter")) > 10
    assert [a for a in listed if a.isChecked()] == [
        controller.language_actions_for("twitter")["en"]
    ]
    controller.language_actions_for("twitter")["de"].trigger()
    assert window.document.draft.variants["twitter"].language == "de"
    assert controller.language_actions_for("twitter")["de"].isChecked()
    # the tooltip (it reads the translation settings) is written once the window painted
    qtbot.waitUntil(lambda: "German (de)" in controller.card_actions["twitter"].toolTip())
    with qtbot.waitSignal(controller.result_shown, timeout=WAIT_MS) as shown:
        controller.card_actions["twitter"].trigger()
    assert shown.args == ["twitter", "translated"]
    assert window.document.draft.text_for("twitter").startswith("[de] Hallo Welt!")


def test_closing_while_a_server_is_silent_does_not_hang(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    TranslationConfig(backend="libre", urls={"libre": server.url}, timeout=30).store(
        window.app_settings
    )
    server.state["fail"] = ["silent"]
    controller = controller_of(window)
    controller.card_actions["vk"].trigger()
    qtbot.waitUntil(lambda: len(libretranslate.translate_requests(server)) == 1, timeout=WAIT_MS)
    started = time.monotonic()
    window.close()
    qtbot.waitUntil(lambda: controller._closed, timeout=WAIT_MS)
    assert time.monotonic() - started < 2.0
    assert controller.pool.activeThreadCount() == 0


def test_glossary_dialog_saves_terms_and_explains_problems(qtbot: QtBot) -> None:
    dialog = GlossaryDialog(None, ["ru", "zh-CN"])
    qtbot.addWidget(dialog)
    row = dialog.add_term("Aurora")
    dialog.table.item(row, FIRST_LANGUAGE_COL).setText("Аврора")
    dialog.add_term("SocialDesk")
    assert dialog.save()
    saved = Glossary.load()
    assert [(t.term, t.translations) for t in saved.terms] == [
        ("Aurora", {"ru": "Аврора"}),
        ("SocialDesk", {}),
    ]

    again = GlossaryDialog(None, ["ru"])
    qtbot.addWidget(again)
    assert again.table.rowCount() == 2
    again.add_term("aurora")
    assert not again.save()
    assert "twice" in again.message.text()
    assert len(Glossary.load().terms) == 2  # nothing written


def test_glossary_dialog_keeps_a_damaged_file(qtbot: QtBot) -> None:
    path = paths.data_dir() / "glossary.json"
    path.write_text("{damaged", encoding="utf-8")
    dialog = GlossaryDialog(None, ["ru"])
    qtbot.addWidget(dialog)
    assert "not valid JSON" in dialog.message.text()
    dialog.add_term("Aurora")
    assert dialog.table.item(0, TERM_COL).text() == "Aurora"
    assert dialog.save()
    copies = [p for p in path.parent.iterdir() if p.name.startswith("glossary.json.damaged")]
    assert len(copies) == 1 and copies[0].read_text(encoding="utf-8") == "{damaged"


def test_settings_dialog_stores_the_key_in_the_keyring_only(
    qtbot: QtBot, window: MainWindow, memory_keyring: Any
) -> None:
    dialog = TranslationSettingsDialog(window.app_settings, window.document, window)
    qtbot.addWidget(dialog)
    dialog.page.backend_box.setCurrentIndex(dialog.page.backend_box.findData("deepl"))
    assert dialog.page.url_edit.isVisibleTo(dialog) and dialog.page.key_edit.isVisibleTo(dialog)
    dialog.page.key_edit.setText("deepl-secret-key")
    dialog.page.target_boxes["twitter"].setCurrentIndex(
        dialog.page.target_boxes["twitter"].findData("de")
    )
    dialog.page.hashtags_box.setChecked(True)
    assert dialog.apply()
    assert memory_keyring.secrets[("socialdesk", "translator:deepl/api_key")] == "deepl-secret-key"
    settings_file = Path(window.app_settings.path).read_text(encoding="utf-8")
    assert '"backend": "deepl"' in settings_file and "deepl-secret-key" not in settings_file
    draft = window.document.draft
    assert draft.variants["twitter"].language == "de" and draft.translate_hashtags


def test_settings_dialog_refuses_libre_without_an_address(qtbot: QtBot, window: MainWindow) -> None:
    dialog = TranslationSettingsDialog(window.app_settings, window.document, window)
    qtbot.addWidget(dialog)
    dialog.page.backend_box.setCurrentIndex(dialog.page.backend_box.findData("libre"))
    dialog.page.url_edit.setText("")
    assert not dialog.apply()
    assert "needs the address of its server" in dialog.page.message.text()
    assert dialog.page.chosen_code(dialog.page.source_box) == "en"


def test_translate_all_is_one_undo_step_and_keeps_a_version_before(
    qtbot: QtBot, window: MainWindow, server: LoopbackServer
) -> None:
    from socialdesk.history import HistoryStore

    server.state["latency"] = 0.3  # the languages come back one after the other
    window.document.set_variant_text("twitter", "My own X post", "edited")
    window.document.draft.ensure_id()  # the version history gives it one anyway
    before = snapshot(window)
    controller = controller_of(window)
    controller.ask_overwrite_edited = lambda pids: False  # type: ignore[method-assign]
    controller.translate()
    wait_done(qtbot, window)
    assert window.document.draft.variants["vk"].origin == "translated"
    assert window.document.draft.variants["weibo"].origin == "translated"
    assert window.document.draft.text_for("twitter") == "My own X post"  # kept
    assert window.undo_action.text() == "&Undo Translate all"
    window.undo_action.trigger()
    assert snapshot(window) == before
    versions = HistoryStore().load(window.document.draft.id).versions
    assert [v.cause for v in versions] == ["translate"]
