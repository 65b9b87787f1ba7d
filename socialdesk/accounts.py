"""The writer's accounts on each platform.

Non-secret data (label, ids, the safe domain, which auth) lives in the settings file,
section "accounts"; tokens and keys live only in the OS keyring (socialdesk.credentials).
Saving checks the keyring first, so with no secure store nothing at all is written.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socialdesk import credentials, paths
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.platforms.weibo.paths import safe_domain_host
from socialdesk.settings import Settings
from socialdesk.signin.oauth import TokenSet

SECTION = "accounts"
X_AUTH_MODES = ("oauth2", "oauth1")


class AccountError(Exception):
    """An account that cannot be saved or used as it is; the message says what to fix."""


@dataclass(frozen=True)
class FieldSpec:
    """One thing the writer enters for an account. `auth` limits it to one X auth mode."""

    key: str
    label: str
    secret: bool
    help: str = ""
    auth: str | None = None


ACCOUNT_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "vk": (
        FieldSpec(
            "group_id", "Community id", False, "The number in vk.com/club123456, or the link"
        ),
        FieldSpec("access_token", "User access token", True, "A user token with the 'wall' scope"),
    ),
    "weibo": (
        FieldSpec(
            "safe_domain",
            "Safe-domain URL",
            False,
            "Your app's registered safe domain; every post must link to it",
        ),
        FieldSpec("access_token", "OAuth2 access token", True),
    ),
    "twitter": (
        FieldSpec(
            "bearer_token",
            "OAuth 2.0 user token",
            True,
            "User-context token with tweet.write",
            "oauth2",
        ),
        FieldSpec("consumer_key", "API key (consumer key)", True, "", "oauth1"),
        FieldSpec("consumer_secret", "API key secret", True, "", "oauth1"),
        FieldSpec("oauth_token", "Access token", True, "", "oauth1"),
        FieldSpec("oauth_token_secret", "Access token secret", True, "", "oauth1"),
    ),
    "facebook": (
        FieldSpec("page_id", "Page id", False, "The number in the Page's About section"),
        FieldSpec("page_token", "Page access token", True, "With pages_manage_posts"),
    ),
}


def fields_for(platform: str, auth: str = "") -> list[FieldSpec]:
    return [f for f in ACCOUNT_FIELDS[platform] if f.auth is None or f.auth == auth]


# An account signed in through the browser keeps its tokens as ONE keyring entry (so a
# renewal replaces access token, refresh token and expiry together) and, for Facebook
# and Weibo, the developer app's secret; the publisher gets the access token under the
# key it knows.
TOKEN_SET = "token_set"
CLIENT_SECRET = "client_secret"
SIGNIN_SECRETS = (TOKEN_SET, CLIENT_SECRET)
ACCESS_KEY = {
    "vk": "access_token",
    "weibo": "access_token",
    "twitter": "bearer_token",
    "facebook": "page_token",
}


def secret_keys(platform: str) -> list[str]:
    """Every secret an account of `platform` may have, whatever its auth mode."""
    return [f.key for f in ACCOUNT_FIELDS[platform] if f.secret] + list(SIGNIN_SECRETS)


def avatar_file(account_id: str) -> Path:
    """Where the account's profile picture is cached (socialdesk.signin.identity)."""
    return paths.data_dir() / "avatars" / f"{account_id}.img"


def new_account_id(platform: str) -> str:
    return f"{platform}-{uuid.uuid4().hex[:12]}"


