"""`socialdesk count --platform ID [--json]`: count standard input the platform's way."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from socialdesk.platforms import PLATFORM_IDS, get_platform


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("count", help="count standard input the way a platform does")
    parser.add_argument("--platform", "-p", required=True, choices=PLATFORM_IDS)
    parser.add_argument("--premium", action="store_true", help="X Premium limit (25,000)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        from socialdesk.cli import UsageError

        raise UsageError(
            f"standard input is not UTF-8 text (bad byte at offset {exc.start})"
        ) from exc
    # the line ending `echo` or an editor adds after the last line is not part of the post
    text = text.removesuffix("\r\n") if text.endswith("\r\n") else text.removesuffix("\n")
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
