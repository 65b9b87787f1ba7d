"""One-click publishing: plan, check, send to every enabled platform at once, log.

`plan_publish` works out, per enabled platform, the exact final text, the account,
where it goes (the platform's API, or the Outbox folder when there is no account)
and every problem that blocks sending — before anything is sent. `PublishJob` then
sends all platforms concurrently and reports progress per platform; `record`
appends the results to the draft's publish log.

Never a double post: a platform already published (or possibly published) with the
same text is skipped unless forced; a timeout after sending is recorded as
"unknown" and never retried automatically; `PublishJob.retry` re-sends only the
platforms that failed.

Publish what is ready: `PublishJob.run(ready_only=True)` sends the platforms without
problems and returns the others as "held", with their reasons, sending nothing there.
Weibo "by hand" (the draft's `weibo_path`) saves the text and cleaned images to the Outbox
and names the composer to open; it is logged as "by_hand". A signed-in account's token is
renewed before sending when it expires within minutes (socialdesk.signin.tokens), and once
more if the platform refuses it as expired while our clock says otherwise.

An X text the writer chose to post as a thread (`Draft.twitter_thread`) goes out as
its parts (`platforms.twitter.thread`), in order, each a reply to the one before, its
images on the part they name (`MediaItem.thread_post`), up to four on each, checked
post by post as the card and `socialdesk check` do (`media.check`). Every part
posted is logged on its own (`PublishRecord.part`, its own text's fingerprint): if one
fails, the log says which parts are live, and publishing again — Retry, or later from
the draft, even after the writer changed a part not yet posted — posts only the parts
that are not, replying to the last live one. A part whose outcome is
unknown stops the thread, as a single post would.

Images: each platform gets the draft's images chosen for it (paths resolved against
`draft_path`), checked against its media rules while planning; they are read and
stripped of personal metadata (settings "media" "strip_metadata") just before sending.
An image that cannot be read fails that platform with nothing posted there.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from socialdesk import credentials, paths
from socialdesk.accounts import ACCESS_KEY, Account, AccountError, AccountStore
from socialdesk.draft import (
    Draft,
    DraftError,
    PublishRecord,
    atomic_write,
    now_iso,
    text_fingerprint,
)
from socialdesk.media.check import chosen_for, media_problems
from socialdesk.media.consent import OutsideImage, consent_question, outside_for
from socialdesk.media.locate import Located
from socialdesk.media.outgoing import MediaUpload, prepare_upload
from socialdesk.media.probe import MediaError
from socialdesk.media.strip_setting import strip_enabled
from socialdesk.platforms import get_platform
from socialdesk.platforms.api import (
    UNKNOWN_OUTCOME,
    PostResult,
    Publisher,
    PublishError,
    make_publisher,
)
from socialdesk.platforms.twitter.thread import Thread, ThreadPart, split_thread, thread_as_text
from socialdesk.platforms.weibo.paths import COMPOSER_URL as WEIBO_COMPOSER
from socialdesk.platforms.weibo.paths import check_text as weibo_check
from socialdesk.redaction import scrub_api_text
from socialdesk.schedule.queue import Queue, QueuedImage, QueuedPost, QueueError
from socialdesk.settings import Settings
from socialdesk.signin.oauth import SignInError, TokenSet
from socialdesk.signin.tokens import RENEW_MARGIN, RENEWABLE, fresh_tokens, renewal_due

log = logging.getLogger(__name__)

Status = Literal[
    "published",
    "scheduled",
    "queued",
    "failed",
    "unknown",
    "outbox",
    "skipped",
    "cancelled",
    "by_hand",
    "held",
]
# statuses that mean "this text may already be on the platform", or is on its way there
# ("queued": in this computer's queue; "by_hand": the writer was handed it to post in the
# platform's own composer)
_DONE = ("published", "scheduled", "unknown", "queued", "by_hand")


class PublishBlocked(Exception):
    """The plan has blocking problems; nothing was sent."""


class PublishInProgress(Exception):
    """A publish run is already going on for this job."""


@dataclass
class PlatformPlan:
    platform: str
    name: str
    text: str
    text_hash: str
    account: Account | None = None
    when: datetime | None = None  # native scheduling time, for platforms that have it
    queue_at: datetime | None = None  # local queue time, for platforms that have none
    problems: list[str] = field(default_factory=list)  # block the whole publish
    notes: list[str] = field(default_factory=list)  # worth knowing, not blocking
    previous: PublishRecord | None = None  # an earlier send of this same text
    skip: bool = False  # already published and not forced
    media: list[Located] = field(default_factory=list)  # the images chosen for this platform
    outside: list[OutsideImage] = field(default_factory=list)  # those from outside its folder
    publisher: Publisher | None = field(default=None, repr=False)
    by_hand: bool = False  # Weibo's "post by hand" path: copy, save images, open composer
    # a signed-in account that renews itself: (margin seconds) -> the renewed tokens
    renewer: Callable[[float], TokenSet] | None = field(default=None, repr=False)
    renew_first: bool = False  # due for renewal: renewed just before sending
    thread: Thread | None = None  # X: the parts to post, each a reply to the one before
    live: dict[int, PublishRecord] = field(default_factory=dict)  # parts already on X

    @property
    def destination(self) -> Literal["api", "outbox", "queue", "by_hand"]:
        if self.by_hand:
            return "by_hand"
        if self.account is None:
            return "outbox"
        return "queue" if self.queue_at is not None else "api"

    @property
    def sendable(self) -> bool:
        return not self.problems and not self.skip

    @property
    def account_label(self) -> str:
        if self.account is None:
            return "no account — saved to the Outbox folder"
        return self.account.display


@dataclass
class PublishPlan:
    title: str
    platforms: list[PlatformPlan]
    force: bool = False
    strip_metadata: bool = True  # remove location/camera data from uploaded images
    draft_path: Path | None = None  # where queued posts log their outcome later

    @property
    def blocking(self) -> list[tuple[str, str]]:
        return [(p.platform, problem) for p in self.platforms for problem in p.problems]

    @property
    def ready(self) -> bool:
        return not self.blocking and any(not p.skip for p in self.platforms)

    @property
    def held(self) -> list[PlatformPlan]:
        """Platforms that cannot go now, each with its reasons in `problems`."""
        return [p for p in self.platforms if p.problems]

    @property
    def partly_ready(self) -> bool:
        """Some platforms can go although others are held: offer to send those."""
        return bool(self.held) and any(p.sendable for p in self.platforms)

    def get(self, pid: str) -> PlatformPlan:
        return next(p for p in self.platforms if p.platform == pid)


@dataclass
class Outcome:
    """How one platform's publish ended; `record` is what goes into the draft's log."""

    platform: str
    status: Status
    message: str = ""
    url: str = ""
    post_id: str = ""
    retry_at: datetime | None = None
    record: PublishRecord | None = None
    part_records: list[PublishRecord] = field(default_factory=list)  # a thread's, one a part


Progress = Callable[[str, Outcome | None], None]  # (platform, None = started | outcome)


# -- planning --------------------------------------------------------------------------------
def previous_send(
    draft: Draft, pid: str, text_hash: str, *, ignore_queued: bool = False
) -> PublishRecord | None:
    """The latest log entry saying this text is (or may be) on the platform already, or
    queued to go there (unless a later entry cancelled the queued post)."""
    cancelled = False
    for record in reversed(draft.publish_log):
        if record.platform != pid or record.text_hash != text_hash:
            continue
        if record.status == "cancelled":
            cancelled = True
        elif (record.status in ("queued", "scheduled") and cancelled) or (
            record.status == "queued" and ignore_queued
        ):
            continue
        elif record.status in _DONE:
            return record
    return None


def resolve_account(draft: Draft, pid: str, store: AccountStore) -> tuple[Account | None, str]:
    """The draft's chosen account, else the platform's default; a problem if it is gone."""
    chosen = draft.variants[pid].account
    if chosen:
        account = store.get(chosen)
        if account is None or account.platform != pid:
            name = get_platform(pid).name
            return None, (
                f"The {name} account chosen for this draft no longer exists. "
                "Choose another one for this draft, or add it again in Accounts."
            )
        return account, ""
    return store.default_for(pid), ""


def plan_publish(
    draft: Draft,
    *,
    store: AccountStore | None = None,
    settings: Settings | None = None,
    when: Mapping[str, datetime] | None = None,
    force: bool = False,
    only: Iterable[str] | None = None,
    title: str = "",
    draft_path: Path | None = None,
    allow_outside_images: bool = True,
    renew: bool = True,
) -> PublishPlan:
    """`draft_path` is the draft's file: relative image paths are found beside it.
    Images from outside its folder are listed in each platform's plan; without
    `allow_outside_images` they block sending (the writer has not agreed to them).
    A sign-in due for renewal is renewed now (`renew`), or, for a window that must not
    wait on the network, just before sending (off its thread, in `PublishJob`)."""
    settings = settings if settings is not None else Settings.load()
    store = store if store is not None else AccountStore(settings)
    wanted = set(only) if only is not None else None
    plans = []
    for pid in draft.enabled_platforms():
        if wanted is not None and pid not in wanted:
            continue
        plan = _plan_platform(
            draft, pid, store, settings, (when or {}).get(pid), force, draft_path, renew
        )
        plan.outside = outside_for(draft, draft_path, pid)
        if plan.outside and not allow_outside_images:
            plan.problems.append(consent_question(plan.outside))
        plans.append(plan)
    return PublishPlan(
        title=title or draft.title or "Untitled",
        platforms=plans,
        force=force,
        strip_metadata=strip_enabled(settings),
        draft_path=draft_path,
    )


def _media_refusals(draft: Draft, draft_path: Path | None, pid: str, posts: int = 1) -> list[str]:
    """What `pid` refuses about the draft's images on its path, as the card shows it."""
    return [p.message for p in media_problems(draft, draft_path, pid, posts) if p.level == "error"]


