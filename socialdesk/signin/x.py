"""X: OAuth 2.0 Authorization Code with PKCE (S256) for a public ("Native App") client.

The browser opens `https://x.com/i/oauth2/authorize`, X sends it back to
`http://127.0.0.1:PORT/callback` (listed exactly in the app's callback URLs), and the
code is exchanged at `POST https://api.x.com/2/oauth2/token` with the verifier and no
secret. Access tokens live two hours; `offline.access` brings a refresh token, which
X replaces with a new one at every renewal.
"""

from __future__ import annotations

from collections.abc import Mapping

import requests

from socialdesk.settings import Settings
from socialdesk.signin.flow import PendingSignIn, begin_pkce
from socialdesk.signin.oauth import SignInError, TokenSet, bases, call, oauth_error

SCOPES = ("tweet.read", "tweet.write", "users.read", "media.write", "offline.access")
WHO = "X"


class XSignIn:
    def __init__(
        self, client_id: str, settings: Settings, session: requests.Session | None = None
    ) -> None:
        if not client_id.strip():
            raise SignInError(
                "Paste the OAuth 2.0 Client ID of your X app (developer portal → your app → "
                "Keys and tokens).",
                "client",
            )
        self.client_id = client_id.strip()
        self.bases = bases(settings, "twitter")
        self.session = session or requests.Session()

    def begin(self, redirect_uri: str) -> PendingSignIn:
        endpoint = f"{self.bases.authorize}/i/oauth2/authorize"
        return begin_pkce(endpoint, self.client_id, redirect_uri, SCOPES)

    def finish(self, pending: PendingSignIn, code: str) -> TokenSet:
        assert pending.pkce is not None
        return self._token(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": pending.redirect_uri,
                "code_verifier": pending.pkce.verifier,
                "client_id": self.client_id,
            },
            secrets=[code, pending.pkce.verifier],
        )

    def complete(self, pending: PendingSignIn, answer: Mapping[str, str]) -> TokenSet:
        return self.finish(pending, answer["code"])

    def refresh(self, tokens: TokenSet) -> TokenSet:
        if not tokens.refresh_token:
            raise SignInError(
                "This X sign-in cannot renew itself (no offline.access). Sign in again.",
                "invalid_grant",
            )
        return self._token(
            {
                "grant_type": "refresh_token",
                "refresh_token": tokens.refresh_token,
                "client_id": self.client_id,
            },
            secrets=tokens.secrets(),
            keep_refresh=tokens.refresh_token,
        )

    def _token(
        self, form: dict[str, str], *, secrets: list[str], keep_refresh: str = ""
    ) -> TokenSet:
        status, body = call(
            self.session,
            "POST",
            f"{self.bases.token}/2/oauth2/token",
            who=WHO,
            data=form,
        )
        if status >= 400 or not isinstance(body, dict) or "error" in body:
            raise oauth_error(WHO, body, secrets)
        return TokenSet.from_answer(body, keep_refresh=keep_refresh)
