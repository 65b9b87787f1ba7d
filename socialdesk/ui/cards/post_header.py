"""A post's author line as the feed draws it: the avatar, the author's name, and the
details after it in the audience language — X on one line ("Name @handle · now"), the
others a name over "только что", "刚刚  来自 SocialDesk"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from socialdesk.platforms.chrome import Chrome
from socialdesk.ui.common.theme import font_with_fallbacks
from socialdesk.ui.common.widgets import Avatar, escape_html


class PostHeader(QWidget):
    def __init__(self, chrome: Chrome, base: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chrome = chrome
        # never taller than it needs: a post that lost a line would hand it the room for
        # a moment, and the author line would be laid out and drawn twice
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        header = QHBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(10)
        self.avatar = Avatar(40 if chrome.header_inline else 42)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(1)
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meta_label = QLabel()
        type_ = chrome.typography
        name_font = font_with_fallbacks(base, type_.fonts)
        name_font.setPixelSize(type_.name_px)
        self.name_label.setFont(name_font)
        meta_font = QFont(name_font)
        meta_font.setPixelSize(type_.meta_px)
        self.meta_label.setFont(meta_font)
        names.addWidget(self.name_label)
        names.addWidget(self.meta_label)
        names.addStretch(1)
        header.addLayout(names, 1)

    def show_author(
        self, name: str, handle: str, language: str, colours: tuple[str, str, str]
    ) -> None:
        """`name` and `handle` (empty: the platform's placeholder author) in `colours`:
        the name's, the details', the avatar's."""
        shown_name = name or self.chrome.word("your_name", language)
        name_colour, secondary, accent = colours
        weight = self.chrome.typography.name_weight
        name_html = (
            f'<span style="color:{name_colour}; font-weight:{weight};">'
            f"{escape_html(shown_name)}</span>"
        )
        details = escape_html(self.chrome.details(language, handle))
        details_html = f'<span style="color:{secondary};">{details}</span>'
        if self.chrome.header_inline:
            self.name_label.setText(f"{name_html}&nbsp;{details_html}")
            self.meta_label.hide()
        else:
            self.name_label.setText(name_html)
            self.meta_label.setText(details_html)
            self.meta_label.show()
        self.avatar.setToolTip(f"{shown_name} (@{handle})" if handle else shown_name)
        self.avatar.set_identity(shown_name, accent)