def _plan_platform(
    draft: Draft,
    pid: str,
    store: AccountStore,
    settings: Settings,
    when: datetime | None,
    force: bool,
    draft_path: Path | None = None,
    renew: bool = True,
) -> PlatformPlan:
    platform = get_platform(pid)
    text = draft.text_for(pid)
    plan = PlatformPlan(pid, platform.name, text, text_fingerprint(text))
    plan.media = chosen_for(draft, draft_path, pid)
    if not text.strip():
        plan.problems.append(f"The {platform.name} text is empty.")

    account, problem = resolve_account(draft, pid, store)
    if problem:
        plan.problems.append(problem)
    plan.account = account

    limit = draft.limit_for(pid)
    if pid == "twitter" and account is not None and not account.premium:
        limit = min(limit, platform.limit)  # the account decides what X accepts
    if pid == "twitter" and draft.twitter_thread and text.strip():
        _plan_thread(plan, split_thread(text, limit, numbered=draft.twitter_thread_numbering))
    if pid == "weibo":
        # one set of rules per path (socialdesk.platforms.weibo.paths), as the card has it
        plan.by_hand = draft.weibo_path == "by_hand"
        domain = account.value("safe_domain") if account is not None else ""
        check = weibo_check(text, draft.weibo_path, domain)
        if draft.weibo_path == "api" and account is None:
            check = platform.check(text, limit)  # goes to the Outbox: no safe domain yet
    else:
        check = platform.check(text, limit)
    if check.over_by and plan.thread is None:
        plan.problems.append(
            f"The {platform.name} text is {check.count} characters, {check.over_by} over "
            f"the limit of {check.limit}. Shorten it."
        )
    plan.problems.extend(f"{platform.name}: {p}" for p in check.problems)

    if plan.by_hand:
        plan.notes.append(
            f"Post by hand: SocialDesk copies the text, saves the images and opens "
            f"{platform.name}'s composer; you paste and post there."
        )
        plan.problems.extend(_media_refusals(draft, draft_path, pid))
    elif account is None:
        if not problem:
            plan.notes.append(
                f"No {platform.name} account: the text is saved to the Outbox folder "
                "for you to post by hand."
            )
    else:
        try:
            if account.signin in RENEWABLE:
                signed_in = account
                plan.renewer = lambda margin: fresh_tokens(
                    store, signed_in, settings, margin=margin
                )
            if account.signin and renew:
                fresh_tokens(store, account, settings)  # renewed now, not after a 401
            elif account.signin and renewal_due(store, account):
                plan.renew_first = True
                plan.notes.append(f"The {platform.name} sign-in is renewed just before sending.")
            secrets = store.secrets(account)
        except (AccountError, credentials.CredentialError, SignInError) as exc:
            plan.problems.append(str(exc))
        else:
            publisher = make_publisher(account, secrets, settings)
            plan.publisher = publisher
            if when is not None and not publisher.schedulable:
                plan.queue_at, when = when, None
                plan.notes.append(
                    f"{platform.name} has no scheduling of its own: the post waits in this "
                    "computer's queue and needs this computer on at that time."
                )
            plan.when = when
            found = publisher.problems(text, when) if pid != "weibo" else []
            plan.problems.extend(p for p in found if p not in plan.problems)
            posts = len(plan.thread.parts) if plan.thread is not None else 1
            plan.problems.extend(_media_refusals(draft, draft_path, pid, posts))
    if account is None and plan.media and not problem and not plan.by_hand:
        plan.notes.append(
            f"The Outbox gets the text only: attach {_count_images(len(plan.media))} "
            f"by hand on {platform.name}."
        )

    if plan.thread is not None:
        resume_thread(draft, plan, force)
        return plan
    plan.previous = previous_send(draft, pid, plan.text_hash)
    if plan.previous is not None and plan.destination in ("api", "by_hand"):
        if force:
            plan.notes.append(
                f"Already sent on {friendly_time(plan.previous.time)}; "
                "you asked to publish it again."
            )
        else:
            plan.skip = True
            if plan.previous.status == "unknown":
                plan.notes.append(
                    f"An earlier attempt ({friendly_time(plan.previous.time)}) has an unknown "
                    f"outcome. Check {platform.name}; publish again only if the post is not there."
                )
            else:
                plan.notes.append(
                    f"Already published on {friendly_time(plan.previous.time)} with this text; "
                    "not sent again."
                )
    return plan


