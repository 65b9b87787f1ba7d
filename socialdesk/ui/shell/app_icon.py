"""The app icon: `resources/icons/socialdesk.svg` is the source; PNGs in a few sizes are
rendered from it (`python -m socialdesk.ui.shell.app_icon`) so the app and the packaged
executable need no SVG support at run time."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

from socialdesk.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_png(size: int) -> Path:
    return resource_path("icons", f"socialdesk-{size}.png")


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = icon_png(size)
        if path.exists():
            icon.addFile(str(path))
    return icon


def render_pngs() -> list[Path]:
    """Re-render the PNGs from the SVG (needs QtSvg; run when the SVG changes)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(resource_path("icons", "socialdesk.svg")))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = icon_png(size)
        image.save(str(path), "PNG")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in render_pngs():
        print(written_path)
    sys.exit(0)
