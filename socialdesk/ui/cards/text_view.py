"""The text of a post on a card: read-only rich text as tall as its content (the card
area scrolls as one; no card has a scroll bar of its own).

A keystroke changes a segment or two of the card's text, so only those are replaced in
the document: Qt lays out again the paragraph they are in, not the whole post (and
parses no HTML), which is most of what a card costs per keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from socialdesk.preview import Segment
from socialdesk.ui.common.widgets import viewport_of


def utf16_length(text: str) -> int:
    """Positions in a Qt document count UTF-16 units: an emoji outside the BMP is two."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2  # a lone surrogate is one


@cache
def _char_format(colour: str, background: str, bold: bool, href: str) -> QTextCharFormat:
    style = QTextCharFormat()
    style.setForeground(QColor(colour))
    if background:
        style.setBackground(QColor(background))
    if bold:
        style.setFontWeight(QFont.Weight.DemiBold)
    if href:
        style.setAnchor(True)
        style.setAnchorHref(href)
    return style


def _char_format_of(segment: Segment) -> QTextCharFormat:
    return _char_format(segment.colour, segment.background, segment.bold, segment.href)


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
        document = self.document()
        document.setDocumentMargin(0)
        document.setUndoRedoEnabled(False)  # shown, never edited: no history to keep
        viewport_of(self).setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self._segments: tuple[Segment, ...] = ()
        self._content_height = 0
        self._replacing = False
        self._lines = QTextBlockFormat()
        document.documentLayout().documentSizeChanged.connect(self._size_changed)

    def set_line_height(self, pixels: int) -> None:
        """Every line `pixels` tall, as the feed's style sheet sets it. Left to the fonts,
        a line holding Chinese or an emoji is a pixel or more taller than a Latin one,
        so a keystroke that brings one into view changed the height of the card."""
        self._lines.setLineHeight(pixels, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(self._lines)  # new paragraphs take their block's format

    def show_segments(self, segments: Sequence[Segment]) -> None:
        """Show the styled text, replacing only the segments that changed."""
        new = tuple(segments)
        old = self._segments
        if new == old:
            return
        document = self.document()
        offsets = [0]  # where each old segment starts in the document
        for segment in old:
            offsets.append(offsets[-1] + utf16_length(segment.text))
        if document.characterCount() - 1 != offsets[-1]:
            # Qt wrote some text otherwise than given ("\r\n" as one break, a noncharacter
            # dropped): the offsets would be wrong, so this time the text is written anew
            document.clear()
            QTextCursor(document).setBlockFormat(self._lines)
            old, offsets = (), [0]
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        old_end, new_end = len(old), len(new)
        while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
            old_end -= 1
            new_end -= 1
        if old_end - start == new_end - start:
            # as many segments as before (a keystroke, the limit's mark moving on): each
            # changed one is replaced, the unchanged ones between them are left alone
            changes = [(i, i + 1, i, i + 1) for i in range(start, old_end) if old[i] != new[i]]
        else:
            changes = [(start, old_end, start, new_end)]
        self._replacing = True  # one new height at the end, not one per change
        try:
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            for old_from, old_to, new_from, new_to in reversed(changes):  # keeps offsets true
                cursor.setPosition(offsets[old_from])
                cursor.setPosition(offsets[old_to], QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                for segment in new[new_from:new_to]:
                    cursor.insertText(segment.text, _char_format_of(segment))
            cursor.endEditBlock()
        finally:
            self._replacing = False
        self._segments = new
        self._size_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # One more line keeps the lines above where they were: Qt draws the new line and
        # what the document says changed, not the whole post (set once in a window, where
        # Qt keeps the list of such widgets).
        for widget in (self, self.viewport()):
            widget.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

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
