"""Link cards: the preview a feed shows under a post for its first link.

`link_card` (fetching: requests, Beautiful Soup) loads on first use, so the window can
show cached cards without importing the network stack at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialdesk.lazy import lazy_names
from socialdesk.linkcards.cache import LinkCardCache
from socialdesk.linkcards.find import first_link
from socialdesk.linkcards.model import LinkCard

if TYPE_CHECKING:
    from socialdesk.linkcards.build import link_card

__getattr__ = lazy_names(globals(), {"build": ("link_card",)})

__all__ = ["LinkCard", "LinkCardCache", "first_link", "link_card"]
