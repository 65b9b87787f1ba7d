"""Shortening text to fit a count, at a sentence or word boundary, never inside a link,
mention, tag or emoji sequence.

Chinese and Japanese have no spaces: any boundary between two characters is a word
boundary there, and a cut after a comma or enumeration mark is preferred. Cuts are
grapheme-safe: never between a letter and its combining marks, inside a ZWJ emoji
sequence, a flag, a keycap or before a skin-tone modifier.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence

from socialdesk.platforms import Platform, get_platform
from socialdesk.platforms.base import find_urls
from socialdesk.platforms.twitter.rules import emoji_spans as _x_emoji_spans

ELLIPSIS = "…"
Span = tuple[int, int]

_SENTENCE_END = ".!?…。！？"
_CJK_SENTENCE_END = "。！？…"
_CLOSERS = "\"'”’»)]）】」』"
_CJK_PAUSE = "，、；：,;:"
_TRAILING_JUNK = " \t\n,;:–—-、，；：（(【「『"
_CJK = re.compile(
    "[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
    "\U00020000-\U0002ffff]"
)


def is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def _is_regional_indicator(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def grapheme_boundary(text: str, index: int) -> bool:
    """Whether cutting `text` at `index` keeps every user-perceived character whole."""
    if index <= 0 or index >= len(text):
        return True
    before, char = text[index - 1], text[index]
    code = ord(char)
    if before == "\r" and char == "\n":
        return False
    if unicodedata.category(char) in ("Mn", "Me", "Mc"):
        return False  # combining marks, keycap U+20E3, variation selectors FE0x
    if char == "\u200d" or before == "\u200d":
        return False
    if 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F or 0xFE00 <= code <= 0xFE0F:
        return False  # skin tones, emoji tag sequences, variation selectors
    if _is_regional_indicator(char) and _is_regional_indicator(before):
        run = 0
        i = index - 1
        while i >= 0 and _is_regional_indicator(text[i]):
            run += 1
            i -= 1
        return run % 2 == 0  # flags are pairs: cut only between pairs
    return True


def emoji_spans(text: str) -> list[Span]:
    """Emoji sequences as twitter-text finds them (X's counter's finder: the same spans
    as the package's emoji regex, without importing it and `pkg_resources`)."""
    return _x_emoji_spans(text)


def protected_spans(text: str, platform: Platform | None) -> list[Span]:
    """Links, mentions, tags and emoji sequences a cut must not split."""
    finder = platform or get_platform("twitter")  # the master text: X's entity rules
    spans = [(e.start, e.end) for e in finder.entities(text)]
    spans += find_urls(text)
    spans += emoji_spans(text)
    return sorted(spans)


def _inside(spans: Sequence[Span], index: int) -> bool:
    return any(start < index < end for start, end in spans)


def longest_prefix(text: str, budget: int, count: Callable[[str], int]) -> int:
    """The largest `p` with `count(text[:p]) <= budget` (counts grow with the prefix)."""
    if budget < 0:
        return 0
    low, high = 0, len(text)
    if count(text) <= budget:
        return high
    while high - low > 1:
        mid = (low + high) // 2
        if count(text[:mid]) <= budget:
            low = mid
        else:
            high = mid
    return low


def _sentence_cuts(text: str, limit: int, spans: Sequence[Span]) -> Iterator[int]:
    for p in range(limit, 0, -1):
        end = p
        while end > 0 and text[end - 1] in _CLOSERS:
            end -= 1
        if end == 0 or text[end - 1] not in _SENTENCE_END:
            continue
        followed_ok = p == len(text) or text[p].isspace() or text[end - 1] in _CJK_SENTENCE_END
        if followed_ok and not _inside(spans, p) and grapheme_boundary(text, p):
            yield p


def _word_cuts(text: str, limit: int, spans: Sequence[Span]) -> Iterator[int]:
    for p in range(limit, 0, -1):
        if p >= len(text):
            continue
        at_space = text[p].isspace()
        between_cjk = is_cjk(text[p - 1]) or is_cjk(text[p])
        if (at_space or between_cjk) and not _inside(spans, p) and grapheme_boundary(text, p):
            yield p


def _cjk_pause_cuts(text: str, limit: int, spans: Sequence[Span]) -> Iterator[int]:
    for p in range(limit, 0, -1):
        if text[p - 1] in _CJK_PAUSE and not _inside(spans, p):
            yield p


def _any_cuts(text: str, limit: int, spans: Sequence[Span]) -> Iterator[int]:
    for p in range(limit, 0, -1):
        if not _inside(spans, p) and grapheme_boundary(text, p):
            yield p


def _at_least(cuts: Iterable[int], floor: float) -> Iterator[int]:
    for p in cuts:
        if p < floor:
            return
        yield p


def _with_ellipsis(head: str, ellipsis: str) -> str:
    head = head.rstrip(_TRAILING_JUNK)
    return head + ellipsis if head else ""


def fit_text(
    text: str,
    room: int,
    count: Callable[[str], int],
    protected: Sequence[Span] = (),
    ellipsis: str = ELLIPSIS,
) -> str:
    """`text` shortened so that `count(result) <= room`.

    Prefers ending on a whole sentence (kept as written, no ellipsis) when that keeps
    most of the room; otherwise cuts at a word boundary and adds `ellipsis`; a single
    overlong word is cut between characters. Returns "" when nothing meaningful fits.
    """
    if count(text) <= room:
        return text
    if room <= 0:
        return ""
    stripped = len(text) - len(text.lstrip())
    spans = [(s - stripped, e - stripped) for s, e in protected]
    text = text.strip()
    full = longest_prefix(text, room, count)
    with_mark = longest_prefix(text, room - count(ellipsis), count)

    cjk_heavy = sum(map(is_cjk, text[:with_mark])) * 2 > max(1, with_mark)
    tiers: list[tuple[Iterable[int], bool]] = [
        (_at_least(_sentence_cuts(text, full, spans), 0.6 * full), False),
    ]
    if cjk_heavy:
        tiers.append((_at_least(_cjk_pause_cuts(text, with_mark, spans), 0.7 * with_mark), True))
    tiers += [
        (_at_least(_word_cuts(text, with_mark, spans), 0.3 * with_mark), True),
        (_any_cuts(text, with_mark, spans), True),
    ]
    for cuts, add_mark in tiers:
        for tries, p in enumerate(cuts):
            head = text[:p]
            result = _with_ellipsis(head, ellipsis) if add_mark else head.rstrip()
            if result and count(result) <= room:
                return result
            if tries > 50:  # counting is not additive near links; don't search forever
                break
    return ""
