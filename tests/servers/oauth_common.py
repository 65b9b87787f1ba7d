"""What the loopback OAuth servers share: an authorization server's memory.

Codes are single-use and live `code_ttl` seconds (state["code_ttl"], default 60), bound
to the client, the redirect address and the PKCE challenge; the verifier is checked
with S256 by this module's own hashing. Access tokens live `expires_in` seconds
(state["expires_in"]); a refresh gives a new access token and a NEW refresh token and
kills the old one (rotation, as X does). `state["revoked"] = True` revokes every
refresh token; `state["deny"] = True` makes the consent page answer access_denied;
`state["wrong_state"] = True` sends the browser back with another state.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


@dataclass
class IssuedCode:
    client_id: str
    redirect_uri: str
    challenge: str
    issued: float
    used: bool = False
    extra: dict[str, str] | None = None


class AuthServerMemory:
    """Kept in `server.state["auth"]`; the handlers call it under the server's lock."""

    def __init__(self, state: dict[str, Any]) -> None:
        self.state = state
        self.codes: dict[str, IssuedCode] = {}
        self.access: dict[str, float] = {}  # token -> expires (server clock)
        self.refresh: dict[str, str] = {}  # refresh token -> client id
        self.issued: list[dict[str, Any]] = []

    def new_code(self, client_id: str, redirect_uri: str, challenge: str = "") -> str:
        code = "code-" + secrets.token_urlsafe(12)
        self.codes[code] = IssuedCode(client_id, redirect_uri, challenge, time.time())
        return code

    def take_code(
        self, code: str, client_id: str, redirect_uri: str, verifier: str | None
    ) -> str | None:
        """None if the code may be exchanged (and marks it used); else why not."""
        issued = self.codes.get(code)
        if issued is None:
            return "unknown authorization code"
        if issued.used:
            return "authorization code was already used"
        if time.time() - issued.issued > float(self.state.get("code_ttl", 60)):
            return "authorization code has expired"
        if issued.client_id != client_id:
            return "authorization code was issued to another client"
        if issued.redirect_uri != redirect_uri:
            return "redirect_uri does not match the authorization request"
        if issued.challenge and (not verifier or s256(verifier) != issued.challenge):
            return "code_verifier does not match the code_challenge"
        issued.used = True
        return None

    def tokens(self, client_id: str, *, refresh: bool = True) -> dict[str, Any]:
        expires_in = int(self.state.get("expires_in", 7200))
        access = "acc-" + secrets.token_urlsafe(16)
        self.access[access] = time.time() + expires_in
        self.state["bearer"] = access  # the API side of the server accepts it
        body: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": expires_in,
            "access_token": access,
        }
        if refresh:
            token = "ref-" + secrets.token_urlsafe(16)
            self.refresh[token] = client_id
            body["refresh_token"] = token
        self.issued.append(body)
        return body

    def use_refresh(self, token: str, client_id: str) -> str | None:
        """None if `token` may be used (and retires it); else why not."""
        if self.state.get("revoked"):
            self.refresh.clear()
            return "refresh token was revoked"
        owner = self.refresh.pop(token, None)
        if owner is None:
            return "refresh token is invalid or was already used"
        if owner != client_id:
            return "refresh token was issued to another client"
        return None

    def access_ok(self, token: str) -> bool:
        expires = self.access.get(token)
        return expires is not None and expires > time.time()


def memory(state: dict[str, Any]) -> AuthServerMemory:
    found = state.get("auth")
    if not isinstance(found, AuthServerMemory):
        found = state["auth"] = AuthServerMemory(state)
    return found
