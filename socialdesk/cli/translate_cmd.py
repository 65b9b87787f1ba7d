"""`socialdesk translate DRAFT [--backend B] [--url URL] [--to PID=LANG] ...`

Translates the master into each enabled platform's language, fills the variants and
saves the draft. A variant the writer edited is kept unless `--overwrite-edited`; a
platform whose translation fails is left as it was (its language too), and when every
platform fails nothing is saved. Languages are checked before any request. The state
before and after goes into the version history. Exit status 0 when every platform is
done, 1 when any failed, 2 for a bad file or setup (then nothing is sent or saved).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

from socialdesk.draft import Draft, DraftError, now_iso, read_limited
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.settings import Settings
from socialdesk.translation import languages
from socialdesk.translation.apply import ApplyOutcome, apply_result
from socialdesk.translation.config import TranslationConfig
from socialdesk.translation.engine import TranslationEngine
from socialdesk.translation.errors import TranslationError
from socialdesk.translation.fanout import translate_draft
from socialdesk.translation.glossary import Glossary, GlossaryError
from socialdesk.translation.memory import TranslationMemory
from socialdesk.translation.registry import BACKENDS, create_translator


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "translate", help="translate a draft into each platform's language and save it"
    )
    parser.add_argument("draft", help="a .sdraft file")
    parser.add_argument(
        "--backend", choices=list(BACKENDS), help="translation service (default: from Settings)"
    )
    parser.add_argument("--url", help="server address (LibreTranslate, or a DeepL API override)")
    parser.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="PID=LANG",
        help="set a platform's language first, e.g. --to vk=uk (repeatable)",
    )
    parser.add_argument(
        "--platform",
        action="append",
        choices=list(PLATFORM_IDS),
        help="translate only this platform (repeatable; default: every enabled one)",
    )
    parser.add_argument(
        "--overwrite-edited", action="store_true", help="replace variants you edited by hand"
    )
    parser.add_argument("--timeout", type=float, help="seconds to wait for each request")
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from socialdesk.cli import UsageError

    path = Path(args.draft)
    original = read_limited(path, 20 * 1024 * 1024, "draft")
    draft = Draft.load(path)
    before = copy.deepcopy(draft)
    set_languages(draft, args.to, UsageError)
    pids = args.platform or draft.enabled_platforms()

    config = TranslationConfig.from_settings(Settings.load())
    if args.backend:
        config.backend = args.backend
    if args.url:
        config.urls[config.backend] = args.url
    if args.timeout is not None:
        if args.timeout <= 0:
            raise UsageError("--timeout must be a positive number of seconds")
        config.timeout = args.timeout
    try:
        translator = create_translator(config)
        glossary = Glossary.load()
    except (TranslationError, GlossaryError) as exc:
        raise UsageError(str(exc)) from None
    check_languages(draft, pids, translator, UsageError)  # before any translation request

    memory = TranslationMemory()
    try:
        engine = TranslationEngine(translator, glossary, memory)
        results = translate_draft(draft, engine, pids)
    finally:
        memory.close()
    outcomes = [
        apply_result(draft, result, glossary=glossary, overwrite_edited=args.overwrite_edited)
        for result in results.values()
    ]
    # Nothing half-done: a card that was not translated keeps everything it had,
    # including its language; with every card failed nothing is saved at all.
    for outcome in outcomes:
        if outcome.status in ("failed", "stale"):
            draft.variants[outcome.pid] = copy.deepcopy(before.variants[outcome.pid])
    all_failed = any(o.status in ("failed", "stale") for o in outcomes) and not any(
        o.changed for o in outcomes
    )

    saved = False
    if not all_failed and draft.to_json() != before.to_json():
        # Someone (the app) may have saved the draft meanwhile: never overwrite that.
        if read_limited(path, 20 * 1024 * 1024, "draft") != original:
            raise DraftError(
                f"{path}: the draft changed on disk while translating; nothing was saved. "
                "Run the command again."
            )
        history_note = keep_history(before, draft, cause="translate")  # what it replaces
        draft.modified = now_iso()
        draft.save(path)
        saved = True
        history_note = keep_history(draft, None) or history_note
    else:
        history_note = None

    failed = any(o.status == "failed" for o in outcomes) or all_failed
    if args.json:
        print(json.dumps(report_json(args.draft, outcomes, saved), ensure_ascii=False))
    else:
        print_report(outcomes, saved, path, memory.problem or engine.memory_problem, all_failed)
    if history_note:
        print(f"note: {history_note}", file=sys.stderr)
    return 1 if failed else 0


def keep_history(draft: Draft, changed: Draft | None, cause: str = "save") -> str | None:
    """Snapshot `draft` in the version history (before: the state a translation replaces,
    sharing its id with `changed`); a history problem is a note, never a failed command."""
    from socialdesk.history import HistoryError, HistoryStore

    try:
        HistoryStore.from_settings(Settings.load()).record(draft, cause)
    except HistoryError as exc:
        return str(exc)
    if changed is not None:
        changed.id = draft.id
    return None


def check_languages(
    draft: Draft, pids: list[str], translator: Any, usage_error: type[Exception]
) -> None:
    """Every language must be one the service knows, before a single request."""
    problems = []
    source = draft.source_language
    if source and languages.normalize(source) != languages.AUTO and not languages.resolve(source):
        problems.append(f"the post's language {source!r} is not a language code")
    for pid in pids:
        code = draft.variants[pid].language
        if languages.resolve(code) is None:
            problems.append(f"{pid}: {code!r} is not a language a translation service knows")
            continue
        code_for = getattr(translator, "code_for", None)  # offline table, or the server's list
        try:
            if code_for is not None:
                code_for(languages.normalize(code), source=False)
        except TranslationError as exc:
            problems.append(f"{pid}: {exc.message}")
    if problems:
        raise usage_error(
            "nothing was translated or saved: "
            + "; ".join(problems)
            + " (use a code such as ru, zh-CN, de, fr)"
        )


def set_languages(draft: Draft, pairs: list[str], usage_error: type[Exception]) -> bool:
    changed = False
    for pair in pairs:
        pid, sep, code = pair.partition("=")
        if not sep or pid not in draft.variants or not code.strip():
            raise usage_error(
                f"--to expects PLATFORM=LANGUAGE with a platform among "
                f"{', '.join(PLATFORM_IDS)} (got {pair!r})"
            )
        if languages.normalize(code) == languages.AUTO:
            raise usage_error("--to needs a language to translate into, not 'auto'")
        normalized = languages.resolve(code)
        if normalized is None:
            raise usage_error(
                f"--to {pair}: {code.strip()!r} is not a language a translation service "
                "knows (use a code such as ru, zh-CN, de, fr); nothing was translated or saved"
            )
        if draft.variants[pid].language != normalized:
            draft.variants[pid].language = normalized
            changed = True
    return changed


def print_report(
    outcomes: list[ApplyOutcome],
    saved: bool,
    path: Path,
    memory_problem: str | None,
    all_failed: bool = False,
) -> None:
    for outcome in outcomes:
        stream = sys.stderr if outcome.status == "failed" else sys.stdout
        print(outcome.message, file=stream)
        for issue in outcome.issues:
            print(f"  ! {issue.message}")
    if memory_problem:
        print(f"note: {memory_problem}", file=sys.stderr)
    if saved:
        print(f"Saved {path}.")
    elif all_failed:
        print("Every platform failed; nothing was saved.", file=sys.stderr)
    else:
        print("Nothing changed; the draft was not saved.")


def report_json(draft: str, outcomes: list[ApplyOutcome], saved: bool) -> dict[str, Any]:
    return {
        "draft": draft,
        "saved": saved,
        "platforms": [
            {
                "platform": o.pid,
                "status": o.status,
                "message": o.message,
                "issues": [{"kind": i.kind, "message": i.message} for i in o.issues],
            }
            for o in outcomes
        ],
        "ok": not any(o.status == "failed" for o in outcomes),
    }
