"""The calendar: everything scheduled or published, from all drafts, in one view.

Its entries are the queue's rows (see `queue.py`): local X/Weibo posts, posts VK and
Facebook hold for later, and posts already sent. `sync_native` reads the platforms'
own lists back (VK postponed posts, Facebook scheduled posts), so a post planned in
VK's or Facebook's own site, or moved or deleted there, shows as it really is.
`cancel` and `reschedule` act where the post lives: the local queue or the platform.
"""

from __future__ import annotations

import calendar as stdlib_calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from socialdesk.accounts import AccountError, AccountStore
from socialdesk.credentials import CredentialError
from socialdesk.draft import text_fingerprint
from socialdesk.platforms import get_platform
from socialdesk.platforms.api import Publisher, PublishError, make_publisher
from socialdesk.schedule.cancel import cancel_queued, log_cancel
from socialdesk.schedule.queue import Queue, QueuedPost, QueueError, QueueStatus
from socialdesk.schedule.zones import utc_now
from socialdesk.settings import Settings

SHOWN: tuple[QueueStatus, ...] = (
    "queued",
    "missed",
    "scheduled",
    "published",
    "sending",
    "unknown",
    "failed",
)


@dataclass
class SyncReport:
    added: int = 0
    moved: int = 0
    gone: int = 0
    problems: list[str] = field(default_factory=list)


def entries(queue: Queue, start: datetime, end: datetime) -> list[QueuedPost]:
    """The posts due in [start, end), cancelled ones left out."""
    return queue.posts(SHOWN, between=(start, end))


def month_grid(year: int, month: int, first_weekday: int = 0) -> list[list[date]]:
    """The weeks a month view shows, whole weeks from `first_weekday` (0 = Monday)."""
    weeks = stdlib_calendar.Calendar(first_weekday).monthdatescalendar(year, month)
    return [list(week) for week in weeks]


def week_of(day: date, first_weekday: int = 0) -> list[date]:
    start = day - timedelta(days=(day.weekday() - first_weekday) % 7)
    return [start + timedelta(days=n) for n in range(7)]


def by_day(posts: Iterable[QueuedPost], where: tzinfo) -> dict[date, list[QueuedPost]]:
    """Posts grouped by the day they go out in the writer's zone, in time order."""
    days: dict[date, list[QueuedPost]] = defaultdict(list)
    for post in sorted(posts, key=lambda p: (p.due, p.id)):
        days[post.due.astimezone(where).date()].append(post)
    return days


def needs_this_computer(post: QueuedPost) -> bool:
    return post.status in ("queued", "missed")


def _publisher(post_or_account: str, store: AccountStore, settings: Settings) -> Publisher:
    account = store.get(post_or_account)
    if account is None:
        raise QueueError("The account of this post is gone; change it on the platform's site.")
    try:
        return make_publisher(account, store.secrets(account), settings)
    except (AccountError, CredentialError) as exc:
        raise QueueError(str(exc)) from None


def sync_native(queue: Queue, settings: Settings, store: AccountStore | None = None) -> SyncReport:
    """Bring the calendar's rows of platform-held posts in line with the platforms."""
    store = store if store is not None else AccountStore(settings)
    report = SyncReport()
    now = utc_now()
    for account in store.accounts():
        try:
            publisher = _publisher(account.id, store, settings)
        except QueueError as exc:
            report.problems.append(f"{account.display}: {exc}")
            continue
        if not publisher.schedulable:
            continue
        try:
            remote = {p.post_id: p for p in publisher.scheduled_posts()}
        except PublishError as exc:
            report.problems.append(f"{account.display}: {exc.message}")
            continue
        known = queue.native(account.platform, account.id)
        for post_id, held in remote.items():
            mine = known.get(post_id)
            if mine is None:
                queue.add(
                    QueuedPost(
                        draft_path="",
                        title=f"Planned on {publisher.name}",
                        platform=account.platform,
                        account_id=account.id,
                        text=held.text,
                        text_hash=text_fingerprint(held.text),
                        due=held.when,
                        market_zone="",
                        url=held.url,
                        post_id=post_id,
                    ),
                    status="scheduled",
                )
                report.added += 1
            elif mine.due != held.when:
                queue.reschedule(mine.id, held.when)
                report.moved += 1
        for post_id, mine in known.items():
            if post_id in remote:
                continue
            # no longer held: it went out if its time has come, else it was deleted there
            if mine.due <= now:
                queue.finish(mine.id, "published", "Published by the platform.", mine.url, post_id)
            else:
                queue.finish(mine.id, "cancelled", f"Deleted on {publisher.name}.", "", post_id)
                report.gone += 1
    return report


def cancel(post: QueuedPost, settings: Settings, queue: Queue) -> QueuedPost:
    """Cancel where the post lives; a post the platform holds is deleted there first."""
    if post.status != "scheduled":
        return cancel_queued(post.id, queue)
    publisher = _publisher(post.account_id, AccountStore(settings), settings)
    try:
        publisher.cancel_scheduled(post.post_id)
    except PublishError as exc:
        raise QueueError(exc.message) from None
    queue.finish(post.id, "cancelled", f"Deleted on {publisher.name}.", "", post.post_id)
    log_cancel(post)
    return queue.get(post.id)


def reschedule(post: QueuedPost, when: datetime, settings: Settings, queue: Queue) -> QueuedPost:
    """Move a post to `when`: in the queue, or on the platform that holds it."""
    if when <= utc_now():
        raise QueueError("That time has passed; choose a later one.")
    if post.status == "scheduled":
        publisher = _publisher(post.account_id, AccountStore(settings), settings)
        try:
            publisher.reschedule(post.post_id, when, post.text)
        except PublishError as exc:
            raise QueueError(exc.message) from None
    elif post.status not in ("queued", "missed"):
        name = get_platform(post.platform).name
        raise QueueError(f"This {name} post is {post.status}; it cannot be moved.")
    return queue.reschedule(post.id, when)
