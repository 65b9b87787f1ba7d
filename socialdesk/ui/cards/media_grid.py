"""A card's images, laid out as that platform's feed does, with the platform's media
rules checked live underneath.

The geometry (tiles, centre crops) comes from `socialdesk.media.layout`; this widget
only paints it. Thumbnails are decoded once per file version and shared by every card.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from socialdesk.draft import MediaItem
from socialdesk.media.check import by_post, inspect
from socialdesk.media.layout import MediaLayout, Tile, crop_box, layout_media
from socialdesk.media.locate import Located, resolve_in_folder
from socialdesk.media.probe import MAX_PROBE_BYTES
from socialdesk.media.rules import MediaProblem, MediaRules, check_images
from socialdesk.readfile import FileProblem, check_path
from socialdesk.ui.common.core_texts import core_message

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

THUMB_SIDE = 900  # decoded size: sharp on a wide card, cheap to keep
_THUMBS: dict[tuple[str, int, int], QImage] = {}
_MAX_THUMBS = 64


def thumbnail(path: Path) -> QImage | None:
    """The picture at `path`, upright and at most THUMB_SIDE pixels; None if unreadable.
    Only a regular file is read: a draft may name a FIFO (opening it would wait for ever)
    or a device."""
    try:
        check_path(path)
        st = os.stat(path)
    except (OSError, FileProblem):
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_PROBE_BYTES:
        return None
    key = (str(path), st.st_mtime_ns, st.st_size)
    cached = _THUMBS.get(key)
    if cached is not None:
        return cached
    from PySide6.QtGui import QImageReader  # its class, and QImage's, made with a picture

    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # EXIF orientation: show phone photos upright
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > THUMB_SIDE:
        reader.setScaledSize(
            size.scaled(THUMB_SIDE, THUMB_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        return None
    if len(_THUMBS) >= _MAX_THUMBS:
        _THUMBS.pop(next(iter(_THUMBS)))
    _THUMBS[key] = image
    return image


@dataclass
class ShownImage:
    """One image chosen for this card: where it is, and its picture if it could be read."""

    found: Located
    image: QImage | None

    @property
    def missing(self) -> bool:
        return self.image is None


class MediaCanvas(QWidget):
    """Paints the tiles. It asks for the height the feed's layout needs at its width, but
    may be given less (a short window): then the whole layout is drawn scaled down, so
    the pictures never force the window taller than the screen."""

    MIN_HEIGHT = 90

    def __init__(self, kind: str, shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.shown = shown
        self.images: list[ShownImage] = []
        self.layout_now: MediaLayout | None = None
        self.dark = False
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_images(self, images: list[ShownImage]) -> None:
        self.images = images
        self._relayout(self.width())
        self.update()

    def _aspects(self) -> list[float]:
        return [
            item.image.width() / item.image.height()
            if item.image is not None and item.image.height()
            else 1.0
            for item in self.images
        ]

    def _relayout(self, width: int) -> None:
        width = max(width, 120)
        before = self.layout_now.height if self.layout_now is not None else -1.0
        self.layout_now = layout_media(self.kind, self._aspects(), float(width), self.shown)
        if round(self.layout_now.height) != round(before):
            self.updateGeometry()

    def wanted_height(self) -> int:
        return round(self.layout_now.height) if self.layout_now is not None else 0

    def scale(self) -> float:
        """How much the layout is shrunk to fit the height the card could give."""
        wanted = self.wanted_height()
        return min(1.0, self.height() / wanted) if wanted else 1.0

    def _origin(self) -> QPointF:
        layout = self.layout_now
        width = layout.width * self.scale() if layout is not None else 0.0
        return QPointF((self.width() - width) / 2 if self.scale() < 1.0 else 0.0, 0.0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._relayout(event.size().width())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(400, self.wanted_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, min(self.wanted_height(), self.MIN_HEIGHT))

    def tile_at(self, point: QPointF) -> Tile | None:
        if self.layout_now is None:
            return None
        origin, scale = self._origin(), self.scale()
        point = QPointF((point.x() - origin.x()) / scale, (point.y() - origin.y()) / scale)
        for tile in self.layout_now.tiles:
            if QRectF(tile.x, tile.y, tile.w, tile.h).contains(point):
                return tile
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tile = self.tile_at(QPointF(event.pos()))
            if tile is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(tile.index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_for(self, index: int) -> str:
        item = self.images[index]
        if item.missing:
            return self.tr("Cannot show {image}: {path}").format(
                image=item.found.label, path=item.found.path
            )
        alt = item.found.item.alt
        return (
            self.tr("{image} — alt text: {alt}").format(image=item.found.label, alt=alt)
            if alt
            else self.tr("{image} (no alt text)").format(image=item.found.label)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_now
        if layout is None or not layout.tiles:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(self._origin())
        painter.scale(self.scale(), self.scale())
        outline = QPainterPath()
        outline.addRoundedRect(
            QRectF(0, 0, layout.width, layout.height), layout.radius, layout.radius
        )
        painter.setClipPath(outline)
        for tile in layout.tiles:
            self._paint_tile(painter, tile, layout)
        painter.end()

    def _paint_tile(self, painter: QPainter, tile: Tile, layout: MediaLayout) -> None:
        rect = QRectF(tile.x, tile.y, tile.w, tile.h)
        item = self.images[tile.index]
        if item.image is None:
            painter.fillRect(rect, QColor("#3A2226" if self.dark else "#FBE3E6"))
            painter.setPen(QPen(QColor("#B00020" if not self.dark else "#FFB3BC")))
            painter.drawText(
                rect.adjusted(6, 6, -6, -6),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Missing image {number}").format(number=item.found.number)
                + "\n"
                + item.found.path.name,
            )
        else:
            x, y, w, h = crop_box(item.image.width(), item.image.height(), tile.w, tile.h)
            painter.drawImage(rect, item.image, QRectF(x, y, w, h))
        is_last = tile is layout.tiles[-1]
        if is_last and layout.more:
            painter.fillRect(rect, QColor(0, 0, 0, 120))
            font = QFont(self.font())
            font.setPointSizeF(max(12.0, min(tile.w, tile.h) / 5))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{layout.more}")
        if self.kind == "twitter" and item.found.item.alt and item.image is not None:
            self._paint_alt_badge(painter, rect)

    def _paint_alt_badge(self, painter: QPainter, rect: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(8)
        font.setBold(True)
        painter.setFont(font)
        badge = QRectF(rect.left() + 8, rect.bottom() - 26, 32, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 190))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "ALT")


class MediaGrid(QWidget):
    """The images chosen for one platform, its layout, and what its rules say about them."""

    fix_requested = Signal(str)  # platform id: make fitting copies of its images

    def __init__(self, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pid = pid
        self.rules = MediaRules.for_platform(pid)
        self.problems: list[MediaProblem] = []
        self.dark = False
        # as tall as the pictures need, never stretched (spare room stays under the post)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.canvas = MediaCanvas(self.rules.layout, self.rules.shown)
        self.canvas.setAccessibleName(
            self.tr("Images as {name} shows them").format(name=self.rules.name)
        )
        layout.addWidget(self.canvas)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel()
        self.notice.setObjectName("MediaNotice")
        self.notice.setWordWrap(True)
        notice_row.addWidget(self.notice, 1)
        self.fix_button = QPushButton(self.tr("Make it fit"))
        self.fix_button.setToolTip(
            self.tr(
                "Make smaller or converted copies of the images that are too large or in a "
                "format this platform does not take. The original files stay as they are."
            )
        )
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self.pid))
        notice_row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(notice_row)
        self.notice.hide()
        self.fix_button.hide()
        self.hide()

    @property
    def images(self) -> list[ShownImage]:
        return self.canvas.images

    def set_media(
        self,
        media: list[MediaItem],
        base: Path | None,
        post: tuple[int, int] | None = None,
        rules: MediaRules | None = None,
    ) -> None:
        """Show the draft's images that go to this platform; `base` is the draft's folder.
        `post` (number, how many): only those on that post of a thread, checked as
        publishing checks them (`media.check`), numbered as in the draft. `rules`: the
        platform's on the draft's publishing path (`media.check.rules_for`, which `check`
        and Publish use too), kept until new ones come."""
        if rules is not None:
            self.rules = rules
        chosen = [
            Located(number, item, resolve_in_folder(base, item.path))
            for number, item in enumerate(media, start=1)
            if item.goes_to(self.pid)
        ]
        if post is not None:
            chosen = by_post(chosen, post[1]).get(post[0], [])
        self.canvas.set_images([ShownImage(found, thumbnail(found.path)) for found in chosen])
        self.problems = (
            check_images(self.rules, [inspect(found) for found in chosen], post) if chosen else []
        )
        self._show_problems()
        self.setVisible(bool(chosen))

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.canvas.dark = dark
        self.canvas.update()
        self._show_problems()

    def _show_problems(self) -> None:
        errors = [p for p in self.problems if p.level == "error"]
        if not errors:
            self.notice.hide()
            self.fix_button.hide()
            return
        text = core_message(errors[0].message)  # in the interface language where known
        if len(errors) > 1:
            text += self.tr("  (+{count} more)").format(count=len(errors) - 1)
        self.notice.setText(text)
        self.notice.setToolTip("\n\n".join(core_message(p.message) for p in errors))
        fg, bg = ("#FFB3BC", "#4A1C22") if self.dark else ("#8B0A1A", "#FDE2E4")
        self.notice.setStyleSheet(
            f"background: {bg}; color: {fg}; border-radius: 6px; padding: 4px 8px;"
        )
        self.notice.show()
        self.fix_button.setVisible(any(p.fixable for p in errors))
