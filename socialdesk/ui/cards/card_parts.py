"""The parts of a platform card that are not the card itself: the feeds' UI-only looks
(badge, feed background; their words and typography are core data in
`socialdesk.platforms.chrome`), state and notice styles, and the post text view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget


@dataclass(frozen=True)
class CardLook:
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


class CardTextView(QTextBrowser):
    """The post text: read-only rich text as tall as its content. It never scrolls by
    itself: the card area scrolls as one, so no card hides its fold behind a scroll bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self._content_height = 0
        self._replacing = False
        self.document().documentLayout().documentSizeChanged.connect(self._size_changed)

    def set_page(self, page: str) -> None:
        self._replacing = True  # the emptied document's height is no news to the layout
        try:
            self.setHtml(page)
        finally:
            self._replacing = False
        self._size_changed()

    def _size_changed(self) -> None:
        if self._replacing:
            return
        height = int(self.document().size().height()) + 2
        if height != self._content_height:
            self._content_height = height
            self.setFixedHeight(max(height, 20))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_changed()  # a new width wraps the text to a new height

    def sizeHint(self) -> QSize:
        return QSize(200, max(self._content_height, 20))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, max(self._content_height, 20))
