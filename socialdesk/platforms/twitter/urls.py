"""X's URLs exactly as twitter-text finds them, in linear time, without its regexes.

`twitter-text-parser`'s `extract_urls_with_indices` tries one large regex at every
position of the text (`re.finditer`) and then checks each match. That costs ~100 ms to
compile (its 1,574 top-level domains are alternations in four regexes) and is quadratic
on text without spaces: a domain label may hold almost any character (CJK, Cyrillic,
`。`, `，`), so every attempt in a long Chinese run reads to the end of the run
(25,000 Chinese characters with a link: ~26 s).

Here the same matches are worked out from what the regex can match:

- A domain is labels, each followed by a dot, then a top-level domain (TLD) followed by
  a character that is not `[0-9a-zA-Z@+-]`. A label holds domain characters with `-` or
  `_` inside (not first or last); the last label holds no `_`. A label can only end at the
  next dot, so from a start the labels are fixed, and the greedy regex ends the domain at
  the rightmost dot it can reach that is followed by a TLD (the first TLD, in the
  package's order, that fits there).
- A *segment* is a stretch a domain cannot leave: it ends at a character that is neither
  a domain character nor `-_.`, and at a dot without a domain character on both sides.
  So for each dot followed by a TLD, the starts that reach it form one interval.
- A match starts at a preceding character (or the start of the text), then an optional
  `http(s)://`, then the domain; what follows the domain (port, path, query) never fails,
  so it is the package's own sub-pattern, matched where the domain ends.

The finditer walk (leftmost start, then on from the end of the match) is kept, so even
matches the package then rejects (a label too long for IDNA) hide what they cover, as
there. `tests/test_x_urls.py` checks all of this against the package.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from socialdesk.resources import load_json

# -- twitter-text's character classes (regexp/*.py), as regex class bodies -------------
SPACES = r"\t-\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_INVALID = r"\ufffe\ufeff\uffff"
_DIRECTIONAL = r"\u202a-\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"
_PUNCT_NO_DASH_DOT = r"!'#%&()*+,\\/:;<=>?@\[\]^{|}~$"  # its `punct` without - _ .
# what never belongs to a domain: punctuation, spaces, invalid and directional marks
_NOT_DOMAIN = _PUNCT_NO_DASH_DOT + r"\-_." + SPACES + _INVALID + _DIRECTIONAL
_LATIN_ACCENTS = (
    r"\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b"
    r"\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = r"\u0400-\u04ff"
_PATH_CHAR = rf"[a-z{_CYRILLIC}0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&{_LATIN_ACCENTS}]"
_PARENS = (  # balanced parentheses, one level of nesting
    rf"\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*))\)"
)
# spliced in without a group, as the package does: its `|` splits the enclosing group
_PATH_END = rf"[\+\-a-z{_CYRILLIC}0-9=_#\/{_LATIN_ACCENTS}]|(?:{_PARENS})"
_PATH = rf"(?:(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END})|(?:@{_PATH_CHAR}+/))"
_PATH_NO_PARENS = (
    rf"(?:(?:{_PATH_CHAR}*[\+\-a-z{_CYRILLIC}0-9=_#\/{_LATIN_ACCENTS}])|(?:@{_PATH_CHAR}+/))"
)
_QUERY_CHAR = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_QUERY_END = r"[a-z0-9\-_&=#/]"

_I = re.IGNORECASE  # the package compiles its URL regex ignoring case: so do we
_DOMAIN_CHAR = re.compile(f"[^{_NOT_DOMAIN}]", _I)
# a character that may precede a URL, followed by one that may start a domain
_PRECEDING_THEN_DOMAIN = re.compile(f"[^A-Za-z0-9@＠$#＃{_INVALID}](?=[^{_NOT_DOMAIN}])", _I)
_PRECEDING = re.compile(f"[^A-Za-z0-9@＠$#＃{_INVALID}]", _I)
_PROTOCOL = re.compile(r"https?://", _I)
_SPACE = re.compile(f"[{SPACES}]")
# a dot between two domain characters: the only dots a domain passes or ends at
# (no cased character in them: the same without ignoring case, and 10 times faster to compile)
_INNER_DOT = re.compile(f"(?<=[^{_NOT_DOMAIN}])\\.(?=[^{_NOT_DOMAIN}])")
# where a segment ends (symmetric, so it is also searched for in the reversed text)
_SEGMENT_END = re.compile(
    f"[{_PUNCT_NO_DASH_DOT}{SPACES}{_INVALID}{_DIRECTIONAL}]"
    f"|(?<![^{_NOT_DOMAIN}])\\.|\\.(?![^{_NOT_DOMAIN}])",
    _I,
)
_AFTER_TLD = re.compile(r"(?=[^0-9a-zA-Z@+-]|$)", _I)
_TLD_RUN = re.compile(r"[0-9a-zA-Z@+-]*", _I)  # what may not follow a top-level domain
_NO_PROTOCOL_BAD_PRECEDING = "-_./"
MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40


@cache
def _tail(parentheses: bool) -> re.Pattern[str]:
    """Port, path and query after a domain. Where no `(` follows before the next space
    (the tail takes no space), the balanced parentheses of the path cannot match, and the
    pattern without them matches the same: ~1 ms to compile instead of ~10."""
    path = _PATH if parentheses else _PATH_NO_PARENS
    return re.compile(rf"(?::([0-9]+))?(\/{path}*)?(\?{_QUERY_CHAR}*{_QUERY_END})?", _I)


# Compiled when first needed (~0.2 ms each): a text's links rarely need these.
@cache
def _punycode() -> re.Pattern[str]:
    return re.compile(r"xn--[\-0-9a-z]+", _I)


@cache
def _ascii_labels() -> re.Pattern[str]:
    return re.compile(rf"(?:[\-a-z0-9{_LATIN_ACCENTS}]+\.)+", _I)


@cache
def _idna_dots() -> re.Pattern[str]:
    return re.compile("[\u002e\u3002\uff0e\uff61]")  # what the idna codec splits at


@cache
def _tco() -> re.Pattern[str]:
    return re.compile(rf"^https?:\/\/t\.co\/([a-z0-9]+)(?:\?{_QUERY_CHAR}*{_QUERY_END})?", _I)


class TopLevelDomains:
    """Which of twitter-text's top-level domains the text has at an index, ignoring case
    as the regex engine does: a dictionary lookup per length, not an alternation of 1,574
    names (~30 ms to compile each time it appears)."""

    def __init__(self) -> None:
        data = load_json("x_tlds.json")
        names: list[str] = [*data["gtld"], *data["cctld"]]  # the regex's order
        letters = sorted({ch for name in names for ch in name} | set("xn"))
        self.cased = [ch for ch in letters if _has_case(ch)]
        # ASCII folds to lower case (the engine's `i` also matches `ı` and `İ`, but
        # those fold to `i` below); other characters as the engine says, when first seen
        self._folding = _Folding(self._fold_char)
        self._folding.update({ord(ch): ch.lower() for ch in map(chr, range(128))})
        # every name folds to itself (lower case, no two of its letters alike to the
        # engine: tests/test_x_urls.py checks), so they are used as they are
        self.order: dict[str, int] = {}
        for index, name in enumerate(names):
            self.order.setdefault(name, index)
        self.lengths = sorted({len(name) for name in self.order})
        self.length_set = frozenset(self.lengths)  # no name holds ASCII punctuation (tested)

    @cached_property
    def _letter_of(self) -> re.Pattern[str]:
        """Group i+1 matches what the engine takes for cased[i], ignoring case."""
        return re.compile("|".join(f"({re.escape(ch)})" for ch in self.cased), _I)

    def _fold_char(self, ch: str) -> str:
        if not _has_case(ch):
            return ch
        m = self._letter_of.fullmatch(ch)
        return self.cased[m.lastindex - 1] if m and m.lastindex else ch

    def fold(self, text: str) -> str:
        return text.translate(self._folding)

    def end(self, text: str, start: int) -> int | None:
        """Where the TLD the regex takes at `start` ends, or None: the first name in the
        package's order that is there and is followed by a non-`[0-9a-zA-Z@+-]`, else
        punycode (`xn--…`, no such condition)."""
        # A name followed by one of [0-9a-zA-Z@+-] does not count, so a name ends where
        # the run of those after `start` ends, or (IDN names) past a non-ASCII letter.
        run_end = _TLD_RUN.match(text, start).end()  # type: ignore[union-attr]
        shortest = run_end - start
        if run_end < len(text) and not text[run_end].isascii():
            lengths = self.lengths[bisect.bisect_left(self.lengths, shortest) :]
        else:
            lengths = [shortest] if shortest in self.length_set else []
        best: int | None = None
        best_end = 0
        if lengths:
            ahead = self.fold(text[start : start + lengths[-1]])
            for n in lengths:
                if n > len(ahead):
                    break
                order = self.order.get(ahead[:n])
                if (
                    order is not None
                    and (best is None or order < best)
                    and _AFTER_TLD.match(text, start + n)
                ):
                    best, best_end = order, start + n
        if best is not None:
            return best_end
        puny = _punycode().match(text, start)
        return puny.end() if puny else None


class _Folding(dict[int, str]):
    """A `str.translate` table that works out each character's entry on first sight."""

    def __init__(self, fold_char: Callable[[str], str]) -> None:
        super().__init__()
        self.fold_char = fold_char

    def __missing__(self, code: int) -> str:
        folded = self[code] = self.fold_char(chr(code))
        return folded


