"""The link card under a post, as its platform shows it: a large picture card (X, VK,
Facebook), a small one with a thumbnail (X "summary", Weibo's 网页链接), or the domain
alone for a page without tags. The card itself comes from socialdesk.linkcards,
fetched by LinkCardLoader off the GUI thread; this widget only draws it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialdesk.ui.common.even_weight import even_weight

if TYPE_CHECKING:  # the link-card model loads when a card first has one to show
    from socialdesk.linkcards import LinkCard
    from socialdesk.linkcards.view import CardView

LARGE_ASPECT = 1.91  # Open Graph's 1200 × 630
THUMB = 72


class CardImage(QWidget):
    """The card's picture, cropped to fill its box like the feeds crop it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap()
        self.large = True
        self.overlay = ""  # X writes the domain over the picture
        self.radius = 0.0
        self._cache = QPixmap()
        self._cache_size = QSize()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_image(self, pixmap: QPixmap, large: bool, overlay: str = "") -> None:
        self.pixmap, self.large, self.overlay = pixmap, large, overlay
        self._cache_size = QSize()
        if large:
            self.setMinimumSize(0, round(self.width() / LARGE_ASPECT))
            self.setMaximumSize(16777215, round(self.width() / LARGE_ASPECT))
        else:
            self.setFixedSize(THUMB, THUMB)
        self.updateGeometry()
        self.update()

    def _scaled(self, size: QSize) -> QPixmap:
        """The picture cropped and scaled to `size`, made once per size (a repaint on
        every keystroke must not rescale an 800-pixel image)."""
        if self._cache_size != size:
            scaled = self.pixmap.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = (scaled.width() - size.width()) // 2
            y = (scaled.height() - size.height()) // 2
            self._cache = scaled.copy(x, y, size.width(), size.height())
            self._cache_size = size
        return self._cache

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A large picture keeps the feeds' 1.91:1 at any card width. Its height is pinned
        rather than asked of the layout (heightForWidth), which the card's layouts
        answered with the 300-pixel hint: a strip of picture and gaps in the post."""
        super().resizeEvent(event)
        if self.large:
            height = round(self.width() / LARGE_ASPECT)
            if self.height() != height or self.minimumHeight() != height:
                self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(300, int(300 / LARGE_ASPECT)) if self.large else QSize(THUMB, THUMB)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect())
        clip = QPainterPath()
        clip.addRoundedRect(box, self.radius, self.radius)
        painter.setClipPath(clip)
        painter.drawPixmap(0, 0, self._scaled(self.size()))
        if self.overlay:
            font = QFont(self.font())
            font.setPixelSize(12)
            painter.setFont(font)
            text_w = painter.fontMetrics().horizontalAdvance(self.overlay) + 10
            label = QRectF(8, box.height() - 26, text_w, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawRoundedRect(label, 4, 4)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.overlay)
        painter.end()


class LinkPreview(QFrame):
    """One platform's link card; `remove_requested(url)` when the writer removes it."""

    remove_requested = Signal(str)

    def __init__(self, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pid = pid
        self.setObjectName("LinkPreview")
        self.card: LinkCard | None = None
        self.view: CardView | None = None
        self.loading_url = ""
        self.image = CardImage()
        self.domain_label = QLabel()
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        for label in (self.domain_label, self.title_label, self.description_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        even_weight(self.domain_label, self.title_label, self.description_label)
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove the link preview from this post"))
        self.remove_button.setAccessibleName(self.tr("Remove link preview"))
        self.remove_button.clicked.connect(self._remove)

        self.texts = QVBoxLayout()
        self.texts.setContentsMargins(10, 6, 10, 8)
        self.texts.setSpacing(2)
        self.texts.addWidget(self.domain_label)
        self.texts.addWidget(self.title_label)
        self.texts.addWidget(self.description_label)
        self.body = QHBoxLayout()  # small cards: thumbnail left of the texts
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(0)
        self.outer.addWidget(self.image)
        self.outer.addLayout(self.body)
        self.body.addLayout(self.texts, 1)
        self.body.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hide()

    def show_card(self, card: LinkCard, image: Path | None, colours: dict[str, str]) -> None:
        from socialdesk.linkcards.view import card_view

        self.card = card
        self.view = view = card_view(self.pid, card)
        pixmap = QPixmap(str(image)) if image is not None and view.show_image else QPixmap()
        large = view.layout == "large"
        overlay = view.domain if large and self.pid == "twitter" else ""
        self.outer.removeWidget(self.image)
        self.body.removeWidget(self.image)
        if not pixmap.isNull():
            if large:
                self.outer.insertWidget(0, self.image)
            else:
                self.body.insertWidget(0, self.image)
            self.image.set_image(pixmap, large, overlay)
            self.image.show()
        else:
            self.image.hide()
        domain = view.domain
        if self.pid == "twitter" and large and not pixmap.isNull():
            domain = ""  # written over the picture
        self.domain_label.setText(("🔗 " + domain) if view.layout == "domain" else domain)
        self.domain_label.setVisible(bool(domain))
        self.title_label.setText(view.title)
        self.title_label.setVisible(bool(view.title))
        self.description_label.setText(view.description)
        self.description_label.setVisible(bool(view.description) and view.layout != "domain")
        self._style(colours)
        self.show()

    def clear(self) -> None:
        self.card = None
        self.view = None
        self.hide()

    def _style(self, colours: dict[str, str]) -> None:
        radius = 16 if self.pid == "twitter" else 8
        self.image.radius = 0
        self.setStyleSheet(
            f"#LinkPreview {{ border: 1px solid {colours['border']}; border-radius: {radius}px;"
            f" background: {colours['background']}; }}"
            f"#LinkPreview QLabel {{ background: transparent; }}"
        )
        secondary, text = colours["secondary"], colours["text"]
        self.domain_label.setStyleSheet(f"color: {secondary};")
        self.title_label.setStyleSheet(f"color: {text}; font-weight: 600;")
        self.description_label.setStyleSheet(f"color: {secondary};")
        self.remove_button.setStyleSheet(f"color: {secondary}; border: none;")

    def _remove(self) -> None:
        if self.card is not None:
            self.remove_requested.emit(self.card.url)
