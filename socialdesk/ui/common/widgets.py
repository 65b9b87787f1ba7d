"""Small painted widgets of the cards (avatar placeholder, platform badge, counter ring),
and `viewport_of`, which every scroll area built before the first paint asks through."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QSizePolicy, QWidget

AMBER = "#F5A100"
RED = "#E0245E"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """`area.viewport()`, without its start-up cost. Its return type is `QWidget*`, and the
    first time PySide 6.11 returns a widget made by Qt under that type, it creates every
    QtWidgets class (and ~50 enum types: ~10 ms) to choose the Python class. Found as the
    child Qt names "qt_scrollarea_viewport", it is plainly a QWidget; once PySide has met
    it, `viewport()` returns that same object at no cost."""
    found = area.findChild(
        QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if found is not None else area.viewport()


def fill_rect(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """`painter.fillRect(rect, colour)`. Resolving that call makes PySide build its
    QGradient class (one overload takes a gradient preset: ~1.5 ms) before the first
    paint; a rectangle drawn with the colour as brush and no pen is the same fill."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


def initials(name: str) -> str:
    """Up to two letters for an avatar: "Aurora Coffee" → "AC", "奥罗拉" → "奥"."""
    words = [w for w in name.replace("_", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    first = words[0][0]
    if not first.isascii():
        return first  # CJK names: one character fills the circle
    letters = first + (words[1][0] if len(words) > 1 else "")
    return letters.upper()


class Avatar(QWidget):
    """The account's picture, or a round placeholder with initials in the platform's
    accent colour. Drawn once into a pixmap: an X thread repaints one per part on every
    keystroke."""

    def __init__(self, diameter: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diameter = diameter
        self._text = "?"
        self._colour = QColor("#888888")
        self._picture: QPixmap | None = None
        self._pixmap: QPixmap | None = None  # what paintEvent draws, made from the above
        self.setFixedSize(diameter, diameter)

    def set_identity(self, name: str, colour: str) -> None:
        text, qcolour = initials(name), QColor(colour)
        if (text, qcolour) == (self._text, self._colour):
            return
        self._text, self._colour = text, qcolour
        self._pixmap = None
        self.update()

    def set_picture(self, picture: QPixmap | None) -> None:
        """The account's own profile picture (None: initials on the accent colour)."""
        self._picture = picture if picture is not None and not picture.isNull() else None
        self._pixmap = None
        self.update()

    def has_picture(self) -> bool:
        return self._picture is not None

    def text(self) -> str:
        return self._text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._pixmap = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        if self._pixmap is None or self._pixmap.devicePixelRatio() != ratio:
            self._pixmap = self._draw(ratio)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()

    def _draw(self, ratio: float) -> QPixmap:
        pixmap = QPixmap(round(self._diameter * ratio), round(self._diameter * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        circle = QRectF(0.5, 0.5, self._diameter - 1, self._diameter - 1)
        if self._picture is not None:
            clip = QPainterPath()
            clip.addEllipse(circle)
            painter.setClipPath(clip)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(QRectF(0, 0, self._diameter, self._diameter).toRect(), self._picture)
            painter.end()
            return pixmap
        painter.setBrush(self._colour)
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(self._diameter * (0.42 if len(self._text) == 1 else 0.36))))
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(
            QRectF(0, 0, self._diameter, self._diameter), Qt.AlignmentFlag.AlignCenter, self._text
        )
        painter.end()
        return pixmap


class PlatformBadge(QWidget):
    """The platform's mark: a glyph on its brand colour, as a rounded square."""

    def __init__(self, glyph: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glyph = glyph
        self._colour = QColor(colour)
        self.setFixedSize(22, 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(13 if len(self._glyph) == 1 else 10)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._glyph)
        painter.end()


class CounterRing(QWidget):
    """X-style progress ring: fills with the count, amber near the limit, red over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._limit = 1
        self._near = False
        self._accent = QColor("#1D9BF0")
        self._track = QColor("#CFD9DE")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(24, 24)

    def set_colours(self, accent: str, track: str) -> None:
        self._accent, self._track = QColor(accent), QColor(track)
        self.update()

    def set_count(self, count: int, limit: int, near: bool) -> None:
        if (count, limit, near) == (self._count, self._limit, self._near):
            return
        self._count, self._limit, self._near = count, max(1, limit), near
        self.update()

    @property
    def state(self) -> str:
        """ "ok", "near" or "over": what the colour says."""
        if self._count > self._limit:
            return "over"
        return "near" if self._near else "ok"

    def colour(self) -> QColor:
        return {"over": QColor(RED), "near": QColor(AMBER)}.get(self.state, self._accent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(3, 3, self.width() - 6, self.height() - 6)
        painter.setPen(QPen(self._track, 2.5))
        painter.drawEllipse(rect)
        fraction = min(1.0, self._count / self._limit)
        pen = QPen(self.colour(), 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if fraction >= 1.0:
            painter.drawEllipse(rect)
        elif fraction > 0:
            painter.drawArc(rect, 90 * 16, -int(fraction * 360 * 16))
        painter.end()


class _SizedLabel(QLabel):
    """A label that sets its own size (`_fit`) when its text, font or style changes (a
    style sheet's font weight changes the width)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        raise NotImplementedError


class SteadyLabel(_SizedLabel):
    """A one-line label whose text changes on every keystroke (a count), pinned to the size
    of its text and re-pinned only when that size changes. A plain QLabel asks every
    layout above it to recompute on each new text, and a QTabWidget answers by repainting
    the whole tab: the master editor, on every keystroke."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._fit()

    def _fit(self) -> None:
        hint = self.sizeHint()
        if self.minimumSize() != hint or self.maximumSize() != hint:
            self.setFixedSize(hint)


class Chip(QLabel):
    """A short label on a rounded fill or outline (a card's language and state). Painted:
    a style sheet of its own had Qt's style sheet engine polish each chip at start-up."""

    RADIUS = 4

    def __init__(self, padding: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._padding = padding
        self._fill = ""
        self._outline = ""
        self.setContentsMargins(padding, 0, padding, 0)

    def set_colours(self, text: str, fill: str = "", outline: str = "") -> None:
        """`fill` and `outline` empty: none."""
        set_text_colour(self, text)
        if (fill, outline) != (self._fill, self._outline):
            if bool(outline) != bool(self._outline):  # the outline's pixel, all round
                edge = self._padding + (1 if outline else 0)
                self.setContentsMargins(edge, 1 if outline else 0, edge, 1 if outline else 0)
            self._fill, self._outline = fill, outline
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._fill or self._outline:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(self._outline), 1) if self._outline else Qt.PenStyle.NoPen)
            if self._fill:
                painter.setBrush(QColor(self._fill))
            box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.drawRoundedRect(box, self.RADIUS, self.RADIUS)
            painter.end()
        super().paintEvent(event)


class WrappedLabel(_SizedLabel):
    """A word-wrapped label as tall as its text needs at its width, and no taller. A
    plain wrapped label is laid out height-for-width, which the card area's splitter
    does not do: a card holding one took its height in two steps whenever a card above
    it changed (laid out and drawn twice), and the label took any room a shrinking
    post left for a moment."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        # after setWordWrap, which asks for height-for-width: the height is fixed instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width())
        if height > 0 and height != self.minimumHeight():
            self.setFixedHeight(height)


def escape_html(text: str) -> str:
    """`html.escape(text)`, for text shown in a rich-text label. (The `html` module
    loads its 2,231 named character references for unescaping, ~1 ms before the first
    paint; the window never unescapes.)"""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def open_folder(folder: Path) -> None:
    """Show `folder` in the system's file manager."""
    from PySide6.QtCore import QUrl  # its class is made when first read: not at start-up
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def set_text(label: QLabel, text: str) -> None:
    """Change a label's text only if it differs (a change re-lays out its parent)."""
    if label.text() != text:
        label.setText(text)


def set_style(widget: QWidget, css: str) -> None:
    """Change a style sheet only if it differs (setting one re-polishes the widget)."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def set_text_colour(widget: QWidget, colour: str) -> None:
    """Change the colour of a widget's text, through its palette: a style sheet of its
    own would have Qt's style sheet engine polish the widget (~0.1 ms a label before the
    first paint)."""
    palette, wanted = widget.palette(), QColor(colour)
    if palette.color(QPalette.ColorRole.WindowText) != wanted:
        palette.setColor(QPalette.ColorRole.WindowText, wanted)
        widget.setPalette(palette)


def check_quietly(action: QAction, checked: bool) -> None:
    """Show a state that came from the draft or the settings without sending it back."""
    blocked = action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(blocked)