def _has_case(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch


class _DomainEnd(NamedTuple):
    """A dot followed by a TLD: the domain starts in [low, dot) that can end there."""

    dot: int
    low: int
    segment: int  # where the segment holding the dot starts
    end: int  # where the TLD ends


class UrlFinder:
    def __init__(self) -> None:
        self.tlds = TopLevelDomains()

    # -- the regex's matches ------------------------------------------------------------
    def _domain_ends(self, text: str) -> list[_DomainEnd]:
        found: list[_DomainEnd] = []
        reversed_text: str | None = None
        n = len(text)
        for m in _INNER_DOT.finditer(text):
            dot = m.start()
            end = self.tlds.end(text, dot + 1)
            if end is None:
                continue
            if reversed_text is None:
                reversed_text = text[::-1]
            # the segment's start: past the nearest segment end left of the dot, searched
            # back to just after the previous such dot (same segment, same start). Not to
            # that dot itself: the search could not see past it and would take it for an end.
            previous = found[-1] if found else None
            limit = n - previous.dot - 1 if previous else n
            stop = _SEGMENT_END.search(reversed_text, n - dot, limit)
            if stop is not None:
                segment = n - stop.start()
            elif previous is not None:
                segment = previous.segment
            else:
                segment = 0
            label = max(segment, text.rfind(".", segment, dot) + 1)
            # the last label holds no `_`: a domain ending here starts after any in it
            underscore = text.rfind("_", label, dot)
            low = underscore + 1 if underscore >= 0 else segment
            found.append(_DomainEnd(dot, low, segment, end))
        return found

    @staticmethod
    def _reach(ends: list[_DomainEnd]) -> tuple[list[int], list[int]]:
        """For each end: the lowest `low` of it and the ends after it in its segment, and
        one past the last end of its segment (what `_domain_at` bisects)."""
        lowest, past = [0] * len(ends), [0] * len(ends)
        for i in range(len(ends) - 1, -1, -1):
            same = i + 1 < len(ends) and ends[i + 1].segment == ends[i].segment
            lowest[i] = min(ends[i].low, lowest[i + 1]) if same else ends[i].low
            past[i] = past[i + 1] if same else i + 1
        return lowest, past

    @staticmethod
    def _domain_at(
        ends: list[_DomainEnd], reach: tuple[list[int], list[int]], text: str, q: int
    ) -> int | None:
        """Where the domain starting at `q` ends (its TLD's end), or None: the greedy
        regex takes the rightmost end of q's segment whose last label q is in."""
        if q >= len(text) or not _DOMAIN_CHAR.match(text, q):
            return None
        first = bisect.bisect_right(ends, q, key=lambda e: e.dot)
        if first == len(ends) or ends[first].segment > q:
            return None  # no dot with a TLD after q in its segment
        lowest, past = reach
        # `lowest` does not decrease along a segment: the last end it allows is the one
        last = bisect.bisect_right(lowest, q, first, past[first]) - 1
        return ends[last].end if last >= first else None

    def matches(self, text: str) -> list[tuple[str, int, str | None, int, int, int, bool]]:
        """The regex's matches as (preceding, url start, protocol, domain start, domain
        end, url end, has path), in finditer order."""
        if not text or "." not in text:
            return []
        ends = self._domain_ends(text)
        if not ends:
            return []  # every match holds a dot followed by a TLD
        reach = self._reach(ends)
        # the domain starts that reach some dot, as sorted disjoint intervals
        intervals: list[list[int]] = []
        for e in sorted(ends, key=lambda e: e.low):
            if intervals and e.low <= intervals[-1][1]:
                intervals[-1][1] = max(intervals[-1][1], e.dot)
            elif e.low < e.dot:
                intervals.append([e.low, e.dot])
        protocols = [m.start() for m in _PROTOCOL.finditer(text)]
        found: list[tuple[str, int, str | None, int, int, int, bool]] = []
        pos, interval, protocol = 0, 0, 0

        def attempt(q0: int) -> tuple[str | None, int, int] | None:
            proto = _PROTOCOL.match(text, q0)
            q = proto.end() if proto else q0
            end = self._domain_at(ends, reach, text, q)
            return None if end is None else (proto.group() if proto else None, q, end)

        while True:
            # the leftmost start at or after pos: before a domain start, before a protocol
            candidates = [0] if pos == 0 else []  # `^`: a URL may open the text
            while interval < len(intervals):
                low, high = intervals[interval]
                m = None
                if high > pos + 1:
                    m = _PRECEDING_THEN_DOMAIN.search(text, max(pos, low - 1), high)
                if m:
                    candidates.append(m.start())
                    break
                interval += 1  # nothing left in it for this or any later pos
            while protocol < len(protocols) and protocols[protocol] - 1 < pos:
                protocol += 1
            if protocol < len(protocols):
                candidates.append(protocols[protocol] - 1)
            if not candidates:
                break
            p = min(candidates)
            result, before, q0 = None, "", 0
            if _PRECEDING.match(text, p):
                result, before, q0 = attempt(p + 1), text[p], p + 1
            if result is None and p == 0:
                result, before, q0 = attempt(0), "", 0
            if result is None:
                pos = p + 1
                if pos >= len(text):
                    break
                continue
            proto, q, domain_end = result
            paren = text.find("(", domain_end)
            parentheses = paren >= 0 and not _SPACE.search(text, domain_end, paren)
            tail_match = _tail(parentheses).match(text, domain_end)
            assert tail_match is not None  # every part of the tail is optional
            end = tail_match.end()
            found.append((before, q0, proto, q, domain_end, end, bool(tail_match.group(2))))
            pos = end
        return found

    # -- what extract_urls_with_indices keeps of them -----------------------------------
    def spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for before, start, protocol, domain_start, domain_end, end, has_path in self.matches(text):
            domain = text[domain_start:domain_end]
            url_length = end - start
            puny = _idna(domain)
            if (
                not puny
                or len(protocol or "https://") + url_length + len(puny) - len(domain)
                > MAX_URL_LENGTH
            ):
                continue
            if protocol is None:
                if before and before in _NO_PROTOCOL_BAD_PRECEDING:
                    continue
                ascii_spans = self._ascii_domains(domain)
                if not ascii_spans:
                    continue
                spans.extend((domain_start + s, domain_start + e) for s, e in ascii_spans)
                if has_path:
                    spans[-1] = (spans[-1][0], end)
            else:
                url = text[start:end]
                tco = _tco().search(url) if "t.co/" in url.lower() else None
                if tco:
                    if len(tco.group(1)) > MAX_TCO_SLUG_LENGTH:
                        continue
                    end = start + tco.end()
                spans.append((start, end))
        return spans

    def _ascii_domains(self, domain: str) -> list[tuple[int, int]]:
        """twitter-text's ASCII domains inside a domain: labels of ASCII letters, digits,
        `-` and Latin accents, each followed by a dot, then a TLD (the greedy regex ends
        at the last dot that works), leftmost first."""
        found: list[tuple[int, int]] = []
        pos = 0
        while (chain := _ascii_labels().search(domain, pos)) is not None:
            dots = [i for i in range(chain.start(), chain.end()) if domain[i] == "."]
            for dot in reversed(dots):
                end = self.tlds.end(domain, dot + 1)
                if end is not None:
                    found.append((chain.start(), end))
                    pos = end
                    break
            else:
                pos = chain.end()  # every later start in the chain sees fewer of its dots
        return found


def _idna(domain: str) -> str | None:
    """`domain.encode("idna")` as text, or None where it fails (the package then drops
    the URL). Non-ASCII names are encoded label by label as the codec does, remembering
    each label: nameprep costs ~1 µs a character, and a domain glued to Chinese text can
    be its whole paragraph, of which a keystroke changes one label."""
    if domain.isascii():  # what the codec checks of an ASCII name, without loading it
        labels = domain.split(".")
        fit = all(0 < len(label) <= MAX_LABEL for label in labels[:-1])
        return domain if fit and len(labels[-1]) <= MAX_LABEL else None
    labels = _idna_dots().split(domain)
    trailing_dot = "." if labels and not labels[-1] else ""
    if trailing_dot:
        del labels[-1]
    encoded = [_label_to_ascii(label) for label in labels]
    if any(label is None for label in encoded):
        return None
    return ".".join(label for label in encoded if label is not None) + trailing_dot


MAX_LABEL = 63  # what the codec accepts of an encoded label


@cache
def _kept() -> re.Pattern[str]:
    """Characters nameprep keeps, one each, never merged with a neighbour: ASCII letters
    and digits (one may take a following accent into one character: still one) and CJK
    ideographs. Compiled when a label first needs it: its CJK ranges take ~2 ms."""
    return re.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff]")


def _label_to_ascii(label: str) -> str | None:
    if len(label) <= MAX_LABEL:
        return _short_label_to_ascii(label)
    # More than 63 characters that nameprep keeps encode to more than 63 (as ASCII, or as
    # "xn--" and at least one punycode character each): the codec fails, after ~1 µs a
    # character of nameprep (a link glued to a long Chinese paragraph).
    if len(_kept().findall(label)) > MAX_LABEL:
        return None
    return _encode_label(label)


@lru_cache(maxsize=4096)
def _short_label_to_ascii(label: str) -> str | None:
    return _encode_label(label)


def _encode_label(label: str) -> str | None:
    from encodings import idna as idna_codec  # and nameprep: with the first non-ASCII name

    try:
        return idna_codec.ToASCII(label).decode("ascii")
    except Exception:  # as the package: any failure means no URL
        return None


@cache
def url_finder() -> UrlFinder:
    return UrlFinder()


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every URL twitter-text's extractor finds in `text`."""
    return url_finder().spans(text)
