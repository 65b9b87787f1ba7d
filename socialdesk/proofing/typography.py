"""Typography house rules per language, each finding with its one-click fix.

- Chinese: half-width punctuation inside Chinese text (`你好,世界` → `你好，世界`); a space
  between Chinese and Latin letters or digits (`用iPhone拍` → `用 iPhone 拍`) or none,
  as the house rule says;
- Russian: «ёлочки» instead of "straight" or “English” quotes; a hyphen or en dash
  used as a dash → em dash; a non-breaking space before the em dash;
- English: curly quotes and apostrophes, or straight ones, as the option says.

Links, mentions, hashtags, topics, VK links, e-mail addresses and template tags are
never touched: a finding that overlaps one is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from socialdesk.proofing.checks import TypographyOptions
from socialdesk.proofing.entities import entity_spans
from socialdesk.proofing.issues import ProofIssue
from socialdesk.translation.languages import primary

NBSP = "\u00a0"
HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_ALNUM = "A-Za-z0-9"

_FULLWIDTH = {",": "，", "!": "！", "?": "？", ":": "：", ";": "；", ".": "。"}


def check_typography(
    text: str, language: str, options: TypographyOptions | None = None
) -> list[ProofIssue]:
    """Findings in `text` for `language`'s rules, in text order.

    Line by line with a cache, so after a keystroke only the edited line is checked.
    """
    options = options or TypographyOptions()
    head = primary(language)
    if head not in _RULES:
        return []
    found: list[ProofIssue] = []
    offset = 0
    for line in text.split("\n"):
        for issue in _check_line(line, head, options):
            found.append(replace(issue, start=issue.start + offset, end=issue.end + offset))
        offset += len(line) + 1
    return found


@lru_cache(maxsize=4096)
def _check_line(line: str, head: str, options: TypographyOptions) -> tuple[ProofIssue, ...]:
    found = _RULES[head](line, options)
    protected = entity_spans(line)
    # a zero-width finding (an inserted space) touching a link counts as touching it
    kept = [
        i
        for i in found
        if not any((i.start < e and i.end > s) or s <= i.start == i.end <= e for s, e in protected)
    ]
    return tuple(sorted(kept, key=lambda i: (i.start, i.end)))


def _issue(
    kind: str, text: str, start: int, end: int, replacement: str, message: str
) -> ProofIssue:
    return ProofIssue(kind, start, end, text[start:end], replacement, message)


# -- Chinese ------------------------------------------------------------------------

_ZH_PUNCT = re.compile(rf"[,!?:;] ?|\.(?=\s|$|[{HAN}])")
_HAN_CHAR = re.compile(f"[{HAN}]")
_CLOSERS = ')"）”」』》'
_ZH_PAREN = re.compile(rf"\(([^()\n]*[{HAN}][^()\n]*)\)")
_ZH_QUOTE = re.compile(rf'"([^"\n]*[{HAN}][^"\n]*)"')
# half-width pairs around Chinese text → the full-width pair, and what the finding says
_ZH_PAIRS = (
    (_ZH_PAREN, ("（", "）"), "Half-width parentheses around Chinese text: use （ ）."),
    (_ZH_QUOTE, ("“", "”"), "Straight quotes around Chinese text: use “ ”."),
)
_ZH_THEN_LATIN = re.compile(rf"[{HAN}](?=[{_ALNUM}])|[{_ALNUM}](?=[{HAN}])")
_ZH_SPACED = re.compile(rf"(?<=[{HAN}]) +(?=[{_ALNUM}])|(?<=[{_ALNUM}]) +(?=[{HAN}])")


def _chinese(text: str, options: TypographyOptions) -> Iterator[ProofIssue]:
    if options.zh_fullwidth_punctuation:
        for m in _ZH_PUNCT.finditer(text):
            before = text[: m.start()].rstrip(_CLOSERS)[-1:]  # 的）, → the 的 decides
            if not before or not _HAN_CHAR.match(before):
                continue
            mark = m.group()[0]
            full = _FULLWIDTH[mark]
            yield _issue(
                "zh_punctuation",
                text,
                m.start(),
                m.end(),
                full,
                f"Half-width “{mark}” in Chinese text: use “{full}”.",
            )
        for pattern, (opening, closing), message in _ZH_PAIRS:
            for m in pattern.finditer(text):
                for pos, full in ((m.start(), opening), (m.end() - 1, closing)):
                    yield _issue("zh_punctuation", text, pos, pos + 1, full, message)
    if options.zh_latin_spacing == "space":
        for m in _ZH_THEN_LATIN.finditer(text):
            pos = m.end()
            pair = text[pos - 1 : pos + 1]
            yield ProofIssue(
                "zh_spacing",
                pos,
                pos,
                "",
                " ",
                f"Add a space between Chinese and Latin letters or digits: “{pair}”.",
            )
    elif options.zh_latin_spacing == "none":
        for m in _ZH_SPACED.finditer(text):
            yield _issue(
                "zh_spacing",
                text,
                m.start(),
                m.end(),
                "",
                "No space between Chinese and Latin letters or digits (house rule).",
            )


# -- Russian ------------------------------------------------------------------------

_RU_STRAIGHT = re.compile(r'"')
_RU_ENGLISH_QUOTES = re.compile(r"(?<![^\s(\[])“|”")
_RU_HYPHEN_DASH = re.compile(r"(?<=\S)[ \u00a0](?:-{1,2}|–)(?= )")
_RU_SPACE_BEFORE_DASH = re.compile(r"(?<=\S) (?=—)")


def _opens(text: str, pos: int) -> bool:
    """A quote opens when at the start, after a space or bracket, and before a non-space."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([{«„“‘-—") and not after.isspace()


