"""Opening sizes that fit the screen: a 1280×800 laptop must see a window's buttons."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# room for the title bar and frame the window system adds around the widget
FRAME_ALLOWANCE = (16, 48)


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or less where the screen's free area is smaller
    (never below the widget's own minimum: Qt keeps that)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_ALLOWANCE[0])
        height = min(height, free.height() - FRAME_ALLOWANCE[1])
    widget.resize(width, height)
