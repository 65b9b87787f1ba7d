"""The preview area: the visible cards side by side, in resizable rows and columns.

Cards are as tall as their content and never scroll inside: the whole area scrolls as
one, so no card hides its fold or action bar behind a scroll bar of its own. Made
narrower than the cards' minimum (a docked Library beside it), it scrolls sideways
rather than squeezing them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from socialdesk.ui.cards.card import PlatformCard

PreviewLayout = Literal["grid", "row"]


class PreviewGrid(QWidget):
    """Cards in two columns ("grid") or one row ("row"); hidden cards take no room."""

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
        inner.setContentsMargins(8, 8, 8, 8)
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.setChildrenCollapsible(False)
        self.rows.setHandleWidth(8)
        self.row_splitters = [QSplitter(Qt.Orientation.Horizontal) for _ in range(2)]
        for row in self.row_splitters:
            row.setChildrenCollapsible(False)
            row.setHandleWidth(8)
            self.rows.addWidget(row)
        inner.addWidget(self.rows)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)
        self.set_cards(cards)

    def row_for(self, index: int, count: int) -> QWidget:
        """Where the card at `index` of `count` goes in the grid: made there (its parent),
        a card is styled once; a styled card moved into another widget restyles all its
        children (~4 ms a card at start-up)."""
        return self.row_splitters[0 if index < math.ceil(count / 2) else 1]

    def set_cards(self, cards: Sequence[PlatformCard]) -> None:
        """Show `cards`, all visible, in this order."""
        self.cards = list(cards)
        self._visible = {card.pid for card in self.cards}
        self._arrange()

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

    def _arrange(self) -> None:
        shown = [c for c in self.cards if c.pid in self._visible]
        hidden = [c for c in self.cards if c.pid not in self._visible]
        per_row = len(shown) if self.layout_mode == "row" else max(1, math.ceil(len(shown) / 2))
        first, second = shown[:per_row], shown[per_row:]
        for row, cards in zip(self.row_splitters, (first, second), strict=True):
            for index, card in enumerate(cards):
                row.insertWidget(index, card)
                card.show()
        for card in hidden:
            self.row_splitters[1].addWidget(card)
            card.hide()
        self.row_splitters[0].setVisible(bool(first))
        self.row_splitters[1].setVisible(bool(second))
        for row, cards in zip(self.row_splitters, (first, second), strict=True):
            if cards:
                row.setSizes([1000] * row.count())
        self.updateGeometry()

    def save_state(self) -> list[QByteArray]:
        return [self.rows.saveState(), *(row.saveState() for row in self.row_splitters)]

    def restore_state(self, states: list[object]) -> None:
        splitters = [self.rows, *self.row_splitters]
        for splitter, state in zip(splitters, states, strict=False):
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
