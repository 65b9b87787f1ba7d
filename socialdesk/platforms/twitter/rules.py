"""X (Twitter): twitter-text v3 weighted counting, entities and display.

Counting follows twitter-text `config/v3.json` and `parseTweet.js`: NFC, one unit
for code points in the light ranges, two otherwise, 23 for every URL and 2 for any
emoji sequence. URLs and emoji are recognised exactly as the `twitter-text-parser`
package does (`urls`: its URL extractor's matches, worked out in linear time; its emoji
list); the sum is ours because its per-character Python loop costs ~8 ms for 2,000
characters, too slow for every keystroke.

The emoji list loads on first need (`twitter_text_parts`): an ASCII text has no emoji.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from socialdesk.platforms.base import (
    Atom,
    Entity,
    Platform,
    normalize_line_endings,
    short_url,
)
from socialdesk.platforms.twitter import twitter_text_parts, urls
from socialdesk.resources import load_json

# config/v3.json ranges of weight 1 (scale 100 → weight 100); everything else weighs 2.
_LIGHT = re.compile(r"[\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]+")
_INVALID = re.compile("[\ufffe\ufeff\uffff]")
# twitter-text's mentions and lists (`validMentionOrList`, `endMentionMatch`): an @, up to
# 20 ASCII letters, digits or _ (a longer run is cut at 20, as twitter-text does), then
# maybe a list `/slug`; not glued to a word or an @ (but `RT@name` and `rt:@name` retweet
# someone); a match followed by an @, a Latin accented letter or `://` is no mention
# (`@aliceìnheiro` mentions nobody), and nothing shorter inside it is tried instead.
_LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
    "\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_MENTION = re.compile(r"[@＠]([A-Za-z0-9_]{1,20})(/[A-Za-z][A-Za-z0-9_-]{0,24})?")
_MENTION_END = re.compile(rf"[@＠{_LATIN_ACCENTS}]|://")
_MENTION_GLUED = re.compile(r"[A-Za-z0-9_!#$%&*@＠]")
_RETWEET = re.compile(r"(?:^|[^A-Za-z0-9_+~.-])[rR][tT]:?$")  # searched up to an @


def _mentions(text: str) -> Iterator[re.Match[str]]:
    """The @mentions and lists in `text` (group 1 the handle, group 2 the `/slug` or None).

    The @ is looked for first, then what precedes it. twitter-text matches that as part
    of the mention, so what one match took (even one then refused for what follows it,
    `@a/RT@b`) cannot precede the next."""
    taken = 0  # where twitter-text's last match ended
    for m in _MENTION.finditer(text):
        start = m.start()
        if start and (
            start == taken
            or (
                _MENTION_GLUED.match(text, start - 1)
                and not _RETWEET.search(text, max(taken, start - 4), start)
            )
        ):
            continue
        taken = m.end()
        if not _MENTION_END.match(text, m.end()):
            yield m


# twitter-text's cashtags (`validCashtag`): `$` after a space or at the start, one to six
# ASCII letters, maybe `.` or `_` and one or two more, then the end, white space (as
# JavaScript's \s has it) or punctuation
_JS_SPACE = "\t-\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


# (the $ first, then what precedes it: a pattern that starts with a literal is searched
# for fast). Compiled with the first `$` (~0.3 ms).
@cache
def _cashtag() -> re.Pattern[str]:
    return re.compile(
        rf"\$(?<![^{urls.SPACES}]\$)([A-Za-z]{{1,6}}(?:[._][A-Za-z]{{1,2}})?)"
        rf"(?=\Z|[{_JS_SPACE}]|[!'#%&()*+,\\\-./:;<=>?@\[\]^_{{|}}~$])"
    )


def _cashtags(text: str) -> Iterator[re.Match[str]]:
    return _cashtag().finditer(text) if "$" in text else iter(())


class _EmojiFinder:
    """Finds emoji sequences exactly as the package's emoji regex does, much faster.

    That regex is one alternation of every multi-code-point sequence of its emoji
    list, longest first, then a class of single-code-point emoji: at each position it
    takes the longest listed sequence, else a single emoji. We do the same with set
    lookups, and only inside runs of code points that occur in emoji at all (ASCII
    occurs only as the first code point of a keycap sequence).
    """

    def __init__(self) -> None:
        listed = twitter_text_parts.emoji_list()
        sequences = listed.sequences
        self.sequences = sequences
        lengths: dict[str, set[int]] = {}
        for seq in sequences:
            lengths.setdefault(seq[0], set()).add(len(seq))
        self.lengths = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}
        self.singles = listed.singles
        members = {ch for seq in sequences for ch in seq} | self.singles
        self.keycap_bases = frozenset(ch for ch in members if ord(ch) < 0x80)
        # A dozen wide ranges covering the non-ASCII members: the regex engine tests the
        # exact class of ~160 ranges slowly; the set lookups sort out the extra code points.
        others = (ord(ch) for ch in members if ord(ch) >= 0x80)
        self.runs = re.compile(f"[{_class_of(_ranges(others, fill_gaps_under=256))}]+")

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        for run in self.runs.finditer(text):
            i, end = run.span()
            if i > 0 and text[i - 1] in self.keycap_bases:
                i -= 1  # ASCII occurs in emoji only as the first code point of a keycap
            while i < end:
                for n in self.lengths.get(text[i], ()):
                    if i + n <= end and text[i : i + n] in self.sequences:
                        yield i, i + n
                        i += n
                        break
                else:
                    if text[i] in self.singles:
                        yield i, i + 1
                    i += 1


# twitter-text's hashtag characters besides letters, marks and decimal digits
_HASHTAG_EXTRAS = "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
# Unicode planes that hold letters, marks or digits: the BMP, 1–3 and the variation
# selectors in 14 (looking at all 1.1 million code points would take four times as long)
_ASSIGNED = (range(0x40000), range(0xE0000, 0xE0200))
# Python's `\w` is most of those: letters, decimal digits and `_`, but also other numbers
# (`²`, `Ⅻ`) and no marks. A pattern of `\w`, the marks and the extras, cut where it
# holds a `\w` character that is no hashtag character, finds the same hashtags as the
# class of all of them, and compiles in a third of the time (~1.3 ms, not ~3.4 ms: `re`
# builds a class of ranges one character at a time). The marks and those characters,
# worked out once for one Unicode version (that takes ~0.3 s, which the first count of a
# text with a hash sign would wait for). tests/test_entities.py checks the file.
HASHTAG_CHARS_FILE = "x_hashtag_chars.json"


@cache
def _hashtag_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r"""twitter-text's hashtags: `#` or `＃`, then letters, combining marks, decimal digits,
    `_` and a few joiners (astral letters and marks too); and where a match stops being
    one (a `\w` character that is none of those)."""
    marks, word_not_hashtag = hashtag_tables()
    chars = r"\w" + _class_of(marks) + re.escape(_HASHTAG_EXTRAS)
    return (
        re.compile(rf"[#＃](?!\ufe0f|\u20e3)([{chars}]+)"),
        re.compile(f"[{_class_of(word_not_hashtag)}]"),
    )


def _glued(before: str) -> bool:
    """Whether a hash sign after the character `before` starts no hashtag: it is `&` or a
    hashtag character — but not a variation selector, which ends an emoji (`❤️#love`).
    (One character: a test of the category is cheaper than compiling a second class.)"""
    if before in "\ufe0e\ufe0f":
        return False
    if before == "&" or before in _HASHTAG_EXTRAS:
        return True
    kind = unicodedata.category(before)
    return kind[0] in "LM" or kind == "Nd"


def hashtag_tables() -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    r"""(the marks, the `\w` characters that are no hashtag characters) as (first, last)
    code points: the stored tables when they were made from this Python's Unicode
    version, else worked out now."""
    stored = load_json(HASHTAG_CHARS_FILE)
    if stored["unicode_version"] == unicodedata.unidata_version:
        return (
            [(low, high) for low, high in stored["marks"]],
            [(low, high) for low, high in stored["word_not_hashtag"]],
        )
    return _work_out_hashtag_tables()


def _work_out_hashtag_tables() -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    word = re.compile(r"\w")
    hashtag = set(_hashtag_points())
    hashtag.update(map(ord, _HASHTAG_EXTRAS))
    marks = (cp for cp in hashtag if unicodedata.category(chr(cp))[0] == "M")
    word_not_hashtag = (cp for cp in range(0x110000) if cp not in hashtag and word.match(chr(cp)))
    return _ranges(marks), _ranges(word_not_hashtag)


def _hashtag_points() -> Iterator[int]:
    """Letters, marks and decimal digits. Blocks of letters only (CJK, Hangul…) are
    recognised whole by `str.isalpha`, which halves the time to look at each one."""
    category = unicodedata.category
    for plane in _ASSIGNED:
        for block in range(plane.start, plane.stop, 256):
            points = range(block, min(block + 256, plane.stop))
            if "".join(map(chr, points)).isalpha():
                yield from points
                continue
            for cp in points:
                kind = category(chr(cp))
                if kind[0] in "LM" or kind == "Nd":
                    yield cp


def _hashtags(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, tag) of the hashtags in `text`; the hash sign is looked for first,
    then what precedes it (as a lookbehind the class would be tested at every position)."""
    pattern, word_not_hashtag = _hashtag_patterns()
    for m in pattern.finditer(text):
        start, (tag_start, end) = m.start(), m.span(1)
        if start and _glued(text[start - 1]):
            continue
        stop = word_not_hashtag.search(text, tag_start, end)
        if stop is not None:  # the hashtag ends there ("#abc²" is "#abc")
            end = stop.start()
        tag = text[tag_start:end]
        if tag and _is_hashtag(tag, text[end : end + 3]):
            yield start, end, tag


