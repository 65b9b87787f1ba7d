"""`socialdesk check DRAFT [--json]`: each enabled platform's count against its limit.

Exit status 0 when all fit, 1 when any is over its limit, 2 for a bad file. An X text
the draft posts as a thread fits when each of its posts does: its row says how many
posts (`"thread"`: their counts, in JSON).

The images chosen for each platform are checked as publishing checks them (an X thread
post by post, up to four images on each; none for Weibo posted by hand); what the
platform would refuse is listed with the row's problems, like a character X refuses.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from socialdesk.cli.count_cmd import check_to_json
from socialdesk.draft import Draft
from socialdesk.media.check import media_problems
from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter.thread import split_thread
from socialdesk.platforms.weibo.paths import check_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help="check a draft against every platform's limit")
    parser.add_argument("draft", help="a .sdraft file")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    draft = Draft.load(args.draft)
    rows = []
    for pid in draft.enabled_platforms():
        platform = get_platform(pid)
        if pid == "weibo":  # the draft's publishing path sets Weibo's limit and rules
            result = check_text(draft.text_for(pid), draft.weibo_path)
        else:
            result = platform.check(draft.text_for(pid), draft.limit_for(pid))
        row = check_to_json(pid, result)
        posts = 1
        if pid == "twitter" and draft.twitter_thread:
            thread = split_thread(
                draft.text_for(pid), result.limit, numbered=draft.twitter_thread_numbering
            )
            if thread.is_thread:
                posts = len(thread.parts)
                row["thread"] = [part.count for part in thread.parts]
                row["over_by"] = max(0, max(row["thread"]) - result.limit)
                row["over_at"] = None
        if draft.media:  # held against the draft's path's rules (media.check.rules_for)
            found = media_problems(draft, Path(args.draft), pid, posts)
            row["problems"] += [p.message for p in found if p.level == "error"]
        row["name"] = platform.name
        row["language"] = draft.variants[pid].language
        rows.append(row)
    any_over = any(row["over_by"] > 0 for row in rows)
    if args.json:
        print(
            json.dumps(
                {"draft": args.draft, "platforms": rows, "ok": not any_over}, ensure_ascii=False
            )
        )
    else:
        print(format_table(rows))
    return 1 if any_over else 0


def format_table(rows: list[dict[str, Any]]) -> str:
    header = ("Platform", "Lang", "Count", "Limit", "Status")
    body = []
    for row in rows:
        thread = f"a thread of {len(row['thread'])} posts" if row.get("thread") else ""
        if row["over_by"]:
            status = f"over by {row['over_by']}"
        elif row["problems"]:
            status = "; ".join([thread, *row["problems"]] if thread else row["problems"])
        else:
            status = f"ok, {thread}" if thread else "ok"
        body.append((row["name"], row["language"], str(row["count"]), str(row["limit"]), status))
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *body]
    ]
    return "\n".join(lines)
