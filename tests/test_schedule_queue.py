"""The local queue and its runner, against the loopback X and Weibo APIs, with a fake clock."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from publish_env import Apis, make_accounts, sample_draft, settings_for

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, text_fingerprint
from socialdesk.publishing import PublishJob, plan_publish
from socialdesk.schedule.cancel import cancel_queued
from socialdesk.schedule.queue import Queue, QueueError
from socialdesk.schedule.runner import run_queue
from socialdesk.schedule.zones import localize, zone
from socialdesk.settings import Settings

DUE = datetime(2026, 6, 1, 9, 30)  # Beijing morning
SHANGHAI = zone("Asia/Shanghai")


@pytest.fixture
def settings(apis: Apis) -> Settings:
    return settings_for(apis)


@pytest.fixture
def draft_file(tmp_path: Path, settings: Settings) -> Path:
    make_accounts(AccountStore(settings))
    path = tmp_path / "aurora.sdraft"
    sample_draft().save(path)
    return path


def queue_x_and_weibo(draft_file: Path, settings: Settings) -> Queue:
    """Schedule the sample draft's X and Weibo posts for 09:30 Beijing time."""
    when = localize(DUE, SHANGHAI)
    plan = plan_publish(
        Draft.load(draft_file),
        settings=settings,
        when={"twitter": when, "weibo": when},
        only=("twitter", "weibo"),
        draft_path=draft_file,
    )
    queue = Queue()
    outcomes = PublishJob(plan, queue=queue).run()
    assert {o.platform: o.status for o in outcomes} == {"twitter": "queued", "weibo": "queued"}
    draft = Draft.load(draft_file)
    for outcome in outcomes:
        draft.publish_log.append(outcome.record)  # type: ignore[arg-type]
    draft.save(draft_file)
    return queue


def at(minutes: float) -> datetime:
    """The fake clock: `minutes` after (or before) the posts' time."""
    return localize(DUE, SHANGHAI).astimezone(UTC) + timedelta(minutes=minutes)


