"""`socialdesk render`: print the text a platform gets.

    socialdesk render DRAFT --platform ID
        the draft's final text for that platform; a draft made from a template is
        rendered with its fields first (a platform text the writer edited by hand
        or had translated is printed as it is);
    socialdesk render --template NAME --set key=value ... --platform ID [--language L]
        a template rendered without a draft. `--set body@ru=...` gives a value for
        one language only.

X threads: with `--platform twitter`, a draft set to post as a thread (or `--thread`)
prints its parts, each under a line `[1/4] 267/280` (number, X's count, limit);
`--numbered` ends each part with its number (else as the draft says). `--json` prints
`{"platform", "limit", "thread", "numbered", "parts": [{"number", "text", "count"}]}`
(one part when the text is one post) for any platform.

Errors (a bad file, an unknown template, a template that fails, a required field
left empty) print one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from socialdesk.draft import Draft
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.platforms.twitter.thread import Thread, split_thread
from socialdesk.templates import (
    PostTemplate,
    TemplateError,
    TemplateLibrary,
    default_engine,
)

# Variant origins that mean a person (or a translator) wrote the text: keep it.
HAND_MADE = ("edited", "translated")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "render",
        help="print a draft's or a template's text for one platform",
        description="Print the final text for one platform, from a draft or a template.",
    )
    parser.add_argument("draft", nargs="?", help="a .sdraft file")
    parser.add_argument("--platform", "-p", required=True, choices=PLATFORM_IDS)
    parser.add_argument("--template", "-t", metavar="NAME", help="template id, name or file")
    parser.add_argument(
        "--set",
        dest="values",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a field value (repeatable); KEY@LANG for one language",
    )
    parser.add_argument("--language", "-l", help="audience language (default: the platform's)")
    parser.add_argument("--premium", action="store_true", help="X Premium limit (25,000)")
    parser.add_argument(
        "--thread", action="store_true", help="X: split a text over the limit into a thread"
    )
    parser.add_argument(
        "--numbered", action="store_true", help="X thread: end each part with 1/4, 2/4…"
    )
    parser.add_argument("--json", action="store_true", help="print the parts and counts as JSON")
    parser.set_defaults(run=run)


def _usage_error(message: str) -> Exception:
    from socialdesk.cli import UsageError

    return UsageError(" ".join(message.split()))


def parse_values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise _usage_error(f"--set wants KEY=VALUE, got {pair!r}")
        values[key.strip()] = value.replace("\\n", "\n")
    return values


def _load_template(name: str) -> PostTemplate:
    try:
        return TemplateLibrary().find(name)
    except TemplateError as exc:
        raise _usage_error(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    if args.draft is None and args.template is None:
        raise _usage_error("give a draft file, or --template NAME")
    values = parse_values(args.values)
    draft = Draft.load(args.draft) if args.draft else None
    try:
        text = _render_draft(args, draft, values) if draft else _render_template(args, values)
    except TemplateError as exc:
        raise _usage_error(str(exc)) from None
    limit = _limit(args, draft)
    thread = None
    if args.platform == "twitter" and (args.thread or (draft and draft.twitter_thread)):
        numbered = args.numbered or bool(draft and draft.twitter_thread_numbering)
        thread = split_thread(text, limit, numbered=numbered)
    if args.json:
        print(json.dumps(_as_json(args.platform, text, limit, thread), ensure_ascii=False))
    elif thread is not None and thread.is_thread:
        print(_thread_text(thread))
    else:
        print(text)
    return 0


def _thread_text(thread: Thread) -> str:
    return "\n\n".join(
        f"[{part.number}/{part.total}] {part.count}/{thread.limit}\n{part.text}"
        for part in thread.parts
    )


def _as_json(pid: str, text: str, limit: int, thread: Thread | None) -> dict[str, Any]:
    if thread is not None and thread.is_thread:
        parts = [{"number": p.number, "text": p.text, "count": p.count} for p in thread.parts]
    else:
        parts = [{"number": 1, "text": text, "count": get_platform(pid).count(text)}]
    return {
        "platform": pid,
        "limit": limit,
        "thread": len(parts) > 1,
        "numbered": bool(thread and thread.numbered),
        "parts": parts,
    }


def _limit(args: argparse.Namespace, draft: Draft | None = None) -> int:
    platform = get_platform(args.platform)
    if args.platform == "twitter" and (
        args.premium or (draft is not None and draft.twitter_premium)
    ):
        return int(getattr(platform, "premium_limit", platform.limit))
    return platform.limit


def _needs(template: PostTemplate, fields: dict[str, str], language: str) -> None:
    """A required field left empty: say which, rather than print "Meet ." """
    from socialdesk.templates.apply import missing_fields

    missing = missing_fields(template, fields, [language])
    if missing:
        sets = " ".join(f"--set {spec.name}=..." for spec in missing)
        labels = ", ".join(spec.label for spec in missing)
        raise _usage_error(f"template {template.name!r} needs {labels} ({sets})")


def _render_template(args: argparse.Namespace, values: dict[str, str]) -> str:
    template = _load_template(args.template)
    language = args.language or get_platform(args.platform).default_language
    _needs(template, values, language)
    return (
        default_engine().render(template, values, args.platform, language, limit=_limit(args)).text
    )


def _render_draft(args: argparse.Namespace, draft: Draft, values: dict[str, str]) -> str:
    pid = args.platform
    variant = draft.variants[pid]
    name = args.template or draft.template
    if not name:
        return draft.text_for(pid)
    if variant.text is not None and variant.origin in HAND_MADE and not args.template:
        return variant.text
    template = _load_template(name)
    fields = {**draft.fields, **values}
    language = args.language or variant.language
    _needs(template, fields, language)
    path = draft.weibo_path if pid == "weibo" else ""
    rendering = default_engine().render(
        template, fields, pid, language, limit=_limit(args, draft), path=path
    )
    return rendering.text
