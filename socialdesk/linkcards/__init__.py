"""Link cards: the preview a feed shows under a post for its first link."""

from __future__ import annotations

from socialdesk.linkcards.build import link_card
from socialdesk.linkcards.cache import LinkCardCache
from socialdesk.linkcards.find import first_link
from socialdesk.linkcards.model import LinkCard

__all__ = ["LinkCard", "LinkCardCache", "first_link", "link_card"]
