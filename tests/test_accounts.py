"""Accounts: ids and names in settings, secrets only in the keyring, deleted together."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from support import MemoryKeyring

from socialdesk.accounts import Account, AccountError, AccountStore
from socialdesk.credentials import NoSecureKeyringError
from socialdesk.draft import Draft
from socialdesk.publishing import resolve_account
from socialdesk.settings import Settings


def settings_text(socialdesk_home: Path) -> str:
    return (socialdesk_home / "config" / "settings.json").read_text(encoding="utf-8")


def test_saved_account_keeps_ids_in_settings_and_the_token_in_the_keyring(
    socialdesk_home: Path, memory_keyring: MemoryKeyring
) -> None:
    store = AccountStore()
    account = Account("vk", "Aurora VK", {"group_id": "https://vk.com/club218374"})
    store.save(account, {"access_token": "vk1.a.secret-token"})

    on_disk = json.loads(settings_text(socialdesk_home))
    (entry,) = on_disk["accounts"]["list"]
    assert entry["values"] == {"group_id": "218374"}  # normalised from the link
    assert entry["label"] == "Aurora VK"
    assert "vk1.a.secret-token" not in settings_text(socialdesk_home)
    assert memory_keyring.secrets == {
        ("socialdesk", f"{account.id}/access_token"): "vk1.a.secret-token"
    }

    again = AccountStore(Settings.load())
    loaded = again.get(account.id)
    assert loaded is not None and loaded.value("group_id") == "218374"
    assert again.secrets(loaded) == {"access_token": "vk1.a.secret-token"}


def test_editing_with_blank_secret_keeps_the_stored_one(memory_keyring: MemoryKeyring) -> None:
    store = AccountStore()
    account = Account("facebook", "Page", {"page_id": "104857600123"})
    store.save(account, {"page_token": "EAAG-first"})
    account.label = "Aurora Page"
    store.save(account, {"page_token": ""})
    assert store.secrets(account) == {"page_token": "EAAG-first"}
    assert [a.label for a in store.accounts()] == ["Aurora Page"]


def test_new_account_without_its_token_is_refused(memory_keyring: MemoryKeyring) -> None:
    store = AccountStore()
    with pytest.raises(AccountError, match="Paste the user access token"):
        store.save(Account("vk", "VK", {"group_id": "1"}), {})
    assert store.accounts() == []


@pytest.mark.parametrize(
    ("account", "words"),
    [
        (Account("vk", "VK", {"group_id": "club-abc"}), "community id must be a number"),
        (Account("vk", "  ", {"group_id": "1"}), "Give the VK account a name"),
        (Account("facebook", "P", {"page_id": "my-page"}), "Page id must be a number"),
        (Account("weibo", "W", {"safe_domain": "nodot"}), "safe domain"),
        (Account("weibo", "W", {}), "Enter the safe-domain url"),
    ],
)
def test_bad_account_data_gets_a_clear_message(account: Account, words: str) -> None:
    with pytest.raises(AccountError, match=words):
        AccountStore().save(account, {"access_token": "t", "page_token": "t"})


def test_deleting_an_account_deletes_its_secrets(memory_keyring: MemoryKeyring) -> None:
    store = AccountStore()
    x = Account("twitter", "@aurora", auth="oauth1")
    store.save(
        x,
        {
            "consumer_key": "ck",
            "consumer_secret": "cs",
            "oauth_token": "ot",
            "oauth_token_secret": "ots",
        },
    )
    keep = Account("vk", "VK", {"group_id": "5"})
    store.save(keep, {"access_token": "vk-token"})
    assert len(memory_keyring.secrets) == 5
    store.delete(x.id)
    assert store.get(x.id) is None
    assert memory_keyring.secrets == {("socialdesk", f"{keep.id}/access_token"): "vk-token"}


def test_switching_x_to_oauth2_removes_the_oauth1_secrets(memory_keyring: MemoryKeyring) -> None:
    store = AccountStore()
    x = Account("twitter", "@aurora", auth="oauth1")
    store.save(
        x,
        {
            "consumer_key": "a",
            "consumer_secret": "b",
            "oauth_token": "c",
            "oauth_token_secret": "d",
        },
    )
    x.auth = "oauth2"
    store.save(x, {"bearer_token": "bearer-xyz"})
    assert memory_keyring.secrets == {("socialdesk", f"{x.id}/bearer_token"): "bearer-xyz"}


def test_without_a_secure_keyring_nothing_at_all_is_stored(socialdesk_home: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = AccountStore()
    with pytest.raises(NoSecureKeyringError, match="no secure password store"):
        store.save(Account("vk", "VK", {"group_id": "5"}), {"access_token": "vk-token"})
    assert store.accounts() == []
    assert not (socialdesk_home / "config" / "settings.json").exists()


def test_a_secret_planted_in_the_settings_file_is_never_read_back(socialdesk_home: Path) -> None:
    planted = {
        "accounts": {
            "list": [
                {
                    "id": "vk-1",
                    "platform": "vk",
                    "label": "VK",
                    "values": {"group_id": "5", "access_token": "leaked"},
                }
            ]
        }
    }
    Settings(data=planted).save()
    account = AccountStore().get("vk-1")
    assert account is not None and account.values == {"group_id": "5"}
    with pytest.raises(AccountError, match="not in the password store"):
        AccountStore().secrets(account)


def test_draft_uses_its_chosen_account_else_the_default(memory_keyring: MemoryKeyring) -> None:
    store = AccountStore()
    first = Account("vk", "First", {"group_id": "1"})
    second = Account("vk", "Second", {"group_id": "2"})
    store.save(first, {"access_token": "a"})
    store.save(second, {"access_token": "b"})
    draft = Draft(master="hi")
    assert resolve_account(draft, "vk", store) == (first, "")
    store.set_default("vk", second.id)
    assert resolve_account(draft, "vk", store) == (second, "")
    draft.variants["vk"].account = first.id
    assert resolve_account(draft, "vk", store) == (first, "")
    store.delete(first.id)
    account, problem = resolve_account(draft, "vk", store)
    assert account is None
    assert "no longer exists" in problem