def _plan_thread(plan: PlatformPlan, thread: Thread) -> None:
    """Post as `thread` when it has more than one part."""
    if not thread.is_thread:
        return
    plan.thread = thread
    plan.text_hash = text_fingerprint("\x1e".join(thread.texts))
    total = len(thread.parts)
    plan.notes.append(f"Posted as a thread of {total} parts, each a reply to the one before.")
    for part in thread.parts:
        if part.forced:
            plan.notes.append(
                f"Part {part.number} of {total} is cut inside something longer than one "
                "post (a word, link or template tag). Add a split marker (a line with only "
                "---) to choose where."
            )


def resume_thread(draft: Draft, plan: PlatformPlan, force: bool) -> None:
    """What the log says of this thread: the parts already live are not posted again.

    A part is known by its own text (each part's record holds its fingerprint), so a
    writer who changes a part not yet posted (X refused it) keeps the live ones: the
    thread goes on from the first part that is not on X, replying to the one before."""
    assert plan.thread is not None
    parts = plan.thread.parts
    total = len(parts)
    wanted = {part.number: text_fingerprint(part.text) for part in parts}
    latest: dict[int, PublishRecord] = {}
    for entry in draft.publish_log:
        if entry.platform == plan.platform and wanted.get(entry.part) == entry.text_hash:
            latest[entry.part] = entry
    if plan.destination != "api" or not latest:
        return
    live: dict[int, PublishRecord] = {}
    for number in range(1, total + 1):  # each live part replied to the one before
        found = latest.get(number)
        if found is None or found.status != "published":
            break
        live[number] = found
    if len(live) == total:
        plan.previous = live[1]
        if force:
            plan.notes.append(
                f"Already sent as a thread on {friendly_time(live[1].time)}; "
                "you asked to publish it again."
            )
        else:
            plan.skip = True
            plan.notes.append(
                f"Already published as a thread on {friendly_time(live[1].time)} with this "
                "text; not sent again."
            )
        return
    waiting = latest.get(len(live) + 1)  # the first part that is not live
    if waiting is not None and waiting.status == "unknown" and not force:
        plan.previous = waiting
        plan.skip = True
        plan.notes.append(
            f"An earlier attempt at part {waiting.part} of {total} "
            f"({friendly_time(waiting.time)}) has an unknown outcome. Check "
            f"{plan.name}; publish again only if that part is not there (the parts already "
            "live are not posted again)."
        )
        return
    plan.live = live
    if live:
        plan.notes.append(
            f"{_parts_live(live, total)} Publishing posts the rest, replying to the last one."
        )


