"""The link a feed builds its card from: the first link of the text, found by the
platform's own entity rules (X's twitter-text URLs, VK's, Weibo's...)."""

from __future__ import annotations

from socialdesk.platforms import get_platform


def first_link(pid: str, text: str) -> str | None:
    """The first http(s) link platform `pid` recognises in `text`, with a scheme."""
    for entity in get_platform(pid).entities(text):
        if entity.kind != "url":
            continue
        url = entity.target or entity.text
        if url.lower().startswith(("http://", "https://")):
            return url
        if "://" not in url:  # `www.example.com` or X's bare `example.com`
            return "https://" + url
    return None
