"""The cards show who will post: each platform's account (the draft's choice, else the
default) with the name, handle and picture Connect/Verify learnt; and the Weibo card
offers the draft's publishing path (the sharing API, or by hand)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from socialdesk.settings import Settings
from socialdesk.ui.common.i18n import translate


def show_identities(window: Any, settings: Settings) -> None:
    """Put each card's account on it (settings only: no keyring, no network)."""
    from socialdesk.accounts import AccountStore, avatar_file

    store = AccountStore(settings)
    draft = window.document.draft
    for pid, card in window.cards.items():
        chosen = draft.variants[pid].account if pid in draft.variants else None
        account = store.get(chosen) if chosen else store.default_for(pid)
        if account is None or account.platform != pid or not account.verified_name:
            card.reset_account()
            continue
        picture = avatar_file(account.id)
        handle = account.handle or account.verified_name
        card.set_account(account.verified_name, handle, picture if picture.is_file() else None)


def install_identities(window: Any, settings: Settings) -> None:
    painted = False  # the accounts (and the keyring module) load after the first paint

    def refresh(*_: object) -> None:
        if painted:
            show_identities(window, settings)

    def first_paint() -> None:
        nonlocal painted
        painted = True
        refresh()

    window.after_first_paint(first_paint)
    window.document.draft_replaced.connect(refresh)
    window.document.variant_changed.connect(refresh)
    window.refresh_identities = refresh
    card = window.cards.get("weibo")
    if card is None:
        return
    action = QAction(
        translate("PublishActions", "Publish through Weibo's API (140 characters, no #topics#)"),
        window,
    )
    action.setCheckable(True)
    action.setStatusTip(
        translate(
            "PublishActions",
            "Checked: sent through Weibo's sharing API. Unchecked: posted by hand in "
            "Weibo's composer (2,000 characters).",
        )
    )

    def sync() -> None:
        action.blockSignals(True)
        action.setChecked(window.document.draft.weibo_path == "api")
        action.blockSignals(False)

    action.toggled.connect(lambda on: window.document.set_weibo_path("api" if on else "by_hand"))
    window.document.draft_replaced.connect(sync)
    window.document.options_changed.connect(sync)
    sync()
    card.add_action(action, in_menu=True)
    window.weibo_path_action = action
