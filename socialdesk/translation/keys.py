"""Translation API keys, kept only in the OS keyring via `socialdesk.credentials`.

Each service's key is the secret "api_key" of the account id "translator:<backend>"
(service "socialdesk"). Ids that are not secret (Baidu App ID, Papago client ID,
Microsoft region) live in Settings instead.
"""

from __future__ import annotations

from socialdesk import credentials
from socialdesk.translation.errors import TranslationError

SECRET = "api_key"


def account_id(backend: str) -> str:
    return f"translator:{backend}"


def get_api_key(backend: str) -> str | None:
    try:
        return credentials.get_secret(account_id(backend), SECRET) or None
    except credentials.CredentialError as exc:
        raise TranslationError("keyring", str(exc), backend=backend) from None


def set_api_key(backend: str, key: str) -> None:
    """Store `key` (or remove the stored one when `key` is empty)."""
    try:
        if key:
            credentials.set_secret(account_id(backend), SECRET, key)
        else:
            credentials.delete_secret(account_id(backend), SECRET)
    except credentials.CredentialError as exc:
        raise TranslationError("keyring", str(exc), backend=backend) from None