def test_queued_posts_keep_the_exact_text_and_are_not_sent_early(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    posts = {p.platform: p for p in queue.posts()}
    assert sorted(posts) == ["twitter", "weibo"]
    assert posts["twitter"].text == sample_draft().text_for("twitter")
    assert posts["twitter"].due == datetime(2026, 6, 1, 1, 30, tzinfo=UTC)
    assert posts["weibo"].market_zone == "Asia/Shanghai"

    report = run_queue(queue=queue, settings=settings, now=at(-1))
    assert report.sent == [] and report.missed == []
    assert apis.posts("twitter") == [] and apis.posts("weibo") == []


def test_due_posts_go_out_once_and_land_in_the_drafts_publish_log(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    report = run_queue(queue=queue, settings=settings, now=at(0))
    assert {p.platform: p.status for p in report.sent} == {
        "twitter": "published",
        "weibo": "published",
    }
    assert len(apis.posts("twitter")) == 1 and len(apis.posts("weibo")) == 1
    log = Draft.load(draft_file).publish_log
    assert {(r.platform, r.status) for r in log[-2:]} == {
        ("twitter", "published"),
        ("weibo", "published"),
    }
    # a second run finds nothing due
    again = run_queue(queue=queue, settings=settings, now=at(10))
    assert again.sent == []
    assert len(apis.posts("twitter")) == 1


def test_missed_by_minutes_goes_out_on_wake_missed_by_days_waits_for_the_writer(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    late = run_queue(queue=queue, settings=settings, now=at(30))  # within the 2 h grace
    assert len(late.sent) == 2

    apis.reset()
    other = sample_draft()
    other.set_variant_text("twitter", "A second post, scheduled for the same morning")
    other.set_variant_text("weibo", "第二条微博 https://aurora.example.com/zh")
    draft_file.unlink()
    other.save(draft_file)
    queue_x_and_weibo(draft_file, settings)
    days = run_queue(queue=queue, settings=settings, now=at(3 * 24 * 60))
    assert days.sent == []
    assert {p.status for p in days.missed} == {"missed"}
    assert "Send it now, reschedule it or cancel it" in days.missed[0].message
    assert apis.posts("twitter") == []

    # the writer decides: send the X one now, cancel the Weibo one
    x_id = next(p.id for p in days.missed if p.platform == "twitter")
    weibo_id = next(p.id for p in days.missed if p.platform == "weibo")
    chosen = run_queue(queue=queue, settings=settings, now=at(3 * 24 * 60 + 5), send_now=[x_id])
    assert [p.status for p in chosen.sent] == ["published"]
    cancel_queued(weibo_id, queue)
    assert queue.get(weibo_id).status == "cancelled"
    assert apis.posts("weibo") == []


def test_two_runs_at_once_never_post_twice(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    reports = []
    start = threading.Barrier(4)

    def runner() -> None:
        start.wait()
        reports.append(run_queue(queue=Queue(queue.path), settings=settings, now=at(1)))

    threads = [threading.Thread(target=runner) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(apis.posts("twitter")) == 1 and len(apis.posts("weibo")) == 1
    assert sum(len(r.sent) for r in reports) == 2


def test_a_post_left_sending_by_a_stopped_run_becomes_unknown_never_resent(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    # a run claimed the posts and then the machine died before it could finish
    sending, _ = queue.claim_due(at(0), timedelta(hours=2))
    assert len(sending) == 2
    report = run_queue(queue=queue, settings=settings, now=at(5))
    assert {p.status for p in report.stuck} == {"unknown"}
    assert report.sent == []
    assert apis.posts("twitter") == []
    assert {p.status for p in queue.posts()} == {"unknown"}


def test_a_failed_send_is_recorded_and_never_retried_behind_the_writers_back(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    apis.twitter.state["error"] = 401
    report = run_queue(queue=queue, settings=settings, now=at(0))
    statuses = {p.platform: p.status for p in report.sent}
    assert statuses == {"twitter": "failed", "weibo": "published"}
    x_post = next(p for p in queue.posts() if p.platform == "twitter")
    assert "sign" in x_post.message.lower() or "token" in x_post.message.lower()
    apis.twitter.state.pop("error")
    assert run_queue(queue=queue, settings=settings, now=at(10)).sent == []
    assert apis.posts("twitter") == []


def test_a_text_published_from_the_app_meanwhile_is_not_sent_again(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    draft = Draft.load(draft_file)
    text = draft.text_for("twitter")
    draft.publish_log.append(
        type(draft.publish_log[0])(
            platform="twitter",
            time="2026-06-01T01:00:00+00:00",
            status="published",
            text_hash=text_fingerprint(text),
        )
    )
    draft.save(draft_file)
    report = run_queue(queue=queue, settings=settings, now=at(0))
    x_post = next(p for p in report.sent if p.platform == "twitter")
    assert x_post.status == "cancelled"
    assert "already published" in x_post.message
    assert apis.posts("twitter") == []


def test_publishing_the_same_text_again_while_queued_is_skipped_until_cancelled(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    plan = plan_publish(
        Draft.load(draft_file), settings=settings, only=("twitter",), draft_path=draft_file
    )
    assert plan.get("twitter").skip
    x_id = next(p.id for p in queue.posts() if p.platform == "twitter")
    cancel_queued(x_id, queue)
    plan = plan_publish(
        Draft.load(draft_file), settings=settings, only=("twitter",), draft_path=draft_file
    )
    assert not plan.get("twitter").skip


def test_cancel_and_reschedule_only_waiting_posts(
    apis: Apis, draft_file: Path, settings: Settings
) -> None:
    queue = queue_x_and_weibo(draft_file, settings)
    x_id = next(p.id for p in queue.posts() if p.platform == "twitter")
    moved = queue.reschedule(x_id, at(60))
    assert moved.due == at(60)
    run_queue(queue=queue, settings=settings, now=at(0))
    assert queue.get(x_id).status == "queued"  # its new time has not come
    run_queue(queue=queue, settings=settings, now=at(61))
    assert queue.get(x_id).status == "published"
    with pytest.raises(QueueError, match="is published; it cannot be cancelled"):
        queue.cancel(x_id)
    with pytest.raises(QueueError, match="No queued post 999"):
        queue.cancel(999)


def test_a_damaged_queue_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "queue.sqlite3"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(QueueError, match="cannot be used"):
        Queue(path).posts()


def test_a_queue_file_from_before_threads_is_brought_up_to_date(tmp_path: Path) -> None:
    """A queue written before rows kept a thread's posts: its rows read as single posts,
    and new rows (a thread) can be added to it."""
    import sqlite3

    from socialdesk.schedule.queue import SCHEMA, QueuedImage, QueuedPost

    path = tmp_path / "queue.sqlite3"
    old_schema = SCHEMA.replace(",\n    parts TEXT NOT NULL DEFAULT '[]'", "")
    assert "parts" not in old_schema
    with sqlite3.connect(path) as db:
        db.executescript(old_schema)
        db.execute(
            "INSERT INTO posts (draft_path, title, platform, account_id, text, text_hash, media,"
            " due, market_zone, status, created, updated) VALUES"
            " ('d.sdraft', 'Old', 'twitter', 'a1', 'Hello', 'h', '[{\"path\": \"/p.jpg\"}]',"
            " '2026-06-01T01:30:00+00:00', '', 'queued', '', '')"
        )
    db.close()
    queue = Queue(path)
    (old,) = queue.posts()
    assert old.text == "Hello" and old.parts == [] and old.media == [QueuedImage("/p.jpg")]
    assert not old.damaged
    due = datetime(2026, 6, 2, tzinfo=UTC)
    thread = QueuedPost("d.sdraft", "New", "twitter", "a1", "A B", "h2", due, "", parts=["A", "B"])
    thread.media = [QueuedImage("/q.jpg", "a cup", post=2)]
    queue.add(thread)
    new = queue.get(thread.id)
    assert new.parts == ["A", "B"] and new.media == [QueuedImage("/q.jpg", "a cup", 2)]
