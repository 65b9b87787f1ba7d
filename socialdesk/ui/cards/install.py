"""The cards' feature hook: link cards under each post, fetched off the GUI thread."""

from __future__ import annotations

from typing import Any

from socialdesk.linkcards import LinkCardCache
from socialdesk.ui.cards.link_cards import LinkCards


def install_link_cards(window: Any, cache: LinkCardCache | None = None) -> LinkCards:
    """Link cards on the window's preview cards; called again, returns the same."""
    existing = getattr(window, "link_cards", None)
    if isinstance(existing, LinkCards):
        return existing
    window.link_cards = LinkCards(window, cache)
    return window.link_cards


__all__ = ["install_link_cards"]
