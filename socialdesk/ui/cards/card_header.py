"""A card's app bar: labels on the left, action buttons and the ⋯ menu on the right.

A narrow card (Russian at 1280 px, four cards in a row) cannot show every button with its
whole text. Rather than elide them ("Из…ть"), the buttons that do not fit move, last
first, to the top of the ⋯ menu; the same QAction is shown there, so its text, tooltip,
state and accessible name follow, and it stays reachable by keyboard through the menu.
The first button (the card's primary action) is the last to go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar

SPACING = 6
BUTTON_SPACING = 2
BUSY_WIDTH, BUSY_HEIGHT, BUSY_MIN_WIDTH = 48, 6, 16
TEXT_PADDING = 4  # each side of a button's text, at the least


def more_button(menu: QMenu, text: str) -> QToolButton:
    """The ⋯ button that opens `menu`; `text` ("More") is its tooltip and accessible name."""
    button = QToolButton()
    button.setText("⋯")
    button.setToolTip(text)
    button.setAccessibleName(text)
    button.setAutoRaise(True)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(menu)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
    return button


class CardHeader(QWidget):
    """`labels` left, then the action buttons and `menu_button` opening `menu`. The busy
    bar takes no room of its own: it is laid over the gap before the buttons, so they do
    not come and go while it blinks during typing."""

    def __init__(
        self,
        labels: list[QWidget],
        menu_button: QToolButton,
        menu: QMenu,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self.busy_bar: QProgressBar | None = None  # made when first shown (set_busy)
        self._menu_button = menu_button
        self._menu = menu
        self.buttons: list[QToolButton] = []
        self._overflow: list[QAction] = []
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(SPACING)
        for label in labels:
            bar.addWidget(label)
        bar.addStretch(1)
        self._button_bar = QHBoxLayout()
        self._button_bar.setSpacing(BUTTON_SPACING)
        bar.addLayout(self._button_bar)
        bar.addWidget(menu_button)
        # the moved buttons' entries go above this line, the menu's own below
        first = menu.actions()[0] if menu.actions() else None
        self._separator = menu.insertSeparator(first) if first else menu.addSeparator()
        self._separator.setVisible(False)

    def add_button(self, action: QAction) -> QToolButton:
        """A text button for `action`, right of the earlier ones."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._button_bar.addWidget(button)
        self.buttons.append(button)
        # a hidden button's new text asks no layout for room: look again
        action.changed.connect(self._fit)
        self._fit()
        return button

    def set_busy(self, busy: bool) -> None:
        if self.busy_bar is None:
            if not busy:
                return
            from PySide6.QtWidgets import QProgressBar  # its class: with the first busy card

            self.busy_bar = QProgressBar(self)
            self.busy_bar.setRange(0, 0)  # busy, for how long unknown
            self.busy_bar.setTextVisible(False)
            self.busy_bar.setMaximumSize(BUSY_WIDTH, BUSY_HEIGHT)
            self.busy_bar.hide()
            self.busy_bar.installEventFilter(self)
        self.busy_bar.setVisible(busy)

    def is_busy(self) -> bool:
        return self.busy_bar is not None and not self.busy_bar.isHidden()

    def overflow_actions(self) -> list[QAction]:
        """The actions whose buttons did not fit: shown at the top of the ⋯ menu."""
        return list(self._overflow)

    # -- fitting ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
        self._place_busy()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # what changed while it was hidden

    def event(self, event: QEvent) -> bool:
        # a label or button changed its text ("Translate" → "Re-translate", a stale chip);
        # the layout has placed the widgets already (it sees the event first)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
            self._place_busy()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.busy_bar and event.type() == QEvent.Type.Show:
            self._place_busy()
        return False

    def _place_busy(self) -> None:
        """Right-align the busy bar in the gap before the buttons, or, with no gap left,
        along the bottom of the ⋯ button."""
        busy = self.busy_bar
        if busy is None or busy.isHidden():
            return
        labels = [w for w in self._labels if not w.isHidden()]
        left = max((w.geometry().right() + 1 for w in labels), default=0) + SPACING
        first = next((b for b in self.buttons if not b.isHidden()), self._menu_button)
        right = first.x() - SPACING
        if right - left >= BUSY_MIN_WIDTH:
            width = min(BUSY_WIDTH, right - left)
            y = (self.height() - BUSY_HEIGHT) // 2
            busy.setGeometry(right - width, y, width, BUSY_HEIGHT)
        else:
            menu = self._menu_button.geometry()
            busy.setGeometry(menu.x(), menu.bottom() + 1 - 3, menu.width(), 3)
        busy.raise_()

    def _fit(self) -> None:
        if not self.isVisible():
            return  # fitted when shown: a hidden header measures nothing
        wanted = [b for b in self.buttons if b.defaultAction().isVisible()]
        room = self.width() - self._fixed_width()
        shown = 0
        for button in wanted:
            need = fit_width(button) + (BUTTON_SPACING if shown else SPACING)
            if need > room:
                break
            room -= need
            shown += 1
        for index, button in enumerate(wanted):
            hide = index >= shown
            if button.isHidden() != hide:
                button.setHidden(hide)
        for button in self.buttons:
            if not button.defaultAction().isVisible() and not button.isHidden():
                button.hide()
        self._set_overflow([b.defaultAction() for b in wanted[shown:]])

    def _fixed_width(self) -> int:
        """The width of the labels and the ⋯ button, with the spacing between."""
        items = [w for w in self._labels if not w.isHidden()]
        items.append(self._menu_button)
        widths = [laid_out_width(w) for w in items]
        return sum(widths) + SPACING * (len(widths) - 1)

    def _set_overflow(self, actions: list[QAction]) -> None:
        if actions == self._overflow:
            return
        for action in self._overflow:
            self._menu.removeAction(action)
        self._menu.insertActions(self._separator, actions)
        self._separator.setVisible(bool(actions))
        self._overflow = actions


def fit_width(button: QToolButton) -> int:
    """The narrowest `button` may get: its text and a little padding. Its size hint pads
    more, but the style elides only below the text's own width, and every pixel counts."""
    width = button.fontMetrics().horizontalAdvance(button.text()) + 2 * TEXT_PADDING
    if button.minimumWidth() != width:
        button.setMinimumWidth(width)  # the layout squeezes it no further
    return min(width, laid_out_width(button))


def laid_out_width(widget: QWidget) -> int:
    """The width a layout with room to spare gives `widget`: its size hint within its
    minimum and maximum (a fixed-size widget such as the badge has no hint)."""
    hint = max(widget.sizeHint().width(), widget.minimumWidth())
    return min(hint, widget.maximumWidth())
