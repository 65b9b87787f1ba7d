"""Weibo: OAuth2 authorize (`api.weibo.com/oauth2/authorize`) → code → access token
(`POST /oauth2/access_token` with the App Secret). No refresh for web apps: the token
lasts as long as the app's level allows (`expires_in`), then the writer signs in again.

The redirect is the app's registered 授权回调页: `http://127.0.0.1:PORT/callback`
brings the browser back to SocialDesk; any other address (Weibo's default
`https://api.weibo.com/oauth2/default.html`) is pasted back by the writer.
An app that Weibo has not reviewed may only sign in its owner and test users
(error 21321).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import requests

from socialdesk.settings import Settings
from socialdesk.signin.flow import PendingSignIn, pasted_answer
from socialdesk.signin.oauth import SignInError, TokenSet, bases, call, scrub
from socialdesk.signin.pkce import new_state

DEFAULT_REDIRECT = "https://api.weibo.com/oauth2/default.html"
WHO = "Weibo"

ERROR_21321 = (
    "Weibo says your app has not been reviewed yet (error 21321), so only its owner and "
    "its test users may sign in. Sign in with the account that created the app, or add "
    "this account under 应用信息 → 测试信息 (test users) on open.weibo.com, or submit the "
    "app for review."
)
_GRANT_CODES = {21325, 21327, 21332, 21315, 21316, 21317}
_CLIENT_CODES = {21322, 21323, 21324}


class WeiboSignIn:
    def __init__(
        self,
        app_key: str,
        app_secret: str,
        settings: Settings,
        session: requests.Session | None = None,
    ) -> None:
        if not app_key.strip().isdigit():
            raise SignInError(
                "Paste the App Key of your Weibo app (open.weibo.com → 我的应用 → 应用信息): a "
                "number.",
                "client",
            )
        if not app_secret.strip():
            raise SignInError("Paste the App Secret (应用信息 → App Secret).", "client")
        self.app_key = app_key.strip()
        self.app_secret = app_secret.strip()
        self.bases = bases(settings, "weibo")
        self.session = session or requests.Session()

    def begin(self, redirect_uri: str = DEFAULT_REDIRECT) -> PendingSignIn:
        state = new_state()
        query = {
            "client_id": self.app_key,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "state": state,
        }
        url = f"{self.bases.authorize}/oauth2/authorize?{urlencode(query)}"
        return PendingSignIn(url, state, redirect_uri)

    def complete(self, pending: PendingSignIn, answer: Mapping[str, str]) -> TokenSet:
        return self.exchange(pending, answer["code"])

    def finish_pasted(self, pending: PendingSignIn, pasted: str) -> TokenSet:
        code = pasted_answer(pasted, pending.state, who=WHO).get("code", "")
        if not code:
            raise SignInError("That address holds no code. Sign in again.", "rejected")
        return self.exchange(pending, code)

    def exchange(self, pending: PendingSignIn, code: str) -> TokenSet:
        form = {
            "client_id": self.app_key,
            "client_secret": self.app_secret,
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": pending.redirect_uri,
        }
        status, body = call(
            self.session,
            "POST",
            f"{self.bases.token}/oauth2/access_token",
            who=WHO,
            data=form,
        )
        if status >= 400 or not isinstance(body, dict) or "error_code" in body or "error" in body:
            raise weibo_error(body, [code, self.app_secret])
        return TokenSet.from_answer(body, extra={"uid": str(body.get("uid") or "")})


def weibo_error(body: Any, secrets: list[str]) -> SignInError:
    data = body if isinstance(body, dict) else {}
    raw = data.get("error_code")
    code = int(raw) if isinstance(raw, (int, str)) and str(raw).isdigit() else 0
    detail = scrub(str(data.get("error_description") or data.get("error") or ""), secrets)
    if code == 21321:
        return SignInError(ERROR_21321, "not_reviewed", str(code))
    if code == 21330 or data.get("error") == "access_denied":
        return SignInError(
            "Access was not granted on Weibo's page. Sign in again and press 授权.",
            "denied",
            str(code),
        )
    if code in _GRANT_CODES or data.get("error") == "invalid_grant":
        return SignInError(
            "Weibo no longer accepts this sign-in (the code expired or was used, or the "
            "token expired). Sign in again.",
            "invalid_grant",
            str(code),
        )
    if code in _CLIENT_CODES or data.get("error") in ("invalid_client", "redirect_uri_mismatch"):
        return SignInError(
            "Weibo refused the app's settings: check the App Key, the App Secret and that "
            "the redirect address is the app's 授权回调页 exactly.",
            "client",
            str(code),
        )
    return SignInError(
        f"Weibo refused the sign-in: {detail} (error {code}).", "rejected", str(code)
    )
