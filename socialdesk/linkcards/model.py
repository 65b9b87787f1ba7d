"""A link card: what a feed shows under a post for its first link, from the page's tags."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class LinkCard:
    """The page behind `url` as the feeds summarise it.

    `image` is the file name of the scaled copy in the cache folder ("" without one);
    `image_width`/`image_height` are the original's, since platforms skip small images.
    A card without a title is domain-only: all a feed shows for a page without tags.
    """

    url: str  # as written in the post
    final_url: str = ""  # after redirects
    title: str = ""
    description: str = ""
    site_name: str = ""
    image_url: str = ""
    image: str = ""
    image_width: int = 0
    image_height: int = 0
    twitter_card: str = ""  # "summary", "summary_large_image", ... or ""
    problem: str = ""  # why the page could not be read; such a card is never cached

    @property
    def domain(self) -> str:
        host = urlsplit(self.final_url or self.url).hostname or ""
        return host.removeprefix("www.")

    @property
    def domain_only(self) -> bool:
        return not self.title

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> LinkCard:
        """A card from the cache; anything malformed raises ValueError."""
        if not isinstance(data, dict) or not isinstance(data.get("url"), str):
            raise ValueError("not a link card")
        values: dict[str, Any] = {}
        for name, default in asdict(cls(url="")).items():
            value = data.get(name, default)
            if type(value) is not type(default):
                raise ValueError(f"link card field {name!r} has the wrong type")
            values[name] = value
        return cls(**values)
