"""A proofing finding with its one-click fix, and the pure functions that apply fixes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class ProofingError(Exception):
    """A proofing action cannot be done; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class ProofIssue:
    kind: str  # e.g. "zh_punctuation", "ru_quotes", "zh_script"
    start: int
    end: int  # text[start:end] is what the fix replaces
    original: str
    replacement: str
    message: str


def apply_fix(text: str, issue: ProofIssue) -> str:
    """`text` with `issue` fixed; refuses (ProofingError) when the text changed under it."""
    return apply_fixes(text, [issue])


def apply_fixes(text: str, issues: Iterable[ProofIssue]) -> str:
    """`text` with every issue fixed; overlapping issues keep the first one's fix."""
    chosen: list[ProofIssue] = []
    for issue in sorted(issues, key=lambda i: (i.start, i.end)):
        if text[issue.start : issue.end] != issue.original:
            raise ProofingError(
                f"The text changed since it was checked: expected {issue.original!r} "
                f"at {issue.start}; check again."
            )
        if chosen and issue.start < chosen[-1].end:
            continue
        chosen.append(issue)
    out: list[str] = []
    pos = 0
    for issue in chosen:
        out.append(text[pos : issue.start])
        out.append(issue.replacement)
        pos = issue.end
    out.append(text[pos:])
    return "".join(out)
