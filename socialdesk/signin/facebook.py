"""Facebook Pages: Facebook Login's manual flow, a long-lived user token, the Page token.

The browser opens the login dialog with redirect
`https://www.facebook.com/connect/login_success.html`; the writer copies the final
address (Meta blocks login in some embedded browsers, so it is the system browser).
Its `code` is exchanged (with the app secret) for a user token, that for a 60-day
token (`grant_type=fb_exchange_token`), and `/me/accounts` lists the Pages the writer
manages, each with a Page token that does not expire — the one that is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests

from socialdesk.settings import Settings
from socialdesk.signin.flow import PendingSignIn, pasted_answer
from socialdesk.signin.oauth import SignInError, TokenSet, bases, call, scrub
from socialdesk.signin.pkce import new_state

LOGIN_SUCCESS = "https://www.facebook.com/connect/login_success.html"
SCOPES = ("pages_show_list", "pages_manage_posts", "pages_read_engagement")
DEFAULT_VERSION = "v23.0"
WHO = "Facebook"


@dataclass(frozen=True)
class Page:
    id: str
    name: str
    token: str
    picture: str = ""
    can_post: bool = True

    def __repr__(self) -> str:  # never print the token
        return f"Page(id={self.id!r}, name={self.name!r})"


class FacebookSignIn:
    def __init__(
        self,
        app_id: str,
        app_secret: str,
        settings: Settings,
        session: requests.Session | None = None,
    ) -> None:
        if not app_id.strip().isdigit():
            raise SignInError(
                "Paste the App ID of your Meta app (developers.facebook.com → My Apps): a number.",
                "client",
            )
        if not app_secret.strip():
            raise SignInError(
                "Paste the App secret (App settings → Basic → App secret → Show).", "client"
            )
        self.app_id = app_id.strip()
        self.app_secret = app_secret.strip()
        self.bases = bases(settings, "facebook")
        version = str(settings.get("api", "facebook_version") or DEFAULT_VERSION)
        self.version = version if version.startswith("v") else "v" + version
        self.session = session or requests.Session()

    def begin(self, redirect_uri: str = LOGIN_SUCCESS) -> PendingSignIn:
        state = new_state()
        query = {
            "client_id": self.app_id,
            "redirect_uri": redirect_uri,
            "state": state,
            "response_type": "code",
            "scope": ",".join(SCOPES),
        }
        url = f"{self.bases.authorize}/{self.version}/dialog/oauth?{urlencode(query)}"
        return PendingSignIn(url, state, redirect_uri)

    def finish_pasted(self, pending: PendingSignIn, pasted: str) -> TokenSet:
        """The long-lived user token from the pasted final address (or the bare code)."""
        text = pasted.strip()
        if text and "://" not in text and "=" not in text:
            code = text  # the writer copied only the code
        else:
            code = pasted_answer(text, pending.state, who=WHO).get("code", "")
        if not code:
            raise SignInError(
                "That address holds no code. Copy the address of the page Facebook shows "
                "after you continue (it starts with https://www.facebook.com/connect/).",
                "rejected",
            )
        return self.long_lived(self.exchange(pending, code))

    def complete(self, pending: PendingSignIn, answer: Any) -> TokenSet:
        return self.long_lived(self.exchange(pending, answer["code"]))

    def exchange(self, pending: PendingSignIn, code: str) -> TokenSet:
        params = {
            "client_id": self.app_id,
            "redirect_uri": pending.redirect_uri,
            "client_secret": self.app_secret,
            "code": code,
        }
        return TokenSet.from_answer(self._get("/oauth/access_token", params, [code]))

    def long_lived(self, short: TokenSet) -> TokenSet:
        params = {
            "grant_type": "fb_exchange_token",
            "client_id": self.app_id,
            "client_secret": self.app_secret,
            "fb_exchange_token": short.access_token,
        }
        return TokenSet.from_answer(self._get("/oauth/access_token", params, short.secrets()))

    def pages(self, user: TokenSet) -> list[Page]:
        body = self._get(
            "/me/accounts",
            {"fields": "id,name,access_token,tasks,picture"},
            user.secrets(),
            token=user.access_token,
        )
        found = []
        for item in body.get("data") or []:
            if not isinstance(item, dict) or not item.get("access_token"):
                continue
            tasks = item.get("tasks")
            picture = item.get("picture")
            url = picture.get("data", {}).get("url", "") if isinstance(picture, dict) else ""
            found.append(
                Page(
                    id=str(item.get("id") or ""),
                    name=str(item.get("name") or ""),
                    token=str(item["access_token"]),
                    picture=str(url or ""),
                    can_post=not isinstance(tasks, list) or "CREATE_CONTENT" in tasks,
                )
            )
        if not found:
            raise SignInError(
                "Facebook lists no Page you manage for this sign-in. Sign in again and, on "
                "Facebook's page, choose the Pages SocialDesk may use.",
                "denied",
            )
        return found

    def _get(
        self, path: str, params: dict[str, str], secrets: list[str], token: str = ""
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        status, body = call(
            self.session,
            "GET",
            f"{self.bases.token}/{self.version}{path}",
            who=WHO,
            params=params,
            headers=headers,
        )
        if status >= 400 or not isinstance(body, dict) or "error" in body:
            raise facebook_error(body, [*secrets, self.app_secret])
        return body


def facebook_error(body: Any, secrets: list[str]) -> SignInError:
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    code, sub = error.get("code"), error.get("error_subcode")
    message = scrub(str(error.get("message") or ""), secrets)
    tag = f"{code}/{sub}" if sub else str(code)
    if code == 100 and sub in (36007, 36009):
        return SignInError(
            "Facebook no longer accepts this sign-in code (it expired or was already used: "
            "codes last a few minutes). Sign in again and paste the new address at once.",
            "invalid_grant",
            tag,
        )
    if code == 190:
        return SignInError(
            "Facebook says this sign-in has expired or was revoked. Sign in again.",
            "invalid_grant",
            tag,
        )
    if code in (1, 101) or "client secret" in message.lower() or "app id" in message.lower():
        return SignInError(
            "Facebook refused the app ID or App secret. Copy both again from App settings → Basic.",
            "client",
            tag,
        )
    if code == 191 or "redirect" in message.lower():
        return SignInError(
            "Facebook refused the redirect address. In your app's Facebook Login settings, "
            f"add {LOGIN_SUCCESS} to the Valid OAuth Redirect URIs.",
            "client",
            tag,
        )
    said = f": {message}" if message else ""
    return SignInError(f"Facebook refused the sign-in{said} (error {tag}).", "rejected", tag)
