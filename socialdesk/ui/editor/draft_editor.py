"""The text editors: plain text with hashtags, mentions and links highlighted as you type,
and the part past the selected platform's limit marked red. Other features (proofing)
add their marks through `EntityHighlighter.marks`.

Positions: Python strings index code points, Qt documents UTF-16 units. An emoji
outside the BMP is one code point but two units, so offsets are converted here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextBlockUserData,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QFrame, QPlainTextEdit, QWidget

from socialdesk.platforms import Platform
from socialdesk.ui.common.even_weight import even_weight
from socialdesk.ui.common.theme import editor_font
from socialdesk.ui.common.widgets import fill_rect, viewport_of

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Past this size, per-block entity highlighting is skipped so a huge paste stays fluid;
# the over-limit mark still shows.
HIGHLIGHT_MAX_CHARS = 200_000
_BLOCKS_ONE_BY_ONE = 40
# (start, end) in code points of one block, and how to change the format there
Mark = tuple[int, int, Callable[[QTextCharFormat], None]]


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 offset of code point `index` in `text`."""
    return index + len(_ASTRAL.findall(text, 0, index))


class _Marked(QTextBlockUserData):
    """The text a block had when it was last given its marks."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class EntityHighlighter(QSyntaxHighlighter):
    """Colours one platform's entities and marks everything from `over_position` on."""

    def __init__(self, document: QTextDocument, platform: Platform) -> None:
        super().__init__(document)
        self.platform = platform
        self.over_position: int | None = None  # UTF-16 position in the document
        self.entities_enabled = True
        self.dark = False
        # a block's text → extra marks (spelling); they add to the formats already there
        self.marks: Callable[[str], Iterable[Mark]] | None = None
        # a block's old text, after it was edited into another: what `marks` keeps for
        # it can go (or every version of a line typed into is kept)
        self.unmarked: Callable[[str], None] | None = None
        self._formats: dict[str, QTextCharFormat] = {}
        self._over = QTextCharFormat()
        self._make_formats()

    def _make_formats(self) -> None:
        colours = self.platform.colors
        link = QColor(colours["link"])
        if self.dark:
            link = link.lighter(135)
        self._formats = {}
        for kind in ("hashtag", "cashtag", "topic", "mention", "list", "link", "url"):
            fmt = QTextCharFormat()
            fmt.setForeground(link)
            if kind in ("mention", "list", "link"):
                fmt.setFontWeight(QFont.Weight.DemiBold)
            if kind == "url":
                fmt.setFontUnderline(True)
            self._formats[kind] = fmt
        self._over = QTextCharFormat()
        self._over.setBackground(QColor("#4A1C22" if self.dark else "#FFDDE1"))
        self._over.setForeground(QColor("#FF8A8A" if self.dark else "#C4001D"))

    def set_platform(self, platform: Platform) -> None:
        if platform is not self.platform:
            self.platform = platform
            self._make_formats()
            self.rehighlight()

    def set_dark(self, dark: bool) -> None:
        if dark != self.dark:
            self.dark = dark
            self._make_formats()
            self.rehighlight()

    def set_entities_enabled(self, enabled: bool) -> None:
        if enabled != self.entities_enabled:
            self.entities_enabled = enabled
            self.rehighlight()

    def set_over_position(self, position: int | None) -> None:
        """Mark the document red from `position` (UTF-16) on; rehighlight only what moved."""
        old = self.over_position
        if position == old:
            return
        self.over_position = position
        document = self.document()
        if document is None:
            return
        end = document.characterCount()
        low = min(p if p is not None else end for p in (old, position))
        high = max(p if p is not None else end for p in (old, position))
        first, last = document.findBlock(low), document.findBlock(high)
        if not last.isValid():
            last = document.lastBlock()
        if last.blockNumber() - first.blockNumber() > _BLOCKS_ONE_BY_ONE:
            self.rehighlight()  # one pass; block by block relayouts each time
            return
        block = first
        while block.isValid() and block.position() <= high:
            self.rehighlightBlock(block)
            block = block.next()

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        astral = _ASTRAL.search(text) is not None
        length16 = utf16_offset(text, len(text)) if astral else len(text)
        over = self.over_position
        over_from = None
        if over is not None and over < block_start + length16 + 1:
            over_from = max(0, over - block_start)
            self.setFormat(over_from, length16 - over_from, self._over)
        if not self.entities_enabled:
            return
        document = self.document()
        if document is not None and document.characterCount() > HIGHLIGHT_MAX_CHARS:
            return  # a huge paste: the flag flips after it, this saves the first pass
        self._entities(text, astral, over_from)
        if self.marks is not None:
            self._remember_marked(text)
            for start, end, change in self.marks(text):
                if astral:
                    start, end = utf16_offset(text, start), utf16_offset(text, end)
                for position in range(start, end):  # keep each character's colour
                    fmt = self.format(position)
                    change(fmt)
                    self.setFormat(position, 1, fmt)

    def _remember_marked(self, text: str) -> None:
        marked = self.currentBlockUserData()
        if isinstance(marked, _Marked) and marked.text == text:
            return
        if isinstance(marked, _Marked) and self.unmarked is not None:
            self.unmarked(marked.text)
        self.setCurrentBlockUserData(_Marked(text))

    def _entities(self, text: str, astral: bool, over_from: int | None) -> None:
        for entity in self.platform.entities(text):
            start, end = entity.start, entity.end
            if astral:
                start, end = utf16_offset(text, start), utf16_offset(text, end)
            fmt = self._formats.get(entity.kind)
            if fmt is None:
                continue
            if over_from is not None and end > over_from:
                fmt = QTextCharFormat(fmt)
                fmt.setBackground(self._over.background())
            self.setFormat(start, end - start, fmt)


