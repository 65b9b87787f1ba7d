"""A platform card: the post as that platform's feed would show it, with its counter.

Layout, top to bottom: an app bar (platform, language, state, actions, notices), the
post in the platform's own look (avatar, name and handle/time line, text with entities,
fold, media), and a footer with the count against the limit.

Per keystroke the card rebuilds only its text document, and only if the shown HTML
changed: typing past a collapsed card's fold just updates the counter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QMouseEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from socialdesk.draft import MediaItem, Variant
from socialdesk.platforms import Platform
from socialdesk.platforms.chrome import chrome
from socialdesk.preview import (
    COLLAPSE_HREF,
    FOLD_HREF,
    CardColours,
    Preview,
    build_preview,
    card_segments,
    colours_for,
)
from socialdesk.ui.cards.action_bar import ActionBar
from socialdesk.ui.cards.card_frame import CardFrame
from socialdesk.ui.cards.card_header import CardHeader, more_button
from socialdesk.ui.cards.card_parts import DEFAULT_LOOK, LOOKS, NOTICE_COLOURS, STATE_LABELS
from socialdesk.ui.cards.link_preview import LinkPreview
from socialdesk.ui.cards.post_header import PostHeader
from socialdesk.ui.cards.text_view import CardTextView
from socialdesk.ui.cards.thread_view import ThreadView, split_for_card, thread_preview
from socialdesk.ui.common.even_weight import even_weight
from socialdesk.ui.common.theme import font_with_fallbacks
from socialdesk.ui.common.widgets import (
    AMBER,
    RED,
    Chip,
    CounterRing,
    PlatformBadge,
    SteadyLabel,
    WrappedLabel,
    set_style,
    set_text,
    set_text_colour,
)

if TYPE_CHECKING:  # loaded with the first thread, link card or picture, not with the window
    from PySide6.QtCore import QUrl

    from socialdesk.linkcards import LinkCard
    from socialdesk.media.rules import MediaRules
    from socialdesk.platforms.twitter.thread import Thread
    from socialdesk.ui.cards.media_grid import MediaGrid


class PlatformCard(CardFrame):
    """One platform's preview. Extension points: `add_action`, `set_notice`, `set_busy`."""

    clicked = Signal(str)  # platform id: the card was selected
    edit_requested = Signal(str)
    shown = Signal(str)  # platform id: the card shows a new text (or thread)
    revert_requested = Signal(str)
    hide_requested = Signal(str)
    expanded_changed = Signal(str)
    link_card_removed = Signal(str, str)  # platform id, URL: the writer removed its card
    fix_requested = Signal(str)  # platform id: make fitting copies of its pictures

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.pid = platform.id
        self.look = LOOKS.get(self.pid, DEFAULT_LOOK)
        self.chrome = chrome(self.pid)  # typography, header, action bar, card words
        self.language = platform.default_language  # the audience's, for the card's words
        self.expanded = False
        self.dark = False
        self.selected = False
        self.preview: Preview | None = None
        self._input: tuple[str, int, bool, bool] | None = None
        self._account_name = ""  # no account connected: the platform's placeholder
        self._handle = ""
        self.link_card: LinkCard | None = None
        self._link_image: Path | None = None
        self._state = ("master", False)
        self._media: list[MediaItem] = []
        self._media_base: Path | None = None
        self.media_grid: MediaGrid | None = None  # made with the card's first picture
        self.thread_mode = (False, False)  # X: (post as a thread, numbered)
        self.thread: Thread | None = None  # the thread shown, when there is one
        self.setObjectName("PlatformCard")
        self.setAccessibleName(self.tr("{name} preview").format(name=platform.name))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(260)
        self._build()
        self._apply_colours()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)

        self.badge = PlatformBadge(self.look.glyph, self.look.brand)
        self.title_label = QLabel(self.platform.name)
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.language_label = Chip(padding=7)
        self.language_label.setObjectName("LanguageChip")
        self.state_label = Chip(padding=8)
        self.state_label.setObjectName("StateChip")

        self.edit_action = QAction(self.tr("Edit"), self)
        self.edit_action.setToolTip(
            self.tr("Write {name}'s own text").format(name=self.platform.name)
        )
        self.edit_action.triggered.connect(lambda: self.edit_requested.emit(self.pid))
        self.revert_action = QAction(self.tr("Revert to master"), self)
        self.revert_action.setToolTip(
            self.tr("{name} inherits the master text again").format(name=self.platform.name)
        )
        self.revert_action.triggered.connect(lambda: self.revert_requested.emit(self.pid))
        self.copy_action = QAction(self.tr("Copy text"), self)
        self.copy_action.triggered.connect(self._copy_text)
        self.hide_action = QAction(self.tr("Hide card"), self)
        self.hide_action.triggered.connect(lambda: self.hide_requested.emit(self.pid))

        self.menu = QMenu(self)
        self.menu.addAction(self.revert_action)
        self.menu.addAction(self.copy_action)
        self.menu.addSeparator()
        self.menu.addAction(self.hide_action)
        self.menu_button = more_button(self.menu, self.tr("More"))
        # buttons that do not fit a narrow card move into the ⋯ menu (card_header.py)
        self.header = CardHeader(
            [self.badge, self.title_label, self.language_label, self.state_label],
            self.menu_button,
            self.menu,
        )
        self.edit_button = self.header.add_button(self.edit_action)
        outer.addWidget(self.header)

        self.notice_label = WrappedLabel()
        self.notice_label.setObjectName("Notice")
        self.notice_label.hide()
        self.notice_level = ""
        outer.addWidget(self.notice_label)

        # the post, in the platform's look
        self.post = CardFrame(radius=8)
        self.post.setObjectName("Post")
        self.post.setContentsMargins(1, 1, 1, 1)  # its border
        post_layout = self._post_layout = QVBoxLayout(self.post)
        post_layout.setContentsMargins(14, 12, 14, 12)
        post_layout.setSpacing(8)
        self.post_header = PostHeader(self.chrome, QFont(self.font()))  # post_header.py
        self.avatar = self.post_header.avatar
        self.name_label, self.meta_label = self.post_header.name_label, self.post_header.meta_label
        post_layout.addWidget(self.post_header)

        self.text_view = CardTextView()
        self.text_view.setAccessibleName(
            self.tr("Post as shown on {name}").format(name=self.platform.name)
        )
        self.text_view.setFont(self._post_font())
        self.text_view.set_line_height(self.chrome.typography.line_height_px)
        self.text_view.anchorClicked.connect(self._anchor_clicked)
        self.text_view.viewport().installEventFilter(self)
        # over the limit: the platform refuses the post, and the card says so first
        self.refused_label = WrappedLabel()
        self.refused_label.setObjectName("Refused")
        self.refused_label.hide()
        post_layout.addWidget(self.refused_label)
        self.over_label = SteadyLabel()  # by how much, where the refusal is read
        post_layout.addWidget(self.over_label)
        post_layout.addWidget(self.text_view)
        # made as first needed (below): the X thread, the link card, the pictures
        self._thread_view: ThreadView | None = None
        self._link_preview: LinkPreview | None = None
        self.action_bar = ActionBar(self.pid, self.language)
        post_layout.addWidget(self.action_bar)
        outer.addWidget(self.post, 0, Qt.AlignmentFlag.AlignTop)  # as tall as the post
        outer.addStretch(1)

        footer = QHBoxLayout()
        footer.setSpacing(8)
        self.ring = CounterRing()
        footer.addWidget(self.ring)
        self.count_label = SteadyLabel()
        self.count_label.setObjectName("CountLabel")
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        self.fold_hint = QLabel()
        footer.addWidget(self.fold_hint)
        outer.addLayout(footer)
        even_weight(self.post_header, self.refused_label, self.text_view)  # as light as light
        self._set_header_text()

    def _post_font(self) -> QFont:
        """The platform's font stack (where installed), size and regular weight; the same
        weight in both themes and for every script."""
        type_ = self.chrome.typography
        font = font_with_fallbacks(QFont(self.font()), type_.fonts)
        font.setPixelSize(type_.text_px)
        font.setWeight(QFont.Weight(type_.text_weight))
        return font

    # -- extension points ---------------------------------------------------------------
    def add_action(self, action: QAction, in_menu: bool = False) -> None:
        """Offer `action` on this card: a header button (in the ⋯ menu while the card is
        too narrow for it), or an entry of the ⋯ menu."""
        if in_menu:
            self.menu.insertAction(self.hide_action, action)
        else:
            self.header.add_button(action)

    def set_notice(self, text: str, level: str = "info") -> None:
        """A line under the header ("info", "warning", "error"); empty text hides it."""
        self.notice_level = level if text else ""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        self._style_notice()

    def set_busy(self, busy: bool) -> None:
        """Show that something (translation, publishing) is working on this platform."""
        self.header.set_busy(busy)

    def is_busy(self) -> bool:
        return self.header.is_busy()

    def set_thread_mode(self, thread: bool, numbered: bool) -> None:
        """X: show a text over the limit as the thread it is posted as."""
        if (thread, numbered) == self.thread_mode:
            return
        self.thread_mode = (thread, numbered)
        if self._input is not None:
            text, limit = self._input[0], self._input[1]
            self._input = None
            self.set_text(text, limit)

    def _show_thread(self, thread: Thread) -> None:
        self.thread_view.show_thread(
            self.platform,
            thread,
            self._colours(),
            self.name_label.text(),
            (
                self._account_name or self.chrome.word("your_name", self.language),
                self._colour("accent"),
            ),
            self._colour("border"),
            (self._media, self._media_base, self.dark),
        )

    def set_account(self, name: str, handle: str, picture: Path | None = None) -> None:
        """Whose post this is: the author name, handle and picture in the post header
        (empty: no account connected, the platform's placeholder)."""
        self._account_name, self._handle = name, handle.lstrip("@")
        self._set_header_text()
        self.avatar.set_picture(QPixmap(str(picture)) if picture is not None else None)

    def reset_account(self) -> None:
        """No account known: the platform's placeholder author, in the audience language."""
        self.set_account("", "")

    def set_link_card(self, card: LinkCard | None, image: Path | None = None) -> None:
        """The link card under the post (None: no link, or the writer removed it). Feeds
        show a link card only when the post has no pictures."""
        self.link_card, self._link_image = card, image
        self._show_link_card()

    def _show_link_card(self) -> None:
        if self.link_card is None or self._media or self.link_card.problem:
            if self._link_preview is not None:
                self._link_preview.clear()
            return
        colours = {key: self._colour(key) for key in ("border", "background", "text", "secondary")}
        self.link_preview.show_card(self.link_card, self._link_image, colours)

    # -- content ------------------------------------------------------------------------
    def set_text(self, text: str, limit: int) -> bool:
        """Show `text` counted against `limit`; False if nothing had to change."""
        key = (text, limit, self.expanded, self.dark)
        if key == self._input:
            return False
        thread = split_for_card(text, limit, self.thread_mode)
        if thread is not None:  # the parts are shown, not the text: no preview of it
            self.show_preview(thread_preview(self.platform, thread), key, thread)
        else:
            self.show_preview(build_preview(self.platform, text, limit, self.expanded), key)
        return True

    def show_preview(
        self, preview: Preview, key: tuple[str, int, bool, bool], thread: Thread | None = None
    ) -> None:
        """Display a preview computed for `key` (text, limit, expanded, dark)."""
        self._input = key
        self.thread = (
            thread if thread is not None else split_for_card(key[0], key[1], self.thread_mode)
        )
        if self.thread is not None:
            # every part fits: what the editors mark and count is the longest part
            self.preview = thread_preview(self.platform, self.thread)
            self._show_thread(self.thread)
        else:
            self.preview = preview
            self.text_view.show_segments(card_segments(preview, self._colours()))
        for widget in (self.post_header, self.text_view):
            widget.setVisible(self.thread is None)
        self._show_pictures()
        if self._thread_view is not None:
            self._thread_view.setVisible(self.thread is not None)
        self._show_count(preview)
        self.shown.emit(self.pid)

    def needs(self, text: str, limit: int) -> bool:
        return self._input != (text, limit, self.expanded, self.dark)

    def _show_count(self, preview: Preview) -> None:
        if self.thread is not None:
            self._show_thread_count(self.thread)
            return
        check = preview.check
        self.ring.set_count(check.count, check.limit, check.near_limit)
        set_text(self.count_label, f"{check.count:,} / {check.limit:,}")
        state = self.ring.state
        colour = {"over": RED, "near": AMBER}.get(state, self._secondary())
        set_text_colour(self.count_label, colour)
        if preview.refused != self.refused_label.isVisibleTo(self):
            # its words never change with the count (the footer says by how much): a
            # wrapped label with new text would re-lay out the card area on every key
            set_text(
                self.refused_label,
                self.tr("{name} won’t take this post: the marked part is over its limit").format(
                    name=self.platform.name
                ),
            )
            self.refused_label.setVisible(preview.refused)
        if check.over_by:
            set_text(self.over_label, self.tr("{over:,} over the limit").format(over=check.over_by))
            set_style(self.over_label, f"color: {RED}; font-weight: 600;")
        elif check.problems:
            set_text(self.over_label, check.problems[0])
            set_style(self.over_label, f"color: {RED};")
        else:
            set_text(self.over_label, "")
        self.over_label.setVisible(bool(self.over_label.text()))
        if preview.refused:
            set_text(self.fold_hint, self.tr("can’t be posted"))
        elif preview.foldable:
            set_text(
                self.fold_hint, self.tr("expanded") if self.expanded else self.tr("folded in feed")
            )
        else:
            set_text(self.fold_hint, "")
        set_text_colour(self.fold_hint, self._secondary())

    def _show_thread_count(self, thread: Thread) -> None:
        self.refused_label.hide()  # every part fits: X takes the thread
        longest = max(part.count for part in thread.parts)
        self.ring.set_count(longest, thread.limit, False)
        set_text(self.count_label, self.tr("Thread of {n} posts").format(n=len(thread.parts)))
        set_text_colour(self.count_label, self._secondary())
        for label in (self.over_label, self.fold_hint):
            set_text(label, "")
        self.over_label.hide()

    @property
    def count_state(self) -> str:
        return self.ring.state

    def set_state(self, variant: Variant, master_changed: bool) -> None:
        """The variant's origin (inherits / edited / translated) and whether it is stale;
        its language is the audience's, in which the card's own words are written."""
        language = variant.language or self.platform.default_language
        if language != self.language:
            self.language = language
            self.action_bar.set_language(language)
            self._set_header_text()
        set_text(self.language_label, variant.language or "")
        self.language_label.setVisible(bool(variant.language))
        self.revert_action.setEnabled(not variant.inherits)
        origin = "master" if variant.inherits else variant.origin
        if (origin, master_changed) != self._state:  # asked on every keystroke
            self._state = (origin, master_changed)
            self._style_state()

    def state_text(self) -> str:
        text = self._origin_text()
        return (
            self.tr("{state} · master changed since").format(state=text) if self._state[1] else text
        )

    def _origin_text(self) -> str:
        origin = self._state[0]
        return self.tr(STATE_LABELS.get(origin, origin.capitalize()))

    def set_media(
        self, media: list[MediaItem], base: Path | None, rules: MediaRules | None = None
    ) -> None:
        """The draft's images chosen for this platform, laid out as its feed does;
        `base` is the draft's folder (relative image paths start there); `rules`: the
        platform's on the draft's publishing path (`media.check.rules_for`)."""
        self._media, self._media_base = list(media), base
        if self._media and self.media_grid is None:  # the media modules load with it
            from socialdesk.ui.cards.media_grid import MediaGrid

            self.media_grid = MediaGrid(self.pid)
            self.media_grid.set_dark(self.dark)
            self.media_grid.fix_requested.connect(self.fix_requested)
            self._add_to_post(self.media_grid)
        if self.media_grid is not None:
            self.media_grid.set_media(self._media, base, rules=rules)
        self._show_pictures()
        if self.thread is not None:
            self._show_thread(self.thread)
        self._show_link_card()

    def _show_pictures(self) -> None:
        """The picture grid, if the card has one, shows under a post that is no thread
        (a thread shows each picture on its part)."""
        if self.media_grid is not None:
            self.media_grid.setVisible(self.thread is None and bool(self.media_grid.images))

    @property
    def thread_view(self) -> ThreadView:
        """An X thread as X shows one, each part a post (thread_view.py)."""
        if self._thread_view is None:
            self._thread_view = ThreadView(self._post_font())
            self._thread_view.hide()
            self._thread_view.fix_requested.connect(self.fix_requested)  # a post's pictures
            self._add_to_post(self._thread_view, self._link_preview, self.media_grid)
        return self._thread_view

    @property
    def link_preview(self) -> LinkPreview:
        """The card the feed builds from the post's first link (link_cards.py fetches it)."""
        if self._link_preview is None:
            self._link_preview = LinkPreview(self.pid)
            self._link_preview.remove_requested.connect(
                lambda url: self.link_card_removed.emit(self.pid, url)
            )
            self._add_to_post(self._link_preview, self.media_grid)
        return self._link_preview

    def _add_to_post(self, part: QWidget, *later: QWidget | None) -> None:
        """Put `part` in the post above the first of `later` it has (else the action bar)."""
        below = next((w for w in later if w is not None), self.action_bar)
        self._post_layout.insertWidget(self._post_layout.indexOf(below), part)

    # -- selection, theme ---------------------------------------------------------------
    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self._apply_colours()

    def set_dark(self, dark: bool) -> None:
        if dark != self.dark:
            self.dark = dark
            self._apply_colours()
            if self.media_grid is not None:
                self.media_grid.set_dark(dark)

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self.expanded:
            self.expanded = expanded
            self.expanded_changed.emit(self.pid)

    def _anchor_clicked(self, url: QUrl) -> None:
        href = url.toString()
        if href == FOLD_HREF:
            self.set_expanded(True)
        elif href == COLLAPSE_HREF:
            self.set_expanded(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.clicked.emit(self.pid)
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.pid)
        super().mousePressEvent(event)

    def _copy_text(self) -> None:
        if self._input is not None:
            QGuiApplication.clipboard().setText(self._input[0])

    # -- colours ------------------------------------------------------------------------
    def _colour(self, key: str) -> str:
        colours = self.platform.colors
        if self.dark and f"dark_{key}" in colours:
            return colours[f"dark_{key}"]
        return colours.get(key, "#888888")

    def _secondary(self) -> str:
        return self._colour("secondary")

    def _colours(self) -> CardColours:
        return colours_for(self.platform, self.dark)

    def _apply_colours(self) -> None:
        background = self._colour("background")
        border = self._colour("border")
        frame_border = self._colour("accent") if self.selected else border
        width = 2 if self.selected else 1
        card_bg = self.look.feed[1] if self.dark else self.look.feed[0]
        chrome_border = "#3A3D42" if self.dark else "#DADDE2"
        outline = self._colour("accent") if self.selected else chrome_border
        self.set_frame_colours(card_bg, outline, width)
        self.post.set_frame_colours(background, frame_border, 1, corners=card_bg)
        self.language_label.set_colours(self._secondary(), outline=chrome_border)
        set_style(self.refused_label, f"color: {RED}; font-weight: 600;")
        text = self.text_view.palette()
        text.setColor(QPalette.ColorRole.Text, QColor(self._colour("text")))
        self.text_view.setPalette(text)
        self.ring.set_colours(self.look.ring or self._colour("accent"), border)
        self.action_bar.set_colour(self._secondary())
        self._show_link_card()
        self._set_header_text()
        self._style_state()
        self._style_notice()
        if self.preview is not None:
            self._show_count(self.preview)

    def _set_header_text(self) -> None:
        name_role = "text" if self.chrome.header_inline else self.look.name_role
        colours = (self._colour(name_role), self._secondary(), self._colour("accent"))
        self.post_header.show_author(self._account_name, self._handle, self.language, colours)

    def _style_state(self) -> None:
        origin, stale = self._state
        # the full "… · master changed since" does not fit a narrow header: the chip
        # says it with a sign and amber, the tooltip in words
        set_text(self.state_label, f"⚠ {self._origin_text()}" if stale else self._origin_text())
        self.state_label.setToolTip(self.state_text() if stale else "")
        if stale:
            fg, bg = ("#F5D58A", "#3D3010") if self.dark else ("#7A4F00", "#FFF4D6")
        elif origin == "master":
            fg, bg = (self._secondary(), "")
        else:
            fg, bg = ("#B7D4F7", "#17324F") if self.dark else ("#0B4A8B", "#E8F1FD")
        self.state_label.set_colours(fg, fill=bg)

    def _style_notice(self) -> None:
        if not self.notice_level:
            return
        light_bg, light_fg, dark_bg, dark_fg = NOTICE_COLOURS.get(
            self.notice_level, NOTICE_COLOURS["info"]
        )
        bg, fg = (dark_bg, dark_fg) if self.dark else (light_bg, light_fg)
        set_style(
            self.notice_label,
            f"background: {bg}; color: {fg}; border-radius: 6px; padding: 4px 8px;",
        )

    def count_colour(self) -> QColor:
        return self.ring.colour()
