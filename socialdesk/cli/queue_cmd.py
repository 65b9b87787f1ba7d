"""`socialdesk queue list|run|cancel|reschedule|install|uninstall`: the local post queue.

X and Weibo posts scheduled with `publish --at` wait here; `queue run` sends the due
ones (the OS scheduler calls it every few minutes: `queue install` sets that up).
Exit status: 0 done, 1 a post failed or has an unknown outcome, 2 bad input.
Imports are kept inside the verbs: `queue run` with nothing due must be quick.
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("queue", help="X and Weibo posts waiting for their time")
    verbs = parser.add_subparsers(dest="queue_verb", metavar="ACTION", required=True)

    listing = verbs.add_parser("list", help="every queued post, with its time and status")
    listing.add_argument("--json", action="store_true", help="as JSON")
    listing.set_defaults(run=run_list)

    sending = verbs.add_parser("run", help="send the posts that are due (the OS scheduler runs it)")
    sending.add_argument(
        "--send",
        metavar="ID",
        type=int,
        action="append",
        default=[],
        help="send this waiting post now, due or not (a missed post, say); repeatable",
    )
    sending.set_defaults(run=run_due)

    cancel = verbs.add_parser("cancel", help="cancel a waiting post")
    cancel.add_argument("id", type=int)
    cancel.set_defaults(run=run_cancel)

    move = verbs.add_parser("reschedule", help="give a waiting post another time")
    move.add_argument("id", type=int)
    move.add_argument("time", help="e.g. '2026-06-01 09:30 Europe/Moscow'")
    move.set_defaults(run=run_reschedule)

    on = verbs.add_parser("install", help="let the OS send queued posts with the app closed")
    on.set_defaults(run=run_install)
    off = verbs.add_parser("uninstall", help="stop the OS from running the queue")
    off.set_defaults(run=run_uninstall)


def run_list(args: argparse.Namespace) -> int:
    from socialdesk.schedule.queue import Queue
    from socialdesk.schedule.zones import describe, zone

    posts = Queue().posts()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": p.id,
                        "platform": p.platform,
                        "status": p.status,
                        "due": p.due.isoformat(),
                        "market_zone": p.market_zone,
                        "title": p.title,
                        "draft": p.draft_path,
                        "text": p.text,
                        "images": [m.path for m in p.media],
                        "message": p.message,
                        "url": p.url,
                    }
                    for p in posts
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not posts:
        print("The queue is empty.")
        return 0
    for post in posts:
        where = describe(post.due, zone(post.market_zone or "UTC"))
        first_line = post.text.splitlines()[0] if post.text else ""
        print(f"#{post.id}  {post.status:<9}  {post.platform:<8}  {where}  “{post.title}”")
        print(f"      {first_line[:70]}")
        if post.message:
            print(f"      {post.message}")
    return 0


def run_due(args: argparse.Namespace) -> int:
    from socialdesk.schedule.queue import Queue
    from socialdesk.schedule.zones import utc_now

    queue = Queue()
    if not args.send and not queue.has_work(utc_now()):
        return 0  # the usual answer every few minutes: nothing to do, nothing imported
    from socialdesk.schedule.runner import run_queue

    report = run_queue(queue=queue, send_now=args.send)
    if report.busy:
        print("Another queue run is under way; this one did nothing.")
        return 0
    for post in report.stuck:
        print(f"#{post.id} {post.platform}: ? unknown — {post.message}")
    for post in report.missed:
        print(f"#{post.id} {post.platform}: missed — {post.message}")
    for post in report.sent:
        line = f"#{post.id} {post.platform}: {post.status}"
        if post.url:
            line += f" — {post.url}"
        if post.message:
            line += f" — {post.message}"
        print(line)
    bad = [p for p in report.sent + report.stuck if p.status in ("failed", "unknown")]
    return 1 if bad else 0


def run_cancel(args: argparse.Namespace) -> int:
    from socialdesk.schedule.cancel import cancel_queued

    post = cancel_queued(args.id)
    print(f"#{post.id} {post.platform}: cancelled.")
    return 0


def run_reschedule(args: argparse.Namespace) -> int:
    from socialdesk.schedule.queue import Queue
    from socialdesk.schedule.zones import describe, parse_time, zone

    queue = Queue()
    post = queue.get(args.id)
    market = zone(post.market_zone or "UTC")
    due = parse_time(args.time).in_zone(market)
    post = queue.reschedule(args.id, due)
    print(f"#{post.id} {post.platform}: now due {describe(post.due, market)}.")
    return 0


def run_install(args: argparse.Namespace) -> int:
    from socialdesk.schedule import os_scheduler

    for path in os_scheduler.install():
        print(f"Wrote {path}")
    print(f"Queued posts are now sent every {os_scheduler.INTERVAL_MINUTES} minutes, app closed.")
    return 0


def run_uninstall(args: argparse.Namespace) -> int:
    from socialdesk.schedule import os_scheduler

    removed = os_scheduler.remove()
    for path in removed:
        print(f"Removed {path}")
    if not removed:
        print("Nothing was installed.")
    return 0
