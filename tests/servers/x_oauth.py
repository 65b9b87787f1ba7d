"""A loopback X authorization server in front of the loopback X API (servers.x_api).

`GET /i/oauth2/authorize` is the consent page: it checks the request the way X does
(response_type=code, a known client id, a redirect address on the app's callback
list *exactly*, the scopes, a state, an S256 code challenge) and — the writer having
pressed Authorize — redirects (302) to `redirect_uri?code=...&state=...`; with
state["deny"] it redirects with `error=access_denied`. A bad client or redirect gets
an error page and no redirect. `POST /2/oauth2/token` (form) exchanges a code (with
`code_verifier`, no secret: a public client) or a refresh token, answering
`{"token_type", "expires_in", "access_token", "scope", "refresh_token"}` or 400
`{"error", "error_description"}`. Tokens it issues post through the X API; expired
ones get 401. See servers.oauth_common for codes, rotation and switches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from servers.loopback import LoopbackServer, Reply, Request
from servers.oauth_common import memory
from servers.x_api import XHandler

CLIENT_ID = "eF9xQ2xpZW50LWlkLWxvb3BiYWNr"
REQUIRED_SCOPES = {"tweet.read", "tweet.write", "users.read", "offline.access"}


def token_error(error: str, description: str) -> Reply:
    return Reply(400, {"error": error, "error_description": description})


class XOAuthHandler(XHandler):
    def authorized(self, req: Request) -> str | None:
        header = req.headers.get("authorization", "")
        auth = memory(self.server.state)
        if header.startswith("Bearer ") and header[7:] in auth.access:
            return None if auth.access_ok(header[7:]) else "expired access token"
        return super().authorized(req)

    def handle_request(self, req: Request) -> Reply:
        if req.path == "/i/oauth2/authorize" and req.method == "GET":
            return self.authorize(req)
        if req.path == "/2/oauth2/token" and req.method == "POST":
            with self.server.lock:
                return self.token(req)
        return super().handle_request(req)

    def authorize(self, req: Request) -> Reply:
        state = self.server.state
        p = {k: v[0] for k, v in req.query.items()}
        if p.get("client_id") != CLIENT_ID:
            return Reply(400, "Something went wrong: unknown client.")
        redirect = p.get("redirect_uri", "")
        if redirect not in state.get("callbacks", []):
            return Reply(400, "Something went wrong: the callback URL is not allowed.")
        back = {"state": p.get("state", "")}
        if state.get("wrong_state"):
            back["state"] = "not-the-state-you-sent"
        scopes = set(p.get("scope", "").split())
        if (
            p.get("response_type") != "code"
            or not p.get("state")
            or p.get("code_challenge_method") != "S256"
            or len(p.get("code_challenge", "")) != 43
            or not scopes >= REQUIRED_SCOPES
        ):
            back.update(error="invalid_request")
        elif state.get("deny"):
            back.update(error="access_denied")
        else:
            with self.server.lock:
                back["code"] = memory(state).new_code(CLIENT_ID, redirect, p["code_challenge"])
        return Reply(302, b"", headers={"Location": f"{redirect}?{urlencode(back)}"})

    def token(self, req: Request) -> Reply:
        if "form-urlencoded" not in req.headers.get("content-type", ""):
            return token_error("invalid_request", "Missing required parameter [grant_type].")
        form = {k: v[0] for k, v in req.form().items()}
        auth = memory(self.server.state)
        client = form.get("client_id", "")
        if client != CLIENT_ID:
            return Reply(
                401,
                {
                    "error": "unauthorized_client",
                    "error_description": "Missing valid authorization header",
                },
            )
        grant = form.get("grant_type")
        if grant == "authorization_code":
            why = auth.take_code(
                form.get("code", ""),
                client,
                form.get("redirect_uri", ""),
                form.get("code_verifier"),
            )
            if why:
                return token_error("invalid_grant", why)
        elif grant == "refresh_token":
            why = auth.use_refresh(form.get("refresh_token", ""), client)
            if why:
                return token_error("invalid_grant", why)
        else:
            return token_error("unsupported_grant_type", f"grant_type {grant!r}")
        body = auth.tokens(client)
        body["scope"] = "tweet.read tweet.write users.read media.write offline.access"
        return Reply(200, body)


def x_oauth_server() -> LoopbackServer:
    return LoopbackServer(XOAuthHandler)
