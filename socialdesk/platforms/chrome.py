"""A feed card's chrome, as data (resources/platforms.json "chrome"): typography, header
details, the action bar and the card's own words in the AUDIENCE language (a Russian
card says "только что" even in an English interface), and how link cards look.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from socialdesk.platforms import get_platform

# the audience languages the card words come in; "zh-Hant" for Taiwan, Hong Kong, Macau
CARD_LANGUAGES = ("en", "ru", "zh", "zh-Hant")
_TRADITIONAL = {"tw", "hk", "mo", "hant"}  # subtags of Chinese written in Traditional script


class Typography(NamedTuple):
    fonts: tuple[str, ...]  # the platform's font stack, best first
    text_px: int
    text_weight: int
    line_height_px: int
    name_px: int
    name_weight: int
    meta_px: int
    action_px: int

    def css_font_family(self) -> str:
        generic = {"sans-serif", "serif", "monospace", "system-ui", "-apple-system"}
        return ", ".join(f if f in generic else f'"{f}"' for f in self.fonts)


class Action(NamedTuple):
    id: str
    icon: str  # a name for the UI's icon set
    label: str  # in the audience language
    end: bool = False  # drawn at the far end of the bar (VK's views)


class LinkCardStyle(NamedTuple):
    layouts: dict[str, str]  # twitter:card value ("" = none given) → "large" or "small"
    min_image_px: int  # smaller images are not shown (the feeds skip them)
    domain_on_image: bool  # X writes the domain over the picture
    uppercase_domain: bool  # Facebook's "EXAMPLE.COM"
    without_image: str  # layout when the page has no usable image: "small" or "domain"


class Chrome(NamedTuple):
    pid: str
    typography: Typography
    header: tuple[str, ...]  # "name", "handle", "time", "source", "audience"
    header_separator: str
    header_inline: bool  # X: name and details on one line
    action_style: str  # "icons" (with counts) or "words"
    link_card: LinkCardStyle
    action_specs: tuple[dict[str, Any], ...]
    words: dict[str, dict[str, str]]

    def word(self, key: str, language: str, **values: str) -> str:
        """The card's word `key` in the audience `language` ("ru-RU", "zh_CN"...), English
        for another language; `{placeholders}` filled from `values`."""
        forms = self.words[key]
        wanted = card_language(language)
        text = forms.get(wanted) or forms.get(wanted.split("-")[0]) or forms["en"]
        return text.format(**values) if values else text

    def has_word(self, key: str) -> bool:
        return key in self.words

    def details(self, language: str, handle: str = "", app: str = "SocialDesk") -> str:
        """The header's line after the author's name, in the audience language:
        "@handle · now", "только что", "刚刚  来自 SocialDesk", "Just now · 🌐"."""
        parts = []
        for item in self.header:
            if item == "handle":
                parts.append("@" + (handle.lstrip("@") or "handle"))
            elif item == "time":
                parts.append(self.word("now", language))
            elif item == "source":
                parts.append(self.word("source", language, app=app))
            elif item == "audience":
                parts.append("🌐")  # public post
        return self.header_separator.join(parts)

    def actions(self, language: str) -> list[Action]:
        return [
            Action(a["id"], a["icon"], self.word(a["id"], language), bool(a.get("end", False)))
            for a in self.action_specs
        ]


def card_language(language: str) -> str:
    """The card-word language for an audience: "ru-RU" → "ru", "zh-TW" → "zh-Hant",
    "zh_CN" → "zh", one without card words → "en"."""
    base, *subtags = language.strip().replace("_", "-").lower().split("-")
    if base == "zh" and _TRADITIONAL.intersection(subtags):
        return "zh-Hant"
    return base if base in CARD_LANGUAGES else "en"


@cache
def chrome(pid: str) -> Chrome:
    """Platform `pid`'s chrome; an unknown id raises KeyError like get_platform."""
    data: dict[str, Any] = get_platform(pid).data["chrome"]
    t = data["typography"]
    card = data["link_card"]
    return Chrome(
        pid=pid,
        typography=Typography(
            fonts=tuple(t["fonts"]),
            text_px=int(t["text_px"]),
            text_weight=int(t["text_weight"]),
            line_height_px=int(t["line_height_px"]),
            name_px=int(t["name_px"]),
            name_weight=int(t["name_weight"]),
            meta_px=int(t["meta_px"]),
            action_px=int(t["action_px"]),
        ),
        header=tuple(data["header"]),
        header_separator=str(data["header_separator"]),
        header_inline=bool(data["header_inline"]),
        action_style=str(data["action_style"]),
        link_card=LinkCardStyle(
            layouts=dict(card["layouts"]),
            min_image_px=int(card["min_image_px"]),
            domain_on_image=bool(card["domain_on_image"]),
            uppercase_domain=bool(card["uppercase_domain"]),
            without_image=str(card.get("without_image", "small")),
        ),
        action_specs=tuple(data["actions"]),
        words={key: dict(forms) for key, forms in data["words"].items()},
    )
