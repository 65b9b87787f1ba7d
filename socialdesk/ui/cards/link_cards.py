"""Link cards on the preview cards: `install_link_cards(window)` (in install.py) finds each
platform's first link after a pause in typing, has its card fetched off the GUI thread
(LinkCardLoader, socialdesk.linkcards underneath: cached in the data folder, so a draft
shows its cards offline) and shows it on the card. The writer can remove a card (the
choice is saved in the draft, per platform and link) and bring it back from the card's ⋯
menu."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction

from socialdesk.linkcards import LinkCard, LinkCardCache, first_link
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.i18n import translate

PAUSE_MS = 500  # after typing stops; a fetch never waits on a keystroke, nor one on it
# set (tests, a machine without network): cards come from the cache only, nothing is fetched
OFFLINE_ENV = "SOCIALDESK_OFFLINE"


class LinkCardLoader(QObject):
    """One fetch per URL however many cards show it; `card_ready(url, card)` on the GUI
    thread. A failed fetch is not remembered: asked again later, it is tried again."""

    card_ready = Signal(str, object)  # url, LinkCard

    def __init__(self, cache: LinkCardCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache or LinkCardCache()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._cards: dict[str, LinkCard] = {}
        self._tasks: dict[str, BackgroundTask] = {}

    def known(self, url: str) -> LinkCard | None:
        return self._cards.get(url)

    def request(self, url: str) -> None:
        if url in self._cards or url in self._tasks:
            return
        cache = self.cache

        offline = bool(os.environ.get(OFFLINE_ENV))

        def fetch(_report: object) -> LinkCard:
            if offline:
                return cache.get(url) or LinkCard(url=url, problem="offline")
            from socialdesk.linkcards.build import link_card  # requests, bs4: on first use

            return link_card(url, cache)

        task = BackgroundTask(fetch)
        task.signals.finished.connect(lambda result, url=url: self._finished(url, result))
        self._tasks[url] = task
        self.pool.start(task)

    def image_path(self, card: LinkCard) -> Path | None:
        return self.cache.image_path(card) if card.image else None

    def _finished(self, url: str, result: object) -> None:
        self._tasks.pop(url, None)
        card = result if isinstance(result, LinkCard) else LinkCard(url=url, problem=str(result))
        if not card.problem:
            self._cards[url] = card
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.card_ready.emit(url, card)

    def busy(self) -> bool:
        return bool(self._tasks)

    def close(self) -> None:
        self.pool.clear()
        self.pool.waitForDone(3000)  # a fetch gives up after 8 s; don't wait for it all


class LinkCards(QObject):
    def __init__(self, window: Any, cache: LinkCardCache | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.loader = LinkCardLoader(cache, self)
        self.loader.card_ready.connect(self._card_ready)
        self.wanted: dict[str, str] = {}  # platform id → the URL its card shows
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.refresh)
        doc = window.document
        for signal in (doc.master_changed, doc.draft_replaced, doc.options_changed):
            signal.connect(self.timer.start)
        doc.variant_changed.connect(lambda _pid: self.timer.start())
        self.restore_actions: dict[str, QAction] = {}
        for pid, card in window.cards.items():
            card.link_card_removed.connect(self.remove)
            action = QAction(translate("LinkCards", "Show the link preview again"), card)
            action.triggered.connect(lambda _checked=False, pid=pid: self.restore(pid))
            action.setVisible(False)
            card.add_action(action, in_menu=True)
            self.restore_actions[pid] = action
        window.shutdown_hooks.append(self.loader.close)
        self.timer.start()

    def refresh(self) -> None:
        """Each card's first link, and its card: shown at once if known, else fetched."""
        draft = self.window.document.draft
        for pid in PLATFORM_IDS:
            card = self.window.cards[pid]
            url = first_link(pid, draft.text_for(pid))
            removed = url is not None and draft.link_card_removed(pid, url)
            self.restore_actions[pid].setVisible(removed)
            if url is None or removed:
                self.wanted.pop(pid, None)
                card.set_link_card(None)
                continue
            self.wanted[pid] = url
            known = self.loader.known(url)
            if known is not None:
                card.set_link_card(known, self.loader.image_path(known))
            else:
                if card.link_card is not None and card.link_card.url != url:
                    card.set_link_card(None)
                self.loader.request(url)

    def _card_ready(self, url: str, result: LinkCard) -> None:
        for pid, wanted in self.wanted.items():
            if wanted == url:
                self.window.cards[pid].set_link_card(result, self.loader.image_path(result))

    def remove(self, pid: str, url: str) -> None:
        self.window.document.edit(lambda d: d.set_link_card_removed(pid, url), variants=[pid])
        self.refresh()

    def restore(self, pid: str) -> None:
        url = first_link(pid, self.window.document.draft.text_for(pid))
        if url is not None:
            self.window.document.edit(
                lambda d: d.set_link_card_removed(pid, url, removed=False), variants=[pid]
            )
        self.refresh()

    def busy(self) -> bool:
        return self.timer.isActive() or self.loader.busy()
