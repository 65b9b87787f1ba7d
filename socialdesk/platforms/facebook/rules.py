"""Facebook: counts code points; `#hashtag` and links (Page mentions exist only via the API)."""

from __future__ import annotations

import re

from socialdesk.platforms.base import Entity, Platform, TakenSpans, find_urls

_HASHTAG = re.compile(r"(?<![\w#])#(\w*[^\W\d]\w*)")


class FacebookPlatform(Platform):
    id = "facebook"

    def entities(self, text: str) -> list[Entity]:
        found = [
            Entity("url", s, e, text[s:e], self.display_link(text[s:e]), text[s:e])
            for s, e in find_urls(text)
        ]
        taken = TakenSpans((e.start, e.end) for e in found)
        for m in _HASHTAG.finditer(text):
            s, e = m.span()
            if taken.is_free(s, e):
                found.append(Entity("hashtag", s, e, m.group(), m.group(), m.group(1)))
        return sorted(found, key=lambda e: e.start)

    def profile_url(self, handle: str) -> str:
        return f"https://www.facebook.com/{handle.lstrip('@')}"
