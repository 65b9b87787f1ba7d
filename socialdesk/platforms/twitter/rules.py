"""X (Twitter): twitter-text v3 weighted counting, entities and display.

Counting follows twitter-text `config/v3.json` and `parseTweet.js`: NFC, one unit
for code points in the light ranges, two otherwise, 23 for every URL and 2 for any
emoji sequence. URL and emoji recognition reuse the regular expressions of the
`twitter-text-parser` package; the sum is ours because its per-character Python
loop costs ~8 ms for 2,000 characters, too slow for every keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

from twitter_text.extract_urls import extract_urls_with_indices
from twitter_text.regexp.emoji import emoji as EMOJI_RE

from socialdesk.platforms.base import Atom, Entity, Platform, normalize_line_endings, short_url

# config/v3.json ranges of weight 1 (scale 100 → weight 100); everything else weighs 2.
_LIGHT = re.compile(r"[\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]+")
_INVALID = re.compile("[\ufffe\ufeff\uffff]")
_HASHTAG = re.compile(r"(?<![\w&#＃])[#＃](?!\ufe0f|\u20e3)(\w*[^\W\d]\w*)")
_MENTION = re.compile(r"(?<![\w!@#$%&*@＠])[@＠](\w{1,15})(?![\w@＠]|://)")


@cache
def _emoji_candidates() -> re.Pattern[str]:
    """Runs of code points that can belong to an emoji sequence.

    The emoji regex is slow over long text; running it only on these runs gives the
    same matches, because the regex is built from exactly the code points listed
    in the package's `emoji-test.txt`.
    """
    data = resources.files("twitter_text.regexp").joinpath("emoji-test.txt").read_text("utf-8")
    points: set[int] = set()
    for line in data.splitlines():
        if line and not line.startswith("#") and ";" in line:
            points.update(int(cp, 16) for cp in line.split(";")[0].split())
    points.discard(0x20)
    ranges, sorted_points = [], sorted(points)
    start = prev = sorted_points[0]
    for cp in sorted_points[1:]:
        if cp != prev + 1:
            ranges.append((start, prev))
            start = cp
        prev = cp
    ranges.append((start, prev))
    char_class = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"[{char_class}]+")


class TwitterPlatform(Platform):
    id = "twitter"

    def __init__(self) -> None:
        super().__init__()
        self.premium_limit: int = int(self.data["premium_limit"])
        self.url_weight: int = int(self.data["url_weight"])

    def normalize(self, text: str) -> str:
        return normalize_line_endings(unicodedata.normalize("NFC", text))

    def url_spans(self, text: str) -> list[tuple[int, int]]:
        return [(e["indices"][0], e["indices"][1]) for e in extract_urls_with_indices(text)]

    def atoms(self, normalized: str) -> Sequence[Atom]:
        urls = self.url_spans(normalized)
        atoms = [Atom(start, end, self.url_weight) for start, end in urls]
        url_index = 0
        for run in _emoji_candidates().finditer(normalized):
            for m in EMOJI_RE.finditer(run.group()):
                start, end = run.start() + m.start(), run.start() + m.end()
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

    def entities(self, text: str) -> list[Entity]:
        found = [
            Entity("url", s, e, text[s:e], self.display_link(text[s:e]), text[s:e])
            for s, e in self.url_spans(text)
        ]
        taken = [(e.start, e.end) for e in found]

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for m in _HASHTAG.finditer(text):
            if free(*m.span()):
                found.append(Entity("hashtag", *m.span(), m.group(), m.group(), m.group(1)))
        for m in _MENTION.finditer(text):
            if free(*m.span()):
                found.append(Entity("mention", *m.span(), m.group(), m.group(), m.group(1)))
        return sorted(found, key=lambda e: e.start)

    def display_link(self, url: str) -> str:
        return short_url(url)

    def profile_url(self, handle: str) -> str:
        return f"https://x.com/{handle.lstrip('@')}"
