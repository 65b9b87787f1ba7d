"""Quality checks on a translated variant, shown on its card.

What a machine translation can break without anyone noticing: a link, a mention, a
number or a glossary term that went missing, and a text that now runs over the
platform's limit (Chinese and Russian are longer or weigh more than English).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from socialdesk.platforms import get_platform
from socialdesk.platforms.base import find_urls
from socialdesk.translation.glossary import Glossary
from socialdesk.translation.masking import PLACEHOLDER, protected_spans

IssueKind = Literal["url", "mention", "number", "term", "over_limit", "placeholder"]

# 1,000.5 / 1 000,5 / 1\u00a0000: separators inside one number; a space only before 3 digits
_NUMBER = re.compile(r"\d+(?:[.,]\d+|[\u00a0\u202f ]\d{3}(?!\d))*")


@dataclass(frozen=True)
class QualityIssue:
    kind: IssueKind
    message: str


def check_translation(
    master: str,
    translated: str,
    pid: str,
    language: str,
    glossary: Glossary | None = None,
    limit: int | None = None,
) -> list[QualityIssue]:
    issues: list[QualityIssue] = []
    glossary = glossary or Glossary()
    spans = protected_spans(master, glossary)

    for url in _missing(_urls(master), _urls(translated)):
        issues.append(QualityIssue("url", f"The link {url} is missing from the translation."))

    mentions = Counter(t.text for _, _, t in spans if t.kind in ("mention", "vk_link"))
    for mention, times in mentions.items():
        if translated.count(mention) < times:
            issues.append(QualityIssue("mention", f"The mention {mention} is missing."))

    master_numbers = _numbers(master, [(s, e) for s, e, _ in spans])
    translated_numbers = _numbers(translated, [(s, e) for s, e in find_urls(translated)])
    as_written = {digits: written for digits, written in reversed(master_numbers)}
    for digits in _missing([d for d, _ in master_numbers], [d for d, _ in translated_numbers]):
        issues.append(
            QualityIssue("number", f"The number {as_written[digits]} is missing or changed.")
        )

    seen_terms: set[int] = set()
    for _, _, token in spans:
        if token.kind != "term" or token.term in seen_terms:
            continue
        seen_terms.add(token.term)
        term = glossary.terms[token.term]
        expected = term.rendering(language)
        if expected not in translated:
            shown = expected if expected == term.term else f"{term.term} → {expected}"
            issues.append(QualityIssue("term", f"The glossary term {shown} is missing."))

    lost = sorted(set(PLACEHOLDER.findall(translated)))
    if lost:
        issues.append(
            QualityIssue(
                "placeholder",
                "The service left markers like ⟦" + lost[0] + "⟧ in the text; check it.",
            )
        )

    platform = get_platform(pid)
    check = platform.check(translated, limit)
    if check.over_by:
        issues.append(
            QualityIssue(
                "over_limit",
                f"The translation is {check.over_by} characters over {platform.name}'s limit "
                f"of {check.limit}.",
            )
        )
    return issues


def _urls(text: str) -> list[str]:
    return [text[s:e] for s, e in find_urls(text)]


def _missing(expected: list[str], present: list[str]) -> list[str]:
    """Items of `expected` that `present` lacks, counting repeats, in first-seen order."""
    short = Counter(expected) - Counter(present)
    out = []
    for item in dict.fromkeys(expected):
        if short[item]:
            out.append(item)
    return out


def _numbers(text: str, skip: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """Numbers in `text` outside `skip` spans: (digits only, as written); 1,000 = 1 000."""
    found = []
    for m in _NUMBER.finditer(text):
        if any(m.start() < e and m.end() > s for s, e in skip):
            continue
        found.append((re.sub(r"\D", "", m.group()), m.group()))
    return found