class DraftEditor(QPlainTextEdit):
    """A plain-text editor for a post; `text_edited` fires for the writer's edits only."""

    text_edited = Signal(str)

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFont(editor_font())
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(12)
        self._draw_on_a_layer()
        self.highlighter = EntityHighlighter(self.document(), platform)
        # one undo history for the whole draft (the document's), not one per editor
        self.setUndoRedoEnabled(False)
        self._programmatic = False
        self._last_text = ""
        self.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        """The writer's text, as it will be posted (line breaks as \\n, NBSP kept)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        """Replace the text without reporting it as an edit (loading, reverting)."""
        if text == self._last_text and text == self.text():
            return
        self._programmatic = True
        try:
            self._update_highlight_mode(len(text))
            self.setPlainText(text)
            self._last_text = text
        finally:
            self._programmatic = False

    def follow(self, text: str) -> None:
        """Show `text` unless the editor holds it already: cheap when the change came
        from typing here, a replaced text when it came from code."""
        if text != self._last_text:
            self.set_text(text)

    def _on_text_changed(self) -> None:
        if self._programmatic:
            return
        text = self.text()
        if text == self._last_text:
            return  # formatting only (highlighter)
        self._last_text = text
        self._update_highlight_mode(len(text))
        self.text_edited.emit(text)

    def _update_highlight_mode(self, length: int) -> None:
        self.highlighter.set_entities_enabled(length <= HIGHLIGHT_MAX_CHARS)

    def set_over_index(self, index: int | None) -> None:
        """Mark the text red from code point `index` (None: nothing is over)."""
        if index is None:
            self.highlighter.set_over_position(None)
        else:
            self.highlighter.set_over_position(utf16_offset(self._last_text, index))

    # -- the text at one weight in light and dark (ui/common/even_weight.py) -------------
    def _draw_on_a_layer(self) -> None:
        """The viewport draws onto a transparent layer, the editor fills the background.
        Qt draws its caret by inverting the pixels under it, and a layer has none (the
        caret vanished on white), so the editor blinks a caret of its own."""
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        viewport = viewport_of(self)
        viewport.setAutoFillBackground(False)
        even_weight(viewport)
        self.setCursorWidth(0)
        self._caret_on = True
        self._caret_drawn = QRect()
        self._blink = QTimer(self)
        self._blink.timeout.connect(self._toggle_caret)
        self.cursorPositionChanged.connect(self._show_caret)

    def caret_rect(self) -> QRect:
        """Where the caret is drawn, in viewport coordinates."""
        rect = self.cursorRect()
        return QRect(rect.x(), rect.y(), 1, rect.height())

    def _show_caret(self) -> None:
        """Solid while the writer types or moves, blinking as Qt's does after that."""
        self._caret_on = True
        flash = QApplication.cursorFlashTime()
        if flash > 0 and self.hasFocus():
            self._blink.start(flash // 2)
        self._repaint_caret()

    def _repaint_caret(self) -> None:
        """Where the caret was drawn and where it is now; the text repaints its own changes."""
        self.viewport().update(self._caret_drawn)
        self.viewport().update(self.caret_rect())

    def _toggle_caret(self) -> None:
        self._caret_on = not self._caret_on
        self._repaint_caret()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_caret()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._blink.stop()
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._caret_on and self.hasFocus() and not self.isReadOnly():
            self._caret_drawn = self.caret_rect()
            painter = QPainter(self.viewport())
            fill_rect(painter, self._caret_drawn, self.palette().color(QPalette.ColorRole.Text))