def _is_hashtag(tag: str, after: str) -> bool:
    # a letter or mark in it (not all digits), and not followed by another hash sign
    # or a scheme separator
    has_letter = any(unicodedata.category(ch)[0] in "LM" for ch in tag)
    return has_letter and not after.startswith(("#", "＃", "://"))


def _ranges(points: Iterable[int], fill_gaps_under: int = 1) -> list[tuple[int, int]]:
    """`points` as (first, last) ranges; gaps under `fill_gaps_under` are filled in."""
    ranges: list[list[int]] = []
    for cp in sorted(points):
        if ranges and cp - ranges[-1][1] <= fill_gaps_under:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return [(low, high) for low, high in ranges]


def _class_of(ranges: Iterable[tuple[int, int]]) -> str:
    """The inside of a regex class matching `ranges`."""
    return "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)


@cache
def _emoji_finder() -> _EmojiFinder:
    return _EmojiFinder()


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every emoji sequence, as twitter-text's emoji regex finds them."""
    return [] if text.isascii() else list(_emoji_finder().spans(text))


def _without_overlaps(found: list[Entity]) -> list[Entity]:
    """twitter-text's `removeOverlappingEntities`: by start (a stable sort, so at one start
    a URL, then a mention, a hashtag, a cashtag), each dropped that starts inside the one
    kept before it."""
    kept: list[Entity] = []
    for entity in sorted(found, key=lambda e: e.start):
        if not kept or entity.start >= kept[-1].end:
            kept.append(entity)
    return kept


