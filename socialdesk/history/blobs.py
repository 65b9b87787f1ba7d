"""Content-addressed texts for the version history, stored as deltas where that is smaller.

A text is kept once however many versions share it. A new text that is close to an
older one (the same post after a few edits) is kept as the words it changes against
that older text; every few steps a full copy cuts the chain, so one bad entry spoils
little and reading stays quick.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

MAX_CHAIN = 20  # deltas in a row before a full copy
_PIECES = re.compile(r"\S+\s*|\s+")  # words with the spaces after them


class BlobError(Exception):
    """A stored text is missing or does not match its hash."""


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _pieces(text: str) -> list[str]:
    return _PIECES.findall(text)


def make_delta(base: str, text: str) -> list[Any]:
    """`text` as operations on `base`: [start, end] copies those characters of `base`,
    a string is new text. Words are compared; positions are in characters, so reading
    back is plain slicing.

    The common start and end are cut off first (an edit between two saves is usually
    in one place), so only the middle is compared.
    """
    old, new = _pieces(base), _pieces(text)
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    at = [0]  # where each piece of `base` starts
    for piece in old:
        at.append(at[-1] + len(piece))
    ops: list[Any] = [[0, at[head]]] if head else []
    middle_old, middle_new = old[head : len(old) - tail], new[head : len(new) - tail]
    if middle_old and middle_new:
        matcher = difflib.SequenceMatcher(None, middle_old, middle_new)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                ops.append([at[head + i1], at[head + i2]])
            elif j2 > j1:
                ops.append("".join(middle_new[j1:j2]))
    elif middle_new:
        ops.append("".join(middle_new))
    if tail:
        ops.append([at[len(old) - tail], at[len(old)]])
    return ops


def apply_delta(base: str, ops: list[Any]) -> str:
    out: list[str] = []
    for op in ops:
        if isinstance(op, str):
            out.append(op)
        elif (
            isinstance(op, list)
            and len(op) == 2
            and all(isinstance(i, int) and not isinstance(i, bool) for i in op)
            and 0 <= op[0] <= op[1] <= len(base)
        ):
            out.append(base[op[0] : op[1]])
        else:
            raise BlobError("a stored change is damaged")
    return "".join(out)


class BlobStore:
    """hash → {"text": ...} or {"base": hash, "ops": [...]}; JSON-ready as it is."""

    def __init__(self, blobs: dict[str, Any] | None = None) -> None:
        self.blobs: dict[str, Any] = blobs if blobs is not None else {}
        self._cache: dict[str, str] = {}

    def put(self, text: str, near: str | None = None) -> str:
        """Store `text` (if new) and return its hash; `near` is the hash of a likely base."""
        key = text_hash(text)
        if key in self.blobs:
            return key
        entry: dict[str, Any] = {"text": text}
        if near is not None and near in self.blobs and self._depth(near) < MAX_CHAIN:
            try:
                ops = make_delta(self.get(near), text)
            except BlobError:
                ops = None
            if ops is not None and _size(ops) < _size(text):
                entry = {"base": near, "ops": ops}
        self.blobs[key] = entry
        self._cache[key] = text
        return key

    def get(self, key: str) -> str:
        if key in self._cache:
            return self._cache[key]
        chain: list[str] = []
        current = key
        while True:
            if current in self._cache:  # a text read before: the chain ends here
                text = self._cache[current]
                break
            entry = self.blobs.get(current)
            if not isinstance(entry, dict):
                raise BlobError("a stored text is missing")
            if isinstance(entry.get("text"), str):
                text = str(entry["text"])
                break
            if current in chain or len(chain) > MAX_CHAIN * 4:
                raise BlobError("stored changes refer to each other in a loop")
            chain.append(current)
            base = entry.get("base")
            if not isinstance(base, str):
                raise BlobError("a stored change has no base")
            current = base
        for link in reversed(chain):
            ops = self.blobs[link].get("ops")
            if not isinstance(ops, list):
                raise BlobError("a stored change is damaged")
            text = apply_delta(text, ops)
            if text_hash(text) != link:
                raise BlobError("a stored text does not match its checksum")
            self._cache[link] = text
        if text_hash(text) != key:
            raise BlobError("a stored text does not match its checksum")
        self._cache[key] = text
        return text

    def _depth(self, key: str) -> int:
        depth = 0
        entry = self.blobs.get(key)
        while isinstance(entry, dict) and "base" in entry and depth <= MAX_CHAIN:
            depth += 1
            entry = self.blobs.get(entry["base"])
        return depth

    def keep_only(self, used: Iterable[str]) -> None:
        """Drop every text not in `used` nor needed as a base by one that is."""
        needed: set[str] = set()
        for key in used:
            while key not in needed and key in self.blobs:
                needed.add(key)
                base = self.blobs[key].get("base") if isinstance(self.blobs[key], dict) else None
                if not isinstance(base, str):
                    break
                key = base
        self.blobs = {k: v for k, v in self.blobs.items() if k in needed}
        self._cache = {k: v for k, v in self._cache.items() if k in needed}


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False))
