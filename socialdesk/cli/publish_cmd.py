"""`socialdesk publish DRAFT [--dry-run] [--force] [--at TIME]`.

A dry run prints, per enabled platform, the account, the exact final text and what
blocks sending, and sends nothing. A real run publishes every platform at once (to
the Outbox folder where there is no account) and saves the publish log into the
draft. Exit status: 0 all done, 1 blocked or any platform failed or unknown, 2 bad file.
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

from socialdesk.draft import Draft, DraftError
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.publishing import (
    Outcome,
    PublishJob,
    PublishPlan,
    outbox_dir,
    plan_publish,
    record,
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
        "--at",
        metavar="TIME",
        help="schedule VK and Facebook for a local time, e.g. '2026-06-01 09:30' "
        "(X and Weibo have no scheduling and publish now)",
    )
    parser.set_defaults(run=run)


def parse_time(raw: str) -> datetime:
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise DraftError(
            f"--at {raw!r}: not a date and time; write it like 2026-06-01 09:30"
        ) from None
    return when if when.tzinfo else when.astimezone()


def run(args: argparse.Namespace) -> int:
    path = Path(args.draft)
    draft = Draft.load(path)
    settings = Settings.load()
    when = parse_time(args.at) if args.at else None
    # platforms without native scheduling say so in the plan and publish now
    schedule = dict.fromkeys(PLATFORM_IDS, when) if when else None
    plan = plan_publish(
        draft,
        settings=settings,
        when=schedule,
        force=args.force,
        title=draft.title or path.stem,
        draft_path=path,
    )
    print(describe_plan(plan))
    if not plan.platforms:
        print("\nNo platform is enabled in this draft; nothing to publish.")
        return 1
    if plan.blocking:
        print(f"\nNothing was sent: fix the {len(plan.blocking)} problem(s) marked ✗ above.")
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

    outcomes = hold_ctrl_c(lambda: PublishJob(plan, outbox_dir(settings)).run(progress))
    try:
        note = save_publish_log(path, draft, outcomes, settings)
    except DraftError as exc:
        print(
            f"socialdesk: published, but the publish log could not be saved: {exc}", file=sys.stderr
        )
        return 2
    bad = [o for o in outcomes if o.status in ("failed", "unknown")]
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
            head += f" — scheduled for {item.when:%Y-%m-%d %H:%M}"
        lines.append(head)
        lines.append(RULE)
        lines.append(item.text)
        lines.append(RULE)
        lines.extend(f"  ✗ {problem}" for problem in item.problems)
        lines.extend(f"  · {note}" for note in item.notes)
    return "\n".join(lines)


def format_outcome(name: str, outcome: Outcome) -> str:
    text = f"{name}: {_SYMBOLS[outcome.status]} {outcome.status}"
    if outcome.url and outcome.status != "outbox":
        text += f" — {outcome.url}"
    if outcome.message:
        text += f" — {outcome.message}"
    return text
