"""Command line: `socialdesk` opens the app; `socialdesk VERB ...` runs a verb.

Each verb is a module with `register(subparsers)`; its parser's `run` default
returns the exit status. User errors print one line on stderr, never a traceback.
Only the verb being run is imported (the GUI none): `publish` pulls in keyring and
requests, `render` the template engine — nothing another verb or the window needs.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import io
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from socialdesk import __version__

# verb → its module in this package, in the order `--help` lists them
VERBS = {
    "count": "count_cmd",
    "check": "check_cmd",
    "export": "export_cmd",
    "publish": "publish_cmd",
    "queue": "queue_cmd",
    "translate": "translate_cmd",
    "render": "render_cmd",
}


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, like every other user error (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(verbs: Sequence[str] = tuple(VERBS)) -> argparse.ArgumentParser:
    """The parser with `verbs` (all of them for `--help` and for mistakes)."""
    parser = _Parser(
        prog="socialdesk",
        description="Write one social post; ship it localised to VK, Weibo, X and Facebook. "
        "Without a verb, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"socialdesk {__version__}")
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for verb in verbs:
        importlib.import_module(f"{__name__}.{VERBS[verb]}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0].endswith(".sdraft"):
        import gc

        gc.disable()  # until the window has painted (`run_app` says why), PySide6's import too
        from socialdesk.ui.shell.app import run_app

        return run_app(args_list)
    # the errors any verb reports as one line (imported here: the window needs none)
    from socialdesk.draft import DraftError
    from socialdesk.schedule.queue import QueueError
    from socialdesk.schedule.zones import ScheduleError

    _stdout_for_any_text()
    parser = build_parser([args_list[0]] if args_list[0] in VERBS else tuple(VERBS))
    args = parser.parse_args(args_list)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except (DraftError, UsageError, QueueError, ScheduleError) as exc:
        print(f"socialdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as other command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return status


def _stdout_for_any_text() -> None:
    """Posts are Russian, Chinese, emoji: a file or pipe gets UTF-8 whatever the locale
    says (a redirect on Windows would be cp1252); a terminal that cannot show a
    character shows "?" instead of stopping with a traceback."""
    out = sys.stdout
    if not isinstance(out, io.TextIOWrapper) or codecs.lookup(out.encoding).name == "utf-8":
        return
    if out.isatty():
        out.reconfigure(errors="replace")
    else:
        out.reconfigure(encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
