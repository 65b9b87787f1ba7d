"""The link a feed builds its card from: the first link of the text, found by the
platform's own entity rules (X's twitter-text URLs, VK's, Weibo's...)."""

from __future__ import annotations

from socialdesk.platforms import get_platform

_FIRST_WINDOW = 2000  # most posts put their link early: look there before the whole text


def first_link(pid: str, text: str) -> str | None:
    """The first http(s) link platform `pid` recognises in `text`, with a scheme."""
    platform = get_platform(pid)
    size = _FIRST_WINDOW
    while True:
        window = text[:size]
        whole = len(window) == len(text)
        link = next((e for e in platform.entities(window) if e.kind == "url"), None)
        # a link touching the window's end may go on past it: then look at more text
        if link is not None and (whole or link.end < len(window)):
            return _with_scheme(link.target or link.text)
        if whole:
            return None
        size *= 4


def _with_scheme(url: str) -> str | None:
    if url.lower().startswith(("http://", "https://")):
        return url
    if "://" not in url:  # `www.example.com` or X's bare `example.com`
        return "https://" + url
    return None
