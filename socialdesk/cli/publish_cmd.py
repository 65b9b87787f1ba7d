"""`socialdesk publish DRAFT [--dry-run] [--force] [--at TIME] [--send-ready]`.

A dry run prints, per enabled platform, the account, the exact final text and what
blocks sending, and sends nothing. A real run publishes every platform at once (to
the Outbox folder where there is no account) and saves the publish log into the
draft. With `--send-ready`, platforms with problems are held (marked with the reason)
and the others are sent. Exit status: 0 all done, 1 blocked, held, or any platform failed
or unknown, 2 bad file.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any
from zoneinfo import ZoneInfo

from socialdesk.draft import Draft, DraftError
from socialdesk.platforms import get_platform
from socialdesk.publishing import (
    Outcome,
    PlatformPlan,
    PublishJob,
    PublishPlan,
    outbox_dir,
    plan_publish,
    record,
)
from socialdesk.schedule.zones import (
    ScheduleError,
    describe,
    parse_time,
    utc_now,
    zone_for_language,
)
from socialdesk.settings import Settings

RULE = "─" * 60
_SYMBOLS = {
    "published": "✓",
    "scheduled": "✓",
    "outbox": "✓",
    "skipped": "·",
    "failed": "✗",
    "unknown": "?",
    "queued": "◷",
    "cancelled": "·",
    "by_hand": "✓",
    "held": "✗",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "publish", help="publish a draft to every enabled platform (or to the Outbox folder)"
    )
    parser.add_argument("draft", help="a .sdraft file")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be sent, send nothing"
    )
    parser.add_argument(
        "--force", action="store_true", help="send again where this text was already published"
    )
    parser.add_argument(
        "--send-ready",
        action="store_true",
        help="when some platforms have problems, send the others and leave those marked",
    )
    parser.add_argument(
        "--at",
        metavar="TIME",
        help="schedule: '2026-06-01 09:30' is 09:30 in each platform's market "
        "(its audience language's time zone), '2026-06-01 09:30 Europe/Moscow' one instant "
        "for all. VK and Facebook hold the post; X and Weibo wait in this computer's queue "
        "(`socialdesk queue`)",
    )
    parser.add_argument(
        "--allow-outside-images",
        action="store_true",
        help="upload images the draft attaches from outside its own folder",
    )
    parser.set_defaults(run=run)


def market_times(draft: Draft, raw: str, settings: Settings) -> dict[str, datetime]:
    """Each enabled platform's instant for the time the writer typed."""
    typed = parse_time(raw)
    times = {}
    for pid in draft.enabled_platforms():
        market = zone_for_language(draft.variants[pid].language, settings)
        if typed.zone is None and market is None:
            times[pid] = typed.wall.astimezone()  # no known market: the writer's own time
        else:
            times[pid] = typed.in_zone(market or typed.zone)  # type: ignore[arg-type]
        if times[pid] <= utc_now():
            raise ScheduleError(f"--at {raw!r} is in the past for {get_platform(pid).name}")
    return times


def run(args: argparse.Namespace) -> int:
    path = Path(args.draft)
    draft = Draft.load(path)
    settings = Settings.load()
    # platforms without native scheduling wait in the local queue
    schedule = market_times(draft, args.at, settings) if args.at else None
    plan = plan_publish(
        draft,
        settings=settings,
        when=schedule,
        force=args.force,
        title=draft.title or path.stem,
        draft_path=path,
        allow_outside_images=args.allow_outside_images,
    )
    print(describe_plan(plan))
    if not plan.platforms:
        print("\nNo platform is enabled in this draft; nothing to publish.")
        return 1
    if plan.blocking and not (args.send_ready and plan.partly_ready):
        hint = (
            " Or add --send-ready to send the platforms that are ready."
            if plan.partly_ready
            else ""
        )
        print(f"\nNothing was sent: fix the {len(plan.blocking)} problem(s) marked ✗ above.{hint}")
        if any(p.outside for p in plan.platforms) and not args.allow_outside_images:
            print(
                "To upload the images from outside the draft's folder anyway, "
                "add --allow-outside-images."
            )
        return 1
    if args.dry_run:
        print("\nDry run: nothing was sent.")
        return 0

    print()
    lock = threading.Lock()

    def progress(pid: str, outcome: Outcome | None) -> None:
        name = plan.get(pid).name
        with lock:
            if outcome is None:
                print(f"{name}: sending…", flush=True)
            else:
                print(format_outcome(name, outcome), flush=True)

    job = PublishJob(plan, outbox_dir(settings))
    outcomes = hold_ctrl_c(lambda: job.run(progress, ready_only=args.send_ready))
    for held in (o for o in outcomes if o.status == "held"):
        print(format_outcome(plan.get(held.platform).name, held), flush=True)
    try:
        note = save_publish_log(path, draft, outcomes, settings)
    except DraftError as exc:
        print(
            f"socialdesk: published, but the publish log could not be saved: {exc}", file=sys.stderr
        )
        return 2
    bad = [o for o in outcomes if o.status in ("failed", "unknown", "held")]
    print(f"\nPublish log saved to {path}.")
    if note:
        print(f"note: {note}", file=sys.stderr)
    return 1 if bad else 0


