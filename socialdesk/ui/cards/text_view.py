"""The text of a post on a card: read-only rich text as tall as its content."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget


class CardTextView(QTextBrowser):
    """The post text: read-only rich text whose preferred height is its content's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
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
        """Replace the text. A shown scroll bar is kept up meanwhile: the emptied document
        would hide it and the new one show it again, laying the text out at two widths."""
        keep_bar = self.verticalScrollBar().isVisibleTo(self)
        if keep_bar:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._replacing = True  # the emptied document's height is no news to the layout
        try:
            self.setHtml(page)
        finally:
            self._replacing = False
            if keep_bar:
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._size_changed()

    def _size_changed(self) -> None:
        if self._replacing:
            return
        height = int(self.document().size().height()) + 2
        if height != self._content_height:
            self._content_height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(200, max(self._content_height, 20))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, min(max(self._content_height, 20), 60))
