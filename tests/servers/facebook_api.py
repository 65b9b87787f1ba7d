"""A loopback Facebook Graph API: `POST /vNN.0/{page-id}/feed` and `GET /vNN.0/{page-id}`.

The feed call must be form-encoded with `message` and the Page access token, and
for a scheduled post `published=false` plus a `scheduled_publish_time` between 10
minutes and 30 days ahead. A repeated message gets 506 like Facebook. Errors are
`{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}` with HTTP 400.
`server.state["error"] = 190` forces a code; rate-limit codes carry an
`x-business-use-case-usage` header with `estimated_time_to_regain_access` minutes
(`server.state["regain_minutes"]`).
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

from servers.loopback import ApiHandler, LoopbackServer, Reply, Request

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
    341: "Application limit reached",
    506: "Duplicate status message",
}
_PATH = re.compile(r"^/v\d+\.\d+/(\d+)(/feed)?$")


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
        m = _PATH.match(req.path)
        if not m or m.group(1) != state.get("page_id", PAGE_ID):
            return fb_error(100, 33)  # object does not exist
        token = state.get("token", PAGE_TOKEN)
        if m.group(2):
            return self.feed(req, state, token)
        if req.method != "GET":
            return fb_error(100)
        header = req.headers.get("authorization", "")
        given = header[len("Bearer ") :] if header.startswith("Bearer ") else None
        if (given or req.param("access_token")) != token:
            return fb_error(190, 463)
        return Reply(200, {"id": m.group(1), "name": PAGE_NAME})

    def feed(self, req: Request, state: dict[str, Any], token: str) -> Reply:
        if req.method != "POST":
            return fb_error(100)
        if "application/x-www-form-urlencoded" not in req.headers.get("content-type", ""):
            return fb_error(100)
        form = {k: v[0] for k, v in req.form().items()}
        if set(form) - {"message", "access_token", "published", "scheduled_publish_time"}:
            return fb_error(100)
        if form.get("access_token") != token:
            return fb_error(190, 463)
        if not form.get("message"):
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
        return Reply(200, {"id": post_id}, delay=state.get("delay", 0.0))


def facebook_server() -> LoopbackServer:
    return LoopbackServer(FacebookHandler)
