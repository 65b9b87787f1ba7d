"""An X post too long for one post, split into a thread.

Each part fits X's weighted limit (counted exactly as X counts it, see `rules`). A part
ends at the latest break that still fits, preferring — while the part stays at least
half full — a paragraph, then a sentence (or a line), then a clause, then a word; in
Chinese and Japanese a sentence ends at 。！？； and a clause at ，、：, with no space
after them. Without any of those (a long run of Chinese, an endless word) a part ends
between two characters, never between characters that belong together (an accent and
its letter, an emoji sequence) nor before closing punctuation.

A break never falls inside a link, a mention, a hashtag, an emoji sequence or a
template tag (`{{ … }}`, `{% … %}`, `{# … #}`): only when one of them alone is longer
than a whole post is it cut (`ThreadPart.forced`).

The writer moves a break with a line holding only `---` (the split marker, `MARKER`):
the thread breaks there, and the text on each side is split further only if it is
still too long. Numbering (` 1/4` at the end of each part) is counted in the limit.

Splitting works on the text as X receives it (line endings LF, NFC): `Thread.source`.
Each part is `source[start:end]` (plus its number), and what lies between two parts
is only white space or a split marker.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import cast

from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter.rules import TwitterPlatform
from socialdesk.platforms.twitter.urls import SPACES

MARKER = "---"
_MARKER_LINE = re.compile(r"^[ \t]*---[ \t]*(?:\n|$)", re.MULTILINE)
_HEAVY = re.compile(r"[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]+")
_TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)

_CLOSERS = "\"'”’»)\\]」』）】〕〉》"


@cache
def _levels() -> tuple[re.Pattern[str], ...]:
    """Break points, best first; each pattern's match ends where the next part begins.
    (Compiled on first use: the window imports this module before its first paint.)"""
    return (
        re.compile(r"\n[ \t]*\n\s*"),  # paragraph
        re.compile(  # sentence, or a line
            rf"[.!?…‼⁇⁈⁉][{_CLOSERS}]*\s+|[。！？；｡．][{_CLOSERS}]*\s*|\n\s*"
        ),
        re.compile(  # clause
            rf"[,;:][{_CLOSERS}]*\s+|\s[—–-]\s+|[—–]\s+|[，、：﹐､][{_CLOSERS}]*\s*"
        ),
        re.compile(r"\s+"),  # word
    )


_MIN_FILL = 0.5  # a better break is taken only if it leaves the part at least this full
# characters a line (or a part) should not start with
_NO_START = frozenset("、。，．！？」』）】〕〉》：；,.!?:;)]}%’”»")


@dataclass(frozen=True)
class ThreadPart:
    number: int  # 1-based
    total: int
    text: str  # what is posted: the body, then its number when the thread is numbered
    start: int  # the body is Thread.source[start:end]
    end: int
    count: int  # X's weighted count of `text`
    forced: bool = False  # cut inside something (a link, a word) longer than a post

    @property
    def body(self) -> str:
        return self.text[: self.end - self.start]


@dataclass(frozen=True)
class Thread:
    source: str  # the text as X receives it
    parts: tuple[ThreadPart, ...]
    limit: int
    numbered: bool

    @property
    def texts(self) -> list[str]:
        return [part.text for part in self.parts]

    @property
    def is_thread(self) -> bool:
        return len(self.parts) > 1


def has_marker(text: str) -> bool:
    """Whether the text has a split marker line (`---`)."""
    return MARKER in text and _MARKER_LINE.search(text) is not None


def numbering(number: int, total: int) -> str:
    return f" {number}/{total}"


def thread_as_text(thread: Thread) -> str:
    """The parts one after another, each under its number (`[1/4]`), for a file (the
    Outbox, exports) from which they are posted by hand."""
    return "\n\n".join(f"[{part.number}/{part.total}]\n{part.text}" for part in thread.parts)


def split_thread(text: str, limit: int = 280, *, numbered: bool = False) -> Thread:
    """`text` as a thread of posts of at most `limit` (X's weighted count).

    A text that fits and has no split marker is one part, never numbered."""
    x = cast(TwitterPlatform, get_platform("twitter"))
    source = x.normalize(text)
    splitter = _Splitter(x, source)
    # at least this many parts: numbering of that many digits is the first guess
    digits = len(str(max(1, -(-splitter.units[-1] // limit))))
    while True:
        # the numbering's weight depends on how many parts there are: guess, check
        reserve = len(numbering(10**digits - 1, 10**digits - 1)) if numbered else 0
        if limit - reserve < 2:
            raise ValueError(f"a limit of {limit} leaves no room for the text")
        spans = splitter.split(limit - reserve)
        if not numbered or len(spans) < 10**digits:
            break
        digits = len(str(len(spans)))
    total = len(spans)
    number_parts = numbered and total > 1
    parts = []
    for i, (start, end, count, forced) in enumerate(spans, start=1):
        suffix = numbering(i, total) if number_parts else ""
        parts.append(
            ThreadPart(
                number=i,
                total=total,
                text=source[start:end] + suffix,
                start=start,
                end=end,
                count=count + len(suffix),  # ASCII after a space: one each
                forced=forced,
            )
        )
    return Thread(source, tuple(parts), limit, number_parts)


def thread_of(texts: list[str], limit: int = 280) -> Thread:
    """The thread of exactly these posts (split earlier, e.g. when it was queued): each
    part is a whole post as it goes out, counted as X counts it."""
    x = get_platform("twitter")
    source = "\n\n".join(texts)
    parts, start = [], 0
    for number, text in enumerate(texts, start=1):
        end = start + len(text)
        parts.append(ThreadPart(number, len(texts), text, start, end, x.count(text)))
        start = end + 2
    return Thread(source, tuple(parts), limit, numbered=False)


class _Splitter:
    """The text's weights, protected spans and break points, worked out once."""

    def __init__(self, x: TwitterPlatform, source: str) -> None:
        self.x = x
        self.source = source
        urls = x.url_spans(source)
        atoms = x.atoms_with_urls(source, urls)
        # units[i] = X's weight of source[:i]; an atom weighs on its last character
        weights = [1] * len(source)
        for m in _HEAVY.finditer(source):
            weights[m.start() : m.end()] = [2] * (m.end() - m.start())
        for atom in atoms:
            weights[atom.start : atom.end] = [0] * (atom.end - atom.start)
            weights[atom.end - 1] = atom.weight
        self.units = list(accumulate(weights, initial=0))
        # spans a break must not fall inside
        spans = [(a.start, a.end) for a in atoms]
        spans += [(e.start, e.end) for e in x.entities(source, urls) if e.kind != "url"]
        spans += [m.span() for m in _TEMPLATE_TAG.finditer(source)]
        self.starts, self.ends = _merge(spans)
        self.levels = [[m.end() for m in level.finditer(source)] for level in _levels()]

    # -- what a break may be ---------------------------------------------------------
    def protected_start(self, i: int) -> int | None:
        """The start of the protected span `i` falls strictly inside, if any."""
        j = bisect.bisect_left(self.starts, i) - 1
        if j >= 0 and self.ends[j] > i:
            return self.starts[j]
        return None

    def is_break(self, i: int) -> bool:
        return self.protected_start(i) is None and _between_clusters(self.source, i)

    # -- splitting ---------------------------------------------------------------------
    def split(self, budget: int) -> list[tuple[int, int, int, bool]]:
        """(start, end, count, forced) of each part, every count at most `budget`."""
        parts: list[tuple[int, int, int, bool]] = []
        begin = 0
        for marker in _MARKER_LINE.finditer(self.source):
            parts.extend(self._split_range(begin, marker.start(), budget))
            begin = marker.end()
        parts.extend(self._split_range(begin, len(self.source), budget))
        return parts

    def _split_range(self, pos: int, stop: int, budget: int) -> list[tuple[int, int, int, bool]]:
        source = self.source
        parts: list[tuple[int, int, int, bool]] = []
        room = budget
        while True:
            while pos < stop and source[pos].isspace():
                pos += 1
            end = self._strip_end(pos, stop)
            if end <= pos:
                return parts
            if self.units[end] - self.units[pos] <= room:
                cut, forced = stop, False
            else:
                cut, forced = self._cut(pos, stop, room)
                end = self._strip_end(pos, cut)
            count = self._count(pos, end)
            if count > budget and end - pos > 1:
                # X counts this piece higher than its place in the whole text suggested
                # (a link it finds only out of context): try again with less room
                room -= count - budget
                continue
            parts.append((pos, end, count, forced))
            pos, room = cut, budget

    def _count(self, pos: int, end: int) -> int:
        """X's count of the part `source[pos:end]` on its own.

        Its weights in the whole text are the same unless a link is found differently
        out of context. X looks for links word by word, and a word's links depend on
        what comes before and after it: only the part's first word, and its last one
        when the part was cut inside a word (Chinese has no spaces), are seen
        differently on their own; without a dot they hold no link."""
        source, space = self.source, _x_space()
        first = space.search(source, pos, end)
        suspect = "." in source[pos : first.start() if first else end]
        if not suspect and end < len(source) and not space.match(source, end):
            last = _x_last_word().search(source, pos, end) if first else None
            suspect = "." in source[last.start() if last else pos : end]
        if suspect:
            return self.x.count(source[pos:end])
        return self.units[end] - self.units[pos]

    def _strip_end(self, pos: int, stop: int) -> int:
        while stop > pos and self.source[stop - 1].isspace():
            stop -= 1
        return stop

    def _cut(self, pos: int, stop: int, room: int) -> tuple[int, bool]:
        """Where the part starting at `pos` ends (the next one begins), and whether it had
        to be cut inside something."""
        units, source = self.units, self.source
        # the furthest the part can reach, and the white space after that
        reach = bisect.bisect_right(units, units[pos] + room, pos, stop + 1) - 1
        while reach < stop and source[reach].isspace():
            reach += 1
        best = None
        for level in self.levels:
            cut = self._last_break(level, pos, reach)
            if cut is None:
                continue
            if units[self._strip_end(pos, cut)] - units[pos] >= room * _MIN_FILL:
                return cut, False
            best = cut if best is None else max(best, cut)
        if best is not None:
            return best, False
        # no break point at all: between two characters
        i = reach
        while i > pos:
            inside = self.protected_start(i)
            if inside is not None:
                i = inside
                continue
            if _between_clusters(source, i) and source[i] not in _NO_START:
                return i, False
            i -= 1
        # something longer than a post starts the part: cut it, between characters
        i = reach
        while i > pos + 1 and not _between_clusters(source, i):
            i -= 1
        return max(i, pos + 1), True

    def _last_break(self, level: list[int], pos: int, reach: int) -> int | None:
        k = bisect.bisect_right(level, reach) - 1
        while k >= 0 and level[k] > pos:
            if self.is_break(level[k]):
                return level[k]
            k -= 1
        return None


@cache
def _x_space() -> re.Pattern[str]:
    """What X counts as white space between words (where it looks for links)."""
    return re.compile(f"[{SPACES}]")


@cache
def _x_last_word() -> re.Pattern[str]:
    return re.compile(f"[{SPACES}][^{SPACES}]*$")


def _merge(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted starts and ends of the union of `spans`."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _joins_previous(ch: str) -> bool:
    """A character that belongs to the one before it (a grapheme cluster extender)."""
    cp = ord(ch)
    return (
        unicodedata.category(ch)[0] == "M"  # accents, vowel signs, variation selectors
        or cp == 0x200D  # zero width joiner
        or 0x1F3FB <= cp <= 0x1F3FF  # skin tones
        or 0xE0020 <= cp <= 0xE007F  # tag characters (subdivision flags)
        or 0x1160 <= cp <= 0x11FF  # Hangul vowel and final jamo
        or 0xD7B0 <= cp <= 0xD7FF
    )


def _between_clusters(text: str, i: int) -> bool:
    """Whether `text` may be cut before index `i`."""
    if i <= 0 or i >= len(text):
        return True
    before, ch = text[i - 1], text[i]
    if before == "\u200d" or _joins_previous(ch):
        return False
    if before == "\r" and ch == "\n":
        return False
    regional = range(0x1F1E6, 0x1F200)
    return not (ord(before) in regional and ord(ch) in regional)


__all__ = [
    "MARKER",
    "Thread",
    "ThreadPart",
    "has_marker",
    "numbering",
    "split_thread",
    "thread_as_text",
    "thread_of",
]
