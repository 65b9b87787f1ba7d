"""The preview area: the visible cards in resizable columns, each card as tall as its post.

Cards never scroll inside: the whole area scrolls as one, so no card hides its fold or
action bar behind a scroll bar of its own. Made narrower than the cards' minimum (a
docked Library beside it), it scrolls sideways rather than squeezing them.

A card that grows or shrinks as the writer types moves only the card below it in its
column, and that card is moved by copying its pixels (cards are opaque, columns keep
their contents in place): the window repaints the card that changed, not the area.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from socialdesk.ui.cards.card import PlatformCard

PreviewLayout = Literal["grid", "row"]
CARD_SPACING = 8
# From a card's text up to the card area: the levels a change of height climbs.
LAYOUT_LEVELS = 8


class PreviewGrid(QWidget):
    """Cards in two columns ("grid") or side by side ("row"); hidden cards take no room."""

    def __init__(self, cards: Sequence[PlatformCard] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[PlatformCard] = []
        self.layout_mode: PreviewLayout = "grid"
        self._visible: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("CardArea")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(CARD_SPACING, CARD_SPACING, CARD_SPACING, CARD_SPACING)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        self.columns.setHandleWidth(CARD_SPACING)
        self.column_widgets: list[QWidget] = []  # "row" has one per card
        inner.addWidget(self.columns)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)
        self.set_cards(cards)

    def column_for(self, index: int, count: int) -> QWidget:
        """Where the card at `index` of `count` goes in the grid: made there (its parent),
        a card is styled once; a styled card moved into another widget restyles all its
        children (~4 ms a card at start-up)."""
        self._add_columns(count)
        return self.column_widgets[index % min(2, count)]

    def set_cards(self, cards: Sequence[PlatformCard]) -> None:
        """Show `cards`, all visible, in this order."""
        self.cards = list(cards)
        self._visible = {card.pid for card in self.cards}
        self._add_columns(len(self.cards))
        self._arrange()

    def _add_columns(self, count: int) -> None:
        while len(self.column_widgets) < count:
            column = self._new_column()
            self.column_widgets.append(column)
            self.columns.addWidget(column)

    @staticmethod
    def _new_column() -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(CARD_SPACING)
        layout.addStretch(1)  # cards keep their own height, at the top of the column
        # A card that grows makes its column taller at once: laid out first in the old
        # height, the column squeezed the card above it for a moment (drawn twice).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        return column

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Taller or shorter, the area, the columns and the gaps keep the pixels they have:
        # only a card whose text or place changed is drawn again. (Qt keeps this list with
        # the window's backing store, so it takes effect once the window exists.)
        for widget in (self.scroll.widget(), self.columns, *self.column_widgets):
            widget.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def set_layout_mode(self, mode: PreviewLayout) -> None:
        if mode != self.layout_mode:
            self.layout_mode = mode
            self._arrange()

    def set_visible_cards(self, pids: set[str]) -> None:
        if pids != self._visible:
            self._visible = set(pids)
            self._arrange()

    def visible_pids(self) -> set[str]:
        return set(self._visible)

    def card_columns(self) -> list[list[str]]:
        """The shown cards' platform ids, column by column, top to bottom."""
        return [
            [card.pid for card in column.findChildren(PlatformCard) if not card.isHidden()]
            for column in self.column_widgets
            if not column.isHidden()
        ]

    def settle(self) -> None:
        """Lay out now what a change of the cards' text set off, before the window paints:
        each level of the layout otherwise waits for the next turn of the event loop and
        the window paints once per level (three times the work for one keystroke)."""
        for _ in range(LAYOUT_LEVELS):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _arrange(self) -> None:
        shown = [c for c in self.cards if c.pid in self._visible]
        used = len(shown) if self.layout_mode == "row" else min(2, len(shown))
        for column in self.column_widgets:
            layout = column.layout()
            while layout.count() > 1:  # all but the stretch
                layout.takeAt(0)
        for index, card in enumerate(shown):  # read across, then down
            layout = self.column_widgets[index % used].layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.count() - 1, card)
            if card.isHidden():  # showing one never hidden would lay it out now, twice
                card.show()
        for card in self.cards:
            if card.pid not in self._visible:
                card.setParent(self.column_widgets[-1])
                card.hide()
        for index, column in enumerate(self.column_widgets):
            column.setVisible(index < used)
        if used:
            self.columns.setSizes([1000] * used + [0] * (len(self.column_widgets) - used))
        self.updateGeometry()

    def save_state(self) -> QByteArray:
        return self.columns.saveState()

    def restore_state(self, state: object) -> None:
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.columns.restoreState(state)
            self.columns.setOrientation(Qt.Orientation.Horizontal)
