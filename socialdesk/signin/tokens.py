"""Tokens that renew themselves, and what the writer sees of an account's sign-in.

Before a publish or a verify, `fresh_secrets` renews an access token that has expired
or expires within `RENEW_MARGIN` (a few minutes, which also absorbs a clock that is a
little off) with the refresh token, and stores the new pair in one keyring write. A
renewal that fails leaves the stored pair as it was; one the platform refuses
(revoked, expired refresh token) marks the account "sign in again".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import requests

from socialdesk.accounts import Account, AccountStore
from socialdesk.platforms import get_platform
from socialdesk.settings import Settings
from socialdesk.signin.oauth import SignInError, TokenSet

RENEW_MARGIN = 5 * 60.0

# Flows whose tokens renew themselves (the others are signed in again when they expire).
RENEWABLE = ("x_oauth2", "vk_id")

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(account_id: str) -> threading.Lock:
    """One renewal at a time per account: X replaces the refresh token at each renewal,
    so two at once would leave one of them holding a dead token."""
    with _locks_guard:
        return _locks.setdefault(account_id, threading.Lock())


class Renewer(Protocol):
    def refresh(self, tokens: TokenSet) -> TokenSet: ...


def renewer_for(
    account: Account, settings: Settings, session: requests.Session | None = None
) -> Renewer | None:
    if account.signin == "x_oauth2":
        from socialdesk.signin.x import XSignIn

        return XSignIn(account.client_id, settings, session)
    if account.signin == "vk_id":
        from socialdesk.signin.vk import VkIdSignIn

        return VkIdSignIn(account.client_id, settings, session)
    return None


def fresh_tokens(
    store: AccountStore,
    account: Account,
    settings: Settings,
    *,
    now: float | None = None,
    margin: float = RENEW_MARGIN,
    session: requests.Session | None = None,
) -> TokenSet:
    """The account's tokens, renewed first if they expire within `margin` seconds."""
    name = get_platform(account.platform).name
    with _lock_for(account.id):
        tokens = store.token_set(account)
        if tokens is None:
            raise SignInError(
                f"“{account.display}” is not signed in to {name}. Open Accounts and press Connect.",
                "invalid_grant",
            )
        if not tokens.expires_within(margin, now):
            return tokens
        renewer = renewer_for(account, settings, session)
        if renewer is None or not tokens.refresh_token:
            _mark_needs_sign_in(store, account)
            raise SignInError(
                f"The {name} sign-in of “{account.display}” "
                f"{'has expired' if tokens.expires_within(0, now) else 'is about to expire'}. "
                "Open Accounts and press Connect to sign in again.",
                "invalid_grant",
            )
        try:
            renewed = renewer.refresh(tokens)
        except SignInError as exc:
            if exc.needs_sign_in:
                _mark_needs_sign_in(store, account)
                raise SignInError(
                    f"{name} no longer renews the sign-in of “{account.display}” (it was "
                    "revoked or unused too long). Open Accounts and press Connect to sign "
                    "in again.",
                    exc.kind,
                    exc.code,
                ) from None
            raise  # a network fault: the stored pair stays as it was
        store.replace_tokens(account, renewed)
        if account.needs_sign_in:
            account.needs_sign_in = False
            store.update(account)
        return renewed


def renewal_due(
    store: AccountStore, account: Account, *, now: float | None = None, margin: float = RENEW_MARGIN
) -> bool:
    """Whether the sign-in must be renewed before use (no network). A sign-in that is
    due but cannot renew itself raises the SignInError `fresh_tokens` would."""
    tokens = store.token_set(account)
    if tokens is None or not tokens.expires_within(margin, now):
        return tokens is None  # no tokens: fresh_tokens says to sign in
    if account.signin in RENEWABLE and tokens.refresh_token:
        return True
    name = get_platform(account.platform).name
    raise SignInError(
        f"The {name} sign-in of “{account.display}” "
        f"{'has expired' if tokens.expires_within(0, now) else 'is about to expire'}. "
        "Open Accounts and press Connect to sign in again.",
        "invalid_grant",
    )


def _mark_needs_sign_in(store: AccountStore, account: Account) -> None:
    if not account.needs_sign_in and store.get(account.id) is not None:
        account.needs_sign_in = True
        store.update(account)


@dataclass(frozen=True)
class AccountState:
    """What the Accounts dialog and the Publish dialog say about an account's sign-in."""

    connected_as: str  # display name (and handle) or "" when never verified
    expires_at: datetime | None  # None: does not expire (or pasted by hand, unknown)
    renews: bool  # renews itself before it expires
    needs_sign_in: bool
    summary: str


def account_state(store: AccountStore, account: Account, now: float | None = None) -> AccountState:
    who = account.verified_name or account.label
    if account.handle and account.handle not in who:
        who = f"{who} ({account.handle})"
    if not account.signin:
        return AccountState(who, None, False, False, f"Token pasted by hand; connected as {who}.")
    tokens = store.token_set(account)
    renews = account.signin in RENEWABLE and bool(tokens and tokens.refresh_token)
    expires = (
        datetime.fromtimestamp(tokens.expires_at, UTC)
        if tokens is not None and tokens.expires_at is not None
        else None
    )
    expired = tokens is not None and tokens.expires_within(0, now)
    needs = account.needs_sign_in or tokens is None or (expired and not renews)
    if needs:
        summary = f"{who}: sign in again (press Connect)."
    elif expires is None:
        summary = f"Connected as {who}; the sign-in does not expire."
    elif renews:
        summary = f"Connected as {who}; renews itself (next before {_local(expires)})."
    else:
        summary = f"Connected as {who}; expires {_local(expires)}, then sign in again."
    return AccountState(who, expires, renews, needs, summary)


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%d %b %Y %H:%M")
