"""What every platform offers: counting its own way, checking limits, folds and entities.

A platform counts a text as a sum of *units*: special atoms (links, emoji sequences)
with a fixed weight, and plain runs between them weighed by the platform's rule.
`scale` units make one counted character (Weibo counts bytes, two to a character).
Knowing the atoms lets us find, in linear time, the index where the count first
passes a limit: the fold point and the over-limit point the editor marks red.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from socialdesk.resources import load_json

EntityKind = Literal["hashtag", "cashtag", "topic", "mention", "list", "link", "url"]


class Entity(NamedTuple):
    """A hashtag, cashtag, topic, mention, list or link, as `text[start:end]`; `display` is
    what the feed shows."""

    kind: EntityKind
    start: int
    end: int
    text: str
    display: str
    target: str = ""  # the URL, user or tag the entity points at


class Atom(NamedTuple):
    """A span counted as a whole (a URL, an emoji sequence) with its weight in units."""

    start: int
    end: int
    weight: int


@dataclass(frozen=True)
class Check:
    count: int
    limit: int
    over_by: int
    fold_at: int | None
    over_at: int | None = None  # index in the text where it passes the limit
    near_limit: bool = False
    problems: tuple[str, ...] = ()

    @property
    def fits(self) -> bool:
        return self.over_by == 0

    @property
    def valid(self) -> bool:
        return self.count > 0 and self.over_by == 0 and not self.problems


_LINE_ENDINGS = re.compile(r"\r\n|\r")
_TRAILING_PUNCT = ".,;:!?'\"…)]}»、。，！？"
# A link ends at a space, a bracket or a quote, and at CJK text or punctuation: Chinese
# writers put no space between a link and the sentence that follows it. Only the scheme
# ignores case: the class holds both cases of its letters anyway, and compiled ignoring
# case its CJK ranges took ~10 ms (before the first count).
GENERIC_URL = re.compile(
    r"(?i:https?://|www\.)[^\s<>\"'\[\]{}\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+"
)


def normalize_line_endings(text: str) -> str:
    return _LINE_ENDINGS.sub("\n", text)


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of links written with a scheme or `www.`, without trailing punctuation."""
    spans = []
    for m in GENERIC_URL.finditer(text):
        start, end = m.span()
        while end > start and text[end - 1] in _TRAILING_PUNCT:
            # keep a closing parenthesis that closes one opened inside the URL
            if text[end - 1] == ")" and text[start:end].count("(") >= text[start:end].count(")"):
                break
            end -= 1
        spans.append((start, end))
    return spans


