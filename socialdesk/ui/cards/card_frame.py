"""The card's frames: rounded panels that keep their pixels when the post grows.

A keystroke that wraps the post to one more line makes its card taller. Qt would draw
the whole card again; a frame with static contents is drawn again only where the
change shows (its bottom edge, with the rounded corners that moved) and where its
children moved or changed. The card itself is opaque, corners in the area's colour,
because Qt moves an opaque widget by copying its pixels: the card below a growing one
is copied down instead of being drawn again.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QWidget

from socialdesk.ui.common.widgets import fill_rect

RADIUS = 10
EDGE = RADIUS + 4  # the bottom band a rounded frame redraws when its height changes


class StaticFrame(QFrame):
    """A frame drawn again only where a change of its size shows."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Qt lists static widgets with the window's backing store: set once in a window
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if old.width() != new.width():
            self.update()
        elif old.height() != new.height():
            top = max(0, min(old.height(), new.height()) - EDGE)
            self.update(0, top, new.width(), new.height() - top)


class CardFrame(StaticFrame):
    """A frame that paints every pixel it covers: the rounded panel and its corners (in
    the colour of what it sits on: the window's, or `corners`). Painted, not styled: a
    style sheet on a card styled each of its widgets too (~25 ms at start-up)."""

    def __init__(self, parent: QWidget | None = None, radius: float = RADIUS) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.radius = radius
        self._fill = QColor("#FFFFFF")
        self._outline = QColor("#DADDE2")
        self._outline_width = 1
        self._corners: QColor | None = None

    def set_frame_colours(
        self, fill: str, outline: str, outline_width: int, corners: str | None = None
    ) -> None:
        self._fill, self._outline = QColor(fill), QColor(outline)
        self._outline_width = outline_width
        self._corners = QColor(corners) if corners is not None else None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        corners = self._corners or self.palette().color(QPalette.ColorRole.Window)
        fill_rect(painter, event.rect(), corners)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._outline, self._outline_width))
        painter.setBrush(self._fill)
        inset = self._outline_width / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), self.radius, self.radius
        )
        painter.end()
