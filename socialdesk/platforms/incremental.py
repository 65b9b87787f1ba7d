"""Checking a text as it is typed: each keystroke recounts only the paragraph it changed.

A platform's count is a sum over the (normalized) text: plain runs weighed character by
character, plus atoms (links, emoji sequences) of fixed weight. No atom crosses a line
break on any platform (a URL or an emoji sequence never contains one), so the text is cut
into paragraphs, each with the line break that opens it, and each paragraph's units and
atoms are remembered by its text. Keeping the line break with the paragraph after it
matters: it is what twitter-text sees before a link that starts the paragraph.

`IncrementalChecker.check` returns exactly what `Platform.check` returns (the property
test in tests/test_incremental_checks.py edits texts at random and compares).

A paragraph typed into is a new paragraph at every keystroke. Each remembered paragraph
notes where it was counted (its index, the paragraphs around it); a new one counted in
the same place replaces it, so what is remembered is the texts being checked, not every
version of the paragraph being typed. (A wrong guess costs one paragraph's recount,
never a wrong count.)
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from socialdesk.platforms.base import Atom, Check, Platform


class _Paragraph(NamedTuple):
    units: int
    atoms: Sequence[Atom]  # indices within the paragraph


# Where a paragraph was counted: its index and the hashes of the paragraphs before and
# after it (None at either end); the index tells apart paragraphs between blank lines.
# Two places that look alike only cost a recount.
_Place = tuple[int, int | None, int | None]


def _place(paragraphs: list[str], index: int) -> _Place:
    before = hash(paragraphs[index - 1]) if index > 0 else None
    after = hash(paragraphs[index + 1]) if index + 1 < len(paragraphs) else None
    return index, before, after


class IncrementalChecker:
    """`platform.check(text, limit)` for successive versions of texts, reusing what it
    counted for every paragraph it has seen recently. Safe to share between threads (the
    preview counts long texts on a worker)."""

    # What it remembers, in characters of paragraphs: a few drafts' worth. A long
    # paragraph typed into is a new paragraph at every keystroke; a bound by count alone
    # would keep thousands of them.
    MAX_CHARS = 200_000

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self._seen: dict[str, tuple[_Paragraph, _Place]] = {}  # oldest first
        self._at: dict[_Place, str] = {}  # a place → the paragraph last counted there
        self._chars = 0
        self._lock = threading.Lock()  # for adding and dropping; a lookup is atomic

    @property
    def remembered_chars(self) -> int:
        """Characters of the paragraphs it remembers."""
        return self._chars

    def _paragraph(self, paragraphs: list[str], index: int) -> _Paragraph:
        paragraph = paragraphs[index]
        known = self._seen.get(paragraph)
        if known is not None:
            return known[0]
        atoms = self.platform.atoms(paragraph)
        counted = _Paragraph(self.platform._units(paragraph, atoms), atoms)
        place = _place(paragraphs, index)
        with self._lock:
            if paragraph not in self._seen:
                replaced = self._at.get(place)
                if replaced is not None:
                    self._drop(replaced)  # typed into: the old version goes
                self._seen[paragraph] = (counted, place)
                self._at[place] = paragraph
                self._chars += len(paragraph)
            while self._chars > self.MAX_CHARS and len(self._seen) > 1:
                self._drop(next(iter(self._seen)))  # the oldest seen first
        return counted

    def _drop(self, paragraph: str) -> None:
        _, place = self._seen.pop(paragraph)
        self._chars -= len(paragraph)
        if self._at.get(place) == paragraph:
            del self._at[place]

    def check(self, text: str, limit: int | None = None) -> Check:
        platform = self.platform
        limit = platform.limit if limit is None else limit
        normalized = platform.normalize(text)
        pieces = normalized.split("\n")
        paragraphs = [pieces[0], *("\n" + piece for piece in pieces[1:])]
        counted = [self._paragraph(paragraphs, i) for i in range(len(paragraphs))]
        count = platform._to_count(sum(c.units for c in counted))
        return platform._check_of(
            count,
            limit,
            normalized,
            lambda n: self._index_past(text, normalized, paragraphs, counted, n),
        )

    def _index_past(
        self,
        text: str,
        normalized: str,
        paragraphs: list[str],
        counted: list[_Paragraph],
        count: int,
    ) -> int | None:
        """`Platform._index_past`, skipping whole paragraphs that fit."""
        budget = count * self.platform.scale
        offset = 0
        for paragraph, units in zip(paragraphs, counted, strict=True):
            if units.units > budget:
                index = self.platform._index_past_normalized(paragraph, units.atoms, budget)
                if index is None:  # pragma: no cover - the units say it passes
                    return None
                index += offset
                return index if normalized == text else self.platform._original_index(text, index)
            budget -= units.units
            offset += len(paragraph)
        return None


@cache
def checker_for(platform: Platform) -> IncrementalChecker:
    """The one incremental checker of a platform (platforms are singletons)."""
    return IncrementalChecker(platform)


def check(platform: Platform, text: str, limit: int | None = None) -> Check:
    """`platform.check(text, limit)`, recounting only paragraphs it has not seen lately."""
    return checker_for(platform).check(text, limit)
