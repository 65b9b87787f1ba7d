"""The text of a post on a card: read-only rich text as tall as its content (the card
area scrolls as one; no card has a scroll bar of its own)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget


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
