"""VK: three ways to connect, and what each can do.

- **VK ID** (OAuth 2.1 + PKCE, `id.vk.com/authorize` → `POST id.vk.com/oauth2/auth`):
  access token ~1 hour plus a refresh token; renewals need the `device_id` VK sent with
  the code. Posting to a wall needs VK to have granted the app `wall` (and `photos` for
  pictures) individually, else `wall.post` answers error 1051.
- **Standalone implicit flow** (`oauth.vk.com/authorize`, `response_type=token`,
  redirect `https://oauth.vk.com/blank.html`): the writer copies the final address and
  the token is taken out of its `#fragment`; with `offline` it does not expire.
- **Community key** (pasted by hand): text and scheduling only; photo upload needs a
  user token (`photos.getWallUploadServer` → error 27).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

import requests

from socialdesk.settings import Settings
from socialdesk.signin.flow import PendingSignIn, begin_pkce, pasted_answer
from socialdesk.signin.oauth import SignInError, TokenSet, bases, call, oauth_error
from socialdesk.signin.pkce import new_state

API_VERSION = "5.199"
BLANK = "https://oauth.vk.com/blank.html"
VK_ID_SCOPES = ("wall", "photos", "groups")
IMPLICIT_SCOPES = ("wall", "photos", "groups", "offline")
WHO = "VK"


@dataclass(frozen=True)
class Path:
    key: str
    text: bool
    photos: bool
    scheduling: bool
    summary: str


PATHS = (
    Path(
        "vk_id",
        True,
        True,
        True,
        "VK ID sign-in: text, photos and scheduling, once VK has granted your app the "
        "“wall” and “photos” access. Renews itself.",
    ),
    Path(
        "implicit",
        True,
        True,
        True,
        "Standalone app sign-in (paste the final address): text, photos and scheduling; "
        "the token does not expire.",
    ),
    Path(
        "community_key",
        True,
        False,
        True,
        "Community key: text and scheduling only — VK uploads photos only with a user's sign-in.",
    ),
)


class VkIdSignIn:
    def __init__(
        self, client_id: str, settings: Settings, session: requests.Session | None = None
    ) -> None:
        if not client_id.strip().isdigit():
            raise SignInError(
                "Paste the app ID of your VK ID app (id.vk.com → business → your app): a number.",
                "client",
            )
        self.client_id = client_id.strip()
        self.bases = bases(settings, "vk_id")
        self.session = session or requests.Session()

    def begin(self, redirect_uri: str) -> PendingSignIn:
        endpoint = f"{self.bases.authorize}/authorize"
        return begin_pkce(endpoint, self.client_id, redirect_uri, VK_ID_SCOPES)

    def finish(self, pending: PendingSignIn, code: str, device_id: str = "") -> TokenSet:
        assert pending.pkce is not None
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": pending.pkce.verifier,
            "redirect_uri": pending.redirect_uri,
            "client_id": self.client_id,
            "device_id": device_id,
            "state": pending.state,
        }
        return self._token(form, [code, pending.pkce.verifier], device_id)

    def complete(self, pending: PendingSignIn, answer: Mapping[str, str]) -> TokenSet:
        return self.finish(pending, answer["code"], answer.get("device_id", ""))

    def refresh(self, tokens: TokenSet) -> TokenSet:
        if not tokens.refresh_token:
            raise SignInError(
                "This VK sign-in cannot renew itself. Sign in again.", "invalid_grant"
            )
        device_id = tokens.extra.get("device_id", "")
        form = {
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
            "client_id": self.client_id,
            "device_id": device_id,
            "state": new_state(),
        }
        return self._token(form, tokens.secrets(), device_id, keep=tokens.refresh_token)

    def _token(
        self, form: dict[str, str], secrets: list[str], device_id: str, keep: str = ""
    ) -> TokenSet:
        status, body = call(
            self.session, "POST", f"{self.bases.token}/oauth2/auth", who=WHO, data=form
        )
        if status >= 400 or not isinstance(body, dict) or "error" in body:
            raise oauth_error(WHO, body, secrets)
        extra = {"device_id": device_id, "user_id": str(body.get("user_id") or "")}
        return TokenSet.from_answer(body, keep_refresh=keep, extra=extra)


class VkImplicitSignIn:
    """The standalone-app flow: no listener, the writer pastes the final address."""

    def __init__(self, app_id: str, settings: Settings) -> None:
        if not app_id.strip().isdigit():
            raise SignInError(
                "Paste the ID of your standalone VK app (vk.com/apps?act=manage → your app): "
                "a number.",
                "client",
            )
        self.app_id = app_id.strip()
        self.bases = bases(settings, "vk_implicit")

    def begin(self) -> PendingSignIn:
        state = new_state()
        query = {
            "client_id": self.app_id,
            "display": "page",
            "redirect_uri": BLANK,
            "scope": ",".join(IMPLICIT_SCOPES),
            "response_type": "token",
            "v": API_VERSION,
            "state": state,
        }
        return PendingSignIn(f"{self.bases.authorize}/authorize?{urlencode(query)}", state, BLANK)

    def finish(self, pending: PendingSignIn, pasted: str) -> TokenSet:
        params = pasted_answer(pasted, pending.state, who=WHO)
        if not params.get("access_token"):
            raise SignInError(
                "That address holds no access token. Copy the address of the page VK shows "
                "after you allow access (it starts with https://oauth.vk.com/blank.html#).",
                "rejected",
            )
        return TokenSet.from_answer(params, extra={"user_id": params.get("user_id", "")})
