"""A loopback Facebook Graph API: `POST /vNN.0/{page-id}/feed` and `GET /vNN.0/{page-id}`.

The feed call must be form-encoded with `message` and the Page access token, and
for a scheduled post `published=false` plus a `scheduled_publish_time` between 10
minutes and 30 days ahead. A repeated message gets 506 like Facebook. Errors are
`{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}` with HTTP 400.
`server.state["error"] = 190` forces a code; rate-limit codes carry an
`x-business-use-case-usage` header with `estimated_time_to_regain_access` minutes
(`server.state["regain_minutes"]`).

Photos: `POST /vNN.0/{page-id}/photos` must be multipart with the file as `source`
(JPEG, PNG, GIF or WebP that decodes and matches its declared type, ≤ 4 MB),
`published=false` and the token; `temporary=true` and `alt_text_custom` are optional.
It answers `{"id": PHOTO_ID}`. The feed call's `attached_media[i]` must each be
`{"media_fbid": id}` of an unpublished, unused photo. `DELETE /vNN.0/{photo-id}`
removes one. `state["photo_error_at"] = n` refuses the n-th photo upload (code 324).
Uploaded files are kept in `server.state["uploads"]`, live photos in `["photos"]`.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

from servers.avatars import avatar_reply, avatar_url
from servers.loopback import ApiHandler, LoopbackServer, Reply, Request
from servers.multipart import image_problem, parse_parts

PAGE_ID = "104857600123"
PAGE_NAME = "Aurora Travel"
PAGE_TOKEN = "EAAGpagetoken-test-77d2"

MESSAGES = {
    4: "Application request limit reached",
    17: "User request limit reached",
    100: "Invalid parameter",
    190: "Error validating access token: Session has expired.",
    200: "Permissions error",
    299: "Permissions error",
    324: "Missing or invalid image file",
    341: "Application limit reached",
    506: "Duplicate status message",
}
_PATH = re.compile(r"^/v\d+\.\d+/(\d+)(/feed|/photos|/scheduled_posts)?$")
_POST_PATH = re.compile(r"^/v\d+\.\d+/(\d+)_(\d+)$")


def fb_error(code: int, subcode: int | None = None, headers: dict[str, str] | None = None) -> Reply:
    error: dict[str, Any] = {
        "message": MESSAGES.get(code, "An unknown error occurred"),
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "AbCdEfGhIjK",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return Reply(400, {"error": error}, headers=headers or {})


class FacebookHandler(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        state = self.server.state
        picture = avatar_reply(req)
        if picture is not None:
            return picture
        m = _PATH.match(req.path)
        token = state.get("token", PAGE_TOKEN)
        if m and m.group(1) in state.get("photos", {}) and not m.group(2):
            return self.delete_photo(req, state, token, m.group(1))
        post = _POST_PATH.match(req.path)
        if post:
            return self.scheduled_post(req, state, token, int(post.group(2)) - 900001)
        if not m or m.group(1) != state.get("page_id", PAGE_ID):
            return fb_error(100, 33)  # object does not exist
        if m.group(2) == "/photos":
            return self.photo(req, state, token)
        if m.group(2) == "/scheduled_posts":
            return self.scheduled_list(req, state, token)
        if m.group(2):
            return self.feed(req, state, token)
        if req.method != "GET":
            return fb_error(100)
        header = req.headers.get("authorization", "")
        given = header[len("Bearer ") :] if header.startswith("Bearer ") else None
        if (given or req.param("access_token")) != token:
            return fb_error(190, 463)
        page: dict[str, Any] = {"id": m.group(1), "name": PAGE_NAME}
        fields = (req.param("fields") or "").split(",")
        if "username" in fields:
            page["username"] = "auroratravel"
        if "picture" in fields:
            page["picture"] = {"data": {"url": avatar_url(req, "facebook"), "is_silhouette": False}}
        return Reply(200, page)

    def photo(self, req: Request, state: dict[str, Any], token: str) -> Reply:
        if req.method != "POST":
            return fb_error(100)
        parts = parse_parts(req)
        if parts is None:
            return fb_error(100)
        allowed = {"source", "published", "access_token", "temporary", "alt_text_custom"}
        if set(parts) - allowed:
            return fb_error(100)
        fields = {k: p.text for k, p in parts.items() if k != "source"}
        if fields.get("access_token") != token:
            return fb_error(190, 463)
        if fields.get("published") != "false":
            return fb_error(100)  # this client only makes unpublished photos
        if image_problem(parts.get("source"), ("JPEG", "PNG", "GIF", "WEBP"), 4 * 1024 * 1024):
            return fb_error(324)
        with self.server.lock:
            count = state["photo_uploads"] = state.get("photo_uploads", 0) + 1
            if state.get("photo_error_at") == count:
                return fb_error(324)
            state.setdefault("uploads", []).append(parts["source"])
            photos = state.setdefault("photos", {})
            photo_id = str(5550000000 + count)
            photos[photo_id] = {
                "alt": fields.get("alt_text_custom", ""),
                "temporary": fields.get("temporary") == "true",
                "used": False,
            }
        return Reply(200, {"id": photo_id})

    def scheduled_list(self, req: Request, state: dict[str, Any], token: str) -> Reply:
        if req.method != "GET" or _bearer(req) != token:
            return fb_error(190, 463)
        data = [
            {
                "id": f"{PAGE_ID}_{900001 + n}",
                "message": post["message"],
                "scheduled_publish_time": int(post["scheduled_publish_time"]),
            }
            for n, post in enumerate(state.get("posts", []))
            if post.get("published") == "false" and not post.get("deleted")
        ]
        return Reply(200, {"data": data})

    def scheduled_post(self, req: Request, state: dict[str, Any], token: str, index: int) -> Reply:
        """DELETE a post, or POST a new `scheduled_publish_time` for an unpublished one."""
        posts = state.get("posts", [])
        if not 0 <= index < len(posts) or posts[index].get("deleted"):
            return fb_error(100, 33)
        if req.method == "DELETE":
            if req.param("access_token") != token:
                return fb_error(190, 463)
            with self.server.lock:
                posts[index]["deleted"] = True
            return Reply(200, {"success": True})
        form = {k: v[0] for k, v in req.form().items()}
        if req.method != "POST" or form.get("access_token") != token:
            return fb_error(190, 463)
        stamp = form.get("scheduled_publish_time", "")
        if posts[index].get("published") != "false" or not stamp.isdigit():
            return fb_error(100)
        if not 600 <= int(stamp) - time.time() <= 30 * 24 * 3600:
            return fb_error(100, 1363168)
        with self.server.lock:
            posts[index]["scheduled_publish_time"] = stamp
        return Reply(200, {"success": True})

    def delete_photo(self, req: Request, state: dict[str, Any], token: str, photo_id: str) -> Reply:
        if req.method != "DELETE":
            return fb_error(100)
        if req.param("access_token") != token:
            return fb_error(190, 463)
        with self.server.lock:
            del state["photos"][photo_id]
        return Reply(200, {"success": True})

    def feed(self, req: Request, state: dict[str, Any], token: str) -> Reply:
        if req.method != "POST":
            return fb_error(100)
        if "application/x-www-form-urlencoded" not in req.headers.get("content-type", ""):
            return fb_error(100)
        form = {k: v[0] for k, v in req.form().items()}
        attached = {k: v for k, v in form.items() if re.fullmatch(r"attached_media\[\d+\]", k)}
        if (
            set(form)
            - {"message", "access_token", "published", "scheduled_publish_time"}
            - set(attached)
        ):
            return fb_error(100)
        if form.get("access_token") != token:
            return fb_error(190, 463)
        if not form.get("message"):
            return fb_error(100)
        photos = state.get("photos", {})
        for key in sorted(attached, key=lambda k: int(k[15:-1])):
            try:
                fbid = json.loads(attached[key])["media_fbid"]
            except (ValueError, KeyError, TypeError):
                return fb_error(100)
            if fbid not in photos or photos[fbid]["used"]:
                return fb_error(100)
        if sorted(int(k[15:-1]) for k in attached) != list(range(len(attached))):
            return fb_error(100)
        scheduled = "scheduled_publish_time" in form
        if scheduled or "published" in form:
            stamp = form.get("scheduled_publish_time", "")
            if form.get("published") != "false" or not stamp.isdigit():
                return fb_error(100)
            ahead = int(stamp) - time.time()
            if not 600 <= ahead <= 30 * 24 * 3600:
                return fb_error(100, 1363168)  # time out of range
        error = state.get("error")
        if error:
            headers = {}
            if error in (4, 17, 32, 341, 613):
                usage = {
                    PAGE_ID: [
                        {
                            "type": "pages",
                            "call_count": 100,
                            "total_cputime": 20,
                            "total_time": 30,
                            "estimated_time_to_regain_access": state.get("regain_minutes", 0),
                        }
                    ]
                }
                headers["x-business-use-case-usage"] = json.dumps(usage)
            return fb_error(int(error), state.get("subcode"), headers)
        with self.server.lock:
            posts = state.setdefault("posts", [])
            if not scheduled and any(p["message"] == form["message"] for p in posts):
                return fb_error(506)
            posts.append(form)
            post_id = f"{PAGE_ID}_{900000 + len(posts)}"
            for value in attached.values():
                photos[json.loads(value)["media_fbid"]]["used"] = True
        return Reply(200, {"id": post_id}, delay=state.get("delay", 0.0))


def _bearer(req: Request) -> str | None:
    header = req.headers.get("authorization", "")
    return header[len("Bearer ") :] if header.startswith("Bearer ") else req.param("access_token")


def facebook_server() -> LoopbackServer:
    return LoopbackServer(FacebookHandler)