@dataclass
class Account:
    platform: str
    label: str
    values: dict[str, str] = field(default_factory=dict)  # the non-secret fields
    id: str = ""
    auth: str = ""  # X: "oauth2" or "oauth1"; empty elsewhere
    premium: bool = False  # X Premium: 25,000 instead of 280
    verified_name: str = ""  # what Verify last reported
    # signed in through the browser: which flow ("" = a token pasted by hand); the tokens
    # themselves are one "token_set" entry in the keyring (socialdesk.signin.tokens)
    signin: str = ""
    client_id: str = ""  # the developer app's public id (X client id, VK/FB/Weibo app id)
    handle: str = ""  # @name, screen name or Page address, from Connect/Verify
    avatar_url: str = ""
    needs_sign_in: bool = False  # the last renewal was refused: sign in again

    def __post_init__(self) -> None:
        if not self.id:
            self.id = new_account_id(self.platform)
        if self.platform == "twitter" and not self.auth:
            self.auth = "oauth2"

    def value(self, key: str) -> str:
        return self.values.get(key, "")

    @property
    def display(self) -> str:
        return self.label or self.verified_name or self.id

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "platform": self.platform,
            "label": self.label,
            "values": dict(self.values),
        }
        if self.platform == "twitter":
            data["auth"] = self.auth
            data["premium"] = self.premium
        if self.verified_name:
            data["verified_name"] = self.verified_name
        for key in ("signin", "client_id", "handle", "avatar_url"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.needs_sign_in:
            data["needs_sign_in"] = True
        return data

    @classmethod
    def from_json(cls, data: Any) -> Account | None:
        """An account from the settings file, or None for an entry that makes no sense."""
        if not isinstance(data, dict):
            return None
        platform, account_id = data.get("platform"), data.get("id")
        if platform not in PLATFORM_IDS or not isinstance(account_id, str) or not account_id:
            return None
        raw_values = data.get("values")
        values = (
            {k: v for k, v in raw_values.items() if isinstance(v, str)}
            if isinstance(raw_values, dict)
            else {}
        )
        # a secret that somehow reached the settings file is never read back from it
        for key in secret_keys(platform):
            values.pop(key, None)
        auth = data.get("auth", "")
        return cls(
            platform=platform,
            label=str(data.get("label") or ""),
            values=values,
            id=account_id,
            auth=auth if auth in X_AUTH_MODES else "",
            premium=data.get("premium") is True,
            verified_name=str(data.get("verified_name") or ""),
            signin=_text(data, "signin"),
            client_id=_text(data, "client_id"),
            handle=_text(data, "handle"),
            avatar_url=_text(data, "avatar_url"),
            needs_sign_in=data.get("needs_sign_in") is True,
        )


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


# -- normalising what the writer typed ---------------------------------------------------
_VK_GROUP = re.compile(r"^(?:https?://)?(?:m\.)?(?:vk\.com/)?(?:club|public|event)?-?(\d+)/?$")


def normalize_vk_group(raw: str) -> str:
    m = _VK_GROUP.match(raw.strip())
    if not m or int(m.group(1)) == 0:
        raise AccountError(
            "The VK community id must be a number, like 123456 or vk.com/club123456 "
            "(open the community, Manage → the id is in the address)."
        )
    return m.group(1)


def normalize_page_id(raw: str) -> str:
    value = raw.strip()
    if not value.isdigit():
        raise AccountError(
            "The Facebook Page id must be a number (Page → About → Page transparency)."
        )
    return value


def normalize_safe_domain(raw: str) -> str:
    host = safe_domain_host(raw)
    if not host or "." not in host:
        raise AccountError(
            "Enter your Weibo app's safe domain as a link, like https://example.com "
            "(Weibo open platform → your app → 安全域名)."
        )
    value = raw.strip()
    return value if "://" in value else "https://" + value


class AccountStore:
    """Accounts in the settings file, their secrets in the keyring."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else Settings.load()

    # -- reading ------------------------------------------------------------------------
    def _section(self) -> dict[str, Any]:
        return self.settings.section(SECTION)

    def accounts(self, platform: str | None = None) -> list[Account]:
        raw = self._section().get("list", [])
        found = [a for a in map(Account.from_json, raw if isinstance(raw, list) else []) if a]
        return [a for a in found if platform is None or a.platform == platform]

    def get(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts() if a.id == account_id), None)

    def default_for(self, platform: str) -> Account | None:
        """The account a draft uses when it names none: the chosen default, else the first."""
        defaults = self._section().get("defaults", {})
        chosen = defaults.get(platform) if isinstance(defaults, dict) else None
        candidates = self.accounts(platform)
        for account in candidates:
            if account.id == chosen:
                return account
        return candidates[0] if candidates else None

    def set_default(self, platform: str, account_id: str) -> None:
        defaults = self._section().setdefault("defaults", {})
        defaults[platform] = account_id
        self.settings.save()

    def token_set(self, account: Account) -> TokenSet | None:
        """The signed-in account's tokens, or None when it has none stored."""
        raw = credentials.get_secret(account.id, TOKEN_SET)
        return TokenSet.from_json(raw) if raw else None

    def secrets(self, account: Account) -> dict[str, str]:
        """The secrets this account needs to talk to its platform, from the keyring."""
        found: dict[str, str] = {}
        access_key = ACCESS_KEY[account.platform] if account.signin else ""
        if access_key:
            tokens = self.token_set(account)
            if tokens is None:
                raise AccountError(
                    f"“{account.display}” is not signed in any more (its sign-in is not in "
                    "the password store). Open Accounts and press Connect."
                )
            found[access_key] = tokens.access_token
        for spec in fields_for(account.platform, account.auth):
            if not spec.secret or spec.key == access_key:
                continue
            value = credentials.get_secret(account.id, spec.key)
            if not value:
                raise AccountError(
                    f"The {spec.label.lower()} of “{account.display}” is not in the password "
                    "store. Open Accounts, paste it again and press Save."
                )
            found[spec.key] = value
        return found

    def stored_secret_keys(self, account: Account) -> set[str]:
        """Which secrets are present (to show "stored" placeholders; never their values)."""
        return {
            key for key in secret_keys(account.platform) if credentials.get_secret(account.id, key)
        }

    # -- writing ------------------------------------------------------------------------
    def validate(self, account: Account) -> None:
        """Normalise the non-secret fields in place; AccountError says what to fix."""
        if account.platform not in PLATFORM_IDS:
            raise AccountError(f"Unknown platform {account.platform!r}.")
        name = get_platform(account.platform).name
        account.label = account.label.strip()
        if not account.label:
            raise AccountError(f"Give the {name} account a name you will recognise.")
        if account.platform == "twitter" and account.auth not in X_AUTH_MODES:
            raise AccountError("Choose how the X account signs in: OAuth 2.0 or OAuth 1.0a.")
        for spec in fields_for(account.platform, account.auth):
            if spec.secret:
                continue
            raw = account.value(spec.key).strip()
            if not raw:
                raise AccountError(f"Enter the {spec.label.lower()} of the {name} account.")
            if spec.key == "group_id":
                raw = normalize_vk_group(raw)
            elif spec.key == "page_id":
                raw = normalize_page_id(raw)
            elif spec.key == "safe_domain":
                raw = normalize_safe_domain(raw)
            account.values[spec.key] = raw
        # only known fields, never a secret, go to the settings file
        known = {f.key for f in ACCOUNT_FIELDS[account.platform] if not f.secret}
        account.values = {k: v for k, v in account.values.items() if k in known}

    def save(self, account: Account, secrets: Mapping[str, str]) -> None:
        """Store `account`; `secrets` holds newly typed secrets (blank = keep the stored one)."""
        credentials.secure_backend()  # no secure store: store nothing at all
        self.validate(account)
        specs = fields_for(account.platform, account.auth)
        # a signed-in account's access token comes from its token set, not a pasted field
        access_key = ACCESS_KEY[account.platform] if account.signin else ""
        needed = [s for s in specs if s.secret and s.key != access_key]
        typed = {k: v.strip() for k, v in secrets.items() if v and v.strip()}
        for spec in needed:
            if spec.key not in typed and not credentials.get_secret(account.id, spec.key):
                raise AccountError(f"Paste the {spec.label.lower()} of “{account.label}”.")
        for spec in needed:
            if spec.key in typed:
                credentials.set_secret(account.id, spec.key, typed[spec.key])
        # secrets of the other X auth mode are no longer needed
        in_use = {s.key for s in needed} | (set(SIGNIN_SECRETS) if account.signin else set())
        for key in secret_keys(account.platform):
            if key not in in_use:
                credentials.delete_secret(account.id, key)
        self._put(account)

    def connect(self, account: Account, tokens: TokenSet, client_secret: str | None = None) -> None:
        """Store a freshly signed-in account: its tokens (and the app secret) in the
        keyring, the rest in settings. Nothing is written if the account is not valid."""
        if not account.signin:
            raise AccountError("Only a signed-in account has a token set.")
        credentials.secure_backend()
        self.validate(account)
        account.needs_sign_in = False
        credentials.set_secret(account.id, TOKEN_SET, tokens.to_json())
        if client_secret:
            credentials.set_secret(account.id, CLIENT_SECRET, client_secret.strip())
        # a token pasted earlier is replaced by the sign-in
        for key in secret_keys(account.platform):
            if key not in SIGNIN_SECRETS:
                credentials.delete_secret(account.id, key)
        self._put(account)

    def replace_tokens(self, account: Account, tokens: TokenSet) -> None:
        """A renewal's new pair replaces the old one in a single keyring write."""
        credentials.set_secret(account.id, TOKEN_SET, tokens.to_json())

    def client_secret(self, account: Account) -> str:
        return credentials.get_secret(account.id, CLIENT_SECRET) or ""

    def update(self, account: Account) -> None:
        """Store changed non-secret data (e.g. the verified name) without touching secrets."""
        if self.get(account.id) is None:
            raise AccountError(f"The account “{account.display}” no longer exists.")
        self._put(account)

    def _put(self, account: Account) -> None:
        entries = self.accounts()
        ids = [a.id for a in entries]
        if account.id in ids:
            entries[ids.index(account.id)] = account
        else:
            entries.append(account)
        self._section()["list"] = [a.to_json() for a in entries]
        self.settings.save()

    def delete(self, account_id: str) -> None:
        """Delete an account and every secret it has in the keyring.

        If the keyring cannot be reached, the account stays so its secrets can still be
        removed later; the CredentialError says so.
        """
        account = self.get(account_id)
        if account is None:
            return
        for key in secret_keys(account.platform):
            credentials.delete_secret(account.id, key)
        avatar_file(account.id).unlink(missing_ok=True)
        self._section()["list"] = [a.to_json() for a in self.accounts() if a.id != account_id]
        defaults = self._section().get("defaults", {})
        if isinstance(defaults, dict) and defaults.get(account.platform) == account_id:
            del defaults[account.platform]
        self.settings.save()
