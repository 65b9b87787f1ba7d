"""The calendar: local queue, native schedules read back from VK and Facebook, cancel and
move where the post lives — against the loopback APIs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from publish_env import Apis, make_accounts, sample_draft, settings_for

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft
from socialdesk.platforms.api import make_publisher
from socialdesk.publishing import PublishJob, plan_publish, record
from socialdesk.schedule import calendar
from socialdesk.schedule.queue import Queue, QueueError
from socialdesk.settings import Settings


@pytest.fixture
def settings(apis: Apis) -> Settings:
    return settings_for(apis)


@pytest.fixture
def store(settings: Settings) -> AccountStore:
    store = AccountStore(settings)
    make_accounts(store)
    return store


@pytest.fixture
def scheduled(tmp_path: Path, settings: Settings, store: AccountStore) -> tuple[Path, datetime]:
    """The sample draft scheduled for tomorrow on all four platforms."""
    when = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)
    path = tmp_path / "aurora.sdraft"
    draft = sample_draft()
    draft.save(path)
    plan = plan_publish(
        draft,
        store=store,
        settings=settings,
        when=dict.fromkeys(draft.variants, when),
        draft_path=path,
    )
    outcomes = PublishJob(plan).run()
    record(draft, outcomes)
    draft.save(path)
    return path, when


def in_calendar(queue: Queue) -> dict[str, str]:
    day = datetime.now(UTC) - timedelta(days=1)
    posts = calendar.entries(queue, day, day + timedelta(days=40))
    return {p.platform: p.status for p in posts}


def test_everything_scheduled_from_the_app_is_on_the_calendar(
    apis: Apis, scheduled: tuple[Path, datetime]
) -> None:
    _, when = scheduled
    queue = Queue()
    assert in_calendar(queue) == {
        "vk": "scheduled",
        "facebook": "scheduled",
        "twitter": "queued",
        "weibo": "queued",
    }
    days = calendar.by_day(queue.posts(), ZoneInfo("Asia/Shanghai"))
    assert list(days) == [when.astimezone(ZoneInfo("Asia/Shanghai")).date()]
    assert [calendar.needs_this_computer(p) for p in days[next(iter(days))]].count(True) == 2


def test_sync_reads_back_posts_planned_moved_or_deleted_on_the_platforms(
    apis: Apis, settings: Settings, store: AccountStore, scheduled: tuple[Path, datetime]
) -> None:
    _, when = scheduled
    queue = Queue()
    vk = make_publisher(store.accounts("vk")[0], store.secrets(store.accounts("vk")[0]), settings)
    # planned on VK's own site: the calendar did not know it
    vk.publish("Planned in VK itself", when + timedelta(days=2))
    # moved and deleted on Facebook's own site
    fb_account = store.accounts("facebook")[0]
    facebook = make_publisher(fb_account, store.secrets(fb_account), settings)
    (fb_post,) = facebook.scheduled_posts()
    facebook.reschedule(fb_post.post_id, when + timedelta(hours=3), fb_post.text)

    report = calendar.sync_native(queue, settings, store)
    assert (report.added, report.moved, report.gone, report.problems) == (1, 1, 0, [])
    vk_rows = [p for p in queue.posts(("scheduled",)) if p.platform == "vk"]
    assert sorted(p.text for p in vk_rows) == sorted(
        ["Planned in VK itself", sample_draft().text_for("vk")]
    )
    fb_row = next(p for p in queue.posts(("scheduled",)) if p.platform == "facebook")
    assert fb_row.due == when + timedelta(hours=3)

    facebook.cancel_scheduled(fb_post.post_id)
    report = calendar.sync_native(queue, settings, store)
    assert report.gone == 1
    assert "facebook" not in in_calendar(queue)
    assert calendar.sync_native(queue, settings, store) == calendar.SyncReport()  # settled


def test_cancel_removes_a_native_schedule_through_the_api_and_logs_it_in_the_draft(
    apis: Apis, settings: Settings, store: AccountStore, scheduled: tuple[Path, datetime]
) -> None:
    path, _ = scheduled
    queue = Queue()
    vk_row = next(p for p in queue.posts() if p.platform == "vk")
    calendar.cancel(vk_row, settings, queue)
    vk_account = store.accounts("vk")[0]
    vk = make_publisher(vk_account, store.secrets(vk_account), settings)
    assert vk.scheduled_posts() == []
    assert queue.get(vk_row.id).status == "cancelled"
    assert Draft.load(path).publish_log[-1].status == "cancelled"
    # the same text may now be scheduled again
    plan = plan_publish(Draft.load(path), store=store, settings=settings, only=("vk",))
    assert not plan.get("vk").skip


def test_reschedule_moves_native_and_queued_posts_and_refuses_the_past(
    apis: Apis, settings: Settings, store: AccountStore, scheduled: tuple[Path, datetime]
) -> None:
    _, when = scheduled
    queue = Queue()
    later = when + timedelta(days=1)
    for pid in ("vk", "twitter"):
        row = next(p for p in queue.posts() if p.platform == pid)
        assert calendar.reschedule(row, later, settings, queue).due == later
    vk_account = store.accounts("vk")[0]
    vk = make_publisher(vk_account, store.secrets(vk_account), settings)
    assert [p.when for p in vk.scheduled_posts()] == [later]
    row = next(p for p in queue.posts() if p.platform == "facebook")
    with pytest.raises(QueueError, match="between 10 minutes and 30 days"):
        calendar.reschedule(row, when + timedelta(days=40), settings, queue)
    with pytest.raises(QueueError, match="has passed"):
        calendar.reschedule(row, datetime.now(UTC) - timedelta(hours=1), settings, queue)


def test_an_account_whose_api_refuses_is_named_and_the_others_still_sync(
    apis: Apis, settings: Settings, store: AccountStore, scheduled: tuple[Path, datetime]
) -> None:
    apis.vk.state["token"] = "revoked"
    report = calendar.sync_native(Queue(), settings, store)
    assert len(report.problems) == 1 and "Aurora VK" in report.problems[0]


def test_month_grid_has_whole_weeks_from_the_chosen_first_day() -> None:
    weeks = calendar.month_grid(2026, 6, first_weekday=6)  # Sunday first
    assert weeks[0][0] == date(2026, 5, 31) and all(len(w) == 7 for w in weeks)
    assert date(2026, 6, 30) in weeks[-1]
    assert calendar.week_of(date(2026, 6, 3)) == [date(2026, 6, n) for n in range(1, 8)]
