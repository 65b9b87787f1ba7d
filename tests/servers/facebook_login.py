"""A loopback Facebook Login in front of the loopback Graph API (servers.facebook_api).

`GET /vNN.0/dialog/oauth` (client_id, redirect_uri, state, response_type=code, scope) is
the login dialog: once the writer continues it redirects 302 to
`redirect_uri?code=...&state=...#_=_` (as Facebook does), or with state["deny"] to
`?error=access_denied&error_code=200&error_description=Permissions+error&error_reason=user_denied&state=...`.
`GET /vNN.0/oauth/access_token` exchanges a code (client_id, redirect_uri exactly as in
the dialog, client_secret) for a user token (`{"access_token", "token_type",
"expires_in"}`), or, with `grant_type=fb_exchange_token`, a user token for a 60-day
one. `GET /vNN.0/me/accounts` (user token) lists the Pages with their Page tokens.
Errors are Graph's: a wrong secret code 1, an expired code 100/36007, a used code
100/36009, a bad or expired token 190.
"""

from __future__ import annotations

import re
import secrets
import time
from typing import Any
from urllib.parse import urlencode

from servers.facebook_api import PAGE_ID, PAGE_NAME, PAGE_TOKEN, FacebookHandler
from servers.loopback import LoopbackServer, Reply, Request
from servers.oauth_common import memory

APP_ID = "1234567890123456"
APP_SECRET = "fb-app-secret-5e1d9c2b7a"
LOGIN_SUCCESS = "https://www.facebook.com/connect/login_success.html"
_VERSIONED = re.compile(r"^/v\d+\.\d+(/dialog/oauth|/oauth/access_token|/me/accounts)$")


def graph_error(code: int, message: str, subcode: int | None = None) -> Reply:
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    error["fbtrace_id"] = "AxTrace01"
    return Reply(400, {"error": error})


class FacebookLoginHandler(FacebookHandler):
    def handle_request(self, req: Request) -> Reply:
        m = _VERSIONED.match(req.path)
        if m is None or req.method != "GET":
            return super().handle_request(req)
        p = {k: v[0] for k, v in req.query.items()}
        with self.server.lock:
            if m.group(1) == "/dialog/oauth":
                return self.dialog(p)
            if m.group(1) == "/oauth/access_token":
                return self.access_token(p)
            return self.accounts(req)

    def dialog(self, p: dict[str, str]) -> Reply:
        if p.get("client_id") != APP_ID:
            return Reply(400, "Invalid App ID")
        redirect = p.get("redirect_uri", "")
        if redirect not in (LOGIN_SUCCESS, *self.server.state.get("callbacks", [])):
            return Reply(
                400, "URL Blocked: This redirect failed because the redirect URI is not whitelisted"
            )
        back: dict[str, str] = {}
        if self.server.state.get("deny"):
            back = {
                "error": "access_denied",
                "error_code": "200",
                "error_description": "Permissions error",
                "error_reason": "user_denied",
            }
        else:
            back["code"] = memory(self.server.state).new_code(APP_ID, redirect)
        back["state"] = p.get("state", "")
        return Reply(302, b"", headers={"Location": f"{redirect}?{urlencode(back)}#_=_"})

    def access_token(self, p: dict[str, str]) -> Reply:
        auth = memory(self.server.state)
        if p.get("client_id") != APP_ID:
            return graph_error(101, "Error validating application. Invalid application ID.")
        if p.get("client_secret") != APP_SECRET:
            return graph_error(1, "Error validating client secret.")
        if p.get("grant_type") == "fb_exchange_token":
            if not auth.access_ok(p.get("fb_exchange_token", "")):
                return graph_error(190, "Error validating access token: Session has expired.")
            body = auth.tokens(APP_ID, refresh=False)
            body["expires_in"] = 60 * 24 * 3600
            auth.access[body["access_token"]] = time.time() + body["expires_in"]
            self.server.state["long_lived"] = body["access_token"]
            return Reply(200, body)
        why = auth.take_code(p.get("code", ""), APP_ID, p.get("redirect_uri", ""), None)
        if why is not None:
            if "expired" in why:
                return graph_error(100, "This authorization code has expired.", 36007)
            if "used" in why:
                return graph_error(100, "This authorization code has been used.", 36009)
            if "redirect" in why:
                return graph_error(
                    100,
                    "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
                )
            return graph_error(100, "Invalid verification code format.")
        body = auth.tokens(APP_ID, refresh=False)
        body["expires_in"] = 5400  # short-lived
        auth.access[body["access_token"]] = time.time() + 5400
        return Reply(200, body)

    def accounts(self, req: Request) -> Reply:
        header = req.headers.get("authorization", "")
        token = header[7:] if header.startswith("Bearer ") else req.param("access_token") or ""
        if not memory(self.server.state).access_ok(token):
            return graph_error(190, "Invalid OAuth access token.")
        pages = [
            {
                "id": PAGE_ID,
                "name": PAGE_NAME,
                "access_token": self.server.state.get("token", PAGE_TOKEN),
                "category": "Travel Company",
                "tasks": ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"],
                "picture": {
                    "data": {"url": f"{self.server.state.get('self_url', '')}/avatar/page.png"}
                },
            },
            {
                "id": "104857600999",
                "name": "Aurora Fan Club",
                "access_token": "EAAGother-" + secrets.token_hex(4),
                "category": "Community",
                "tasks": ["ANALYZE"],
            },
        ]
        if self.server.state.get("no_pages"):
            pages = []
        return Reply(200, {"data": pages, "paging": {"cursors": {"before": "b", "after": "a"}}})


def facebook_login_server() -> LoopbackServer:
    return LoopbackServer(FacebookLoginHandler)
