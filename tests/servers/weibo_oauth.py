"""A loopback Weibo OAuth2 in front of the loopback Weibo API (servers.weibo_api).

`GET /oauth2/authorize` (client_id, redirect_uri = the app's 授权回调页 exactly,
response_type=code, state) redirects 302 to `redirect_uri?code=...&state=...`, or with
state["deny"] to `?error_uri=...&error=access_denied&error_code=21330&state=...`.
`POST /oauth2/access_token` (form: client_id, client_secret, grant_type=authorization_code,
code, redirect_uri) answers `{"access_token", "remind_in", "expires_in", "uid",
"isRealName"}`; errors `{"error", "error_code", "request", "error_uri",
"error_description"}` with HTTP 400: 21324 bad client/secret, 21325 a code that
expired or was used, 21321 an unreviewed app signing in someone who is not a test
user (state["unreviewed"]). The issued token posts through the Weibo API.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from servers.loopback import LoopbackServer, Reply, Request
from servers.oauth_common import memory
from servers.weibo_api import UID, WeiboHandler

APP_KEY = "3265812345"
APP_SECRET = "weibo-app-secret-8f1e2d"
REDIRECT = "https://api.weibo.com/oauth2/default.html"


def oauth_error(code: int, error: str, description: str) -> Reply:
    body: dict[str, Any] = {
        "error": error,
        "error_code": code,
        "request": "/oauth2/access_token",
        "error_uri": "/oauth2/access_token",
        "error_description": description,
    }
    return Reply(400, body)


class WeiboOAuthHandler(WeiboHandler):
    def handle_request(self, req: Request) -> Reply:
        if req.path == "/oauth2/authorize" and req.method == "GET":
            return self.authorize({k: v[0] for k, v in req.query.items()})
        if req.path == "/oauth2/access_token" and req.method == "POST":
            with self.server.lock:
                return self.access_token({k: v[0] for k, v in req.form().items()})
        return super().handle_request(req)

    def authorize(self, p: dict[str, str]) -> Reply:
        if p.get("client_id") != APP_KEY:
            return Reply(400, "error:invalid_client error_code:21324")
        redirect = p.get("redirect_uri", "")
        if redirect not in (REDIRECT, *self.server.state.get("callbacks", [])):
            return Reply(400, "error:redirect_uri_mismatch error_code:21322")
        back: dict[str, str] = {}
        if self.server.state.get("deny"):
            back = {
                "error_uri": "/oauth2/authorize",
                "error": "access_denied",
                "error_code": "21330",
            }
        else:
            back["code"] = memory(self.server.state).new_code(APP_KEY, redirect)
        back["state"] = p.get("state", "")
        return Reply(302, b"", headers={"Location": f"{redirect}?{urlencode(back)}"})

    def access_token(self, form: dict[str, str]) -> Reply:
        if form.get("client_id") != APP_KEY or form.get("client_secret") != APP_SECRET:
            return oauth_error(21324, "invalid_client", "client id or secret is invalid")
        if form.get("grant_type") != "authorization_code":
            return oauth_error(21323, "invalid_request", "unsupported grant_type")
        auth = memory(self.server.state)
        why = auth.take_code(form.get("code", ""), APP_KEY, form.get("redirect_uri", ""), None)
        if why is not None:
            return oauth_error(21325, "invalid_grant", why)
        if self.server.state.get("unreviewed"):
            return oauth_error(
                21321, "applications over the unaudited use restrictions!", "unaudited app"
            )
        body = auth.tokens(APP_KEY, refresh=False)
        self.server.state["token"] = body["access_token"]
        expires = int(self.server.state.get("expires_in", 157679999))
        return Reply(
            200,
            {
                "access_token": body["access_token"],
                "remind_in": str(expires),
                "expires_in": expires,
                "uid": str(UID),
                "isRealName": "true",
            },
        )


def weibo_oauth_server() -> LoopbackServer:
    return LoopbackServer(WeiboOAuthHandler)
