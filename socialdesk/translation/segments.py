"""Cutting a (masked) post into sentences and lines, and long sentences to a size limit.

The layout keeps every character: translatable segments alternate with the exact
whitespace (spaces, line breaks, blank lines) between them, so a post keeps its shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from socialdesk.translation.masking import PLACEHOLDER

_LINE = re.compile(r"[^\n]*")
# A sentence ends with . ! ? … (then closing quotes/brackets) before a space or the
# end of the line, or with CJK 。！？ (no space needed).
_END = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s|$)|[。！？]+[」』”’）)]*")
_WORD = re.compile(r"\S+\s*")
_ATOM = re.compile(r"⟦\s*\d+\s*⟧|.", re.DOTALL)
_SOFT_BREAK = frozenset("，、；：,;:")


@dataclass(frozen=True)
class Piece:
    text: str
    translatable: bool  # False: whitespace or a run with no letters (kept as written)


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in PLACEHOLDER.sub("", text))


def split_segments(masked: str, fits: Callable[[str], bool] | None = None) -> list[Piece]:
    """Layout of `masked`: sentences (each within `fits`) and the whitespace between."""
    pieces: list[Piece] = []

    def sep(text: str) -> None:
        if text:
            if pieces and not pieces[-1].translatable:
                pieces[-1] = Piece(pieces[-1].text + text, False)
            else:
                pieces.append(Piece(text, False))

    def sentence(text: str) -> None:
        core = text.strip()
        if not core:
            sep(text)
            return
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        sep(lead)
        if not has_letters(core):
            sep(core)  # only numbers, emoji, links: nothing to translate
        elif fits is None or fits(core):
            pieces.append(Piece(core, True))
        else:
            for part in split_long(core, fits):
                if part.translatable:
                    pieces.append(part)
                else:
                    sep(part.text)
        sep(trail)

    lines = masked.split("\n")
    for i, line in enumerate(lines):
        if i:
            sep("\n")
        pos = 0
        for m in _END.finditer(line):
            sentence(line[pos : m.end()])
            pos = m.end()
        sentence(line[pos:])
    return pieces


def split_long(text: str, fits: Callable[[str], bool]) -> list[Piece]:
    """Cut one over-long sentence between words (or characters, for unspaced scripts),
    never inside a placeholder; each translatable part fits."""
    parts: list[Piece] = []
    current = ""
    for m in _WORD.finditer(text):
        word = m.group()
        if fits((current + word).rstrip()):
            current += word
            continue
        if current:
            _flush(parts, current)
            current = ""
        if fits(word.rstrip()):
            current = word
        else:
            for chunk in _split_chars(word, fits):
                _flush(parts, chunk)
    if current:
        _flush(parts, current)
    return parts


def _split_chars(word: str, fits: Callable[[str], bool]) -> list[str]:
    atoms = [m.group() for m in _ATOM.finditer(word)]
    chunks: list[str] = []
    current = ""
    soft_at = -1  # length of `current` after its last soft break (comma and such)
    for atom in atoms:
        if current and not fits(current + atom):
            cut = soft_at if soft_at > 0 else len(current)
            chunks.append(current[:cut])
            current = current[cut:]
            soft_at = -1
        current += atom
        if atom in _SOFT_BREAK:
            soft_at = len(current)
    if current:
        chunks.append(current)
    return chunks


def _flush(parts: list[Piece], text: str) -> None:
    core = text.rstrip()
    trail = text[len(core) :]
    if core:
        parts.append(Piece(core, has_letters(core)))
    if trail:
        parts.append(Piece(trail, False))