class TwitterPlatform(Platform):
    id = "twitter"

    def __init__(self) -> None:
        super().__init__()
        self.premium_limit: int = int(self.data["premium_limit"])
        self.url_weight: int = int(self.data["url_weight"])

    def prepare(self) -> None:
        urls.url_finder()
        _emoji_finder()
        _hashtag_patterns()

    def normalize(self, text: str) -> str:
        return normalize_line_endings(unicodedata.normalize("NFC", text))

    def url_spans(self, text: str) -> list[tuple[int, int]]:
        return urls.url_spans(text)

    def atoms(self, normalized: str) -> Sequence[Atom]:
        return self.atoms_with_urls(normalized, self.url_spans(normalized))

    def atoms_with_urls(self, normalized: str, urls: list[tuple[int, int]]) -> list[Atom]:
        """The atoms, given the URLs `url_spans` found (looking for them costs the most)."""
        atoms = [Atom(start, end, self.url_weight) for start, end in urls]
        url_index = 0
        emoji = () if normalized.isascii() else _emoji_finder().spans(normalized)
        for start, end in emoji:
            while url_index < len(urls) and urls[url_index][1] <= start:
                url_index += 1
            if url_index < len(urls) and urls[url_index][0] < end:
                continue  # inside a URL, which already counts 23
            atoms.append(Atom(start, end, 2))
        atoms.sort(key=lambda a: a.start)
        return atoms

    def plain_units(self, run: str) -> int:
        light = sum(len(m) for m in _LIGHT.findall(run))
        return 2 * len(run) - light

    def problems(self, text: str) -> tuple[str, ...]:
        if _INVALID.search(text):
            return ("contains a character X refuses (U+FFFE, U+FEFF or U+FFFF)",)
        return ()

    def entities(self, text: str, urls: list[tuple[int, int]] | None = None) -> list[Entity]:
        """X's entities as twitter-text's `extractEntitiesWithIndices` finds them; `urls`,
        when given, are what `url_spans(text)` found."""
        found = [
            Entity("url", s, e, text[s:e], self.display_link(text[s:e]), text[s:e])
            for s, e in (self.url_spans(text) if urls is None else urls)
        ]
        for m in _mentions(text) if "@" in text or "＠" in text else ():
            target = m.group(1) + (m.group(2) or "")
            found.append(
                Entity("list" if m.group(2) else "mention", *m.span(), m.group(), m.group(), target)
            )
        for start, end, tag in _hashtags(text) if "#" in text or "＃" in text else ():
            found.append(Entity("hashtag", start, end, text[start:end], text[start:end], tag))
        for m in _cashtags(text):
            found.append(Entity("cashtag", *m.span(), m.group(), m.group(), m.group(1)))
        return _without_overlaps(found)

    def display_link(self, url: str) -> str:
        return short_url(url)

    def profile_url(self, handle: str) -> str:
        return f"https://x.com/{handle.lstrip('@')}"