def _russian(text: str, options: TypographyOptions) -> Iterator[ProofIssue]:
    if options.ru_quotes:
        for m in _RU_STRAIGHT.finditer(text):
            fixed = "«" if _opens(text, m.start()) else "»"
            yield _issue(
                "ru_quotes",
                text,
                m.start(),
                m.end(),
                fixed,
                f"Straight quote in Russian text: use «ёлочки» ({fixed}).",
            )
        for m in _RU_ENGLISH_QUOTES.finditer(text):
            if m.group() == "”" and "„" in text[: m.start()].rsplit("“", 1)[-1]:
                continue  # „…” is a nested Russian quote, keep it
            fixed = "«" if m.group() == "“" else "»"
            yield _issue(
                "ru_quotes",
                text,
                m.start(),
                m.end(),
                fixed,
                f"English quote {m.group()} in Russian text: use «ёлочки» ({fixed}).",
            )
    if options.ru_dashes:
        for m in _RU_HYPHEN_DASH.finditer(text):
            yield _issue(
                "ru_dash",
                text,
                m.start(),
                m.end(),
                NBSP + "—",
                f"“{m.group().strip()}” used as a dash: use an em dash (—) with a non-breaking "
                "space before it.",
            )
        for m in _RU_SPACE_BEFORE_DASH.finditer(text):
            yield _issue(
                "ru_dash_space",
                text,
                m.start(),
                m.end(),
                NBSP,
                "Put a non-breaking space before the em dash so it never starts a line.",
            )


# -- English ------------------------------------------------------------------------

_EN_STRAIGHT = re.compile(r"[\"']")
_EN_CURLY = re.compile(r"[“”‘’]")


def _english(text: str, options: TypographyOptions) -> Iterator[ProofIssue]:
    if options.en_quotes == "curly":
        for m in _EN_STRAIGHT.finditer(text):
            pos = m.start()
            mark = m.group()
            after = text[pos + 1] if pos + 1 < len(text) else " "
            if mark == "'":  # an apostrophe (don't, '90s) unless it opens a quote
                fixed = "‘" if _opens(text, pos) and not after.isdigit() else "’"
            else:
                fixed = "“" if _opens(text, pos) else "”"
            yield _issue("en_quotes", text, pos, pos + 1, fixed, f"Straight {mark}: use {fixed}.")
    elif options.en_quotes == "straight":
        for m in _EN_CURLY.finditer(text):
            fixed = '"' if m.group() in "“”" else "'"
            yield _issue(
                "en_quotes",
                text,
                m.start(),
                m.end(),
                fixed,
                f"Curly {m.group()}: the house style uses straight quotes ({fixed}).",
            )


_RULES: dict[str, Callable[[str, TypographyOptions], Iterator[ProofIssue]]] = {
    "zh": _chinese,
    "ru": _russian,
    "en": _english,
}
