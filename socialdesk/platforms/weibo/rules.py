"""Weibo: Sina's composer counting (`kit/extra/count.js`), `#话题#` topics and `@昵称`.

Bytes = UTF-16 length + UTF-16 units outside U+0000–U+00FF, so a Latin letter is one
byte and a Chinese character two; the count is ceil(bytes / 2). A URL counts 20 bytes
(more past 140 bytes) except short Sina links, which count as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from socialdesk.platforms.base import (
    Atom,
    Entity,
    Platform,
    TakenSpans,
    find_urls,
    normalize_line_endings,
)

# The composer's URL pattern: ASCII scheme, dotted host, ASCII path characters.
_SINA_URL = re.compile(
    r"https?://[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)+[-A-Za-z0-9_$.+!*()/,:;@&=?~#%]*", re.IGNORECASE
)
_TOPIC = re.compile(r"#([^#\n]{1,64}?)#")
# Nicknames: letters (Chinese ones are among them), digits, "_" and "-". (Naming the CJK
# range as well cost ~0.7 ms to compile and matched nothing more.)
_MENTION = re.compile(r"@([\w\-]{2,30})")
_SINA_HOSTS = ("weibo.com", "weibo.cn", "t.sina.cn")


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class WeiboPlatform(Platform):
    id = "weibo"
    scale = 2  # two bytes make a character

    def __init__(self) -> None:
        super().__init__()
        self.share_api_limit: int = int(self.data["share_api_limit"])
        self.url_bytes: int = int(self.data["url_bytes"])
        self.url_literal_max_bytes: int = int(self.data["url_literal_max_bytes"])
        self.url_long_threshold: int = int(self.data["url_long_threshold_bytes"])

    def normalize(self, text: str) -> str:
        return normalize_line_endings(text)

    def url_weight(self, url: str) -> int:
        size = len(url)  # the pattern is ASCII: one byte per character
        host = (urlsplit(url).hostname or "").lower()
        if host == "t.cn":
            return size
        if any(host == h or host.endswith("." + h) for h in _SINA_HOSTS) and (
            size <= self.url_literal_max_bytes
        ):
            return size
        if size <= self.url_long_threshold:
            return self.url_bytes
        return size - self.url_long_threshold + self.url_bytes

    def atoms(self, normalized: str) -> Sequence[Atom]:
        return [
            Atom(m.start(), m.end(), self.url_weight(m.group()))
            for m in _SINA_URL.finditer(normalized)
        ]

    def plain_units(self, run: str) -> int:
        units = utf16_units(run)
        latin1 = len(run.encode("latin-1", errors="ignore"))
        return 2 * units - latin1

    def entities(self, text: str) -> list[Entity]:
        found = [
            Entity("url", s, e, text[s:e], self.display_link(text[s:e]), text[s:e])
            for s, e in find_urls(text)
        ]
        taken = TakenSpans((e.start, e.end) for e in found)
        for m in _TOPIC.finditer(text):
            if taken.is_free(*m.span()) and m.group(1).strip():
                found.append(Entity("topic", *m.span(), m.group(), m.group(), m.group(1)))
                taken.add(*m.span())
        for m in _MENTION.finditer(text):
            if taken.is_free(*m.span()):
                found.append(Entity("mention", *m.span(), m.group(), m.group(), m.group(1)))
        return sorted(found, key=lambda e: e.start)

    def display_link(self, url: str) -> str:
        return "网页链接"

    def profile_url(self, handle: str) -> str:
        return f"https://weibo.com/n/{handle.lstrip('@')}"
