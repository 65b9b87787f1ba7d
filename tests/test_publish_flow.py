"""One-click publishing through the real publishers and the four loopback APIs."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from publish_env import Apis, sample_draft
from servers import vk_api
from servers.loopback import ApiHandler, LoopbackServer, Reply, Request

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft
from socialdesk.platforms.api import UNKNOWN_OUTCOME
from socialdesk.publishing import (
    Outcome,
    PublishBlocked,
    PublishInProgress,
    PublishJob,
    plan_publish,
    publish_draft,
    record,
)
from socialdesk.settings import Settings


def statuses(outcomes: list[Outcome]) -> dict[str, str]:
    return {o.platform: o.status for o in outcomes}


def test_publish_sends_every_platform_its_final_text_and_logs_links(
    apis: Apis, settings: Settings, store: AccountStore, tmp_path: Path
) -> None:
    draft = sample_draft()
    outcomes = publish_draft(draft, store=store, settings=settings)
    assert statuses(outcomes) == dict.fromkeys(("vk", "weibo", "twitter", "facebook"), "published")
    assert apis.posts("vk")[0]["message"] == draft.text_for("vk")  # type: ignore[index]
    assert apis.posts("weibo")[0]["status"] == draft.text_for("weibo")  # type: ignore[index]
    assert apis.posts("twitter") == [{"text": draft.text_for("twitter")}]
    assert apis.posts("facebook")[0]["message"] == draft.text_for("facebook")  # type: ignore[index]

    urls = {r.platform: r.url for r in draft.publish_log}
    assert urls["vk"] == f"https://vk.com/wall-{vk_api.GROUP_ID}_1001"
    assert urls["twitter"].startswith("https://x.com/i/web/status/")
    assert urls["facebook"].startswith("https://www.facebook.com/")
    assert urls["weibo"].startswith("https://weibo.com/")
    assert all(r.post_id and r.time and r.text_hash for r in draft.publish_log)

    # the log is saved with the draft and read back
    path = tmp_path / "aurora.sdraft"
    draft.save(path)
    assert [r.url for r in Draft.load(path).publish_log] == [r.url for r in draft.publish_log]


def test_platforms_are_sent_concurrently(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    for pid in ("vk", "weibo", "twitter", "facebook"):
        apis[pid].state["delay"] = 0.6
    started = time.monotonic()
    outcomes = publish_draft(sample_draft(), store=store, settings=settings)
    elapsed = time.monotonic() - started
    assert set(statuses(outcomes).values()) == {"published"}
    assert elapsed < 1.6  # one after another would take 2.4 s


def test_progress_is_reported_per_platform(settings: Settings, store: AccountStore) -> None:
    events: list[tuple[str, str | None]] = []
    lock = threading.Lock()

    def progress(pid: str, outcome: Outcome | None) -> None:
        with lock:
            events.append((pid, outcome.status if outcome else None))

    publish_draft(sample_draft(), store=store, settings=settings, on_progress=progress)
    for pid in ("vk", "weibo", "twitter", "facebook"):
        mine = [status for p, status in events if p == pid]
        assert mine == [None, "published"]


def test_the_same_text_is_never_posted_twice_unless_forced(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    draft = sample_draft()
    publish_draft(draft, store=store, settings=settings)
    again = publish_draft(draft, store=store, settings=settings)
    assert set(statuses(again).values()) == {"skipped"}
    assert all(len(apis.posts(pid)) == 1 for pid in ("vk", "weibo", "twitter", "facebook"))
    assert len(draft.publish_log) == 4  # skipping adds nothing to the log

    # a changed text is a new post
    draft.set_variant_text("vk", draft.text_for("vk") + " Ждём вас!")
    changed = publish_draft(draft, store=store, settings=settings)
    assert statuses(changed)["vk"] == "published"
    assert statuses(changed)["facebook"] == "skipped"

    # forced: sent again (and X itself then refuses the duplicate)
    forced = publish_draft(draft, store=store, settings=settings, force=True)
    assert statuses(forced)["facebook"] == "failed"  # Graph API: duplicate status message
    assert statuses(forced)["twitter"] == "failed"
    assert "duplicate" in next(o.message for o in forced if o.platform == "twitter")


def test_timeout_after_sending_is_unknown_and_never_retried(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    apis.twitter.state["delay"] = 3.0  # the client waits 1 s
    draft = sample_draft()
    plan = plan_publish(draft, store=store, settings=settings)
    job = PublishJob(plan)
    outcomes = job.run()
    record(draft, outcomes)
    x = next(o for o in outcomes if o.platform == "twitter")
    assert x.status == "unknown"
    assert x.message.startswith(UNKNOWN_OUTCOME)
    assert job.failed() == []
    assert job.retry() == []  # Retry re-sends only failures, never an unknown
    assert len(apis.posts("twitter")) == 1

    # publishing again later skips it too until the writer forces it
    apis.twitter.state["delay"] = 0
    later = plan_publish(draft, store=store, settings=settings)
    assert later.get("twitter").skip
    assert "unknown outcome" in later.get("twitter").notes[-1]


def test_retry_resends_only_the_platforms_that_failed(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    apis.vk.state["error"] = 6
    apis.facebook.state["error"] = 2
    draft = sample_draft()
    job = PublishJob(plan_publish(draft, store=store, settings=settings))
    first = job.run()
    assert statuses(first) == {
        "vk": "failed",
        "weibo": "published",
        "twitter": "published",
        "facebook": "failed",
    }
    vk_failure = next(o for o in first if o.platform == "vk")
    assert vk_failure.retry_at is not None and "try again after" in vk_failure.message
    apis.vk.state.pop("error")
    apis.facebook.state.pop("error")
    for pid in ("vk", "weibo", "twitter", "facebook"):
        apis[pid].requests.clear()
    second = job.retry()
    assert statuses(second) == {"vk": "published", "facebook": "published"}
    assert apis.weibo.requests == [] and apis.twitter.requests == []


def test_a_second_run_while_publishing_does_nothing(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    apis.vk.state["delay"] = 0.5
    job = PublishJob(plan_publish(sample_draft(), store=store, settings=settings))
    worker = threading.Thread(target=job.run)
    worker.start()
    time.sleep(0.2)
    with pytest.raises(PublishInProgress):
        job.run()
    worker.join()
    assert len(apis.posts("vk")) == 1


def test_blocking_problems_stop_everything_before_sending(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    draft = sample_draft()
    draft.set_variant_text("weibo", "#极光# 今天开放预订")  # no safe-domain link, a topic
    draft.set_variant_text("twitter", "x" * 281)
    plan = plan_publish(draft, store=store, settings=settings)
    blocking = dict.fromkeys(pid for pid, _ in plan.blocking)
    assert list(blocking) == ["weibo", "twitter"]
    messages = " ".join(problem for _, problem in plan.blocking)
    assert "aurora.example.com" in messages
    assert "#topic#" in messages
    assert "1 over the limit of 280" in messages
    with pytest.raises(PublishBlocked):
        publish_draft(draft, store=store, settings=settings)
    assert all(apis[pid].requests == [] for pid in ("vk", "weibo", "twitter", "facebook"))
    assert draft.publish_log == []


def test_premium_drafts_need_a_premium_x_account(settings: Settings, store: AccountStore) -> None:
    draft = sample_draft()
    draft.twitter_premium = True
    draft.set_variant_text("twitter", "long " * 100)
    (problem,) = plan_publish(draft, store=store, settings=settings).get("twitter").problems
    assert "limit of 280" in problem
    (x,) = store.accounts("twitter")
    x.premium = True
    store.update(x)
    assert plan_publish(draft, store=store, settings=settings).get("twitter").problems == []


def test_native_scheduling_for_vk_and_facebook_and_the_local_queue_for_x(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    schedule = dict.fromkeys(("vk", "facebook", "twitter"), when)
    plan = plan_publish(sample_draft(), store=store, settings=settings, when=schedule)
    assert "needs this computer on" in plan.get("twitter").notes[0]
    outcomes = PublishJob(plan).run()
    assert statuses(outcomes) == {
        "vk": "scheduled",
        "weibo": "published",
        "twitter": "queued",
        "facebook": "scheduled",
    }
    assert apis.posts("twitter") == []  # nothing sent to X before its time
    assert apis.posts("vk")[0]["publish_date"] == str(int(when.timestamp()))  # type: ignore[index]
    fb = apis.posts("facebook")[0]
    assert fb["published"] == "false"  # type: ignore[index]
    assert fb["scheduled_publish_time"] == str(int(when.timestamp()))  # type: ignore[index]


def test_facebook_schedule_too_soon_blocks(settings: Settings, store: AccountStore) -> None:
    soon = {"facebook": datetime.now(UTC) + timedelta(minutes=3)}
    plan = plan_publish(sample_draft(), store=store, settings=settings, when=soon)
    assert [pid for pid, _ in plan.blocking] == ["facebook"]


def test_without_accounts_every_text_goes_to_the_outbox(socialdesk_home: Path) -> None:
    draft = sample_draft()
    draft.variants["facebook"].enabled = False
    outcomes = publish_draft(draft)
    assert statuses(outcomes) == {"vk": "outbox", "weibo": "outbox", "twitter": "outbox"}
    outbox = socialdesk_home / "Documents" / "Outbox"
    files = sorted(outbox.iterdir())
    assert len(files) == 3
    by_platform = {f.name.split(" – ")[1]: f for f in files}
    assert set(by_platform) == {"VK", "Weibo", "X"}
    assert all(f.name.startswith("Aurora launch – ") for f in files)
    assert by_platform["VK"].read_text(encoding="utf-8") == draft.text_for("vk")
    assert by_platform["Weibo"].read_text(encoding="utf-8") == draft.text_for("weibo")
    assert [r.status for r in draft.publish_log] == ["outbox"] * 3
    assert draft.publish_log[0].url.startswith("file://")

    # the outbox never overwrites an earlier file
    publish_draft(draft)
    assert len(list(outbox.iterdir())) == 6


def test_an_account_chosen_by_the_draft_that_was_deleted_blocks(
    settings: Settings, store: AccountStore
) -> None:
    draft = sample_draft()
    draft.variants["vk"].account = "vk-gone"
    plan = plan_publish(draft, store=store, settings=settings)
    assert [pid for pid, _ in plan.blocking] == ["vk"]
    assert "no longer exists" in plan.blocking[0][1]


def test_a_missing_keyring_secret_blocks_with_a_plain_message(
    settings: Settings, store: AccountStore, memory_keyring: object
) -> None:
    memory_keyring.secrets.clear()  # type: ignore[attr-defined]
    plan = plan_publish(sample_draft(), store=store, settings=settings)
    assert len(plan.blocking) == 4
    assert "not in the password store" in plan.blocking[0][1]


def test_a_failing_progress_report_loses_no_outcome(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    # e.g. the command line's stdout is a closed pipe: the posts went out, so the
    # publish log must still say so, or the next run would post them again
    def progress(pid: str, outcome: Outcome | None) -> None:
        if outcome is not None:
            raise BrokenPipeError(32, "Broken pipe")

    draft = sample_draft()
    outcomes = publish_draft(draft, store=store, settings=settings, on_progress=progress)
    assert set(statuses(outcomes).values()) == {"published"}
    assert {r.platform for r in draft.publish_log} == {"vk", "weibo", "twitter", "facebook"}
    again = plan_publish(draft, store=store, settings=settings)
    assert all(p.skip for p in again.platforms)


class _AcceptsButGarbles(ApiHandler):
    """Takes every post, then answers 200 with a page that is not JSON (a proxy's
    login page, a truncated body)."""

    def handle_request(self, req: Request) -> Reply:
        return Reply(200, "<html><body>Welcome to the hotel Wi-Fi</body></html>")


@pytest.mark.parametrize("pid", ["vk", "weibo", "twitter", "facebook"])
def test_a_post_answered_with_an_unreadable_page_is_unknown_not_retried(
    pid: str, settings: Settings, store: AccountStore
) -> None:
    with LoopbackServer(_AcceptsButGarbles) as garbled:
        settings.set("api", pid, garbled.url)
        job = PublishJob(plan_publish(sample_draft(), store=store, settings=settings, only=[pid]))
        [outcome] = job.run()
        assert outcome.status == "unknown", outcome.message
        assert outcome.message.startswith(UNKNOWN_OUTCOME)
        assert job.retry() == []
        assert len(garbled.requests) == 1


class _AcceptsInAnotherShape(ApiHandler):
    """A 2xx JSON answer without the post in it (an API change, a proxy's own JSON)."""

    def handle_request(self, req: Request) -> Reply:
        return Reply(200, {"ok": True})


@pytest.mark.parametrize("pid", ["vk", "weibo", "twitter", "facebook"])
def test_a_post_accepted_in_an_unknown_shape_is_unknown_not_retried(
    pid: str, settings: Settings, store: AccountStore
) -> None:
    with LoopbackServer(_AcceptsInAnotherShape) as odd:
        settings.set("api", pid, odd.url)
        job = PublishJob(plan_publish(sample_draft(), store=store, settings=settings, only=[pid]))
        [outcome] = job.run()
        assert outcome.status == "unknown", outcome.message
        assert job.retry() == []
        assert len(odd.requests) == 1
