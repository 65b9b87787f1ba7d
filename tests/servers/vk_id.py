"""A loopback VK sign-in server: VK ID (id.vk.com) and the standalone implicit flow
(oauth.vk.com) — both answer `GET /authorize`, told apart by `response_type`.

VK ID: `response_type=code` with an S256 `code_challenge`, a state and a redirect on the
app's list (state["callbacks"]) is answered 302 to
`redirect?code=...&state=...&device_id=...&type=code_v2`; `POST /oauth2/auth` (form)
exchanges it (`grant_type=authorization_code`, `code_verifier`, `redirect_uri`,
`client_id`, `device_id` as sent, `state`) or a refresh token (`grant_type=refresh_token`,
`device_id`), answering `{"access_token", "refresh_token", "id_token", "token_type",
"expires_in", "user_id", "state", "scope"}`; errors `{"error", "error_description",
"state"}` with HTTP 400.

Implicit: `response_type=token`, redirect `https://oauth.vk.com/blank.html`, scopes
comma-separated and `v`; the answer is a 302 to
`blank.html#access_token=...&expires_in=0&user_id=...&state=...` (offline: 0 = never
expires), or `#error=access_denied&error_reason=user_denied&...` with state["deny"].
Issued access tokens become the loopback VK API's token (server.state["token"] there
if the test wires `state["api"]`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from servers.loopback import ApiHandler, LoopbackServer, Reply, Request
from servers.oauth_common import memory

APP_ID = "51234567"
DEVICE_ID = "dev-7f3c2a"
USER_ID = 5012
BLANK = "https://oauth.vk.com/blank.html"


def error(code: str, description: str, state: str = "") -> Reply:
    return Reply(400, {"error": code, "error_description": description, "state": state})


class VkIdHandler(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        if req.path == "/authorize" and req.method == "GET":
            p = {k: v[0] for k, v in req.query.items()}
            if p.get("client_id") != APP_ID:
                return Reply(400, "Unknown application")
            if p.get("response_type") == "token":
                return self.implicit(p)
            return self.authorize(p)
        if req.path == "/oauth2/auth" and req.method == "POST":
            with self.server.lock:
                return self.token({k: v[0] for k, v in req.form().items()})
        return Reply(404, {"error": "not found"})

    def _api_token(self, token: str) -> None:
        api = self.server.state.get("api")
        if api is not None:
            api.state["token"] = token

    def authorize(self, p: dict[str, str]) -> Reply:
        state = self.server.state
        redirect = p.get("redirect_uri", "")
        if redirect not in state.get("callbacks", []):
            return Reply(400, "redirect_uri is not a trusted redirect URL of the app")
        back = {"state": p.get("state", "")}
        if p.get("code_challenge_method") != "S256" or not p.get("code_challenge"):
            back["error"] = "invalid_request"
        elif state.get("deny"):
            back["error"] = "access_denied"
        else:
            with self.server.lock:
                back.update(
                    code=memory(state).new_code(APP_ID, redirect, p["code_challenge"]),
                    device_id=DEVICE_ID,
                    type="code_v2",
                    expires_in="600",
                )
        return Reply(302, b"", headers={"Location": f"{redirect}?{urlencode(back)}"})

    def implicit(self, p: dict[str, str]) -> Reply:
        state = self.server.state
        if p.get("redirect_uri") != BLANK or not p.get("v"):
            return Reply(400, "redirect_uri must be https://oauth.vk.com/blank.html")
        back: dict[str, Any] = {"state": p.get("state", "")}
        if state.get("deny"):
            back.update(
                error="access_denied",
                error_reason="user_denied",
                error_description="User denied your request",
            )
        else:
            token = memory(state).tokens(APP_ID, refresh=False)["access_token"]
            self._api_token(token)
            offline = "offline" in p.get("scope", "").split(",")
            back = {  # VK's order: the token first, the state last
                "access_token": token,
                "expires_in": 0 if offline else 86400,
                "user_id": USER_ID,
                "state": back["state"],
            }
        return Reply(302, b"", headers={"Location": f"{BLANK}#{urlencode(back)}"})

    def token(self, form: dict[str, str]) -> Reply:
        auth = memory(self.server.state)
        sent_state = form.get("state", "")
        if form.get("client_id") != APP_ID:
            return error("invalid_client", "client_id is invalid", sent_state)
        if form.get("device_id") != DEVICE_ID:
            return error("invalid_request", "device_id is invalid", sent_state)
        grant = form.get("grant_type")
        if grant == "authorization_code":
            why = auth.take_code(
                form.get("code", ""),
                APP_ID,
                form.get("redirect_uri", ""),
                form.get("code_verifier"),
            )
        elif grant == "refresh_token":
            why = auth.use_refresh(form.get("refresh_token", ""), APP_ID)
        else:
            why = f"unsupported grant_type {grant!r}"
        if why:
            return error("invalid_grant", why, sent_state)
        body = auth.tokens(APP_ID)
        self._api_token(body["access_token"])
        body.update(
            id_token="id.tok", user_id=USER_ID, state=sent_state, scope="wall photos groups"
        )
        return Reply(200, body)


def vk_id_server() -> LoopbackServer:
    return LoopbackServer(VkIdHandler)
