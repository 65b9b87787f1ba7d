"""Side-by-side difference of two texts, word by word (character by character in
Chinese and Japanese, which have no spaces), for the History dialog."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

Tag = Literal["equal", "replace", "delete", "insert"]

_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# one CJK character, a line break, a word, one other sign, or a run of spaces
_TOKENS = re.compile(rf"[{_CJK}]|\n|(?:(?![{_CJK}])\w)+|[^\w\s]|[^\S\n]+")


@dataclass(frozen=True)
class Segment:
    """A run of the two texts: `old` on the left, `new` on the right (equal: the same)."""

    tag: Tag
    old: str
    new: str


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def diff_texts(old: str, new: str) -> list[Segment]:
    """The two texts as runs that are the same, removed, added or replaced: lines are
    matched first, then the words of the lines that changed (quick on long posts)."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        if tag == "replace":
            segments.extend(_diff_words(a, b))
        else:
            segments.append(Segment(tag, a, b))
    return _joined(segments)


def _diff_words(old: str, new: str) -> list[Segment]:
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=len(a) + len(b) > 4000)
    return [
        Segment(tag, "".join(a[i1:i2]), "".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _joined(segments: list[Segment]) -> list[Segment]:
    """Neighbouring runs of the same kind as one."""
    out: list[Segment] = []
    for segment in segments:
        if not segment.old and not segment.new:
            continue
        if out and out[-1].tag == segment.tag:
            last = out.pop()
            segment = Segment(segment.tag, last.old + segment.old, last.new + segment.new)
        out.append(segment)
    return out


def changed(segments: list[Segment]) -> bool:
    return any(s.tag != "equal" for s in segments)
