"""An X thread on the X card, as X shows one: each part a post of its own under the
author's avatar, the avatars joined by a line down the left, each part with its count.

Rows are kept and reused while the writer types: a keystroke re-renders only the parts
whose text changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from socialdesk.draft import MediaItem
from socialdesk.platforms import Check, Platform
from socialdesk.platforms.chrome import chrome
from socialdesk.preview import (
    FOLD_STYLES,
    CardColours,
    FoldStyle,
    Preview,
    build_preview,
    card_segments,
)
from socialdesk.ui.cards.text_view import CardTextView
from socialdesk.ui.common.even_weight import even_weight
from socialdesk.ui.common.widgets import AMBER, Avatar, set_style, set_text, viewport_of

if TYPE_CHECKING:
    from socialdesk.platforms.twitter.thread import Thread, ThreadPart

AVATAR = 40


class ThreadPartRow(QWidget):
    """One part: avatar and the line to the next part on the left; name, text, count."""

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        from socialdesk.ui.cards.media_grid import MediaGrid  # loaded with the first thread

        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(4)
        self.avatar = Avatar(AVATAR)
        self.line = QFrame()
        self.line.setFixedWidth(2)
        self.line.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        left.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.line, 1, Qt.AlignmentFlag.AlignHCenter)
        row.addLayout(left)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 12)
        right.setSpacing(3)
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_view = CardTextView()
        self.text_view.setFont(font)
        self.text_view.set_line_height(chrome("twitter").typography.line_height_px)
        # as tall as the text, always: the whole thread scrolls, not each part
        self.text_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel()
        self.media_grid = MediaGrid("twitter")  # the pictures on this post
        right.addWidget(self.name_label)
        right.addWidget(self.text_view)
        right.addWidget(self.media_grid)
        right.addWidget(self.count_label)
        row.addLayout(right, 1)
        even_weight(self.name_label, self.text_view)  # one weight in light and dark
        self.key: tuple[object, ...] = ()
        self.media_key: tuple[object, ...] = ()

    def show_media(
        self, media: list[MediaItem], base: Path | None, dark: bool, post: tuple[int, int]
    ) -> None:
        """The draft's images that go on this post (`post`: its number, how many)."""
        on_post = [m.goes_to("twitter") and m.thread_post(post[1]) == post[0] for m in media]
        shown = tuple((m.path, m.alt) for m, here in zip(media, on_post, strict=True) if here)
        key = (shown, tuple(on_post), base, dark, post)
        if key != self.media_key:
            self.media_key = key
            self.media_grid.set_media(media, base, post)
            self.media_grid.set_dark(dark)

    def show_part(
        self,
        platform: Platform,
        part: ThreadPart,
        limit: int,
        colours: CardColours,
        header: str,
        identity: tuple[str, str],
        line_colour: str,
    ) -> None:
        key = (part.text, part.number, part.total, limit, colours, header, identity, line_colour)
        if key == self.key:
            return
        self.key = key
        preview = build_preview(platform, part.text, limit, expanded=True)
        self.text_view.show_segments(card_segments(preview, colours, show_collapse=False))
        self.text_view.setAccessibleName(
            self.tr("Part {number} of {total}").format(number=part.number, total=part.total)
        )
        self.name_label.setText(header)
        self.avatar.set_identity(*identity)
        last = part.number == part.total
        set_style(self.line, "background: transparent;" if last else f"background: {line_colour};")
        set_text(
            self.count_label,
            self.tr("{number}/{total} · {count} / {limit}").format(
                number=part.number, total=part.total, count=part.count, limit=limit
            ),
        )
        colour = AMBER if preview.check.near_limit else colours.secondary
        set_style(self.count_label, f"color: {colour}; font-size: 11px;")


class ThreadView(QScrollArea):
    """The parts of a thread, one row each, scrolling together."""

    fix_requested = Signal(str)  # a post's pictures do not fit: make fitting copies

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font = font
        self.rows: list[ThreadPartRow] = []
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        inner = QWidget()
        inner.setObjectName("ThreadParts")
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addStretch(1)
        self.setWidget(inner)
        viewport_of(self).setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        self.setStyleSheet("QScrollArea, #ThreadParts { background: transparent; }")

    def show_thread(
        self,
        platform: Platform,
        thread: Thread,
        colours: CardColours,
        header: str,
        identity: tuple[str, str],
        line_colour: str,
        media: tuple[list[MediaItem], Path | None, bool] = ([], None, False),
    ) -> None:
        """Show `thread`; `header` is the name line (rich text) over each part, `identity`
        the avatar's name and colour; `media` the draft's pictures, the draft's folder and
        whether the card is dark: each picture shows on the post it goes on."""
        total = len(thread.parts)
        items, base, dark = media
        while len(self.rows) < total:
            row = ThreadPartRow(self._font)
            row.media_grid.fix_requested.connect(self.fix_requested)
            self._layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        for row, part in zip(self.rows, thread.parts, strict=False):
            row.show_part(platform, part, thread.limit, colours, header, identity, line_colour)
            row.show_media(items, base, dark, (part.number, total))
            row.show()
        for row in self.rows[len(thread.parts) :]:
            row.hide()

    def visible_rows(self) -> list[ThreadPartRow]:
        return [row for row in self.rows if not row.isHidden()]


def split_for_card(text: str, limit: int, mode: tuple[bool, bool]) -> Thread | None:
    """The thread `text` is posted as, when the card shows threads (`mode`: post as a
    thread, numbered) and the text is one."""
    thread, numbered = mode
    if not thread:
        return None
    from socialdesk.platforms.twitter.thread import split_thread  # with the first thread

    split = split_thread(text, limit, numbered=numbered)
    return split if split.is_thread else None


def thread_preview(platform: Platform, thread: Thread) -> Preview:
    """What the editors see of a thread: every part fits; the count is the longest's."""
    longest = max(part.count for part in thread.parts)
    near = longest >= thread.limit * platform.warn_ratio
    check = Check(longest, thread.limit, 0, None, near_limit=near)
    style = FOLD_STYLES.get(platform.id, FoldStyle())
    return Preview(platform.id, check, (), False, platform.fold_label, style, False)
