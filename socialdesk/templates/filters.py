"""Filters that know the platforms and the audience's language.

`hashtags`, `mention`, `link` and `fit` default to the platform being rendered and
`date`, `time`, `number`, `money` to its language, both read from the template
context; each can be given explicitly too. The master text renders with
`platform == ""`: generic `#tag`, `@handle` and code-point counting.
"""

from __future__ import annotations

import contextvars
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from jinja2 import pass_context
from jinja2.runtime import Context

from socialdesk.platforms import PLATFORM_IDS, Platform, get_platform
from socialdesk.platforms.weibo.paths import tag_text
from socialdesk.templates import localefmt
from socialdesk.templates.textcut import ELLIPSIS, fit_text, protected_spans

_PLATFORM_ALIASES = {"x": "twitter", "fb": "facebook", "вк": "vk", "微博": "weibo"}


def resolve_platform(value: Any) -> Platform | None:
    """A platform from an id ("vk", "x", ...); "" or None is the master text."""
    if value is None or value == "":
        return None
    if isinstance(value, Platform):
        return value
    pid = str(value).strip().lower()
    try:
        return get_platform(_PLATFORM_ALIASES.get(pid, pid))
    except KeyError as exc:
        raise ValueError(exc.args[0]) from None


def _context_platform(context: Context, platform: Any) -> Platform | None:
    return resolve_platform(context.get("platform") if platform is None else platform)


def _context_language(context: Context, language: Any) -> str:
    return str(language if language is not None else context.get("language") or "en")


# -- hashtags ----------------------------------------------------------------------------

_TAG_SPLIT = re.compile(r"[,;\n，、；]+")
_WORD_SPLIT = re.compile(r"[\s\-–—_.'’/&+]+")
_COMMUNITY = re.compile(r"^(?:https?://)?(?:m\.)?(?:vk\.com/)?@?([A-Za-z0-9_.]+)$")


