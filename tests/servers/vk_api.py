"""A loopback VK API: `wall.post`, `users.get`, `groups.getById` as api.vk.com answers them.

Checks every parameter of the documented call (form-encoded POST, `v=5.199`, the user
token, `owner_id=-GROUP_ID`, `from_group=1`, `message`, optional future
`publish_date`) and answers VK's error shape `{"error": {"error_code", "error_msg"}}`
with HTTP 200, like VK does. `server.state["error"] = 214` makes wall.post fail with
that code; `server.state["delay"]` delays its answer.
"""

from __future__ import annotations

import time
from typing import Any

from servers.loopback import ApiHandler, LoopbackServer, Reply, Request

TOKEN = "vk1.a.test-user-token-3f9a7c"
GROUP_ID = "218374"
USER = {"id": 5012, "first_name": "Anna", "last_name": "Petrova"}
GROUP_NAME = "Aurora Travel"

MESSAGES = {
    5: "User authorization failed: invalid access_token (4).",
    6: "Too many requests per second",
    7: "Permission to perform this action is denied",
    9: "Flood control",
    15: "Access denied: no access to call this method",
    29: "Rate limit reached",
    100: "One of the parameters specified was missing or invalid",
    214: "Access to adding post denied",
    222: "Hyperlinks are forbidden",
}


def vk_error(code: int, detail: str = "") -> Reply:
    message = MESSAGES.get(code, "Unknown error")
    if detail:
        message = f"{message}: {detail}"
    return Reply(200, {"error": {"error_code": code, "error_msg": message, "request_params": []}})


class VKHandler(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        state = self.server.state
        if req.method != "POST":
            return Reply(405, "VK methods are called with POST here")
        if "application/x-www-form-urlencoded" not in req.headers.get("content-type", ""):
            return vk_error(100, "body must be form-encoded")
        form = {k: v[0] for k, v in req.form().items()}
        if req.query:
            return vk_error(100, "parameters belong in the body, not the URL")
        if form.get("v") != "5.199":
            return vk_error(100, "v is required and must be 5.199")
        if form.get("access_token") != state.get("token", TOKEN):
            return vk_error(5)
        method = req.path.removeprefix("/method/")
        if method == "wall.post":
            return self.wall_post(form, state)
        if method == "users.get":
            return Reply(200, {"response": [USER]})
        if method == "groups.getById":
            if form.get("group_id") != state.get("group_id", GROUP_ID):
                return vk_error(100, "group_id is undefined")
            group = {"id": int(GROUP_ID), "name": GROUP_NAME, "screen_name": "aurora"}
            return Reply(200, {"response": {"groups": [group], "profiles": []}})
        return Reply(404, {"error": {"error_code": 3, "error_msg": "Unknown method passed"}})

    def wall_post(self, form: dict[str, str], state: dict[str, Any]) -> Reply:
        allowed = {"access_token", "v", "owner_id", "from_group", "message", "publish_date"}
        unknown = set(form) - allowed
        if unknown:
            return vk_error(100, f"unexpected {sorted(unknown)}")
        if form.get("owner_id") != f"-{state.get('group_id', GROUP_ID)}":
            return vk_error(100, "owner_id must be -GROUP_ID")
        if form.get("from_group") != "1":
            return vk_error(100, "from_group must be 1 to post as the community")
        if not form.get("message"):
            return vk_error(100, "message is empty")
        if "publish_date" in form:
            stamp = form["publish_date"]
            if not stamp.isdigit() or int(stamp) <= time.time():
                return vk_error(100, "publish_date must be a future unix time")
        error = state.get("error")
        if error:
            return vk_error(int(error))
        with self.server.lock:
            posts = state.setdefault("posts", [])
            posts.append(form)
            post_id = 1000 + len(posts)
        return Reply(200, {"response": {"post_id": post_id}}, delay=state.get("delay", 0.0))


def vk_server() -> LoopbackServer:
    return LoopbackServer(VKHandler)
