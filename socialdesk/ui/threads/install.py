"""The X card's "Post as a thread" (offered when the X text is over the limit, or the
draft is a thread already) and "Number the parts (1/4)"; both also in the Edit menu.
They set the draft's `twitter_thread` and `twitter_thread_numbering`; the card then
shows the parts, re-split on every keystroke. A line holding only `---` in the X text
moves a break (the tooltip says so)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from socialdesk.draft import Draft
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.widgets import check_quietly


class ThreadActions(QObject):
    """The two actions and what keeps them, the card and the draft in step."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.card = window.cards["twitter"]
        self.thread_action = QAction(
            translate("ThreadActions", "Post as a thread"), window, checkable=True
        )
        self.thread_action.setToolTip(
            translate(
                "ThreadActions",
                "Split the X text into posts that each fit, published as replies one "
                "after another. A line holding only --- moves a break.",
            )
        )
        self.numbering_action = QAction(
            translate("ThreadActions", "Number the parts (1/4)"), window, checkable=True
        )
        self.thread_action.toggled.connect(self._set_thread)
        self.numbering_action.toggled.connect(self._set_numbering)
        self.card.add_action(self.thread_action)
        self.card.add_action(self.numbering_action, in_menu=True)
        edit = window.menus["edit"]
        edit.addSeparator()
        edit.addAction(self.thread_action)
        edit.addAction(self.numbering_action)
        document = window.document
        document.options_changed.connect(self.sync)
        document.draft_replaced.connect(self.sync)
        self.card.shown.connect(self._offer)
        self.sync()

    @property
    def draft(self) -> Draft:
        draft: Draft = self.window.document.draft
        return draft

    def _set_thread(self, on: bool) -> None:
        if self.draft.twitter_thread != on:
            self.window.document.edit(lambda d: setattr(d, "twitter_thread", on), options=True)

    def _set_numbering(self, on: bool) -> None:
        if self.draft.twitter_thread_numbering != on:
            self.window.document.edit(
                lambda d: setattr(d, "twitter_thread_numbering", on), options=True
            )

    def sync(self) -> None:
        """Show what the draft says: the actions' ticks and the card's thread."""
        draft = self.draft
        check_quietly(self.thread_action, draft.twitter_thread)
        check_quietly(self.numbering_action, draft.twitter_thread_numbering)
        self.numbering_action.setEnabled(draft.twitter_thread)
        mode = (draft.twitter_thread, draft.twitter_thread_numbering)
        if mode != self.card.thread_mode:
            self.card.set_thread_mode(*mode)
            # the card shows new counts: the editors' marks and counters follow it
            self.window.updater.updated.emit(self.card.pid)
        self._offer()

    def _offer(self, _pid: str = "") -> None:
        """On the card, the thread button shows while it is of use: over the limit, or on.
        The Images panel (if installed) lets each picture name its post of the thread."""
        preview = self.card.preview
        over = preview is not None and preview.check.over_by > 0
        self.thread_action.setVisible(over or self.draft.twitter_thread)
        media = getattr(self.window, "media", None)
        if media is not None:
            thread = self.card.thread
            media.panel.set_thread_posts(len(thread.parts) if thread is not None else 0)


def install_threads(window: Any) -> ThreadActions:
    """Add the thread actions to the X card and the Edit menu; once per window."""
    existing = getattr(window, "thread_actions", None)
    if isinstance(existing, ThreadActions):
        return existing
    window.thread_actions = ThreadActions(window)
    return window.thread_actions


__all__ = ["ThreadActions", "install_threads"]
