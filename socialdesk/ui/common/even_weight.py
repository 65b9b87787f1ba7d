"""Text at the same weight in the light and the dark theme, in every script.

Qt blends the glyphs of CFF fonts (Noto Sans CJK and Source Han Sans, the Chinese faces
of Linux) in linear light, because FreeType darkens their stems for that; TrueType glyphs
(the Latin and Cyrillic faces) it blends as they are. Linear blending thins dark text on
white and fattens light text on black: Chinese in the dark cards, and all of the Weibo
card (its font stack puts a CJK face first), rendered a third bolder than in light
(tests/ui/cards/test_dark_weight.py measures it). Glyphs drawn onto a transparent layer
are blended as they are, whatever the face, so text drawn through `EvenWeight` has one
weight in both themes and in every script.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QGraphicsEffect, QWidget


class EvenWeight(QGraphicsEffect):
    """Paints the widget into a transparent layer, then the layer onto the window. The
    widget must not paint an opaque background of its own (the layer would not help).
    Only the part being painted goes through the layer: a keystroke repaints a line or
    two, not the whole editor or card."""

    def draw(self, painter: QPainter) -> None:
        widget = self.parent()
        assert isinstance(widget, QWidget)
        area = widget.rect()
        engine = painter.paintEngine()
        painted = engine.systemClip() if engine is not None else QRegion()
        if not painted.isEmpty():  # the window's region being painted, in device pixels
            to_widget, _ = painter.deviceTransform().inverted()
            area = area.intersected(
                to_widget.mapRect(QRectF(painted.boundingRect())).toAlignedRect()
            )
        if area.isEmpty():
            return
        ratio = widget.devicePixelRatioF()
        layer = QPixmap((area.size().toSizeF() * ratio).toSize())
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        widget.render(layer, QPoint(), QRegion(area), QWidget.RenderFlag.DrawChildren)
        painter.drawPixmap(area.topLeft(), layer)


def even_weight(*widgets: QWidget) -> None:
    """Draw the text of `widgets` (transparent ones) at one weight in both themes."""
    for widget in widgets:
        widget.setGraphicsEffect(EvenWeight(widget))
