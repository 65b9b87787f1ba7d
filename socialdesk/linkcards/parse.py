"""Reading a page's Open Graph and Twitter Card tags with Beautiful Soup.

Beautiful Soup with Python's own `html.parser` copes with the broken markup real pages
have, and is pure Python (wheels for every OS). Charset: the HTTP header wins, then a
byte order mark, then `<meta charset>` / `http-equiv`, then detection; names are mapped
the way browsers map them (WHATWG Encoding), so `gb2312` pages decode as GBK.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag
from bs4.dammit import EncodingDetector, UnicodeDammit

# Labels browsers read as a wider encoding than their name says (WHATWG Encoding).
_BROWSER_ENCODINGS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
    "tis-620": "cp874",
    "iso-8859-9": "cp1254",
}

MAX_TEXT = 300  # a description is cut by every feed long before this


@dataclass(frozen=True)
class PageTags:
    title: str = ""
    description: str = ""
    site_name: str = ""
    image_url: str = ""  # absolute
    twitter_card: str = ""


def charset_from_header(content_type: str) -> str | None:
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip().lower() if isinstance(charset, str) and charset.strip() else None


def browser_codec(label: str | None) -> str | None:
    """The Python codec a browser would use for a charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().lower()
    name = _BROWSER_ENCODINGS.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(body: bytes, content_type: str = "") -> str:
    codec = browser_codec(charset_from_header(content_type))
    if codec is None:
        bom_codec = EncodingDetector.strip_byte_order_mark(body)[1]
        codec = browser_codec(bom_codec)
        if codec is not None:
            body = EncodingDetector.strip_byte_order_mark(body)[0]
    if codec is None:
        codec = browser_codec(EncodingDetector.find_declared_encoding(body, is_html=True))
    if codec is not None:
        return body.decode(codec, errors="replace")
    return UnicodeDammit(body, is_html=True).unicode_markup or ""


def parse_tags(html: str, base_url: str) -> PageTags:
    """The card fields of a page; relative image addresses are resolved against `base_url`
    (or the page's `<base href>`)."""
    soup = BeautifulSoup(html, "html.parser")
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            meta.setdefault(key.strip().lower(), _clean(content))
    title = meta.get("og:title") or meta.get("twitter:title") or _title(soup)
    description = (
        meta.get("og:description") or meta.get("twitter:description") or meta.get("description", "")
    )
    image = (
        meta.get("og:image:secure_url")
        or meta.get("og:image")
        or meta.get("og:image:url")
        or meta.get("twitter:image")
        or meta.get("twitter:image:src", "")
    )
    base = soup.find("base", href=True)
    if isinstance(base, Tag) and isinstance(base.get("href"), str):
        base_url = urljoin(base_url, str(base["href"]))
    return PageTags(
        title=title[:MAX_TEXT],
        description=description[:MAX_TEXT],
        site_name=meta.get("og:site_name", "")[:MAX_TEXT],
        image_url=urljoin(base_url, image) if image else "",
        twitter_card=meta.get("twitter:card", ""),
    )


def _title(soup: BeautifulSoup) -> str:
    tag = soup.find("title")
    return _clean(tag.get_text()) if isinstance(tag, Tag) else ""


def _clean(value: str) -> str:
    return " ".join(value.split())
