"""`socialdesk queue run`: send the queued posts that are due, once each.

The OS scheduler calls this every few minutes and at wake-up. One run at a time holds
a lock file; a second run finds it taken and leaves at once. A row that a stopped run
left 'sending' may already be out: it becomes 'unknown' and is never re-sent. A post
due longer ago than the grace period (settings "schedule" "grace_minutes") is marked
missed and waits for the writer. Each send goes through the same `PublishJob` as the
Publish button, and its outcome is appended to the draft's publish log.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO

from socialdesk.accounts import AccountError, AccountStore
from socialdesk.credentials import CredentialError
from socialdesk.draft import Draft, DraftError, MediaItem
from socialdesk.media.locate import Located
from socialdesk.media.strip_setting import strip_enabled
from socialdesk.platforms import get_platform
from socialdesk.platforms.api import make_publisher
from socialdesk.platforms.twitter.thread import thread_of
from socialdesk.publishing import (
    Outcome,
    PlatformPlan,
    PublishJob,
    PublishPlan,
    previous_send,
    record,
    resume_thread,
)
from socialdesk.schedule.queue import Queue, QueuedPost, QueueStatus
from socialdesk.schedule.zones import utc_now
from socialdesk.settings import Settings

log = logging.getLogger(__name__)

GRACE_MINUTES = 120
STOPPED_MIDWAY = (
    "Unknown: the queue run sending this post stopped midway. Check the platform before "
    "sending it again."
)


# a one-platform PublishJob ends in one of these; anything else would be a bug, and
# "unknown" is the answer that can never cause a second post
_FINAL: dict[str, QueueStatus] = {
    "published": "published",
    "failed": "failed",
    "unknown": "unknown",
    "cancelled": "cancelled",
}


@dataclass
class RunReport:
    busy: bool = False  # another run holds the lock; this one did nothing
    sent: list[QueuedPost] = field(default_factory=list)  # with their final status
    missed: list[QueuedPost] = field(default_factory=list)
    stuck: list[QueuedPost] = field(default_factory=list)


def grace_period(settings: Settings) -> timedelta:
    minutes = settings.get("schedule", "grace_minutes", GRACE_MINUTES)
    if not isinstance(minutes, (int, float)) or isinstance(minutes, bool) or minutes < 0:
        minutes = GRACE_MINUTES
    return timedelta(minutes=minutes)


@contextmanager
def run_lock(path: Path) -> Iterator[bool]:
    """True while this process holds the lock file; False at once if another does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        held = _try_lock(handle)
        try:
            yield held
        finally:
            if held:
                _unlock(handle)


def _try_lock(handle: IO[bytes]) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def run_queue(
    *,
    queue: Queue | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
    send_now: Sequence[int] = (),
) -> RunReport:
    """Send what is due at `now` (or exactly the rows in `send_now`, the writer's choice)."""
    queue = queue if queue is not None else Queue()
    if not queue.path.exists() and not send_now:
        return RunReport()  # nothing was ever queued: the common case, kept cheap
    settings = settings if settings is not None else Settings.load()
    now = now if now is not None else utc_now()
    with run_lock(queue.path.with_suffix(".lock")) as held:
        if not held:
            return RunReport(busy=True)
        report = RunReport(stuck=queue.abandon_sending(STOPPED_MIDWAY))
        sending, report.missed = queue.claim_due(now, grace_period(settings), send_now)
        store = AccountStore(settings)
        for post in sending:
            outcome = _send(post, store, settings)
            status = _FINAL.get(outcome.status, "unknown")
            queue.finish(post.id, status, outcome.message, outcome.url, outcome.post_id)
            post.status, post.message, post.url = status, outcome.message, outcome.url
            _log_into_draft(post, outcome)
            report.sent.append(post)
        return report


def _send(post: QueuedPost, store: AccountStore, settings: Settings) -> Outcome:
    name = get_platform(post.platform).name
    if post.damaged:
        return Outcome(post.platform, "failed", f"Not sent: {post.damaged}.")
    earlier = _already_sent(post)
    if earlier:
        return Outcome(post.platform, "cancelled", earlier)
    account = store.get(post.account_id)
    if account is None:
        return Outcome(
            post.platform,
            "failed",
            f"Not sent: the {name} account it was queued for is gone. Reschedule it "
            "from the draft with another account.",
        )
    try:
        publisher = make_publisher(account, store.secrets(account), settings)
    except (AccountError, CredentialError) as exc:
        return Outcome(post.platform, "failed", f"Not sent: {exc}")
    plan = PlatformPlan(
        post.platform, name, post.text, post.text_hash, account=account, publisher=publisher
    )
    plan.media = [
        Located(n, MediaItem(image.path, image.alt, thread_part=image.post), Path(image.path))
        for n, image in enumerate(post.media, start=1)
    ]
    plan.problems = [p for text in post.parts or [post.text] for p in publisher.problems(text)]
    if len(post.parts) > 1:
        plan.thread = thread_of(post.parts)
        skipped = _thread_sent(post, plan)
        if skipped:
            return Outcome(post.platform, "cancelled", skipped)
    if plan.problems:
        return Outcome(post.platform, "failed", "Not sent: " + " ".join(plan.problems))
    plan_of_one = PublishPlan(post.title, [plan], strip_metadata=strip_enabled(settings))
    job = PublishJob(plan_of_one, remember=False)
    return job.run()[0]


def _already_sent(post: QueuedPost) -> str:
    """A publish from the app since queuing put this very text out already."""
    try:
        draft = Draft.load(post.draft_path)
    except DraftError:
        return ""
    previous = previous_send(draft, post.platform, post.text_hash, ignore_queued=True)
    if previous is None:
        return ""
    return f"Not sent: this text was already {previous.status} on {previous.time}."


def _thread_sent(post: QueuedPost, plan: PlatformPlan) -> str:
    """For a queued X thread, what the draft's log says is live already (published from
    the app since it was queued, or in part): those parts are not posted again, and the
    rest reply to the last live one. Why nothing is to be sent, if so."""
    try:
        draft = Draft.load(post.draft_path)
    except DraftError:
        return ""
    resume_thread(draft, plan, force=False)
    return f"Not sent: {plan.notes[-1]}" if plan.skip else ""


def _log_into_draft(post: QueuedPost, outcome: Outcome) -> None:
    """The draft's publish log gets the result, as after Publish (a thread: a record for
    each part); a draft that moved or cannot be saved keeps its queue row as the record
    instead."""
    if outcome.record is None and not outcome.part_records:
        return
    try:
        draft = Draft.load(post.draft_path)
        record(draft, [outcome])
        draft.save(post.draft_path)
    except DraftError as exc:
        log.warning("queued post %s: publish log not saved: %s", post.id, exc)
