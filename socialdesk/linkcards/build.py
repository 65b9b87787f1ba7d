"""A link's card: from the cache, else fetched, parsed, its image downloaded and scaled.

Blocking: the window calls `link_card` from a worker thread.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import replace

import requests

from socialdesk.linkcards.cache import LinkCardCache
from socialdesk.linkcards.fetch import IMAGE_CAP, TIMEOUT_S, FetchError, check_scheme, fetch
from socialdesk.linkcards.model import LinkCard
from socialdesk.linkcards.parse import decode_page, parse_tags

IMAGE_SIDE = 800  # cards are drawn at most ~600 px wide
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def link_card(
    url: str,
    cache: LinkCardCache | None = None,
    session: requests.Session | None = None,
    timeout: float = TIMEOUT_S,
) -> LinkCard:
    """The card for `url`. A page that cannot be fetched gives a domain-only card with
    `problem` set (not cached, so it is tried again later); a page without tags gives a
    domain-only card, like the feeds show."""
    store = cache or LinkCardCache()
    cached = store.get(url)
    if cached is not None:
        return cached
    http = session or requests.Session()
    try:
        page = fetch(url, session=http, timeout=timeout)
    except FetchError as exc:
        return LinkCard(url=url, problem=str(exc))
    if not page.content_type or page.content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        tags = parse_tags(decode_page(page.body, page.content_type), page.url)
    else:
        tags = None  # a PDF, an image...: the feeds show the domain
    card = LinkCard(url=url, final_url=page.url)
    image: bytes | None = None
    if tags is not None:
        card = LinkCard(
            url=url,
            final_url=page.url,
            title=tags.title,
            description=tags.description,
            site_name=tags.site_name,
            image_url=tags.image_url,
            twitter_card=tags.twitter_card,
        )
        if tags.image_url:
            card, image = _with_image(card, store, http, timeout)
    store.put(card, image)
    return card


def _with_image(
    card: LinkCard, store: LinkCardCache, http: requests.Session, timeout: float
) -> tuple[LinkCard, bytes | None]:
    """The card with its image scaled to IMAGE_SIDE; unchanged if the image is unusable."""
    try:
        check_scheme(card.image_url)
        got = fetch(
            card.image_url, cap=IMAGE_CAP + 1, accept="image/*", session=http, timeout=timeout
        )
    except FetchError:
        return card, None
    if got.truncated:
        return card, None
    scaled = scale_image(got.body)
    if scaled is None:
        return card, None
    data, suffix, (width, height) = scaled
    name = store.image_name(card.url, suffix)
    return replace(card, image=name, image_width=width, image_height=height), data


def scale_image(data: bytes) -> tuple[bytes, str, tuple[int, int]] | None:
    """A copy at most IMAGE_SIDE on its longest side (JPEG, or PNG with transparency),
    the suffix, and the original's size; None for something that is not an image."""
    from PIL import Image, UnidentifiedImageError

    from socialdesk.media.probe import open_image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with open_image(io.BytesIO(data)) as image:
                size = image.size
                image.seek(0)  # an animated image: its first frame
                picture = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombWarning):
        return None
    except Image.DecompressionBombError:
        return None
    picture.thumbnail((IMAGE_SIDE, IMAGE_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    lowest_alpha = picture.getchannel("A").getextrema()[0]
    if isinstance(lowest_alpha, int) and lowest_alpha < 255:
        picture.save(out, "PNG", optimize=True)
        return out.getvalue(), ".png", size
    picture.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue(), ".jpg", size
