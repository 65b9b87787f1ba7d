"""The parts of a platform card that are not the card itself: the feeds' UI-only looks
(badge, feed background; their words and typography are core data in
`socialdesk.platforms.chrome`), state and notice styles, and the post text view."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class CardLook(NamedTuple):
    """What only the window draws of a feed: its badge, the author name's colour, the
    feed behind posts (light, dark) and the counter colour while a post fits."""

    glyph: str
    brand: str  # badge colour
    name_role: str = "text"  # colour role of the author name
    feed: tuple[str, str] = ("#F2F3F5", "#141517")
    ring: str | None = None  # default: the platform's accent


LOOKS: dict[str, CardLook] = {
    "vk": CardLook("VK", "#0077FF", name_role="link", feed=("#EDEEF0", "#0A0A0A")),
    "weibo": CardLook(
        "微",
        "#E6162D",
        name_role="accent",
        feed=("#F2F2F5", "#101010"),
        ring="#7A8699",  # Weibo's orange accent would read as a warning
    ),
    "twitter": CardLook("𝕏", "#000000", feed=("#F7F9F9", "#16181C")),
    "facebook": CardLook("f", "#1877F2", feed=("#F0F2F5", "#18191A")),
}
DEFAULT_LOOK = CardLook("•", "#5A6270")

STATE_LABELS = {
    "master": QT_TRANSLATE_NOOP("PlatformCard", "Inherits master"),
    "edited": QT_TRANSLATE_NOOP("PlatformCard", "Edited"),
    "translated": QT_TRANSLATE_NOOP("PlatformCard", "Translated"),
    "template": QT_TRANSLATE_NOOP("PlatformCard", "From template"),
}

NOTICE_COLOURS = {
    "info": ("#E8F1FD", "#0B4A8B", "#17324F", "#B7D4F7"),
    "warning": ("#FFF4D6", "#7A4F00", "#3D3010", "#F5D58A"),
    "error": ("#FDE2E4", "#8B0A1A", "#4A1C22", "#FFB3BC"),
}
