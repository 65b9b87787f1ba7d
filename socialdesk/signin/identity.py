"""Who an account posts as: Connect/Verify asks the platform for the display name,
handle and profile picture, keeps them with the account (settings) and the picture in
the data folder's avatar cache, so cards show the real account instead of "Your Page".
"""

from __future__ import annotations

from pathlib import Path

import requests

from socialdesk import paths
from socialdesk.accounts import Account, AccountStore, avatar_file
from socialdesk.draft import atomic_write
from socialdesk.platforms.api import VerifyResult, make_publisher
from socialdesk.settings import Settings
from socialdesk.signin.tokens import fresh_tokens

MAX_AVATAR_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF")
AVATAR_TIMEOUT = (5.0, 10.0)


def avatar_dir() -> Path:
    path = paths.data_dir() / "avatars"
    path.mkdir(parents=True, exist_ok=True)
    return path


def avatar_path(account: Account) -> Path | None:
    """The cached picture of `account`, if one was downloaded."""
    path = avatar_file(account.id)
    return path if path.is_file() else None


def verify_account(
    store: AccountStore,
    account: Account,
    settings: Settings,
    session: requests.Session | None = None,
) -> VerifyResult:
    """Renew the sign-in if due, ask the platform who this is, and remember it.
    SignInError / PublishError / AccountError say what went wrong; nothing is changed then."""
    if account.signin:
        fresh_tokens(store, account, settings, session=session)
    publisher = make_publisher(account, store.secrets(account), settings, session)
    result = publisher.verify()
    account.verified_name = result.name
    account.handle = result.handle
    account.avatar_url = result.avatar_url
    account.needs_sign_in = False
    if result.avatar_url:
        download_avatar(account, result.avatar_url, publisher.session)
    if store.get(account.id) is not None:
        store.update(account)
    return result


def download_avatar(account: Account, url: str, session: requests.Session) -> Path | None:
    """Fetch the picture into the cache; a picture that cannot be had is no error (the
    card shows the platform's placeholder), an old cached one stays."""
    if not url.startswith(("https://", "http://")):
        return None
    try:
        with session.get(url, timeout=AVATAR_TIMEOUT, stream=True) as response:
            if response.status_code != 200:
                return None
            data = response.raw.read(MAX_AVATAR_BYTES + 1, decode_content=True)
    except (requests.RequestException, OSError):
        return None
    if len(data) > MAX_AVATAR_BYTES or not data.startswith(_IMAGE_MAGIC):
        return None
    avatar_dir()
    target = avatar_file(account.id)
    atomic_write(target, data)
    return target


def forget_avatar(account: Account) -> None:
    path = avatar_path(account)
    if path is not None:
        path.unlink(missing_ok=True)
