"""The Accounts dialog with pytest-qt: add, edit, verify against loopback APIs, delete."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from publish_env import Apis, make_account, settings_for
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from servers import facebook_api, vk_api, x_api
from support import MemoryKeyring

from socialdesk.accounts import AccountStore
from socialdesk.ui.publishing.accounts_dialog import AccountsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def store(apis: Apis) -> AccountStore:
    return AccountStore(settings_for(apis, timeout=2.0))


def open_dialog(qtbot: QtBot, store: AccountStore) -> AccountsDialog:
    dialog = AccountsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field(dialog: AccountsDialog, key: str) -> QLineEdit:
    return dialog.inputs[key]


def test_adding_a_vk_account_puts_the_token_in_the_keyring_only(
    qtbot: QtBot, store: AccountStore, memory_keyring: MemoryKeyring, socialdesk_home: Path
) -> None:
    dialog = open_dialog(qtbot, store)
    assert dialog.heading.text() == "No accounts yet"
    dialog.add_account("vk")
    dialog.label_input.setText("Aurora VK")
    qtbot.keyClicks(field(dialog, "group_id"), "vk.com/club218374")
    token = field(dialog, "access_token")
    assert token.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(token, vk_api.TOKEN)
    dialog.save_button.click()

    assert "Saved" in dialog.result_label.text()
    (account,) = store.accounts("vk")
    assert account.values == {"group_id": "218374"}
    assert memory_keyring.secrets == {("socialdesk", f"{account.id}/access_token"): vk_api.TOKEN}
    settings_file = socialdesk_home / "config" / "settings.json"
    assert vk_api.TOKEN not in settings_file.read_text(encoding="utf-8")
    assert json.loads(settings_file.read_text("utf-8"))["accounts"]["defaults"] == {
        "vk": account.id
    }
    # the stored token is never shown again
    assert field(dialog, "access_token").text() == ""
    assert "Stored in the keyring" in field(dialog, "access_token").placeholderText()
    assert dialog.account_list.currentItem().text() == "VK · Aurora VK  (default)"


def test_bad_input_gets_a_clear_message_and_nothing_is_stored(
    qtbot: QtBot, store: AccountStore, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, store)
    dialog.add_account("facebook")
    dialog.label_input.setText("Page")
    field(dialog, "page_id").setText("my-page")
    field(dialog, "page_token").setText("EAAG-secret")
    dialog.save_button.click()
    assert "Page id must be a number" in dialog.result_label.text()
    assert store.accounts() == [] and memory_keyring.secrets == {}
    # what was typed is still there to fix
    assert field(dialog, "page_id").text() == "my-page"
    assert field(dialog, "page_token").text() == "EAAG-secret"


def test_verify_shows_the_account_name(qtbot: QtBot, store: AccountStore) -> None:
    make_account(store, "facebook")
    dialog = open_dialog(qtbot, store)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "Verified" in dialog.result_label.text(), timeout=5000)
    assert dialog.result_label.text().startswith(f"✓ Verified: {facebook_api.PAGE_NAME}")
    assert store.accounts()[0].verified_name == facebook_api.PAGE_NAME


def test_verify_before_saving_uses_the_typed_x_keys_and_a_bad_one_says_reconnect(
    qtbot: QtBot, store: AccountStore, apis: Apis
) -> None:
    dialog = open_dialog(qtbot, store)
    dialog.add_account("twitter")
    dialog.label_input.setText("@aurora")
    dialog.auth_combo.setCurrentIndex(1)  # OAuth 1.0a
    assert set(dialog.inputs) == {
        "consumer_key",
        "consumer_secret",
        "oauth_token",
        "oauth_token_secret",
    }
    assert dialog.label_input.text() == "@aurora"  # kept across the switch
    field(dialog, "consumer_key").setText(x_api.CONSUMER_KEY)
    field(dialog, "consumer_secret").setText(x_api.CONSUMER_SECRET)
    field(dialog, "oauth_token").setText(x_api.ACCESS_TOKEN)
    field(dialog, "oauth_token_secret").setText(x_api.ACCESS_SECRET)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verify_button.isEnabled(), timeout=5000)
    assert dialog.result_label.text() == "✓ Verified: Aurora Travel (@auroratravel)"

    field(dialog, "oauth_token_secret").setText("wrong")
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verify_button.isEnabled(), timeout=5000)
    assert "Reconnect the account" in dialog.result_label.text()
    assert "wrong" not in dialog.result_label.text()
    assert apis.twitter.state["auth_failures"] == ["signature does not match"]


def test_editing_keeps_the_stored_secret_when_left_blank(
    qtbot: QtBot, store: AccountStore, memory_keyring: MemoryKeyring
) -> None:
    account = make_account(store, "vk")
    dialog = open_dialog(qtbot, store)
    dialog.label_input.setText("Aurora VK (renamed)")
    dialog.save_button.click()
    assert store.get(account.id).label == "Aurora VK (renamed)"  # type: ignore[union-attr]
    assert store.secrets(account) == {"access_token": vk_api.TOKEN}


def test_deleting_removes_the_account_and_its_secrets(
    qtbot: QtBot, store: AccountStore, memory_keyring: MemoryKeyring
) -> None:
    make_account(store, "twitter", x_auth="oauth1")
    assert len(memory_keyring.secrets) == 4
    dialog = open_dialog(qtbot, store)
    dialog.confirm_delete = lambda account: True  # type: ignore[method-assign]
    dialog.delete_button.click()
    assert store.accounts() == []
    assert memory_keyring.secrets == {}
    assert dialog.account_list.count() == 0


def test_without_a_secure_keyring_the_dialog_says_so_and_cannot_save(
    qtbot: QtBot, store: AccountStore
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = open_dialog(qtbot, store)
    assert dialog.keyring_banner.isVisible()
    assert dialog.keyring_banner.text().startswith("Your system offers no secure password store")
    dialog.add_account("vk")
    assert not dialog.save_button.isEnabled()
    dialog.save_current()  # even forced: refused, nothing stored
    assert "no secure password store" in dialog.result_label.text()
    assert store.accounts() == []
