"""Connect/Verify learns who the account posts as: name, handle and profile picture
(cached in the data folder), from each loopback platform API."""

from __future__ import annotations

import pytest
from publish_env import Apis, make_account, settings_for

from socialdesk.accounts import AccountStore
from socialdesk.paths import data_dir
from socialdesk.signin.identity import avatar_path, verify_account


@pytest.mark.parametrize(
    ("pid", "x_auth", "name", "handle"),
    [
        ("twitter", "oauth2", "Aurora Travel", "@auroratravel"),
        ("twitter", "oauth1", "Aurora Travel", "@auroratravel"),
        ("vk", "", "Anna Petrova → Aurora Travel", "@aurora"),
        ("weibo", "", "极光旅行", "@极光旅行"),
        ("facebook", "", "Aurora Travel", "@auroratravel"),
    ],
)
def test_verify_remembers_who_and_caches_the_picture(
    apis: Apis, pid: str, x_auth: str, name: str, handle: str
) -> None:
    settings = settings_for(apis)
    store = AccountStore(settings)
    account = make_account(store, pid, x_auth=x_auth or "oauth2")
    result = verify_account(store, account, settings)
    assert (result.name, result.handle) == (name, handle)
    stored = store.get(account.id)
    assert stored is not None
    assert (stored.verified_name, stored.handle) == (name, handle)
    assert stored.avatar_url.startswith(apis[pid].url + "/avatar/")
    picture = avatar_path(stored)
    assert picture is not None and picture.parent == data_dir() / "avatars"
    assert picture.read_bytes().startswith(b"\x89PNG")
    store.delete(account.id)
    assert avatar_path(stored) is None


def test_a_picture_that_cannot_be_had_is_no_error(apis: Apis) -> None:
    settings = settings_for(apis)
    store = AccountStore(settings)
    account = make_account(store, "weibo")
    verify_account(store, account, settings)
    before = avatar_path(account)
    assert before is not None
    import requests

    from socialdesk.signin.identity import download_avatar

    assert (
        download_avatar(account, apis.weibo.url + "/avatar/missing.png", requests.Session()) is None
    )
    assert avatar_path(account) == before  # the cached one stays
