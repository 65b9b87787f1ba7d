"""The schedule feature in the window: View ▸ Calendar, Settings ▸ Scheduling, and the
queue runner that sends due posts while the app is open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from publish_env import Apis, make_accounts, settings_for
from pytestqt.qtbot import QtBot

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft
from socialdesk.schedule import os_scheduler
from socialdesk.schedule.queue import Queue, QueuedPost
from socialdesk.settings import Settings
from socialdesk.ui.schedule.install import install_schedule
from socialdesk.ui.schedule.settings_page import SchedulingPage
from socialdesk.ui.shell.main_window import MainWindow


def test_view_calendar_opens_the_calendar(qtbot: QtBot, window: MainWindow) -> None:
    install_schedule(window)
    assert window.calendar_action in window.menus["view"].actions()
    assert window.calendar_action.shortcut().toString() == "Ctrl+Shift+K"
    window.calendar_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "calendar_dialog", None) is not None)
    dialog = window.calendar_dialog
    qtbot.waitUntil(lambda: not dialog.tasks, timeout=10_000)
    assert dialog.isVisible() and len(dialog.cells) == 7
    dialog.close()


def test_open_the_draft_from_the_calendar(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "launch.sdraft"
    Draft(title="Launch", master="Tomorrow morning").save(path)
    Queue().add(
        QueuedPost(
            draft_path=str(path),
            title="Launch",
            platform="weibo",
            account_id="a",
            text="明天早上",
            text_hash="h",
            due=datetime.now(UTC) + timedelta(minutes=2),  # in this week's view
            market_zone="Asia/Shanghai",
        )
    )
    install_schedule(window)
    window.calendar_action.trigger()
    dialog = window.calendar_dialog
    qtbot.waitUntil(lambda: not dialog.tasks, timeout=10_000)
    (chip,) = dialog.chips()
    dialog.open_draft.emit(chip.post.draft_path)  # the chip menu's "Open the draft"
    assert window.document.path == path
    assert window.document.draft.master == "Tomorrow morning"
    assert not dialog.isVisible()


def test_the_open_app_sends_a_due_queued_post(
    qtbot: QtBot, window: MainWindow, apis: Apis, tmp_path: Path
) -> None:
    settings = settings_for(apis)
    account = make_accounts(AccountStore(settings))["twitter"]
    queue = Queue()
    post = queue.add(
        QueuedPost(
            draft_path=str(tmp_path / "gone.sdraft"),
            title="Morning post",
            platform="twitter",
            account_id=account.id,
            text="Good morning from the queue",
            text_hash="h",
            due=datetime.now(UTC) - timedelta(minutes=1),
            market_zone="",
        )
    )
    window.app_settings = settings
    install_schedule(window)
    window.queue_runner.check()
    qtbot.waitUntil(lambda: window.queue_runner.task is None, timeout=10_000)
    assert queue.get(post.id).status == "published"
    assert [p["text"] for p in apis.posts("twitter")] == ["Good morning from the queue"]  # type: ignore[index]
    assert "Queued posts sent: 1 of 1" in window.statusBar().currentMessage()


def test_scheduling_settings_store_zones_grace_and_the_os_entry(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    settings = Settings.load()
    page = SchedulingPage(settings)
    qtbot.addWidget(page)
    page.zone_boxes["ru"].setCurrentText("Asia/Novosibirsk")
    page.grace_box.setValue(45)
    page.background_box.setChecked(True)
    assert page.store()
    assert settings.get("schedule", "zones") == {"ru": "Asia/Novosibirsk"}
    assert settings.get("schedule", "grace_minutes") == 45
    assert "even when SocialDesk is closed" in page.apply()
    assert os_scheduler.installed()
    page.background_box.setChecked(False)
    assert "only while SocialDesk is open" in page.apply()
    assert not os_scheduler.installed()

    page.zone_boxes["de"].setCurrentText("Europe/Atlantis")
    assert not page.store()
    assert "not a time zone" in page.message.text()
