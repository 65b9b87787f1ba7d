"""A loopback Weibo API: `statuses/share.json`, `account/get_uid.json`, `users/show.json`.

share.json must be a multipart POST with `access_token`, `status`, `rip` (an IP
address) and an optional `pic` (≤ 5 MB); the status must link to the app's safe
domain (else 10017), may not hold a `#topic#`, may be at most 140 characters (else
20012), and may not repeat an earlier one (20019). Errors are `{"error",
"error_code", "request"}` with HTTP 400. `server.state["error"] = 10024` forces a code.
A `pic` must be a JPEG, PNG or GIF file part that decodes and matches its declared
type (else 20006 image error); its part is kept in `server.state["uploads"]`.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from servers.avatars import avatar_reply, avatar_url
from servers.loopback import ApiHandler, LoopbackServer, Reply, Request
from servers.multipart import image_problem, parse_parts

TOKEN = "2.00weibo-test-token-81c4"
UID = 7301226
SCREEN_NAME = "极光旅行"
SAFE_DOMAIN = "aurora.example.com"

MESSAGES = {
    10008: "param error, see doc for more info",
    10014: "Insufficient app permissions",
    10017: "Parameter (status)'s value invalid, expect (must contain a safe-domain url)",
    10024: "User requests for (statuses/share) out of rate limit!",
    20006: "Image size too large or image format error",
    20012: "Text too long, please input text less than 140 characters!",
    20019: "Repeat content!",
    21327: "expired_token",
    21332: "invalid_access_token",
}


def weibo_error(code: int, request: str) -> Reply:
    return Reply(
        400, {"error": MESSAGES.get(code, "error"), "error_code": code, "request": request}
    )


def weibo_length(text: str) -> int:
    """Sina's count, roughly: two Latin characters make one, a URL counts as 10."""
    text = re.sub(r"https?://[\x21-\x7e]+", "x" * 20, text)
    units = sum(1 if ord(c) <= 0xFF else 2 for c in text)
    return (units + 1) // 2


class WeiboHandler(ApiHandler):
    def token(self, req: Request, fields: dict[str, Any] | None = None) -> str | None:
        header = req.headers.get("authorization", "")
        if header.startswith("OAuth2 "):
            return header[len("OAuth2 ") :]
        if fields is not None and isinstance(fields.get("access_token"), str):
            return str(fields["access_token"])
        return req.param("access_token")

    def handle_request(self, req: Request) -> Reply:
        state = self.server.state
        token = state.get("token", TOKEN)
        picture = avatar_reply(req)
        if picture is not None:
            return picture
        if req.path == "/2/statuses/share.json":
            return self.share(req, state, token)
        if req.method != "GET":
            return Reply(405, "GET only")
        if self.token(req) != token:
            return weibo_error(21332, req.path)
        if req.path == "/2/account/get_uid.json":
            return Reply(200, {"uid": UID})
        if req.path == "/2/users/show.json":
            if req.param("uid") != str(UID):
                return weibo_error(10008, req.path)
            user = {
                "id": UID,
                "idstr": str(UID),
                "screen_name": SCREEN_NAME,
                "profile_image_url": avatar_url(req, "weibo-small"),
                "avatar_large": avatar_url(req, "weibo"),
            }
            return Reply(200, user)
        return weibo_error(10008, req.path)

    def share(self, req: Request, state: dict[str, Any], token: str) -> Reply:
        path = req.path
        if req.method != "POST":
            return Reply(405, "POST only")
        parts = parse_parts(req)
        if parts is None:
            return weibo_error(10008, path)
        # text fields as str, files as (filename, bytes): what a test reads back from "posts"
        fields: dict[str, Any] = {
            name: (part.filename, part.data) if part.filename else part.text
            for name, part in parts.items()
        }
        if set(fields) - {"access_token", "status", "rip", "pic"}:
            return weibo_error(10008, path)
        if self.token(req, fields) != token:
            return weibo_error(21332, path)
        status, rip = fields.get("status"), fields.get("rip")
        if not isinstance(status, str) or not status or not isinstance(rip, str):
            return weibo_error(10008, path)
        try:
            ipaddress.ip_address(rip)
        except ValueError:
            return weibo_error(10008, path)
        if "pic" in fields:
            if image_problem(parts.get("pic"), ("JPEG", "PNG", "GIF"), 5 * 1024 * 1024):
                return weibo_error(20006, path)
            state.setdefault("uploads", []).append(parts["pic"])
        error = state.get("error")
        if error:
            return weibo_error(int(error), path)
        domain = state.get("safe_domain", SAFE_DOMAIN)
        if not re.search(rf"https?://([\w-]+\.)*{re.escape(domain)}(?:[/?#]|$|\s)", status):
            return weibo_error(10017, path)
        if re.search(r"#[^#\n]+#", status):
            return weibo_error(10008, path)
        if weibo_length(status) > 140:
            return weibo_error(20012, path)
        with self.server.lock:
            posts = state.setdefault("posts", [])
            if any(p["status"] == status for p in posts):
                return weibo_error(20019, path)
            posts.append(fields)
            post_id = 4900000000000000 + len(posts)
        body = {
            "created_at": "Mon Jun 01 10:00:00 +0800 2026",
            "id": post_id,
            "idstr": str(post_id),
            "mid": str(post_id),
            "text": status,
            "user": {"id": UID, "idstr": str(UID), "screen_name": SCREEN_NAME},
        }
        return Reply(200, body, delay=state.get("delay", 0.0))


def weibo_server() -> LoopbackServer:
    return LoopbackServer(WeiboHandler)