def _parts_live(live: Mapping[int, PublishRecord], total: int) -> str:
    """'Parts 1–2 of 4 are live: <links>.' ('' when none is)."""
    if not live:
        return ""
    numbers = sorted(live)
    links = ", ".join(live[n].url for n in numbers)
    if len(numbers) == 1:
        return f"Part {numbers[0]} of {total} is live: {links}."
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        which = f"{numbers[0]}–{numbers[-1]}"
    else:
        which = ", ".join(map(str, numbers))
    return f"Parts {which} of {total} are live: {links}."


def _count_images(n: int) -> str:
    return "the image" if n == 1 else f"the {n} images"


def friendly_time(iso: str) -> str:
    """A log time as the writer reads it: local, without seconds."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d %b %Y %H:%M")
    except ValueError:
        return iso


# -- running ---------------------------------------------------------------------------------
class PublishJob:
    """Sends a checked plan to every platform concurrently; then retries only failures."""

    def __init__(
        self,
        plan: PublishPlan,
        outbox: Path | None = None,
        queue: Queue | None = None,
        *,
        remember: bool = True,
    ) -> None:
        """`remember`: add what goes out to the calendar (the queue runner's posts have
        their row already)."""
        self.plan = plan
        self.outbox = outbox
        self.queue = queue
        self.remember = remember
        self.outcomes: dict[str, Outcome] = {}
        self._lock = threading.Lock()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def failed(self) -> list[str]:
        return [pid for pid, o in self.outcomes.items() if o.status == "failed"]

    def run(
        self, on_progress: Progress | None = None, *, ready_only: bool = False
    ) -> list[Outcome]:
        """Send every platform; with `ready_only`, send the ones that are ready and
        return the others as "held" with their reasons (nothing is sent for them)."""
        if self.plan.blocking and not ready_only:
            raise PublishBlocked(
                "Nothing was sent: " + " ".join(problem for _, problem in self.plan.blocking)
            )
        held = [
            Outcome(p.platform, "held", "Not sent: " + " ".join(p.problems)) for p in self.plan.held
        ]
        for outcome in held:
            self.outcomes[outcome.platform] = outcome
        ready = [p for p in self.plan.platforms if not p.problems]
        return self._send(ready, on_progress) + held

    def retry(self, on_progress: Progress | None = None) -> list[Outcome]:
        """Re-send only the platforms whose last attempt failed (never "unknown" ones)."""
        failed = set(self.failed())
        return self._send([p for p in self.plan.platforms if p.platform in failed], on_progress)

    def _send(self, plans: Sequence[PlatformPlan], on_progress: Progress | None) -> list[Outcome]:
        with self._lock:
            if self._running:
                raise PublishInProgress("Publishing is already under way.")
            self._running = True
        try:
            if not plans:
                return []
            with ThreadPoolExecutor(max_workers=len(plans), thread_name_prefix="publish") as pool:
                futures = [pool.submit(self._one, p, on_progress) for p in plans]
                results = [f.result() for f in futures]
            for outcome in results:
                self.outcomes[outcome.platform] = outcome
            return results
        finally:
            with self._lock:
                self._running = False

    def _one(self, plan: PlatformPlan, on_progress: Progress | None) -> Outcome:
        _report(on_progress, plan.platform, None)
        outcome = self._attempt(plan)
        if self.remember and outcome.status in ("published", "scheduled") and plan.account:
            self._remember(plan, outcome)
        log.info("%s: %s %s", plan.platform, outcome.status, outcome.post_id or "")
        _report(on_progress, plan.platform, outcome)
        return outcome

    def _attempt(self, plan: PlatformPlan) -> Outcome:
        if plan.skip:
            previous = plan.previous
            return Outcome(
                plan.platform,
                "skipped",
                plan.notes[-1] if plan.notes else "Already published; not sent again.",
                url=previous.url if previous else "",
                post_id=previous.post_id if previous else "",
            )
        if plan.by_hand:
            return self._by_hand(plan)
        if plan.publisher is None:
            return self._to_outbox(plan)
        if plan.queue_at is not None:
            return self._to_queue(plan, plan.queue_at)
        if plan.renew_first:
            refused = self._renew(plan, RENEW_MARGIN)
            if refused is not None:
                return refused
        secrets = list(plan.publisher.secrets.values())
        try:
            uploads = self._read_images(plan)
        except MediaError as exc:
            reason = str(exc)
            message = f"{reason[:1].upper()}{reason[1:]}. Nothing was posted to {plan.name}."
            return self._outcome(plan, "failed", message)
        if plan.thread is not None:
            return self._attempt_thread(plan, plan.thread, plan.publisher, uploads)
        try:
            try:
                result = plan.publisher.publish(plan.text, plan.when, uploads)
            except PublishError as exc:
                # refused as signed out although our clock said the token was good (the
                # platform's clock is ahead): nothing was posted, so renew once and resend
                if exc.kind != "auth" or plan.renewer is None:
                    raise
                refused = self._renew(plan, float("inf"))
                if refused is not None:
                    return refused
                result = plan.publisher.publish(plan.text, plan.when, uploads)
        except PublishError as exc:
            secrets += list(plan.publisher.secrets.values())
            status: Status = "unknown" if exc.outcome_unknown else "failed"
            return self._outcome(plan, status, redact(exc.message, secrets), retry_at=exc.retry_at)
        except Exception as exc:
            # a fault after the request may have gone out: never assume it did not post
            log.exception("%s: unexpected error while publishing", plan.platform)
            message = (
                f"{UNKNOWN_OUTCOME}: an unexpected problem occurred ({type(exc).__name__}). "
                f"Check {plan.name} before publishing again."
            )
            return self._outcome(plan, "unknown", message)
        status = "scheduled" if result.scheduled else "published"
        message = f"Scheduled for {plan.when:%Y-%m-%d %H:%M}." if plan.when else ""
        return self._outcome(plan, status, message, url=result.url, post_id=result.post_id)

    def _renew(self, plan: PlatformPlan, margin: float) -> Outcome | None:
        """Renew the sign-in (if it expires within `margin`) and hand the new access
        token to the publisher; a failed Outcome when that cannot be done."""
        assert plan.renewer is not None and plan.publisher is not None
        try:
            tokens = plan.renewer(margin)
        except SignInError as exc:
            return self._outcome(plan, "failed", f"{exc.message} Nothing was sent to {plan.name}.")
        plan.publisher.secrets[ACCESS_KEY[plan.platform]] = tokens.access_token
        plan.renew_first = False
        return None

    def _attempt_thread(
        self,
        plan: PlatformPlan,
        thread: Thread,
        publisher: Publisher,
        uploads: Sequence[MediaUpload],
    ) -> Outcome:
        """Post the parts not yet live, in order, each replying to the one before; stop at
        the first that fails. `plan.live` keeps what is on X for a retry."""
        total = len(thread.parts)
        images: dict[int, list[MediaUpload]] = {}
        for found, upload in zip(plan.media, uploads, strict=True):
            images.setdefault(found.item.thread_post(total), []).append(upload)
        secrets = list(publisher.secrets.values())
        records: list[PublishRecord] = []
        reply_to = ""
        for part in thread.parts:
            done = plan.live.get(part.number)
            if done is not None:
                reply_to = done.post_id
                continue
            media = images.get(part.number, [])
            status: Status
            try:
                if reply_to:
                    result: PostResult = publisher.reply(part.text, reply_to, media)
                else:
                    result = publisher.publish(part.text, None, media)
            except PublishError as exc:
                status = "unknown" if exc.outcome_unknown else "failed"
                why = redact(exc.message, secrets)
                retry_at = exc.retry_at
            except Exception as exc:
                log.exception("%s: unexpected error while publishing part", plan.platform)
                status, retry_at = "unknown", None
                why = f"{UNKNOWN_OUTCOME}: an unexpected problem occurred ({type(exc).__name__})."
            else:
                record = self._record(
                    plan, "published", "", result.url, result.post_id, part, total
                )
                plan.live[part.number] = record
                records.append(record)
                reply_to = result.post_id
                continue
            live = _parts_live(plan.live, total) or f"Nothing of the thread is on {plan.name}."
            message = f"{live} Part {part.number} of {total}: {why}"
            records.append(self._record(plan, status, message, "", "", part, total))
            first = plan.live.get(1)
            return Outcome(
                plan.platform,
                status,
                message,
                url=first.url if first else "",
                post_id=first.post_id if first else "",
                retry_at=retry_at,
                part_records=records,
            )
        first = plan.live[1]
        links = ", ".join(plan.live[n].url for n in sorted(plan.live))
        message = f"Posted as a thread of {total} parts: {links}"
        return Outcome(
            plan.platform,
            "published",
            message,
            url=first.url,
            post_id=first.post_id,
            part_records=records,
        )

    def _record(
        self,
        plan: PlatformPlan,
        status: Status,
        message: str,
        url: str,
        post_id: str,
        part: ThreadPart,
        parts: int,
    ) -> PublishRecord:
        """A thread part's log entry: known by its own text (see `resume_thread`)."""
        return PublishRecord(
            platform=plan.platform,
            time=now_iso(),
            status=status,
            post_id=post_id,
            url=url,
            text_hash=text_fingerprint(part.text),
            message=message,
            part=part.number,
            parts=parts,
        )

    def _read_images(self, plan: PlatformPlan) -> list[MediaUpload]:
        """The chosen images' bytes, cleaned of metadata unless that is turned off."""
        return [prepare_upload(found, self.plan.strip_metadata) for found in plan.media]

    def _queued_post(self, plan: PlatformPlan, due: datetime) -> QueuedPost:
        assert plan.account is not None
        return QueuedPost(
            draft_path=str(self.plan.draft_path.resolve()) if self.plan.draft_path else "",
            title=self.plan.title,
            platform=plan.platform,
            account_id=plan.account.id,
            text=plan.text,
            text_hash=plan.text_hash,
            due=due,
            market_zone=getattr(due.tzinfo, "key", ""),
            media=[
                QueuedImage(
                    str(found.path.resolve()),
                    found.item.alt,
                    found.item.thread_post(len(plan.thread.parts)) if plan.thread else 0,
                )
                for found in plan.media
            ],
            parts=plan.thread.texts if plan.thread is not None else [],
        )

    def _remember(self, plan: PlatformPlan, outcome: Outcome) -> None:
        """The calendar's row of a sent or platform-held post; the post itself is out,
        so a calendar that cannot be written only logs a warning."""
        post = self._queued_post(plan, plan.when or datetime.now(UTC))
        post.url, post.post_id = outcome.url, outcome.post_id
        try:
            (self.queue or Queue()).add(post, status=outcome.status)  # type: ignore[arg-type]
        except QueueError as exc:
            log.warning("%s: not added to the calendar: %s", plan.platform, exc)

    def _to_queue(self, plan: PlatformPlan, due: datetime) -> Outcome:
        """Keep the exact text and images in the local queue; `socialdesk queue run` sends
        them when due."""
        queue = self.queue if self.queue is not None else Queue()
        post = self._queued_post(plan, due)
        try:
            queue.add(post)
        except QueueError as exc:
            return self._outcome(plan, "failed", f"Could not queue the post: {exc}")
        return self._outcome(
            plan,
            "queued",
            f"Queued for {due:%Y-%m-%d %H:%M %Z} (queue #{post.id}); needs this computer on.",
            post_id=f"queue:{post.id}",
        )

    def _to_outbox(self, plan: PlatformPlan) -> Outcome:
        folder = self.outbox if self.outbox is not None else outbox_dir()
        text = plan.text if plan.thread is None else thread_as_text(plan.thread)
        try:
            path = write_outbox(folder, self.plan.title, plan.name, text)
        except (OSError, DraftError) as exc:
            return self._outcome(plan, "failed", f"Could not write to the Outbox folder: {exc}")
        return self._outcome(
            plan, "outbox", f"Saved to the Outbox: {path}", url=path.resolve().as_uri()
        )

    def _by_hand(self, plan: PlatformPlan) -> Outcome:
        """Save the text and the cleaned images where the writer finds them; the window
        copies the text and opens the composer (`url`)."""
        folder = self.outbox if self.outbox is not None else outbox_dir()
        try:
            uploads = self._read_images(plan)
            path = write_outbox(folder, self.plan.title, plan.name, plan.text)
            saved = [save_beside(path, n, upload) for n, upload in enumerate(uploads, 1)]
        except MediaError as exc:
            return self._outcome(plan, "failed", f"{exc}. Nothing was saved for {plan.name}.")
        except (OSError, DraftError) as exc:
            return self._outcome(plan, "failed", f"Could not write to the Outbox folder: {exc}")
        images = f" and {_count_images(len(saved))}" if saved else ""
        return self._outcome(
            plan,
            "by_hand",
            f"Posted by hand: the text{images} saved in {path.parent}; paste it into "
            f"{plan.name}'s composer.",
            url=WEIBO_COMPOSER,
        )

    def _outcome(
        self,
        plan: PlatformPlan,
        status: Status,
        message: str,
        *,
        url: str = "",
        post_id: str = "",
        retry_at: datetime | None = None,
    ) -> Outcome:
        record = PublishRecord(
            platform=plan.platform,
            time=now_iso(),
            status=status,
            post_id=post_id,
            url=url,
            text_hash=plan.text_hash,
            message=message,
        )
        return Outcome(plan.platform, status, message, url, post_id, retry_at, record)


