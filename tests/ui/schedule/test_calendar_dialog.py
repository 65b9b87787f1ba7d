"""View ▸ Calendar with pytest-qt: posts from the queue and the platforms, moved by drag,
cancelled through the loopback APIs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from publish_env import Apis, make_accounts, sample_draft, settings_for
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft
from socialdesk.platforms.api import make_publisher
from socialdesk.publishing import PublishJob, plan_publish, record
from socialdesk.schedule.queue import Queue, QueuedPost
from socialdesk.schedule.zones import zone_for_language
from socialdesk.settings import Settings
from socialdesk.ui.schedule.calendar_dialog import MIME, CalendarDialog, DayCell

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def settings(apis: Apis) -> Settings:
    settings = settings_for(apis)
    make_accounts(AccountStore(settings))
    return settings


@pytest.fixture
def when() -> datetime:
    """Tomorrow 10:00 in Berlin: inside Facebook's window, always in the future."""
    day = datetime.now(BERLIN).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=BERLIN)


@pytest.fixture
def scheduled(tmp_path: Path, settings: Settings, when: datetime) -> Path:
    path = tmp_path / "aurora.sdraft"
    draft = sample_draft()
    draft.save(path)
    # as the Publish dialog does: each platform's instant carries its market's zone
    times = {
        pid: when.astimezone(zone_for_language(variant.language) or BERLIN)
        for pid, variant in draft.variants.items()
    }
    plan = plan_publish(draft, settings=settings, when=times, draft_path=path)
    record(draft, PublishJob(plan).run())
    draft.save(path)
    return path


def open_calendar(qtbot: QtBot, settings: Settings, day: date) -> CalendarDialog:
    dialog = CalendarDialog(settings, Queue(), sync=False, where=BERLIN)
    qtbot.addWidget(dialog)
    dialog.anchor = day
    dialog.reload()
    dialog.show()
    return dialog


def cell_of(dialog: CalendarDialog, day: date) -> DayCell:
    return next(c for c in dialog.cells if c.day == day)


def wait_idle(qtbot: QtBot, dialog: CalendarDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.tasks, timeout=10_000)


def test_the_week_shows_every_platform_at_the_writers_time_with_the_market_time_on_hover(
    qtbot: QtBot, settings: Settings, scheduled: Path, when: datetime
) -> None:
    dialog = open_calendar(qtbot, settings, when.date())
    chips = cell_of(dialog, when.date()).chips
    texts = sorted(chip.text() for chip in chips)
    assert len(texts) == 4
    assert all("10:00" in text and "Aurora launch" in text for text in texts)
    weibo = next(c for c in chips if c.post.platform == "weibo")
    beijing = when.astimezone(ZoneInfo("Asia/Shanghai"))
    assert f"{beijing:%H:%M} Asia/Shanghai" in weibo.tooltip_text()
    assert "10:00 your time" in weibo.tooltip_text()
    assert "Needs this computer on" in weibo.tooltip_text()
    vk = next(c for c in chips if c.post.platform == "vk")
    assert "Held by the platform" in vk.tooltip_text()


def test_month_view_folds_a_busy_day_into_more(
    qtbot: QtBot, settings: Settings, when: datetime
) -> None:
    queue = Queue()
    for n in range(7):
        queue.add(
            QueuedPost(
                draft_path="",
                title=f"Post {n}",
                platform="twitter",
                account_id="x",
                text=f"text {n}",
                text_hash=str(n),
                due=when + timedelta(minutes=n),
                market_zone="",
            )
        )
    dialog = open_calendar(qtbot, settings, when.date())
    dialog.set_mode("month")
    cell = cell_of(dialog, when.date())
    assert len(cell.chips) == 4
    assert cell.more.text() == "+3 more"
    assert len(dialog.cells) % 7 == 0 and len(dialog.cells) >= 28


def test_dropping_a_post_on_another_day_moves_it_there_at_the_same_time(
    qtbot: QtBot, settings: Settings, scheduled: Path, when: datetime, apis: Apis
) -> None:
    dialog = open_calendar(qtbot, settings, when.date())
    vk = next(c for c in cell_of(dialog, when.date()).chips if c.post.platform == "vk")
    target_day = when.date() + timedelta(days=1)
    target = cell_of(dialog, target_day) if target_day in [c.day for c in dialog.cells] else None
    if target is None:  # the next day is in the next week
        dialog.step(1)
        target = cell_of(dialog, target_day)
    mime = QMimeData()
    mime.setData(MIME, str(vk.post.id).encode())
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)
    wait_idle(qtbot, dialog)
    assert dialog.status.text() == "Moved."
    moved = Queue().get(vk.post.id)
    assert moved.due == (when + timedelta(days=1)).astimezone(UTC)
    # VK itself holds the post for the new time
    store = AccountStore(settings)
    account = store.accounts("vk")[0]
    (held,) = make_publisher(account, store.secrets(account), settings).scheduled_posts()
    assert held.when == (when + timedelta(days=1)).astimezone(UTC)
    assert any(c.post.id == vk.post.id for c in cell_of(dialog, target_day).chips)


def test_cancelling_removes_the_post_from_the_calendar_and_from_facebook(
    qtbot: QtBot, settings: Settings, scheduled: Path, when: datetime, apis: Apis
) -> None:
    dialog = open_calendar(qtbot, settings, when.date())
    facebook = next(c for c in cell_of(dialog, when.date()).chips if c.post.platform == "facebook")
    dialog.cancel(facebook.post)
    wait_idle(qtbot, dialog)
    assert dialog.status.text() == "Cancelled."
    platforms = sorted(c.post.platform for c in cell_of(dialog, when.date()).chips)
    assert platforms == ["twitter", "vk", "weibo"]
    assert apis.facebook.state["posts"][0]["deleted"] is True
    assert Draft.load(scheduled).publish_log[-1].status == "cancelled"


def test_refresh_reads_posts_planned_on_vk_itself(
    qtbot: QtBot, settings: Settings, when: datetime, apis: Apis
) -> None:
    store = AccountStore(settings)
    account = store.accounts("vk")[0]
    make_publisher(account, store.secrets(account), settings).publish("Planned in VK", when)
    dialog = open_calendar(qtbot, settings, when.date())
    assert cell_of(dialog, when.date()).chips == []
    dialog.sync_native()
    wait_idle(qtbot, dialog)
    (chip,) = cell_of(dialog, when.date()).chips
    assert "Planned on VK" in chip.text()


def test_a_damaged_queue_file_shows_a_message_not_a_traceback(
    qtbot: QtBot, settings: Settings, socialdesk_home: Path
) -> None:
    path = socialdesk_home / "data" / "queue.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 500)
    dialog = open_calendar(qtbot, settings, date.today())
    assert "cannot be used" in dialog.status.text()
