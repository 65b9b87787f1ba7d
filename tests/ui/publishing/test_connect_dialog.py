"""The Connect dialog with pytest-qt against loopback sign-in servers: X through the
loopback listener (an HTTP client in the browser's place), VK's pasted address,
Facebook's Pages, Weibo's 21321 — and the Accounts dialog showing the state after."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from servers import facebook_login, vk_api, vk_id, weibo_oauth, x_oauth
from servers.loopback import LoopbackServer
from signin_support import Browser, final_address

from socialdesk.accounts import AccountStore
from socialdesk.settings import Settings
from socialdesk.signin.identity import avatar_path
from socialdesk.ui.publishing.accounts_dialog import AccountsDialog
from socialdesk.ui.publishing.connect_dialog import ConnectDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def x_server() -> Iterator[LoopbackServer]:
    with x_oauth.x_oauth_server() as server:
        yield server


def store_for(**bases: str) -> AccountStore:
    settings = Settings.load()
    for flow, url in bases.items():
        settings.section("signin").update({flow: url, f"{flow}_token": url})
        api = {"vk_implicit": "vk"}.get(flow, flow)
        settings.section("api")[api] = url
    settings.section("api").update(timeout=5.0, weibo_rip="127.0.0.1")
    settings.save()
    return AccountStore(settings)


def open_connect(qtbot: QtBot, pid: str, store: AccountStore) -> ConnectDialog:
    dialog = ConnectDialog(pid, store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_connecting_x_signs_in_through_the_browser_and_learns_who(
    qtbot: QtBot, x_server: LoopbackServer, socialdesk_home: Path
) -> None:
    store = store_for(twitter=x_server.url)
    dialog = open_connect(qtbot, "twitter", store)
    port = free_port()
    dialog.port_input.setValue(port)
    x_server.state["callbacks"] = [f"http://127.0.0.1:{port}/callback"]
    assert f"http://127.0.0.1:{port}/callback" in dialog.steps.toPlainText()
    browser = Browser()
    dialog.open_url = browser.open
    dialog.label_input.setText("Aurora on X")
    dialog.client_input.setText(x_oauth.CLIENT_ID)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "Connected as" in dialog.status.text(), timeout=10_000)
    assert "Aurora Travel (@auroratravel)" in dialog.status.text()
    assert "Signed in" in browser.last_page().text
    (account,) = store.accounts("twitter")
    assert account.signin == "x_oauth2" and account.handle == "@auroratravel"
    assert avatar_path(account) is not None
    tokens = store.token_set(account)
    assert tokens is not None and tokens.refresh_token
    on_disk = (socialdesk_home / "config" / "settings.json").read_text(encoding="utf-8")
    assert tokens.access_token not in on_disk and tokens.refresh_token not in on_disk

    accounts = AccountsDialog(store)
    qtbot.addWidget(accounts)
    assert "renews itself" in accounts.result_label.text()
    assert "bearer_token" not in accounts.inputs  # the token comes from the sign-in
    dialog.close()


def test_connecting_vk_by_pasting_the_final_address(qtbot: QtBot) -> None:
    with vk_id.vk_id_server() as auth, vk_api.vk_server() as api:
        auth.state["api"] = api
        store = store_for(vk_implicit=auth.url)
        store.settings.section("api")["vk"] = api.url
        dialog = open_connect(qtbot, "vk", store)
        dialog.way_combo.setCurrentIndex(dialog.way_combo.findData("vk_implicit"))
        assert not dialog.port_input.isVisible() and dialog.paste_input.isVisible()
        opened: list[str] = []
        dialog.open_url = opened.append
        dialog.label_input.setText("Aurora VK")
        dialog.client_input.setText(vk_id.APP_ID)
        dialog.target_input.setText("vk.com/club" + vk_api.GROUP_ID)
        dialog.sign_in_button.click()
        dialog.paste_input.setText(final_address(opened[0]))
        dialog.finish_button.click()
        qtbot.waitUntil(lambda: "Connected as" in dialog.status.text(), timeout=10_000)
        (account,) = store.accounts("vk")
        assert account.signin == "vk_implicit" and account.values == {"group_id": vk_api.GROUP_ID}
        dialog.close()


def test_connecting_facebook_picks_a_page_and_keeps_its_token(qtbot: QtBot) -> None:
    with facebook_login.facebook_login_server() as server:
        store = store_for(facebook=server.url)
        dialog = open_connect(qtbot, "facebook", store)
        opened: list[str] = []
        dialog.open_url = opened.append
        dialog.client_input.setText(facebook_login.APP_ID)
        dialog.secret_input.setText(facebook_login.APP_SECRET)
        dialog.sign_in_button.click()
        dialog.paste_input.setText(final_address(opened[0]))
        dialog.finish_button.click()
        qtbot.waitUntil(lambda: dialog.page_combo.count() == 2, timeout=10_000)
        dialog.use_page_button.click()
        qtbot.waitUntil(lambda: "Connected as" in dialog.status.text(), timeout=10_000)
        (account,) = store.accounts("facebook")
        assert account.label == "Aurora Travel" and account.values["page_id"]
        assert store.client_secret(account) == facebook_login.APP_SECRET
        dialog.close()


def test_weibo_error_21321_is_explained(qtbot: QtBot) -> None:
    with weibo_oauth.weibo_oauth_server() as server:
        server.state["unreviewed"] = True
        store = store_for(weibo=server.url)
        dialog = open_connect(qtbot, "weibo", store)
        opened: list[str] = []
        dialog.open_url = opened.append
        dialog.label_input.setText("极光 Weibo")
        dialog.client_input.setText(weibo_oauth.APP_KEY)
        dialog.secret_input.setText(weibo_oauth.APP_SECRET)
        dialog.target_input.setText("https://aurora.example.com")
        dialog.sign_in_button.click()
        dialog.paste_input.setText(final_address(opened[0]))
        dialog.finish_button.click()
        qtbot.waitUntil(lambda: "21321" in dialog.status.text(), timeout=10_000)
        assert "test users" in dialog.status.text()
        assert store.accounts("weibo") == []  # nothing stored
        dialog.close()


def test_the_accounts_dialog_offers_signing_in_per_platform(qtbot: QtBot) -> None:
    with vk_api.vk_server() as api:
        store = store_for(vk=api.url)
        accounts = AccountsDialog(store)
        qtbot.addWidget(accounts)
        menu = accounts.sign_in_button.menu()
        assert [a.text() for a in menu.actions()] == ["VK", "Weibo", "X", "Facebook"]
        menu.actions()[2].trigger()
        connect = accounts.connect_dialog
        assert connect.pid == "twitter" and connect.account is None
        assert connect.windowTitle() == "Connect X"
        connect.close()
        # a community key is one of VK's ways in, stored like a pasted token
        menu.actions()[0].trigger()
        vk = accounts.connect_dialog
        vk.way_combo.setCurrentIndex(vk.way_combo.findData("community_key"))
        vk.label_input.setText("Aurora VK")
        vk.target_input.setText(vk_api.GROUP_ID)
        vk.key_input.setText(vk_api.TOKEN)
        vk.sign_in_button.click()  # "Save"
        qtbot.waitUntil(lambda: "Connected as" in vk.status.text(), timeout=10_000)
        (account,) = store.accounts("vk")
        assert account.signin == "" and store.secrets(account) == {"access_token": vk_api.TOKEN}
        assert "Aurora VK" in accounts.account_list.currentItem().text()
        vk.close()