def _report(on_progress: Progress | None, pid: str, outcome: Outcome | None) -> None:
    """A progress report that fails (a closed pipe, a window gone) must not lose the
    outcome: the post may be out, and only the log keeps it from being sent twice."""
    if on_progress is None:
        return
    try:
        on_progress(pid, outcome)
    except Exception:
        log.warning("%s: progress report failed", pid, exc_info=True)


def record(draft: Draft, outcomes: Iterable[Outcome]) -> None:
    """Append the outcomes to the draft's publish log (skipped platforms add nothing; a
    thread adds a record for each part it posted or tried)."""
    for outcome in outcomes:
        if outcome.record is not None:
            draft.publish_log.append(outcome.record)
        draft.publish_log.extend(outcome.part_records)


def redact(message: str, secrets: Iterable[str]) -> str:
    """The message with these and every other known secret hidden, in any encoding."""
    return scrub_api_text(message, secrets)


# -- the Outbox ------------------------------------------------------------------------------
def save_beside(text_file: Path, number: int, upload: MediaUpload) -> Path:
    """An image for posting by hand, named after the text file it goes with."""
    suffix = Path(upload.name).suffix or ".jpg"
    target = text_file.with_name(f"{text_file.stem} – image {number}{suffix}")
    atomic_write(target, upload.data)
    return target


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def outbox_dir(settings: Settings | None = None) -> Path:
    settings = settings if settings is not None else Settings.load()
    configured = settings.get("publishing", "outbox_dir")
    if isinstance(configured, str) and configured.strip():
        return Path(configured).expanduser()
    return paths.documents_dir() / "Outbox"


