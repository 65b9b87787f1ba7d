"""The card's own frame: a rounded panel drawn opaque, corners in the area's colour.

Opaque, because Qt moves an opaque widget by copying its pixels: when the card above
it grows by a line, this card is copied down instead of being drawn again.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QWidget

RADIUS = 10


class CardFrame(QFrame):
    """A frame that paints every pixel it covers: the rounded card and its corners."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._fill = QColor("#FFFFFF")
        self._outline = QColor("#DADDE2")
        self._outline_width = 1

    def set_frame_colours(self, fill: str, outline: str, outline_width: int) -> None:
        self._fill, self._outline = QColor(fill), QColor(outline)
        self._outline_width = outline_width
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._outline, self._outline_width))
        painter.setBrush(self._fill)
        inset = self._outline_width / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS
        )
        painter.end()
