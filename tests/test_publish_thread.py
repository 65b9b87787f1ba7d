"""Publishing an X thread through the real publisher and the loopback X API: parts in
order, each a reply to the one before, images on their part; a part that fails leaves
a log that says which parts are live, and publishing again posts only the rest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from media_samples import write_picture
from publish_env import Apis, make_accounts, settings_for
from servers.loopback import LoopbackServer

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, MediaItem
from socialdesk.platforms.twitter.thread import split_thread
from socialdesk.publishing import (
    PublishBlocked,
    PublishJob,
    plan_publish,
    publish_draft,
    record,
)
from socialdesk.schedule.queue import Queue
from socialdesk.schedule.runner import run_queue
from socialdesk.settings import Settings

SENTENCE = "Day {}: northern lights tours, with guides who know every valley. "


@pytest.fixture
def settings(apis: Apis) -> Settings:
    return settings_for(apis, timeout=2.0)


@pytest.fixture
def store(settings: Settings) -> AccountStore:
    store = AccountStore(settings)
    make_accounts(store)
    return store


def thread_draft(sentences: int = 14, numbered: bool = True) -> Draft:
    """A draft published on X only, its text four posts long."""
    text = "".join(SENTENCE.format(day) for day in range(1, sentences + 1))
    draft = Draft(title="Aurora thread", master=text.strip())
    for pid in ("vk", "weibo", "facebook"):
        draft.variants[pid].enabled = False
    draft.twitter_thread = True
    draft.twitter_thread_numbering = numbered
    return draft


def chain(server: LoopbackServer) -> list[tuple[str, str | None]]:
    """(text, the id of the post it replies to) of every post, in order."""
    posts = server.state.get("posts", [])
    return [(p["text"], p.get("reply", {}).get("in_reply_to_tweet_id")) for p in posts]


def test_parts_go_out_in_order_each_replying_to_the_one_before(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    draft = thread_draft()
    expected = split_thread(draft.master, numbered=True).texts
    assert len(expected) == 4
    outcomes = publish_draft(draft, store=store, settings=settings)
    (outcome,) = outcomes
    assert outcome.status == "published"
    posted = chain(apis.twitter)
    ids = apis.twitter.state["post_ids"]
    assert [text for text, _ in posted] == expected
    assert [reply for _, reply in posted] == [None, *ids[:3]]
    assert expected[0].endswith(" 1/4") and expected[3].endswith(" 4/4")
    # the log has each part, its link, and the thread's first post is the outcome's link
    assert [(r.part, r.parts, r.status) for r in draft.publish_log] == [
        (n, 4, "published") for n in (1, 2, 3, 4)
    ]
    assert [r.post_id for r in draft.publish_log] == ids
    assert outcome.url == draft.publish_log[0].url
    assert all(r.url in outcome.message for r in draft.publish_log)


def test_a_thread_already_published_is_not_sent_again(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    draft = thread_draft()
    publish_draft(draft, store=store, settings=settings)
    again = publish_draft(draft, store=store, settings=settings)
    assert [o.status for o in again] == ["skipped"]
    assert "thread" in again[0].message and again[0].url == draft.publish_log[0].url
    assert len(apis.posts("twitter")) == 4 and len(draft.publish_log) == 4


def test_a_failed_part_says_which_are_live_and_retry_posts_only_the_rest(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    apis.twitter.state["refuse_after"] = 2
    draft = thread_draft()
    job = PublishJob(plan_publish(draft, store=store, settings=settings))
    (failed,) = job.run()
    record(draft, [failed])
    assert failed.status == "failed"
    live = draft.publish_log[:2]
    assert failed.message.startswith(f"Parts 1–2 of 4 are live: {live[0].url}, {live[1].url}.")
    assert "Part 3 of 4: X had a server problem" in failed.message
    assert [(r.part, r.status) for r in draft.publish_log] == [
        (1, "published"),
        (2, "published"),
        (3, "failed"),
    ]
    assert job.failed() == ["twitter"]

    apis.twitter.state.pop("refuse_after")
    (retried,) = job.retry()
    record(draft, [retried])
    assert retried.status == "published"
    texts = split_thread(draft.master, numbered=True).texts
    ids = apis.twitter.state["post_ids"]
    assert chain(apis.twitter) == [
        (texts[0], None),
        (texts[1], ids[0]),
        (texts[2], ids[1]),  # resumes replying to the last live part
        (texts[3], ids[2]),
    ]
    # and later, from the draft alone, nothing is posted twice
    assert [o.status for o in publish_draft(draft, store=store, settings=settings)] == ["skipped"]
    assert len(apis.posts("twitter")) == 4


def test_publishing_again_later_resumes_from_the_log(
    apis: Apis, settings: Settings, store: AccountStore, tmp_path: Path
) -> None:
    apis.twitter.state["refuse_after"] = 1
    draft = thread_draft(numbered=False)
    publish_draft(draft, store=store, settings=settings)
    path = tmp_path / "thread.sdraft"
    draft.save(path)  # the app closed; the log went to disk
    apis.twitter.state.pop("refuse_after")

    reopened = Draft.load(path)
    plan = plan_publish(reopened, store=store, settings=settings)
    x = plan.get("twitter")
    assert not x.skip and sorted(x.live) == [1]
    assert "Part 1 of 4 is live" in " ".join(x.notes)
    (outcome,) = publish_draft(reopened, store=store, settings=settings)
    assert outcome.status == "published"
    texts = [text for text, _ in chain(apis.twitter)]
    assert texts == split_thread(draft.master).texts  # each part once
    ids = apis.twitter.state["post_ids"]
    assert [reply for _, reply in chain(apis.twitter)] == [None, ids[0], ids[1], ids[2]]


def test_a_part_with_an_unknown_outcome_stops_until_forced(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    draft = thread_draft(sentences=8)  # two parts
    apis.twitter.state["refuse_after"] = 1
    publish_draft(draft, store=store, settings=settings)
    apis.twitter.state.pop("refuse_after")
    draft.publish_log[-1].status = "unknown"  # as after a timeout on part 2
    plan = plan_publish(draft, store=store, settings=settings)
    assert plan.get("twitter").skip
    assert (
        "part 2 of 2" in plan.get("twitter").notes[-1]
        and "unknown" in plan.get("twitter").notes[-1]
    )

    (forced,) = publish_draft(draft, store=store, settings=settings, force=True)
    assert forced.status == "published"
    ids = apis.twitter.state["post_ids"]
    assert len(ids) == 2 and chain(apis.twitter)[1][1] == ids[0]  # part 1 not posted again


def test_images_go_on_the_part_they_name(
    apis: Apis, settings: Settings, store: AccountStore, tmp_path: Path
) -> None:
    first = write_picture(tmp_path / "first.jpg", "1", (320, 240), 1)
    third = write_picture(tmp_path / "third.png", "3", (320, 240), 2)
    draft = thread_draft()
    draft.media = [MediaItem(str(first)), MediaItem(str(third), thread_part=3)]
    (outcome,) = publish_draft(draft, store=store, settings=settings)
    assert outcome.status == "published"
    media = [post.get("media", {}).get("media_ids") for post in apis.posts("twitter")]  # type: ignore[attr-defined]
    assert media[0] is not None and len(media[0]) == 1
    assert media[1] is None and media[3] is None
    assert media[2] is not None and len(media[2]) == 1


def test_each_part_takes_up_to_four_images(
    apis: Apis, settings: Settings, store: AccountStore, tmp_path: Path
) -> None:
    """Four on the first post and two on the second: six in the thread, none refused."""
    draft = thread_draft()
    for n in range(1, 7):
        picture = write_picture(tmp_path / f"p{n}.jpg", str(n), (160, 120), n)
        draft.media.append(MediaItem(str(picture), thread_part=0 if n <= 4 else 2))
    assert plan_publish(draft, store=store, settings=settings).blocking == []
    (outcome,) = publish_draft(draft, store=store, settings=settings)
    assert outcome.status == "published", outcome.message
    media = [post.get("media", {}).get("media_ids") for post in apis.posts("twitter")]  # type: ignore[attr-defined]
    assert [len(ids) if ids else 0 for ids in media] == [4, 2, 0, 0]
    assert len(apis.twitter.state["uploads"]) == 6


def test_five_images_on_one_part_are_refused_before_anything_is_sent(
    apis: Apis, settings: Settings, store: AccountStore, tmp_path: Path
) -> None:
    draft = thread_draft()
    for n in range(1, 7):
        picture = write_picture(tmp_path / f"p{n}.jpg", str(n), (160, 120), n)
        draft.media.append(MediaItem(str(picture), thread_part=3 if n <= 5 else 1))
    plan = plan_publish(draft, store=store, settings=settings)
    ((pid, problem),) = plan.blocking
    assert pid == "twitter"
    assert "5 are chosen for post 3 of the thread" in problem
    with pytest.raises(PublishBlocked, match="5 are chosen for post 3 of the thread"):
        publish_draft(draft, store=store, settings=settings)
    assert apis.posts("twitter") == [] and not apis.twitter.state.get("uploads")  # type: ignore[attr-defined]


def test_a_thread_without_an_account_goes_to_the_outbox_numbered(
    socialdesk_home: Path,
) -> None:
    draft = thread_draft(numbered=False)
    (outcome,) = publish_draft(draft)
    assert outcome.status == "outbox"
    (written,) = (socialdesk_home / "Documents" / "Outbox").iterdir()
    content = written.read_text(encoding="utf-8")
    texts = split_thread(draft.master).texts
    assert content == "\n\n".join(f"[{n}/4]\n{text}" for n, text in enumerate(texts, start=1))


def test_a_text_that_fits_is_one_post_even_in_thread_mode(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    draft = thread_draft(sentences=2)
    (outcome,) = publish_draft(draft, store=store, settings=settings)
    assert outcome.status == "published"
    assert chain(apis.twitter) == [(draft.master, None)]
    assert draft.publish_log[0].part == 0


def test_over_the_limit_without_thread_mode_still_blocks(
    settings: Settings, store: AccountStore
) -> None:
    draft = thread_draft()
    draft.twitter_thread = False
    plan = plan_publish(draft, store=store, settings=settings)
    assert any("over the limit" in problem for _, problem in plan.blocking)


def test_changing_a_part_x_refused_keeps_the_live_parts(
    apis: Apis, settings: Settings, store: AccountStore
) -> None:
    draft = thread_draft(numbered=False)
    apis.twitter.state["refuse_after"] = 2  # parts 1 and 2 go out, part 3 is refused
    publish_draft(draft, store=store, settings=settings)
    apis.twitter.state.pop("refuse_after")
    before = split_thread(draft.master).texts
    # the writer rewords the last sentence, in part 4: parts 1–3 read as before
    draft.master = draft.master.replace("Day 14: northern", "Day 14: magical")
    after = split_thread(draft.master).texts
    assert after[:3] == before[:3] and after[3] != before[3]

    plan = plan_publish(draft, store=store, settings=settings)
    assert sorted(plan.get("twitter").live) == [1, 2]
    (outcome,) = publish_draft(draft, store=store, settings=settings)
    assert outcome.status == "published"
    ids = apis.twitter.state["post_ids"]
    assert chain(apis.twitter) == [
        (after[0], None),
        (after[1], ids[0]),
        (after[2], ids[1]),
        (after[3], ids[2]),
    ]


# -- a thread that waits in this computer's queue (X has no scheduling of its own) -------


def queue_thread(
    draft: Draft, path: Path, settings: Settings, store: AccountStore, due: datetime
) -> Queue:
    draft.save(path)
    plan = plan_publish(
        Draft.load(path), store=store, settings=settings, when={"twitter": due}, draft_path=path
    )
    queue = Queue()
    outcomes = PublishJob(plan, queue=queue).run()
    assert [o.status for o in outcomes] == ["queued"]
    saved = Draft.load(path)
    record(saved, outcomes)
    saved.save(path)
    return queue


def test_a_scheduled_thread_goes_out_as_a_thread_with_its_images_on_their_posts(
    apis: Apis, settings: Settings, store: AccountStore, tmp_path: Path
) -> None:
    draft = thread_draft()
    for n, post in ((1, 0), (2, 1), (3, 3)):
        picture = write_picture(tmp_path / f"p{n}.jpg", str(n), (160, 120), n)
        draft.media.append(MediaItem(str(picture), thread_part=post))
    path = tmp_path / "thread.sdraft"
    due = datetime(2026, 6, 1, 1, 30, tzinfo=UTC)
    queue = queue_thread(draft, path, settings, store, due)
    expected = split_thread(draft.master, numbered=True).texts
    (row,) = queue.posts()
    assert row.parts == expected and [image.post for image in row.media] == [1, 1, 3]
    assert apis.posts("twitter") == []  # type: ignore[attr-defined]

    report = run_queue(queue=queue, settings=settings, now=due)
    assert [p.status for p in report.sent] == ["published"]
    ids = apis.twitter.state["post_ids"]
    assert chain(apis.twitter) == [
        (text, reply) for text, reply in zip(expected, [None, *ids[:3]], strict=True)
    ]
    media = [post.get("media", {}).get("media_ids") for post in apis.posts("twitter")]  # type: ignore[attr-defined]
    assert [len(m) if m else 0 for m in media] == [2, 0, 1, 0]
    # the draft's log has every part, so Publish knows the thread is out
    log = Draft.load(path).publish_log
    assert [(r.part, r.status) for r in log if r.part] == [(n, "published") for n in (1, 2, 3, 4)]
    assert run_queue(queue=queue, settings=settings, now=due + timedelta(hours=1)).sent == []
    assert len(apis.posts("twitter")) == 4  # type: ignore[attr-defined]


def test_a_queued_thread_published_meanwhile_is_not_posted_twice(
    apis: Apis, settings: Settings, store: AccountStore, tmp_path: Path
) -> None:
    path = tmp_path / "thread.sdraft"
    due = datetime(2026, 6, 1, 1, 30, tzinfo=UTC)
    queue = queue_thread(thread_draft(), path, settings, store, due)
    draft = Draft.load(path)
    (now,) = publish_draft(draft, store=store, settings=settings, draft_path=path)
    assert now.status == "published"
    draft.save(path)
    report = run_queue(queue=queue, settings=settings, now=due)
    assert [p.status for p in report.sent] == ["cancelled"]
    assert "Already published as a thread" in report.sent[0].message
    assert len(apis.posts("twitter")) == 4  # type: ignore[attr-defined]