def split_tags(value: Any) -> list[str]:
    """Tags from a field: "a, b c, #d" or "a b c" or a list; no duplicates."""
    if isinstance(value, list | tuple):
        raw = [str(v) for v in value]
    else:
        text = str(value)
        raw = _TAG_SPLIT.split(text) if _TAG_SPLIT.search(text) else text.split()
    tags, seen = [], set()
    for item in raw:
        tag = " ".join(item.strip().strip("#＃").split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def tag_token(tag: str) -> str:
    """One-word hashtag text: "Berlin coffee" → "BerlinCoffee"; punctuation dropped."""
    words = [w for w in _WORD_SPLIT.split(unicodedata.normalize("NFC", tag)) if w]
    if len(words) > 1:
        words = [w[:1].upper() + w[1:] for w in words]
    return "".join(re.sub(r"[^\w]", "", w) for w in words)


def vk_community(value: Any) -> str:
    if not value:
        return ""
    m = _COMMUNITY.match(str(value).strip())
    if not m:
        raise ValueError(f"{value!r} is not a VK community screen name (like aurora_coffee)")
    return m.group(1)


def format_hashtags(
    value: Any,
    platform: Platform | None,
    community: Any = None,
    max: Any = None,
    path: str = "by_hand",
) -> str:
    """Tags in the platform's syntax: `#tag`, VK `#tag@community`, Weibo `#话题#` (by
    hand; the plain words on the sharing API's path, which refuses topics)."""
    tags = split_tags(value)
    if max is not None:
        tags = tags[: int(max)]
    pid = platform.id if platform else ""
    if pid == "weibo":
        return " ".join(t for t in (tag_text(tag, path) for tag in tags) if t)
    suffix = f"@{vk_community(community)}" if pid == "vk" and community else ""
    tokens = [tag_token(tag) for tag in tags]
    return " ".join(f"#{token}{suffix}" for token in tokens if token)


@pass_context
def hashtags_filter(
    context: Context, value: Any, platform: Any = None, community: Any = None, max: Any = None
) -> str:
    path = str(context.get("publish_path") or "by_hand")
    return format_hashtags(value, _context_platform(context, platform), community, max, path)


# -- mentions ----------------------------------------------------------------------------


def _pick_for_platform(value: str, pid: str) -> str:
    """ "twitter:@a; weibo:@b; vk:club1|Name; @default" → the part for `pid`."""
    default = ""
    for part in re.split(r"[;\n]+", value):
        part = part.strip()
        head, sep, rest = part.partition(":")
        key = _PLATFORM_ALIASES.get(head.strip().lower(), head.strip().lower())
        if sep and key in PLATFORM_IDS and "//" not in rest[:2]:
            if key == pid:
                return rest.strip()
        elif part and not default:
            default = part
    return default


def format_mention(value: Any, platform: Platform | None) -> str:
    """@handle on X and Weibo, `[club1|Name]` or @name on VK, the plain name on Facebook."""
    pid = platform.id if platform else ""
    chosen = _pick_for_platform(str(value), pid)
    out = []
    for item in filter(None, (m.strip() for m in chosen.split(","))):
        handle, _, name = item.partition("|")
        handle = re.sub(
            r"^(?:https?://)?(?:www\.|m\.)?(?:x|twitter|vk|weibo|facebook)\.com/(?:n/)?",
            "",
            handle.strip(),
        )
        handle = handle.lstrip("@＠").strip()
        if pid == "vk" and name:
            out.append(f"[{handle}|{name.strip()}]")
        elif pid == "facebook":
            out.append(name.strip() or handle)
        elif handle:
            out.append(f"@{handle}")
    return " ".join(out)


@pass_context
def mention_filter(context: Context, value: Any, platform: Any = None) -> str:
    return format_mention(value, _context_platform(context, platform))


# -- links -------------------------------------------------------------------------------


def format_link(value: Any, platform: Platform | None, campaign: Any = None) -> str:
    """A full https link; with `campaign`, UTM tags say which platform brought the click."""
    text = str(value).strip()
    if not text:
        return ""
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or "." not in (parts.hostname or ""):
        raise ValueError(f"{str(value)!r} is not a web link")
    if campaign:
        query = parse_qsl(parts.query, keep_blank_values=True)
        query = [(k, v) for k, v in query if not k.startswith("utm_")]
        query += [
            ("utm_source", platform.id if platform else "social"),
            ("utm_medium", "social"),
            ("utm_campaign", str(campaign)),
        ]
        parts = parts._replace(query=urlencode(query))
    return urlunsplit(parts)


@pass_context
def link_filter(context: Context, value: Any, platform: Any = None, campaign: Any = None) -> str:
    return format_link(value, _context_platform(context, platform), campaign)


# -- fitting into the room ---------------------------------------------------------------


@dataclass
class FitSession:
    """`fit` without a limit: texts to shorten once the rest of the post is known.

    Each stands in the output as a placeholder carrying this render's random key, so
    a field value cannot forge one (and have a long text copied into it many times)."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    key: str = field(default_factory=lambda: secrets.token_hex(8))

    def placeholder(self, text: str, ellipsis: str) -> str:
        self.texts.append((text, ellipsis))
        return f"\ue000{self.key}.{len(self.texts) - 1}\ue001"

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(f"\ue000{self.key}\\.(\\d+)\ue001")


_fit_session: contextvars.ContextVar[FitSession | None] = contextvars.ContextVar(
    "socialdesk_fit_session", default=None
)


def start_fit_session() -> tuple[FitSession, contextvars.Token[FitSession | None]]:
    session = FitSession()
    return session, _fit_session.set(session)


def end_fit_session(token: contextvars.Token[FitSession | None]) -> None:
    _fit_session.reset(token)


def counter_for(platform: Platform | None) -> Callable[[str], int]:
    return platform.count if platform else len


def shorten(text: str, room: int, platform: Platform | None, ellipsis: str = ELLIPSIS) -> str:
    return fit_text(text, room, counter_for(platform), protected_spans(text, platform), ellipsis)


@pass_context
def fit_filter(context: Context, value: Any, limit: Any = None, ellipsis: str = ELLIPSIS) -> str:
    """Shorten to `limit` characters as the platform counts them; without a limit,
    to whatever room the rest of the post leaves under the platform's limit."""
    text = str(value).strip()
    platform = _context_platform(context, None)
    if limit is None:
        session = _fit_session.get()
        if session is None or platform is None:
            return text
        return session.placeholder(text, str(ellipsis))
    return shorten(text, int(limit), platform, str(ellipsis))


# -- dates, numbers, money ---------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@pass_context
def date_filter(context: Context, value: Any, style: str = "long", language: Any = None) -> str:
    if _blank(value):
        return ""
    return localefmt.format_date(value, _context_language(context, language), style)


@pass_context
def time_filter(context: Context, value: Any, language: Any = None) -> str:
    if _blank(value):
        return ""
    return localefmt.format_time(value, _context_language(context, language))


@pass_context
def number_filter(context: Context, value: Any, decimals: Any = None, language: Any = None) -> str:
    if _blank(value):
        return ""
    places = None if decimals is None else int(decimals)
    return localefmt.format_number(value, _context_language(context, language), places)


@pass_context
def money_filter(
    context: Context, value: Any, currency: Any = "", decimals: Any = None, language: Any = None
) -> str:
    if _blank(value):
        return ""
    places = None if decimals is None else int(decimals)
    lang = _context_language(context, language)
    return localefmt.format_money(value, str(currency or ""), lang, places)


PLATFORM_FILTERS: dict[str, Callable[..., Any]] = {
    "hashtags": hashtags_filter,
    "mention": mention_filter,
    "link": link_filter,
    "fit": fit_filter,
    "date": date_filter,
    "time": time_filter,
    "number": number_filter,
    "money": money_filter,
    "price": money_filter,
}