def save_publish_log(
    path: Path, sent: Draft, outcomes: list[Outcome], settings: Settings
) -> str | None:
    """Add the publish records to the draft file as it is now, not as it was read: the
    writer may have saved new words while the posts went out, and those stay. The
    version that went out is kept in the version history. Returns a note if the
    history could not be written; raises DraftError if the draft could not be."""
    try:
        current = Draft.load(path)
    except DraftError:
        current = sent  # gone or unreadable now: the draft as sent is all there is
    record(current, outcomes)
    if not current.id:
        current.id = sent.ensure_id()
    current.save(path)
    from socialdesk.history import HistoryError, HistoryStore

    published = [o for o in outcomes if o.status in ("published", "scheduled")]
    if not published:
        return None
    sent.id = current.id
    try:
        HistoryStore.from_settings(settings).record(sent, "publish")
    except HistoryError as exc:
        return str(exc)
    return None


def hold_ctrl_c(send: Callable[[], list[Outcome]]) -> list[Outcome]:
    """Run `send` with Ctrl-C held off: stopping while posts are in flight would lose
    the log of what went out, and the next run would post it again. The requests
    have timeouts, so this ends soon."""
    if threading.current_thread() is not threading.main_thread():
        return send()

    def hold(signum: int, frame: FrameType | None) -> None:
        print(
            "socialdesk: finishing the posts already sent, so the publish log stays right…",
            file=sys.stderr,
            flush=True,
        )

    previous = signal.signal(signal.SIGINT, hold)
    try:
        return send()
    finally:
        signal.signal(signal.SIGINT, previous)


def describe_plan(plan: PublishPlan) -> str:
    lines = [f"Publishing “{plan.title}”"]
    for item in plan.platforms:
        lines.append("")
        head = f"{item.name} — account: {item.account_label}"
        if item.when is not None:
            head += f" — scheduled for {_when(item.when)}"
        elif item.queue_at is not None:
            head += f" — queued for {_when(item.queue_at)} (needs this computer on)"
        lines.append(head)
        lines.append(RULE)
        lines.append(item.text)
        lines.append(RULE)
        lines.extend(describe_images(item))
        lines.extend(f"  ✗ {problem}" for problem in item.problems)
        lines.extend(f"  · {note}" for note in item.notes)
    return "\n".join(lines)


def describe_images(item: PlatformPlan) -> list[str]:
    """Every image this platform would get, by path; those from outside the draft's
    folder marked."""
    if not item.media:
        return ["  Images: none"]
    outside = {image.found.number: image.real_path for image in item.outside}
    lines = [f"  Images ({len(item.media)}):"]
    for found in item.media:
        shown = str(found.path)
        if found.number in outside:
            real = outside[found.number]
            shown += ("" if real == found.path else f" → {real}") + "  ← outside the draft's folder"
        lines.append(f"    {found.number}. {shown}")
    return lines


def _when(when: datetime) -> str:
    market = when.tzinfo if isinstance(when.tzinfo, ZoneInfo) else None
    return describe(when, market) if market else f"{when:%Y-%m-%d %H:%M}"


def format_outcome(name: str, outcome: Outcome) -> str:
    text = f"{name}: {_SYMBOLS[outcome.status]} {outcome.status}"
    if outcome.url and outcome.status != "outbox":
        text += f" — {outcome.url}"
    if outcome.message:
        text += f" — {outcome.message}"
    return text
