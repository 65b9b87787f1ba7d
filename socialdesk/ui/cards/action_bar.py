"""A post's action bar as its platform draws it: X and VK a row of icons (with counts),
Weibo and Facebook words (转发 评论 赞, Like · Comment · Share), in the audience language.

The labels come from resources/platforms.json (socialdesk.platforms.chrome); the icons
are painted, so no icon font is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from socialdesk.platforms.chrome import Action, chrome
from socialdesk.ui.common.even_weight import even_weight
from socialdesk.ui.common.widgets import set_text_colour


class ActionIcon(QWidget):
    """One painted icon of the bar: bubble, heart, bars, eye, arrows, thumb."""

    def __init__(self, icon: str, size: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = icon
        self._colour = QColor("#536471")
        self.setFixedSize(size, size)

    def set_colour(self, colour: str) -> None:
        self._colour = QColor(colour)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._colour, 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        s = self.width()
        r = QRectF(2, 2, s - 4, s - 4)
        path = QPainterPath()
        if self.icon in ("reply", "comment"):
            path.addRoundedRect(QRectF(r.left(), r.top() + 1, r.width(), r.height() * 0.7), 4, 4)
            path.moveTo(r.left() + r.width() * 0.3, r.top() + 1 + r.height() * 0.7)
            path.lineTo(r.left() + r.width() * 0.25, r.bottom())
            path.lineTo(r.left() + r.width() * 0.5, r.top() + 1 + r.height() * 0.7)
        elif self.icon == "heart":
            cx, top, bottom = r.center().x(), r.top() + r.height() * 0.3, r.bottom() - 1
            path.moveTo(cx, bottom)
            path.cubicTo(
                r.left() - 2, r.top() + r.height() * 0.55, r.left() + 1, r.top() - 1, cx, top
            )
            path.cubicTo(
                r.right() - 1, r.top() - 1, r.right() + 2, r.top() + r.height() * 0.55, cx, bottom
            )
        elif self.icon == "chart":
            for i, h in enumerate((0.45, 0.8, 0.6)):
                x = r.left() + 2 + i * r.width() * 0.35
                path.moveTo(x, r.bottom())
                path.lineTo(x, r.bottom() - r.height() * h)
        elif self.icon == "eye":
            path.moveTo(r.left(), r.center().y())
            path.quadTo(r.center().x(), r.top() - 2, r.right(), r.center().y())
            path.quadTo(r.center().x(), r.bottom() + 2, r.left(), r.center().y())
            path.addEllipse(r.center(), r.width() * 0.16, r.width() * 0.16)
        elif self.icon == "repost":
            y1, y2 = r.top() + r.height() * 0.3, r.top() + r.height() * 0.7
            path.moveTo(r.left() + 2, y2)
            path.lineTo(r.left() + 2, y1)
            path.lineTo(r.right() - 3, y1)
            path.moveTo(r.right() - 6, y1 - 3)
            path.lineTo(r.right() - 3, y1)
            path.lineTo(r.right() - 6, y1 + 3)
            path.moveTo(r.right() - 2, y1 + 1)
            path.lineTo(r.right() - 2, y2)
            path.lineTo(r.left() + 3, y2)
            path.moveTo(r.left() + 6, y2 - 3)
            path.lineTo(r.left() + 3, y2)
            path.lineTo(r.left() + 6, y2 + 3)
        elif self.icon == "share":
            path.moveTo(r.left(), r.bottom())
            path.quadTo(r.left(), r.center().y(), r.right() - 2, r.center().y())
            path.moveTo(r.right() - 6, r.center().y() - 4)
            path.lineTo(r.right() - 2, r.center().y())
            path.lineTo(r.right() - 6, r.center().y() + 4)
        else:  # thumb: a raised thumb, simplified
            path.addRoundedRect(QRectF(r.left(), r.center().y() - 1, 3, r.height() / 2), 1, 1)
            path.moveTo(r.left() + 5, r.bottom())
            path.lineTo(r.right() - 2, r.bottom())
            path.lineTo(r.right(), r.center().y())
            path.lineTo(r.center().x() + 2, r.center().y())
            path.lineTo(r.center().x() + 1, r.top())
            path.lineTo(r.left() + 5, r.center().y())
            path.closeSubpath()
        painter.drawPath(path)
        painter.end()


class ActionBar(QWidget):
    """The bar under a post; `set_language` re-labels it in the audience language."""

    def __init__(self, pid: str, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pid = pid
        self.setObjectName("ActionBar")
        self.chrome = chrome(pid)
        self._language = ""
        self._colour = "#536471"
        self.items: list[tuple[Action, ActionIcon | None, QLabel]] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 0)
        self._layout.setSpacing(6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if self.chrome.action_style == "words":  # icons are paths: no glyphs to even out
            even_weight(self)  # 转发 评论 赞 as light in the dark theme as in the light one
        self.set_language(language)

    def set_language(self, language: str) -> None:
        if language == self._language:
            return
        self._language = language
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:  # gone now: deleted only when the loop comes back
                item.widget().hide()
                item.widget().deleteLater()
        self.items = []
        words = self.chrome.action_style == "words"
        actions = self.chrome.actions(language)
        for index, action in enumerate(actions):
            if action.end:
                self._layout.addStretch(1)
            icon = None if words else ActionIcon(action.icon)
            label = QLabel(action.label if words else "")
            label.setToolTip(action.label)
            if icon is not None:
                icon.setToolTip(action.label)
                icon.setAccessibleName(action.label)
                self._layout.addWidget(icon)
            self._layout.addWidget(label)
            self.items.append((action, icon, label))
            last = index == len(actions) - 1
            if not last and not actions[index + 1].end:
                self._layout.addStretch(1)
        self._apply()

    def labels(self) -> list[str]:
        return [action.label for action, _icon, _label in self.items]

    def set_colour(self, colour: str, weight: int = 600) -> None:
        self._colour = colour
        self._weight = weight
        self._apply()

    def _apply(self) -> None:
        size = self.chrome.typography.action_px
        for _action, icon, label in self.items:
            if icon is not None:
                icon.set_colour(self._colour)
            font = QFont(label.font())
            font.setPixelSize(size)
            label.setFont(font)
            set_text_colour(label, self._colour)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), 22))
