"""How one platform shows a link card: a large picture card, a small one with a thumbnail,
or the domain alone, from the page's tags and the platform's rules (platforms.json)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from socialdesk.linkcards.model import LinkCard
from socialdesk.platforms.chrome import chrome

Layout = Literal["large", "small", "domain"]


@dataclass(frozen=True)
class CardView:
    layout: Layout
    domain: str  # as the platform writes it
    title: str
    description: str
    show_image: bool


def card_view(pid: str, card: LinkCard) -> CardView:
    style = chrome(pid).link_card
    domain = card.domain.upper() if style.uppercase_domain else card.domain
    if card.domain_only:
        return CardView("domain", domain, "", "", False)
    big_enough = min(card.image_width, card.image_height) >= style.min_image_px
    show_image = bool(card.image) and big_enough
    layout = style.layouts.get(card.twitter_card, style.layouts.get("", "large"))
    if not show_image:
        layout = style.without_image
        if layout == "domain":  # VK: no snippet without a suitable picture
            return CardView("domain", domain, "", "", False)
    # a small card has room for a thumbnail, if the image exists at all
    if layout == "small" and card.image and not show_image:
        show_image = min(card.image_width, card.image_height) >= 60
    return CardView(
        "large" if layout == "large" else "small",
        domain,
        card.title,
        card.description,
        show_image,
    )
