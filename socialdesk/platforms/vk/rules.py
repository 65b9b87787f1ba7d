"""VK: counts code points; `#тег` and `#тег@community`; `[id1|Name]`, `[club1|Name]`, `@name`."""

from __future__ import annotations

import re

from socialdesk.platforms.base import Entity, Platform, TakenSpans, find_urls, short_url

_LINK = re.compile(r"\[((?:id|club|public|event)\d+|[A-Za-z0-9_.]{2,32})\|([^\]\n]+)\]")
_HASHTAG = re.compile(r"(?<![\w#])#(\w*[^\W\d]\w*)(@[A-Za-z0-9_.]+)?")
_MENTION = re.compile(r"(?<![\w@/.])@([A-Za-z0-9_.]{2,32})(?<!\.)")


class VKPlatform(Platform):
    id = "vk"

    def entities(self, text: str) -> list[Entity]:
        found: list[Entity] = []
        for m in _LINK.finditer(text):
            found.append(Entity("link", *m.span(), m.group(), m.group(2), m.group(1)))
        taken = TakenSpans((e.start, e.end) for e in found)
        for s, e in find_urls(text):
            if taken.is_free(s, e):
                found.append(
                    Entity("url", s, e, text[s:e], self.display_link(text[s:e]), text[s:e])
                )
                taken.add(s, e)
        for m in _HASHTAG.finditer(text):
            if taken.is_free(*m.span()):
                found.append(Entity("hashtag", *m.span(), m.group(), m.group(), m.group()[1:]))
        for m in _MENTION.finditer(text):
            if taken.is_free(*m.span()):
                found.append(Entity("mention", *m.span(), m.group(), m.group(), m.group(1)))
        return sorted(found, key=lambda e: e.start)

    def display_link(self, url: str) -> str:
        return short_url(url, keep=40)

    def profile_url(self, handle: str) -> str:
        return f"https://vk.com/{handle.lstrip('@')}"
