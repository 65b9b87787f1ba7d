"""Putting translations into the draft without ever losing the writer's work.

A variant the writer edited is kept unless they agree to replace it; a result made
from an older master is stale and dropped; a failure leaves the variant untouched.
`decide` says what should happen (the app then changes the draft through its
document); `apply_result` decides and does it on a plain `Draft` (command line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from socialdesk.draft import Draft, text_fingerprint
from socialdesk.platforms import get_platform
from socialdesk.translation import languages
from socialdesk.translation.fanout import PlatformResult
from socialdesk.translation.glossary import Glossary
from socialdesk.translation.quality import QualityIssue, check_translation

ApplyStatus = Literal[
    "translated",  # the variant now holds the translation
    "unchanged",  # it already held exactly this translation
    "kept_edited",  # the writer's own text was kept (ask before replacing it)
    "stale",  # the master changed while translating: result dropped
    "same_language",  # nothing to translate; the variant follows the master
    "reverted",  # the language is now the master's: a translated variant follows the master
    "failed",  # the service failed: variant untouched
    "empty",  # the master is empty
]


@dataclass
class ApplyOutcome:
    pid: str
    status: ApplyStatus
    message: str
    issues: list[QualityIssue] = field(default_factory=list)
    text: str | None = None  # the translation, when there is one

    @property
    def changed(self) -> bool:
        """Whether applying it modifies the draft (and it needs saving)."""
        return self.status in ("translated", "reverted")


def decide(
    draft: Draft,
    result: PlatformResult,
    *,
    glossary: Glossary | None = None,
    overwrite_edited: bool = False,
) -> ApplyOutcome:
    """What storing `result` in `draft` means, without changing anything."""
    pid = result.pid
    name = get_platform(pid).name
    language = languages.name_of(result.language)
    variant = draft.variants[pid]
    if result.fingerprint != text_fingerprint(draft.master):
        return ApplyOutcome(
            pid, "stale", f"{name}: the post changed while translating; translate again."
        )
    if result.error is not None:
        return ApplyOutcome(pid, "failed", f"{name}: {result.error.message}")
    if not draft.master.strip():
        return ApplyOutcome(pid, "empty", f"{name}: the post is empty; nothing to translate.")
    if result.same_language:
        if variant.origin == "translated":
            return ApplyOutcome(
                pid, "reverted", f"{name}: written in {language}; back to the master text."
            )
        return ApplyOutcome(pid, "same_language", f"{name}: already in {language}.")
    assert result.text is not None
    issues = check_translation(
        draft.master, result.text, pid, result.language, glossary, draft.limit_for(pid)
    )
    if variant.origin == "edited" and variant.text is not None and not overwrite_edited:
        return ApplyOutcome(
            pid,
            "kept_edited",
            f"{name}: kept your edited text; replace it with the new translation only if you want.",
            issues,
            result.text,
        )
    if (
        variant.text == result.text
        and variant.origin == "translated"
        and variant.based_on == result.fingerprint
    ):
        return ApplyOutcome(
            pid, "unchanged", f"{name}: translation is up to date.", issues, result.text
        )
    return ApplyOutcome(
        pid, "translated", f"{name}: translated into {language}.", issues, result.text
    )


def apply_result(
    draft: Draft,
    result: PlatformResult,
    *,
    glossary: Glossary | None = None,
    overwrite_edited: bool = False,
) -> ApplyOutcome:
    outcome = decide(draft, result, glossary=glossary, overwrite_edited=overwrite_edited)
    if outcome.status == "translated" and outcome.text is not None:
        draft.set_variant_text(result.pid, outcome.text, origin="translated")
    elif outcome.status == "reverted":
        draft.revert_variant(result.pid)
    return outcome
