"""The Templates dialog's code editor: line numbers, the error line marked, and Jinja
syntax highlighting that follows the theme."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from socialdesk.ui.common.theme import MONO_FAMILIES, font_with_fallbacks
from socialdesk.ui.common.widgets import RED

# -- the code editor ---------------------------------------------------------------------


class JinjaHighlighter(QSyntaxHighlighter):
    """Tags, expressions, comments and strings of a Jinja template in distinct colours."""

    _TOKENS = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
    _STRING = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")
    _KEYWORD = re.compile(
        r"\b(if|elif|else|endif|for|in|endfor|set|endset|macro|endmacro|call|endcall|"
        r"filter|endfilter|and|or|not|is|break|continue)\b"
    )

    LIGHT: ClassVar[dict[str, str]] = {
        "tag": "#8250DF",
        "expression": "#0550AE",
        "comment": "#6E7781",
        "string": "#0A3069",
        "keyword": "#CF222E",
    }
    DARK: ClassVar[dict[str, str]] = {
        "tag": "#D2A8FF",
        "expression": "#79C0FF",
        "comment": "#8B949E",
        "string": "#A5D6FF",
        "keyword": "#FF7B72",
    }

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        colours = self.DARK if dark else self.LIGHT
        self.tag = self._format(colours["tag"], bold=True)
        self.expression = self._format(colours["expression"])
        self.comment = self._format(colours["comment"], italic=True)
        self.string = self._format(colours["string"])
        self.keyword = self._format(colours["keyword"], bold=True)
        self.rehighlight()

    @staticmethod
    def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(colour))
        if bold:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        fmt.setFontItalic(italic)
        return fmt

    def highlightBlock(self, text: str) -> None:
        # Qt counts UTF-16 units, Python code points: map positions past any emoji
        if any(ord(c) > 0xFFFF for c in text):
            offsets = [0]
            for c in text:
                offsets.append(offsets[-1] + (2 if ord(c) > 0xFFFF else 1))

            def set_format(start: int, length: int, fmt: QTextCharFormat) -> None:
                self.setFormat(offsets[start], offsets[start + length] - offsets[start], fmt)

        else:
            set_format = self.setFormat  # type: ignore[assignment]
        self._highlight(text, set_format)

    def _highlight(
        self, text: str, set_format: Callable[[int, int, QTextCharFormat], None]
    ) -> None:
        # multi-line comments (the JSON header): state 1 means "inside {# ... #}"
        start = 0
        if self.previousBlockState() == 1:
            end = text.find("#}")
            if end < 0:
                set_format(0, len(text), self.comment)
                self.setCurrentBlockState(1)
                return
            set_format(0, end + 2, self.comment)
            start = end + 2
        self.setCurrentBlockState(0)
        for m in self._TOKENS.finditer(text, start):
            token = m.group()
            if token.startswith("{#"):
                set_format(m.start(), len(token), self.comment)
                continue
            fmt = self.tag if token.startswith("{%") else self.expression
            set_format(m.start(), len(token), fmt)
            for s in self._STRING.finditer(token):
                set_format(m.start() + s.start(), len(s.group()), self.string)
            if token.startswith("{%"):
                for k in self._KEYWORD.finditer(token):
                    set_format(m.start() + k.start(), len(k.group()), self.keyword)
        opened = text.rfind("{#", start)
        if opened >= 0 and text.find("#}", opened) < 0:
            set_format(opened, len(text) - opened, self.comment)
            self.setCurrentBlockState(1)


def is_dark(widget: QWidget) -> bool:
    return widget.palette().base().color().lightness() < 128


class _LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    """Monospace editor with line numbers; `mark_error_line` underlines a line in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = font_with_fallbacks(QFont(), MONO_FAMILIES)
        font.setPointSizeF(max(10.0, font.pointSizeF()))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        self.highlighter = JinjaHighlighter(self.document(), is_dark(self))
        self.gutter = _LineNumbers(self)
        self.error_line: int | None = None
        self.blockCountChanged.connect(
            lambda _n: self.setViewportMargins(self.gutter_width(), 0, 0, 0)
        )
        self.updateRequest.connect(self._scroll_gutter)
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        block = self.firstVisibleBlock()
        number = block.blockNumber() + 1
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                is_error = number == self.error_line
                painter.setPen(QColor(RED) if is_error else palette.placeholderText().color())
                painter.drawText(
                    0,
                    top,
                    self.gutter.width() - 6,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(number),
                )
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
            number += 1

    def mark_error_line(self, line: int | None) -> None:
        self.error_line = line
        selections = []
        if line is not None and 1 <= line <= self.blockCount():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(255, 0, 0, 28))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(self.document().findBlockByNumber(line - 1))
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
        self.gutter.update()
