"""Translating a draft for all its platforms at once.

Platforms sharing a language share one translation (X and Facebook both in English).
The quick offline part (masking, memory) runs on the caller's thread; only languages
with something to send go to a thread pool, all at the same time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from socialdesk.draft import Draft, text_fingerprint
from socialdesk.translation import languages
from socialdesk.translation.errors import TranslationError, describe
from socialdesk.translation.languages import is_same_language, target_language

if TYPE_CHECKING:  # the engine (memory, masking, SQLite) is the caller's to import
    from socialdesk.translation.engine import LanguageTranslation, Plan, TranslationEngine

LanguageProgress = Callable[[str, int, int], None]  # (language, done, total)


@dataclass
class PlatformResult:
    """What translating one platform's variant produced; `text` None unless it worked."""

    pid: str
    language: str
    fingerprint: str  # of the master it was made from
    text: str | None = None
    error: TranslationError | None = None
    same_language: bool = False
    translation: LanguageTranslation | None = None


def translate_draft(
    draft: Draft,
    engine: TranslationEngine,
    pids: list[str] | None = None,
    *,
    progress: LanguageProgress | None = None,
) -> dict[str, PlatformResult]:
    """Translate the master for `pids` (default: every enabled platform); never raises
    for a service failure: each platform's result carries its own error."""
    master = draft.master
    fingerprint = text_fingerprint(master)
    source = languages.normalize(draft.source_language) or languages.AUTO
    chosen = pids if pids is not None else draft.enabled_platforms()
    results = {pid: PlatformResult(pid, target_language(draft, pid), fingerprint) for pid in chosen}
    by_language: dict[str, list[str]] = {}
    for pid, result in results.items():
        if is_same_language(source, result.language):
            result.same_language = True
        else:
            by_language.setdefault(result.language, []).append(pid)

    plans: dict[str, Plan] = {}
    outcomes: dict[str, LanguageTranslation | TranslationError] = {}
    for language in by_language:
        try:
            plans[language] = engine.prepare(
                master, source, language, translate_hashtags=draft.translate_hashtags
            )
        except TranslationError as error:
            outcomes[language] = error
    pending = {lang: plan for lang, plan in plans.items() if plan.missing}
    for language, plan in plans.items():
        if language not in pending:
            outcomes[language] = engine.complete(plan)  # all remembered: no request
    if pending:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=len(pending)) as pool:
            futures = {
                lang: pool.submit(_complete, engine, plan, lang, progress)
                for lang, plan in pending.items()
            }
            for lang, future in futures.items():
                outcomes[lang] = future.result()

    for language, pids_for_language in by_language.items():
        outcome = outcomes[language]
        for pid in pids_for_language:
            if isinstance(outcome, TranslationError):
                results[pid].error = outcome
            else:
                results[pid].translation = outcome
                results[pid].text = outcome.text_for(pid, draft.weibo_path)
    return results


def _complete(
    engine: TranslationEngine, plan: Plan, language: str, progress: LanguageProgress | None
) -> LanguageTranslation | TranslationError:
    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(language, done, total)

    try:
        return engine.complete(plan, report)
    except TranslationError as error:
        return error
    except Exception as exc:  # a bug must still end as a message on the card
        title = getattr(engine.translator, "title", "the translation service")
        return TranslationError(
            "unexpected", describe("unexpected", title, detail=f"{type(exc).__name__}: {exc}")
        )
