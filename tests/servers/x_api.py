"""A loopback X API v2: `POST /2/tweets` and `GET /2/users/me`.

Accepts an OAuth 2.0 user token (`Authorization: Bearer`) or OAuth 1.0a user context,
whose HMAC-SHA1 signature it recomputes on its own (a separate implementation from the
app's) from the method, its own URL, the query and the `oauth_*` parameters. Refuses
stale timestamps and reused nonces. Errors are problem objects `{"title", "detail",
"type", "status"}`; a repeated text gets 403 duplicate content, as on X.
`server.state["error"]` forces 401, 403, "duplicate" or 429 (with `x-rate-limit-reset`
= `server.state["reset"]`); `state["refuse_after"] = n` answers 503 to every post after
the first n (a part of a thread failing half way).

Replies (threads): `"reply": {"in_reply_to_tweet_id": ID}` must name a post made on
this server, else 403 as X answers for a deleted or invisible post.

Media: `POST /2/media/upload` takes one multipart image (`media` file part,
`media_category=tweet_image`, `media_type` matching the bytes; JPEG, PNG or WebP up to
5 MB); GIFs go through `/2/media/upload/initialize` (JSON) → `/{id}/append`
(multipart `media` + `segment_index`) → `/{id}/finalize`, answered with
`processing_info` "pending" until one `GET /2/media/upload?command=STATUS` says
"succeeded". `POST /2/media/metadata` sets alt text (≤ 1000 characters). A tweet's
`media.media_ids` may only name finished uploads, at most four. Uploaded files are
kept in `server.state["uploads"]`; `state["upload_error"] = 400` refuses uploads.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import re
import time
import urllib.parse
from typing import Any

from PIL import Image

from servers.avatars import avatar_reply, avatar_url
from servers.loopback import ApiHandler, LoopbackServer, Reply, Request
from servers.multipart import Part, image_problem, parse_parts

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
        picture = avatar_reply(req)
        if picture is not None:
            return picture
        why = self.authorized(req)
        if why is not None:
            state.setdefault("auth_failures", []).append(why)
            return problem(401, "Unauthorized", "Unauthorized")
        if req.path == "/2/users/me" and req.method == "GET":
            fields = (req.query.get("user.fields") or [""])[0].split(",")
            user = dict(USER)
            if "profile_image_url" in fields:
                user["profile_image_url"] = avatar_url(req, "x")
            return Reply(200, {"data": user})
        if req.path == "/2/tweets" and req.method == "POST":
            return self.tweet(req, state)
        if req.path.startswith("/2/media/"):
            return self.media(req, state)
        return problem(404, "Not Found Error", f"{req.method} {req.path} does not exist")

    # -- media upload ----------------------------------------------------------------------
    def media(self, req: Request, state: dict[str, Any]) -> Reply:
        if state.get("upload_error"):
            code = int(state["upload_error"])
            return problem(
                code, "Invalid Request", "One or more parameters to your request was invalid."
            )
        path = req.path
        if path == "/2/media/upload" and req.method == "POST":
            return self.one_shot(req, state)
        if path == "/2/media/upload" and req.method == "GET":
            return self.status(req, state)
        if path == "/2/media/upload/initialize" and req.method == "POST":
            return self.initialize(req, state)
        if path == "/2/media/metadata" and req.method == "POST":
            return self.metadata(req, state)
        m = re.fullmatch(r"/2/media/upload/(\d+)/(append|finalize)", path)
        if m and req.method == "POST":
            return (self.append if m.group(2) == "append" else self.finalize)(
                req, state, m.group(1)
            )
        return problem(404, "Not Found Error", f"{req.method} {path} does not exist")

    def _new_media(self, state: dict[str, Any], record: dict[str, Any]) -> str:
        with self.server.lock:
            media = state.setdefault("media", {})
            media_id = str(1880028106020515840 + len(media) + 1)
            media[media_id] = record
        return media_id

    def one_shot(self, req: Request, state: dict[str, Any]) -> Reply:
        parts = parse_parts(req)
        if parts is None:
            return problem(400, "Invalid Request", "the body must be multipart/form-data")
        if set(parts) - {"media", "media_category", "media_type", "additional_owners"}:
            return problem(400, "Invalid Request", f"unexpected fields {sorted(parts)}")
        category = parts.get("media_category")
        if category is None or category.text != "tweet_image":
            return problem(400, "Invalid Request", "media_category must be tweet_image here")
        media = parts.get("media")
        why = image_problem(media, ("JPEG", "PNG", "WEBP"), 5 * 1024 * 1024)
        if why is not None or media is None:
            return problem(400, "Invalid Request", f"media: {why}")
        declared = parts.get("media_type")
        if declared is not None and declared.text != media.content_type:
            return problem(400, "Invalid Request", "media_type does not match the file")
        state.setdefault("uploads", []).append(media)
        media_id = self._new_media(state, {"part": media, "ready": True, "alt": ""})
        with Image.open(io.BytesIO(media.data)) as image:
            width, height = image.size
        data = {
            "id": media_id,
            "media_key": f"3_{media_id}",
            "size": len(media.data),
            "expires_after_secs": 86400,
            "image": {"image_type": media.content_type, "w": width, "h": height},
        }
        return Reply(200, {"data": data})

    def initialize(self, req: Request, state: dict[str, Any]) -> Reply:
        try:
            body = req.json()
        except ValueError:
            return problem(400, "Invalid Request", "body is not JSON")
        if not isinstance(body, dict) or body.get("media_category") != "tweet_gif":
            return problem(400, "Invalid Request", "media_category must be tweet_gif")
        if body.get("media_type") != "image/gif" or not isinstance(body.get("total_bytes"), int):
            return problem(400, "Invalid Request", "media_type and total_bytes are required")
        if body["total_bytes"] > 15 * 1024 * 1024:
            return problem(400, "Invalid Request", "GIFs may be at most 15 MB")
        media_id = self._new_media(
            state, {"total": body["total_bytes"], "chunks": {}, "ready": False, "alt": ""}
        )
        return Reply(
            200,
            {"data": {"id": media_id, "media_key": f"16_{media_id}", "expires_after_secs": 86400}},
        )

    def append(self, req: Request, state: dict[str, Any], media_id: str) -> Reply:
        record = state.get("media", {}).get(media_id)
        parts = parse_parts(req)
        if record is None or "chunks" not in record:
            return problem(400, "Invalid Request", "unknown media_id")
        if parts is None or set(parts) != {"media", "segment_index"}:
            return problem(400, "Invalid Request", "append takes media and segment_index")
        index = parts["segment_index"].text
        if not index.isdigit():
            return problem(400, "Invalid Request", "segment_index must be a number")
        record["chunks"][int(index)] = parts["media"].data
        return Reply(200, {"meta": {}})

    def finalize(self, req: Request, state: dict[str, Any], media_id: str) -> Reply:
        record = state.get("media", {}).get(media_id)
        if record is None or "chunks" not in record:
            return problem(400, "Invalid Request", "unknown media_id")
        chunks = record["chunks"]
        if sorted(chunks) != list(range(len(chunks))):
            return problem(400, "Invalid Request", "segments are missing")
        data = b"".join(chunks[i] for i in range(len(chunks)))
        if len(data) != record["total"]:
            return problem(400, "Invalid Request", "total_bytes does not match the segments")
        part = Part("media", "upload.gif", "image/gif", data)
        why = image_problem(part, ("GIF",), 15 * 1024 * 1024)
        if why is not None:
            return problem(400, "Invalid Request", f"media: {why}")
        record["part"] = part
        state.setdefault("uploads", []).append(part)
        info = {"state": "pending", "check_after_secs": 0}
        return Reply(200, {"data": {"id": media_id, "size": len(data), "processing_info": info}})

    def status(self, req: Request, state: dict[str, Any]) -> Reply:
        media_id = (req.query.get("media_id") or [""])[0]
        record = state.get("media", {}).get(media_id)
        if (req.query.get("command") or [""])[0] != "STATUS" or record is None:
            return problem(400, "Invalid Request", "STATUS needs a known media_id")
        if "part" not in record:
            return problem(400, "Invalid Request", "not finalized")
        record["ready"] = True
        info = {"state": "succeeded", "progress_percent": 100}
        return Reply(200, {"data": {"id": media_id, "processing_info": info}})

    def metadata(self, req: Request, state: dict[str, Any]) -> Reply:
        try:
            body = req.json()
        except ValueError:
            return problem(400, "Invalid Request", "body is not JSON")
        record = state.get("media", {}).get(str(body.get("id")))
        alt = body.get("metadata", {}).get("alt_text", {}).get("text")
        if record is None or not isinstance(alt, str):
            return problem(400, "Invalid Request", "id and metadata.alt_text.text are required")
        if len(alt) > 1000:
            return problem(400, "Invalid Request", "alt text is longer than 1000 characters")
        record["alt"] = alt
        return Reply(200, {"data": {"id": body["id"], "associated_metadata": body["metadata"]}})

    def tweet(self, req: Request, state: dict[str, Any]) -> Reply:
        if not req.headers.get("content-type", "").startswith("application/json"):
            return problem(400, "Invalid Request", "Content-Type must be application/json")
        try:
            body = req.json()
        except ValueError:
            return problem(400, "Invalid Request", "body is not JSON")
        if (
            not isinstance(body, dict)
            or not {"text"} <= set(body) <= {"text", "media", "reply"}
            or not isinstance(body["text"], str)
        ):
            return problem(
                400, "Invalid Request", 'the body must be {"text": ..., "media"?, "reply"?}'
            )
        if "reply" in body:
            reply = body["reply"]
            target = reply.get("in_reply_to_tweet_id") if isinstance(reply, dict) else None
            if not isinstance(reply, dict) or set(reply) != {"in_reply_to_tweet_id"}:
                return problem(400, "Invalid Request", "reply takes in_reply_to_tweet_id")
            if target not in state.get("post_ids", []):
                return problem(
                    403,
                    "Forbidden",
                    "You attempted to reply to a Tweet that is deleted or not visible to you.",
                )
        if "media" in body:
            ids = body["media"].get("media_ids") if isinstance(body["media"], dict) else None
            known = state.get("media", {})
            if not isinstance(ids, list) or not 1 <= len(ids) <= 4:
                return problem(400, "Invalid Request", "media.media_ids must hold 1 to 4 ids")
            for media_id in ids:
                if not isinstance(media_id, str) or not known.get(media_id, {}).get("ready"):
                    return problem(400, "Invalid Request", f"media id {media_id} is not usable")
        error = state.get("error")
        if error == 401:
            return problem(401, "Unauthorized", "Unauthorized")
        if error == 403:
            return problem(403, "Forbidden", "You are not permitted to perform this action.")
        if isinstance(error, int) and error >= 500:
            return problem(error, "Service Unavailable", "Service Unavailable")
        if error == 429:
            reply = problem(429, "Too Many Requests", "Too Many Requests")
            reply.headers["x-rate-limit-reset"] = str(state["reset"])
            reply.headers["x-rate-limit-remaining"] = "0"
            return reply
        refuse_after = state.get("refuse_after")
        if refuse_after is not None and len(state.get("posts", [])) >= refuse_after:
            return problem(503, "Service Unavailable", "Service Unavailable")
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
            state.setdefault("post_ids", []).append(post_id)
        data = {"id": post_id, "text": body["text"], "edit_history_tweet_ids": [post_id]}
        return Reply(201, {"data": data}, delay=state.get("delay", 0.0))


def x_server() -> LoopbackServer:
    return LoopbackServer(XHandler)
