"""A loopback X API v2: `POST /2/tweets` and `GET /2/users/me`.

Accepts an OAuth 2.0 user token (`Authorization: Bearer`) or OAuth 1.0a user context,
whose HMAC-SHA1 signature it recomputes on its own (a separate implementation from the
app's) from the method, its own URL, the query and the `oauth_*` parameters. Refuses
stale timestamps and reused nonces. Errors are problem objects `{"title", "detail",
"type", "status"}`; a repeated text gets 403 duplicate content, as on X.
`server.state["error"]` forces 401, 403, "duplicate" or 429 (with `x-rate-limit-reset`
= `server.state["reset"]`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
import urllib.parse
from typing import Any

from servers.loopback import ApiHandler, LoopbackServer, Reply, Request

BEARER = "x-oauth2-user-token-e41b"
CONSUMER_KEY = "xvz1evFS4wEEPTGEFPHBog"
CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"
ACCESS_TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"
ACCESS_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"
USER = {"id": "2244994945", "name": "Aurora Travel", "username": "auroratravel"}


def problem(status: int, title: str, detail: str) -> Reply:
    return Reply(
        status, {"title": title, "detail": detail, "type": "about:blank", "status": status}
    )


def _enc(value: str) -> str:
    safe = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    return "".join(chr(b) if b in safe else f"%{b:02X}" for b in value.encode("utf-8"))


def parse_oauth_header(header: str) -> dict[str, str] | None:
    if not header.startswith("OAuth "):
        return None
    pairs = re.findall(r'([\w-]+)="([^"]*)"', header[len("OAuth ") :])
    return {urllib.parse.unquote(k): urllib.parse.unquote(v) for k, v in pairs}


def expected_signature(method: str, url: str, params: list[tuple[str, str]], secret: str) -> str:
    pairs = sorted((_enc(k), _enc(v)) for k, v in params)
    joined = "&".join(k + "=" + v for k, v in pairs)
    base = "&".join([method.upper(), _enc(url), _enc(joined)])
    digest = hmac.new(secret.encode(), base.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


class XHandler(ApiHandler):
    def authorized(self, req: Request) -> str | None:
        """None if the request is properly signed; else why not."""
        state = self.server.state
        header = req.headers.get("authorization", "")
        if header.startswith("Bearer "):
            return None if header[7:] == state.get("bearer", BEARER) else "bad bearer token"
        oauth = parse_oauth_header(header)
        if oauth is None:
            return "no Authorization header"
        if oauth.get("oauth_consumer_key") != CONSUMER_KEY:
            return "unknown consumer key"
        if oauth.get("oauth_token") != state.get("oauth_token", ACCESS_TOKEN):
            return "unknown token"
        if oauth.get("oauth_signature_method") != "HMAC-SHA1":
            return "signature method must be HMAC-SHA1"
        if oauth.get("oauth_version", "1.0") != "1.0":
            return "oauth_version must be 1.0"
        stamp = oauth.get("oauth_timestamp", "")
        if not stamp.isdigit() or abs(int(stamp) - time.time()) > 300:
            return "timestamp out of range"
        nonce = oauth.get("oauth_nonce", "")
        with self.server.lock:
            seen = state.setdefault("nonces", set())
            if not nonce or nonce in seen:
                return "nonce missing or reused"
            seen.add(nonce)
        params = [(k, v) for k, v in oauth.items() if k not in ("oauth_signature", "realm")]
        params += [(k, v) for k, values in req.query.items() for v in values]
        url = f"http://{req.headers['host']}{req.path}"
        secret = f"{_enc(CONSUMER_SECRET)}&{_enc(ACCESS_SECRET)}"
        if oauth.get("oauth_signature") != expected_signature(req.method, url, params, secret):
            return "signature does not match"
        return None

    def handle_request(self, req: Request) -> Reply:
        state = self.server.state
        why = self.authorized(req)
        if why is not None:
            state.setdefault("auth_failures", []).append(why)
            return problem(401, "Unauthorized", "Unauthorized")
        if req.path == "/2/users/me" and req.method == "GET":
            return Reply(200, {"data": USER})
        if req.path == "/2/tweets" and req.method == "POST":
            return self.tweet(req, state)
        return problem(404, "Not Found Error", f"{req.method} {req.path} does not exist")

    def tweet(self, req: Request, state: dict[str, Any]) -> Reply:
        if not req.headers.get("content-type", "").startswith("application/json"):
            return problem(400, "Invalid Request", "Content-Type must be application/json")
        try:
            body = req.json()
        except ValueError:
            return problem(400, "Invalid Request", "body is not JSON")
        if not isinstance(body, dict) or set(body) != {"text"} or not isinstance(body["text"], str):
            return problem(400, "Invalid Request", 'the body must be {"text": ...}')
        error = state.get("error")
        if error == 401:
            return problem(401, "Unauthorized", "Unauthorized")
        if error == 403:
            return problem(403, "Forbidden", "You are not permitted to perform this action.")
        if error == 429:
            reply = problem(429, "Too Many Requests", "Too Many Requests")
            reply.headers["x-rate-limit-reset"] = str(state["reset"])
            reply.headers["x-rate-limit-remaining"] = "0"
            return reply
        with self.server.lock:
            posts = state.setdefault("posts", [])
            if error == "duplicate" or any(p["text"] == body["text"] for p in posts):
                return problem(
                    403,
                    "Forbidden",
                    "You are not allowed to create a Tweet with duplicate content.",
                )
            posts.append(body)
            post_id = str(1445880548472328192 + len(posts))
        data = {"id": post_id, "text": body["text"], "edit_history_tweet_ids": [post_id]}
        return Reply(201, {"data": data}, delay=state.get("delay", 0.0))


def x_server() -> LoopbackServer:
    return LoopbackServer(XHandler)
