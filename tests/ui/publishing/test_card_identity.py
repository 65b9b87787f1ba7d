"""Cards show who will post (name, handle, picture from Connect/Verify), and the Weibo
card's menu switches the draft between Weibo's sharing API and posting by hand."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from servers.avatars import avatar_png

from socialdesk.accounts import Account, AccountStore, avatar_file
from socialdesk.platforms.chrome import chrome
from socialdesk.settings import Settings
from socialdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_cards_show_the_connected_account(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    store = AccountStore(Settings.load())
    account = Account(
        "twitter", "Aurora on X", verified_name="Aurora Travel", handle="@auroratravel"
    )
    store.save(account, {"bearer_token": "x-token-for-the-card-test"})
    picture = avatar_file(account.id)
    picture.parent.mkdir(parents=True, exist_ok=True)
    picture.write_bytes(avatar_png())
    window = make_window()
    card = window.cards["twitter"]
    qtbot.waitUntil(lambda: "Aurora Travel" in card.name_label.text(), timeout=5000)
    assert "@auroratravel" in card.name_label.text()
    assert card.avatar.has_picture()
    # no VK account: VK's own placeholder, in the card's audience language
    assert chrome("vk").word("your_name", "ru") in window.cards["vk"].name_label.text()
    assert not window.cards["vk"].avatar.has_picture()


def test_the_weibo_card_switches_the_publishing_path(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    card = window.cards["weibo"]
    window.document.set_variant_text("weibo", "#极光# 北极光之旅开放预订！")
    action = window.weibo_path_action
    assert not action.isChecked() and window.document.draft.weibo_path == "by_hand"
    qtbot.waitUntil(lambda: card.preview is not None and card.preview.check.limit == 2000)
    assert card.preview is not None and not card.preview.check.problems
    action.trigger()
    assert window.document.draft.weibo_path == "api"
    qtbot.waitUntil(lambda: card.preview is not None and card.preview.check.limit == 140)
    problems = " ".join(card.preview.check.problems)
    assert "#topic#" in problems and "link" in problems
