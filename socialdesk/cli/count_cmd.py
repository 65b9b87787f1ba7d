"""`socialdesk count --platform ID [--json]`: count standard input the platform's way."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from socialdesk.draft import MAX_TEXT_CHARS, too_long
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.readfile import FileProblem, read_stream


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("count", help="count standard input the way a platform does")
    parser.add_argument("--platform", "-p", required=True, choices=PLATFORM_IDS)
    parser.add_argument("--premium", action="store_true", help="X Premium limit (25,000)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


# a post is at most MAX_TEXT_CHARS characters of up to 4 bytes each, plus a line end
MAX_INPUT_BYTES = 4 * MAX_TEXT_CHARS + 2


def run(args: argparse.Namespace) -> int:
    from socialdesk.cli import UsageError

    try:
        data = read_stream(sys.stdin.buffer, MAX_INPUT_BYTES, "post")
    except FileProblem as exc:
        raise UsageError(f"standard input: {exc.reason}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"standard input is not UTF-8 text (bad byte at offset {exc.start})"
        ) from exc
    # the line ending `echo` or an editor adds after the last line is not part of the post
    text = text.removesuffix("\r\n") if text.endswith("\r\n") else text.removesuffix("\n")
    if len(text) > MAX_TEXT_CHARS:
        raise UsageError(f"standard input: {too_long('the text', len(text))}")
    platform = get_platform(args.platform)
    limit = getattr(platform, "premium_limit", None) if args.premium else None
    result = platform.check(text, limit)
    if args.json:
        print(json.dumps(check_to_json(args.platform, result), ensure_ascii=False))
    else:
        print(f"{result.count} / {result.limit}")
    return 0


def check_to_json(pid: str, result: Any) -> dict[str, Any]:
    return {
        "platform": pid,
        "count": result.count,
        "limit": result.limit,
        "over_by": result.over_by,
        "fold_at": result.fold_at,
        "over_at": result.over_at,
        "valid": result.valid,
        "problems": list(result.problems),
    }
