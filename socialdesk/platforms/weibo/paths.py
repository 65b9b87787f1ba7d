"""Weibo's two honest publishing paths, and the one set of rules each follows.

- "api": Weibo's sharing API (`statuses/share`), the only one open to third-party apps:
  at most 140 characters counted Weibo's way, no `#话题#` topic, and a link to the
  app's registered safe domain.
- "by_hand": the writer posts in Weibo's own composer (SocialDesk copies the text,
  saves the images and opens the composer): Weibo's 2,000 characters, topics welcome.

The pictures each path takes are in resources/platforms.json (weibo "media" for the API,
"path_media" "by_hand" for the composer), read through `socialdesk.media.check.rules_for`.

The card, `socialdesk check`, translation, templates and Publish all ask this module,
so what the card says fits is what Publish accepts.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, cast
from urllib.parse import urlsplit

from socialdesk.platforms import get_platform
from socialdesk.platforms.base import Check, find_urls
from socialdesk.platforms.weibo.rules import WeiboPlatform

WeiboPath = Literal["api", "by_hand"]
PATHS: tuple[WeiboPath, ...] = ("api", "by_hand")
COMPOSER_URL = "https://weibo.com/"  # the web composer sits at the top of the home feed


class PathRules(NamedTuple):
    path: WeiboPath
    limit: int
    topics_allowed: bool
    needs_safe_link: bool
    label: str


def _weibo() -> WeiboPlatform:
    return cast(WeiboPlatform, get_platform("weibo"))


def safe_domain_host(raw: str) -> str:
    """The host name of a safe-domain URL or bare domain, lower-case, or '' if there is none."""
    value = raw.strip()
    if not value:
        return ""
    if "://" not in value:
        value = "https://" + value
    return (urlsplit(value).hostname or "").lower().rstrip(".")


def rules_for(path: str) -> PathRules:
    weibo = _weibo()
    if path == "api":
        return PathRules("api", weibo.share_api_limit, False, True, "Publish through the API")
    return PathRules("by_hand", weibo.limit, True, False, "Post by hand")


def tag_text(tag: str, path: str) -> str:
    """A hashtag as Weibo text on `path`: `#话题#` by hand, the plain word for the API
    (which refuses any topic)."""
    body = tag.strip().strip("#").strip()
    if not body:
        return ""
    return f"#{body}#" if rules_for(path).topics_allowed else body


def link_hosts(text: str) -> list[str]:
    return [safe_domain_host(text[start:end]) for start, end in find_urls(text)]


def on_domain(host: str, domain: str) -> bool:
    return bool(domain) and (host == domain or host.endswith("." + domain))


def path_problems(text: str, path: str, safe_domain: str = "") -> list[str]:
    """What Weibo would refuse on `path`, besides the length (see `check_text`)."""
    rules = rules_for(path)
    found = []
    if rules.needs_safe_link:
        domain = safe_domain_host(safe_domain)
        hosts = link_hosts(text)
        # without an account the safe domain is unknown: any link may be the right one
        if not any(on_domain(host, domain) or not domain for host in hosts):
            found.append(
                "Weibo's sharing API only accepts posts that link to your app's safe domain. "
                f"Add a link to {domain or 'your safe domain'} to the Weibo text."
            )
    if not rules.topics_allowed and any(e.kind == "topic" for e in _weibo().entities(text)):
        found.append(
            "Weibo's sharing API refuses texts with a #topic#. Remove the #…# topic from "
            "the Weibo text (you can add it on weibo.com after posting), or post by hand."
        )
    return found


def check_text(text: str, path: str, safe_domain: str = "") -> Check:
    """The count against the path's limit, with the path's problems — what the card
    marks while the writer types, and what Publish checks before sending."""
    rules = rules_for(path)
    base = _weibo().check(text, rules.limit)
    extra = tuple(path_problems(text, path, safe_domain))
    if not extra:
        return base
    return Check(
        count=base.count,
        limit=base.limit,
        over_by=base.over_by,
        fold_at=base.fold_at,
        over_at=base.over_at,
        near_limit=base.near_limit,
        problems=base.problems + extra,
    )
