"""The Publish dialog with pytest-qt, publishing for real to the four loopback APIs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from publish_env import (
    Apis,
    make_account,
    sample_draft,
)
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from servers import vk_api

from socialdesk.accounts import Account, AccountStore
from socialdesk.draft import Draft
from socialdesk.schedule.queue import Queue
from socialdesk.settings import Settings
from socialdesk.ui.publishing.dialog import NO_ACCOUNT, PublishDialog
from socialdesk.ui.shell.document import DraftDocument

PIDS = ("vk", "weibo", "twitter", "facebook")
# the offscreen platform cannot pass size hints on, and says so
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def document(tmp_path: Path) -> DraftDocument:
    path = tmp_path / "aurora.sdraft"
    draft = sample_draft()
    draft.save(path)
    return DraftDocument(Draft.load(path), path)


def open_dialog(
    qtbot: QtBot, document: DraftDocument, settings: Settings, store: AccountStore, tmp_path: Path
) -> PublishDialog:
    dialog = PublishDialog(document, settings, store, outbox=tmp_path / "Outbox")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_done(qtbot: QtBot, dialog: PublishDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.publishing, timeout=10_000)


@pytest.fixture
def dialog(
    qtbot: QtBot, document: DraftDocument, settings: Settings, store: AccountStore, tmp_path: Path
) -> PublishDialog:
    """The dialog on the sample draft with an account on every platform."""
    return open_dialog(qtbot, document, settings, store, tmp_path)


def test_confirmation_lists_platforms_accounts_and_exact_texts(
    apis: Apis, document: DraftDocument, store: AccountStore, dialog: PublishDialog
) -> None:
    assert list(dialog.rows) == list(PIDS)
    for pid in PIDS:
        row = dialog.rows[pid]
        assert row.text_view.toPlainText() == document.draft.text_for(pid)
        assert row.account_combo.currentText() == store.default_for(pid).display  # type: ignore[union-attr]
        assert row.problems_label.isHidden()
    assert dialog.publish_button.isEnabled()
    assert dialog.summary.text() == "Ready to publish to VK, Weibo, X, Facebook."
    assert all(apis[pid].requests == [] for pid in PIDS)  # nothing sent by looking


def test_blocking_problems_are_shown_and_publish_stays_disabled(
    qtbot: QtBot,
    apis: Apis,
    document: DraftDocument,
    settings: Settings,
    store: AccountStore,
    tmp_path: Path,
) -> None:
    document.set_variant_text("weibo", "#极光# 今天开放预订 https://aurora.example.com")
    document.set_variant_text("twitter", "z" * 290)
    dialog = open_dialog(qtbot, document, settings, store, tmp_path)
    assert not dialog.publish_button.isEnabled()
    assert "#topic#" in dialog.rows["weibo"].problems_label.text()
    assert "10 over the limit of 280" in dialog.rows["twitter"].problems_label.text()
    assert dialog.rows["vk"].problems_label.isHidden()
    assert dialog.summary.text().startswith("2 platforms cannot go yet")
    assert dialog.ready_button.isVisible() and dialog.ready_button.isEnabled()
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    dialog.publish()  # even called directly it refuses
    assert all(apis[pid].requests == [] for pid in PIDS)


def test_send_the_ready_ones_leaves_the_others_marked(
    qtbot: QtBot,
    apis: Apis,
    document: DraftDocument,
    settings: Settings,
    store: AccountStore,
    tmp_path: Path,
) -> None:
    document.set_variant_text("weibo", "#极光# 今天开放预订 https://aurora.example.com")
    dialog = open_dialog(qtbot, document, settings, store, tmp_path)
    qtbot.mouseClick(dialog.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.publishing, timeout=10_000)
    assert "Not sent" in dialog.rows["weibo"].status_label.text()
    assert "Published" in dialog.rows["vk"].status_label.text()
    assert "Not sent: Weibo" in dialog.summary.text()
    assert apis.weibo.requests == [] and len(apis.posts("twitter")) == 1
    assert {r.platform for r in document.draft.publish_log} == {"vk", "twitter", "facebook"}
    assert not dialog.ready_button.isVisible()  # the rest was sent; Weibo waits for a fix


def test_publish_sends_concurrently_shows_links_and_saves_the_log(
    qtbot: QtBot, apis: Apis, document: DraftDocument, dialog: PublishDialog
) -> None:
    apis.vk.state["delay"] = 0.4
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert dialog.publishing
    assert not dialog.publish_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.rows["vk"].status_label.text() == "Sending…")
    assert not dialog.rows["vk"].progress.isHidden()
    # clicks during publishing do nothing
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    dialog.publish()
    dialog.reject()
    assert dialog.isVisible()
    wait_done(qtbot, dialog)

    for pid in PIDS:
        assert len(apis.posts(pid)) == 1
        status = dialog.rows[pid].status_label.text()
        assert "Published" in status and "Open the post" in status
    assert f"https://vk.com/wall-{vk_api.GROUP_ID}_1001" in dialog.rows["vk"].status_label.text()
    assert dialog.rows["vk"].progress.isHidden()
    assert dialog.summary.text() == "Done: 4 of 4."
    assert len(document.draft.publish_log) == 4
    saved = Draft.load(document.path)  # type: ignore[arg-type]
    assert {r.platform: r.status for r in saved.publish_log} == dict.fromkeys(PIDS, "published")
    assert not document.dirty
    # everything is published now: Publish is off until the writer forces it
    assert not dialog.publish_button.isEnabled()
    assert "Already published" in dialog.rows["twitter"].notes_label.text()
    dialog.force_box.setChecked(True)
    assert dialog.publish_button.isEnabled()


def test_retry_resends_only_the_failed_platform(
    qtbot: QtBot, apis: Apis, document: DraftDocument, dialog: PublishDialog
) -> None:
    apis.facebook.state["error"] = 190
    assert dialog.retry_button.isHidden()
    dialog.publish_button.click()
    wait_done(qtbot, dialog)
    fb_status = dialog.rows["facebook"].status_label.text()
    assert "Failed" in fb_status and "Reconnect the account" in fb_status
    assert dialog.retry_button.isVisible() and dialog.retry_button.isEnabled()
    assert not dialog.publish_button.isEnabled()  # only Retry sends again
    assert "Retry sends only the failed platforms." in dialog.summary.text()

    apis.facebook.state.pop("error")
    for pid in PIDS:
        apis[pid].requests.clear()
    dialog.retry_button.click()
    wait_done(qtbot, dialog)
    assert [len(apis[pid].requests) for pid in PIDS] == [0, 0, 0, 1]
    assert "Published" in dialog.rows["facebook"].status_label.text()
    assert dialog.retry_button.isHidden()
    assert [r.status for r in document.draft.publish_log if r.platform == "facebook"] == [
        "failed",
        "published",
    ]


def test_timeout_after_sending_shows_unknown_and_offers_no_retry(
    qtbot: QtBot, apis: Apis, dialog: PublishDialog
) -> None:
    apis.twitter.state["delay"] = 3.0
    dialog.publish_button.click()
    wait_done(qtbot, dialog)
    status = dialog.rows["twitter"].status_label.text()
    assert "Unknown" in status and "check the platform before retrying" in status
    assert dialog.retry_button.isHidden()
    assert "Check the platforms marked ?" in dialog.summary.text()


def test_without_accounts_publish_writes_the_outbox(
    qtbot: QtBot, document: DraftDocument, tmp_path: Path
) -> None:
    settings = Settings.load()
    dialog = open_dialog(qtbot, document, settings, AccountStore(settings), tmp_path)
    for pid in PIDS:
        assert dialog.rows[pid].account_combo.currentText() == NO_ACCOUNT
    assert "Outbox folder" in dialog.rows["vk"].notes_label.text()
    dialog.publish_button.click()
    wait_done(qtbot, dialog)
    files = list((tmp_path / "Outbox").iterdir())
    assert len(files) == 4
    assert "Saved to the Outbox" in dialog.rows["weibo"].status_label.text()
    assert "Open the file" in dialog.rows["weibo"].status_label.text()


def test_scheduling_gives_each_market_its_own_morning_and_queues_x_and_weibo(
    qtbot: QtBot, apis: Apis, dialog: PublishDialog
) -> None:
    day = (datetime.now(UTC) + timedelta(days=2)).date()
    wall = QDateTime(day.year, day.month, day.day, 9, 30, 0)
    dialog.schedule_box.setChecked(True)
    dialog.schedule_edit.setDateTime(wall)
    assert dialog.zone_mode.currentData() == "market"
    vk_row, weibo_row = dialog.rows["vk"], dialog.rows["weibo"]
    assert vk_row.when_row.isVisible()
    assert f"{day} 09:30 Europe/Moscow" in vk_row.zone_label.text()
    assert f"{day} 09:30 Asia/Shanghai" in weibo_row.zone_label.text()
    assert "Weibo, X wait in this computer's queue." in dialog.summary.text()
    assert "needs this computer on" in dialog.rows["twitter"].notes_label.text()
    dialog.publish_button.click()
    wait_done(qtbot, dialog)
    moscow = datetime(day.year, day.month, day.day, 6, 30, tzinfo=UTC)  # UTC+3 all year
    assert apis.posts("vk")[0]["publish_date"] == str(int(moscow.timestamp()))  # type: ignore[index]
    assert "Scheduled" in vk_row.status_label.text()
    assert "Queued on this computer" in weibo_row.status_label.text()
    assert apis.posts("weibo") == [] and apis.posts("twitter") == []
    queued = {p.platform: p.due for p in Queue().posts(("queued",))}
    assert queued["weibo"] == datetime(day.year, day.month, day.day, 1, 30, tzinfo=UTC)


def test_one_platform_can_get_its_own_time(qtbot: QtBot, apis: Apis, dialog: PublishDialog) -> None:
    day = (datetime.now(UTC) + timedelta(days=2)).date()
    dialog.schedule_box.setChecked(True)
    dialog.schedule_edit.setDateTime(QDateTime(day.year, day.month, day.day, 9, 30, 0))
    dialog.rows["vk"].time_edit.setDateTime(QDateTime(day.year, day.month, day.day, 18, 0, 0))
    assert f"{day} 18:00 Europe/Moscow" in dialog.rows["vk"].zone_label.text()
    assert f"{day} 09:30 Asia/Shanghai" in dialog.rows["weibo"].zone_label.text()


def test_facebook_time_too_soon_blocks(dialog: PublishDialog) -> None:
    soon = datetime.now() + timedelta(minutes=4)
    dialog.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(soon.timestamp())))
    dialog.schedule_box.setChecked(True)
    assert "10 minutes and 30 days" in dialog.rows["facebook"].problems_label.text()
    assert not dialog.publish_button.isEnabled()


def test_the_draft_picks_its_account_per_platform(
    qtbot: QtBot,
    apis: Apis,
    document: DraftDocument,
    settings: Settings,
    store: AccountStore,
    tmp_path: Path,
) -> None:
    second = Account("vk", "Second community", {"group_id": "777"})
    store.save(second, {"access_token": vk_api.TOKEN})
    dialog = open_dialog(qtbot, document, settings, store, tmp_path)
    combo = dialog.rows["vk"].account_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Aurora VK", "Second community"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert document.draft.variants["vk"].account == second.id
    assert document.dirty
    dialog.publish_button.click()
    wait_done(qtbot, dialog)
    # the loopback VK knows only group 218374: the chosen account really was used
    assert "Failed" in dialog.rows["vk"].status_label.text()
    assert apis.vk.requests[0].form()["owner_id"] == ["-777"]


def test_main_window_gets_publish_and_accounts_entries(
    qtbot: QtBot, settings: Settings, store: AccountStore
) -> None:
    from socialdesk.ui.publishing.install import install_publishing
    from socialdesk.ui.shell.main_window import MainWindow

    window = MainWindow(autosave_seconds=3600)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    action = getattr(window, "publish_action", None) or install_publishing(window)
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert action in window.menus["file"].actions()
    assert action in window.toolbar.actions()
    assert window.accounts_action in window.menus["tools"].actions()  # type: ignore[attr-defined]
    window.document.set_master("Hello from the main window https://aurora.example.com")
    action.trigger()
    dialog = window.publish_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PublishDialog)
    assert dialog.rows["facebook"].text_view.toPlainText() == window.document.draft.text_for(
        "facebook"
    )
    dialog.close()
    window.close()


def test_one_account_per_platform_is_enough_and_others_go_to_the_outbox(
    qtbot: QtBot, apis: Apis, document: DraftDocument, settings: Settings, tmp_path: Path
) -> None:
    store = AccountStore(settings)
    make_account(store, "twitter")
    dialog = open_dialog(qtbot, document, settings, store, tmp_path)
    dialog.publish_button.click()
    wait_done(qtbot, dialog)
    statuses = {r.platform: r.status for r in document.draft.publish_log}
    assert statuses == {
        "vk": "outbox",
        "weibo": "outbox",
        "twitter": "published",
        "facebook": "outbox",
    }