class TakenSpans:
    """Spans of text already claimed by an entity, so that entities never overlap.

    Kept sorted: checking a candidate costs a bisection, not a pass over all spans
    (a 25,000-character post has hundreds of entities).
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def is_free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False  # the span starting at or before `start` reaches into it
        return i == len(self._starts) or self._starts[i] >= end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def short_url(url: str, keep: int = 25) -> str:
    """How feeds display a long link: no scheme, no `www.`, cut with an ellipsis."""
    shown = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
    return shown if len(shown) <= keep else shown[: keep - 1] + "…"


class Platform:
    """Base class; subclasses define `id`, their atoms, plain-run weight and entities."""

    id: str = ""
    scale: int = 1  # units per counted character

    def __init__(self) -> None:
        data: dict[str, Any] = load_json("platforms.json")[self.id]
        self.data = data
        self.name: str = data["name"]
        self.limit: int = int(data["limit"])
        self.fold_count: int | None = data["fold"]["count"]
        self.fold_label: str = data["fold"]["label"]
        self.default_language: str = data["default_language"]
        self.colors: dict[str, str] = dict(data["colors"])
        self.warn_ratio: float = float(load_json("platforms.json")["warn_ratio"])

    def __repr__(self) -> str:
        return f"<Platform {self.id}>"

    # -- to be defined by each platform -------------------------------------------------
    def prepare(self) -> None:
        """Build the tables counting and entities use now, not on the first text that
        needs them (the window calls this after its first paint)."""

    def normalize(self, text: str) -> str:
        # Posts go through web forms and APIs, where a line break is one character
        # (browsers turn a textarea's CRLF into LF).
        return normalize_line_endings(text)

    def atoms(self, normalized: str) -> Sequence[Atom]:
        return ()

    def plain_units(self, run: str) -> int:
        return len(run)

    def entities(self, text: str) -> list[Entity]:
        return []

    def problems(self, text: str) -> tuple[str, ...]:
        return ()

    def fold_applies(self, count: int) -> bool:
        return self.fold_count is not None and count > self.fold_count

    # -- shared machinery ---------------------------------------------------------------
    def _units(self, normalized: str, atoms: Sequence[Atom]) -> int:
        total, pos = 0, 0
        for atom in atoms:
            total += self.plain_units(normalized[pos : atom.start]) + atom.weight
            pos = atom.end
        return total + self.plain_units(normalized[pos:])

    def _to_count(self, units: int) -> int:
        return math.ceil(units / self.scale)

    def count(self, text: str) -> int:
        normalized = self.normalize(text)
        return self._to_count(self._units(normalized, self.atoms(normalized)))

    def _index_past(
        self, text: str, normalized: str, atoms: Sequence[Atom], count: int
    ) -> int | None:
        """The index in `text` of the first character that takes it past `count`, or None.

        A link or emoji sequence counts as a whole: when it is what passes `count`, the
        index is where it starts.
        """
        index = self._index_past_normalized(normalized, atoms, count * self.scale)
        if index is None or normalized == text:
            return index
        return self._original_index(text, index)

    def _index_past_normalized(
        self, normalized: str, atoms: Sequence[Atom], budget: int
    ) -> int | None:
        used, pos = 0, 0
        for gap_end, atom in [*((a.start, a) for a in atoms), (len(normalized), None)]:
            run = normalized[pos:gap_end]
            run_units = self.plain_units(run)
            if used + run_units > budget:
                # binary search for the shortest prefix of the run that passes the budget
                low, high = 0, len(run)  # used + units(run[:low]) <= budget < ... run[:high]
                while high - low > 1:
                    mid = (low + high) // 2
                    if used + self.plain_units(run[:mid]) <= budget:
                        low = mid
                    else:
                        high = mid
                return pos + low
            used += run_units
            if atom is None:
                return None
            used += atom.weight
            if used > budget:
                return atom.start
            pos = atom.end
        return None  # pragma: no cover - the loop always returns

    def _original_index(self, text: str, index: int) -> int:
        """Where in `text` the first `index` characters of its normalized form end.

        Normalising (CRLF → LF, NFC) shortens text, and a longer prefix never normalises
        to fewer characters, so bisect for the longest prefix whose normalized form has
        at most `index` characters: a CRLF or a composed sequence stays whole.
        """
        low, high = 0, len(text) + 1  # len(N(text[:low])) <= index < len(N(text[:high]))
        while high - low > 1:
            mid = (low + high) // 2
            if len(self.normalize(text[:mid])) <= index:
                low = mid
            else:
                high = mid
        return low

    def check(self, text: str, limit: int | None = None) -> Check:
        limit = self.limit if limit is None else limit
        normalized = self.normalize(text)
        atoms = self.atoms(normalized)
        count = self._to_count(self._units(normalized, atoms))
        return self._check_of(
            count, limit, normalized, lambda n: self._index_past(text, normalized, atoms, n)
        )

    def _check_of(
        self, count: int, limit: int, normalized: str, index_past: Callable[[int], int | None]
    ) -> Check:
        """The check of a text that counts `count`; `index_past(n)` finds where the text
        passes a count of n (the limit, the fold). Counted whole or paragraph by paragraph
        (`platforms/incremental.py`), a check is made up the same way."""
        fold_count = self.fold_count
        folds = fold_count is not None and self.fold_applies(count)
        return Check(
            count=count,
            limit=limit,
            over_by=max(0, count - limit),
            fold_at=index_past(fold_count) if fold_count is not None and folds else None,
            over_at=index_past(limit) if count > limit else None,
            near_limit=count >= limit * self.warn_ratio,
            problems=self.problems(normalized),
        )

    def display_link(self, url: str) -> str:
        """How the feed shows a link written in the post."""
        return url

    def profile_url(self, handle: str) -> str:
        return ""