def write_outbox(folder: Path, title: str, platform_name: str, text: str) -> Path:
    """One file per platform: `<draft title> – <platform> – <date time>.txt`, the exact text."""
    folder.mkdir(parents=True, exist_ok=True)
    name = _UNSAFE.sub(" ", title).strip(" .") or "Untitled"
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
    stem = f"{name[:80].strip()} – {platform_name} – {stamp}"
    target = folder / f"{stem}.txt"
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}).txt"
        n += 1
    atomic_write(target, text.encode("utf-8"))
    return target


# -- one call for the command line and scripts -----------------------------------------------
def publish_draft(
    draft: Draft,
    *,
    store: AccountStore | None = None,
    settings: Settings | None = None,
    when: Mapping[str, datetime] | None = None,
    force: bool = False,
    title: str = "",
    on_progress: Progress | None = None,
    draft_path: Path | None = None,
    ready_only: bool = False,
) -> list[Outcome]:
    """Plan, refuse if anything blocks (unless `ready_only`: send what is ready and
    return the rest as "held"), publish, and log into `draft` (not saved)."""
    settings = settings if settings is not None else Settings.load()
    plan = plan_publish(
        draft,
        store=store,
        settings=settings,
        when=when,
        force=force,
        title=title,
        draft_path=draft_path,
    )
    outcomes = PublishJob(plan, outbox_dir(settings)).run(on_progress, ready_only=ready_only)
    record(draft, outcomes)
    return outcomes
