"""A loopback VK API: `wall.post`, `users.get`, `groups.getById` as api.vk.com answers them.

Checks every parameter of the documented call (form-encoded POST, `v=5.199`, the user
token, `owner_id=-GROUP_ID`, `from_group=1`, `message`, optional future
`publish_date`) and answers VK's error shape `{"error": {"error_code", "error_msg"}}`
with HTTP 200, like VK does. `server.state["error"] = 214` makes wall.post fail with
that code; `server.state["delay"]` delays its answer.

Photos take VK's three steps: `photos.getWallUploadServer` (group_id) hands out an
upload address on this server; a multipart POST there must carry one file field
`photo` (JPEG, PNG or GIF that decodes, matching its declared type, ≤ 50 MB) and is
answered `{"server", "photo", "hash"}` (with `"photo": "[]"` when the upload server
dislikes it, as VK does); `photos.saveWallPhoto` must echo those three with the
group_id and answers the saved photo; wall.post's `attachments` may only name saved
photos. Uploads are kept in `server.state["uploads"]` for tests to read back.
`state["upload_refused"]` makes the upload server answer an empty photo;
`state["save_error"]` makes saveWallPhoto fail with that code.
`state["echo"] = True` makes wall.post fail with error 100 whose message echoes the
request the careless way some gateways do: the address with the form as its query
string, the raw form body, the form as JSON and the token in a Basic header.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from typing import Any

from servers.avatars import avatar_reply, avatar_url
from servers.loopback import ApiHandler, LoopbackServer, Reply, Request
from servers.multipart import image_problem, parse_parts

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
    121: "Invalid hash",
    129: "Invalid photo",
    214: "Access to adding post denied",
    222: "Hyperlinks are forbidden",
    27: "Group authorization failed: method is unavailable with group auth.",
    1051: "Access denied: app has no permission to this wall",
}


def vk_error(code: int, detail: str = "") -> Reply:
    message = MESSAGES.get(code, "Unknown error")
    if detail:
        message = f"{message}: {detail}"
    return Reply(200, {"error": {"error_code": code, "error_msg": message, "request_params": []}})


def echo_request(req: Request, form: dict[str, str]) -> str:
    raw = req.body.decode("utf-8")
    basic = base64.b64encode(f"api:{form.get('access_token', '')}".encode()).decode()
    return (
        f"bad request POST https://api.vk.com{req.path}?{raw} body {raw} "
        f"params {json.dumps(form)} auth Basic {basic}"
    )


UPLOAD_PATH = "/upload/wall"
UPLOAD_SERVER = 851234
_ATTACHMENT = re.compile(r"^photo(-?\d+)_(\d+)$")


class VKHandler(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        state = self.server.state
        picture = avatar_reply(req)
        if picture is not None:
            return picture
        if req.method != "POST":
            return Reply(405, "VK methods are called with POST here")
        if req.path == UPLOAD_PATH:
            return self.upload(req, state)
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
        if method == "wall.post" and state.get("echo"):
            return vk_error(100, echo_request(req, form))
        if method == "wall.post":
            return self.wall_post(form, state)
        if method in ("wall.get", "wall.delete", "wall.edit"):
            return self.postponed(method, form, state)
        if method == "photos.getWallUploadServer":
            if form.get("group_id") != state.get("group_id", GROUP_ID):
                return vk_error(100, "group_id is undefined")
            with self.server.lock:
                token = f"u{len(state.setdefault('upload_tokens', [])) + 1}"
                state["upload_tokens"].append(token)
            url = f"http://{req.headers['host']}{UPLOAD_PATH}?act=do_add&upload_token={token}"
            return Reply(200, {"response": {"upload_url": url, "album_id": -14, "user_id": 5012}})
        if method == "photos.saveWallPhoto":
            return self.save_wall_photo(form, state)
        if method == "users.get":
            return Reply(200, {"response": [USER]})
        if method == "groups.getById":
            if form.get("group_id") != state.get("group_id", GROUP_ID):
                return vk_error(100, "group_id is undefined")
            group = {
                "id": int(GROUP_ID),
                "name": GROUP_NAME,
                "screen_name": "aurora",
                "photo_100": avatar_url(req, "vk"),
            }
            return Reply(200, {"response": {"groups": [group], "profiles": []}})
        return Reply(404, {"error": {"error_code": 3, "error_msg": "Unknown method passed"}})

    def postponed(self, method: str, form: dict[str, str], state: dict[str, Any]) -> Reply:
        """The community's postponed posts: read (`filter=postponed`), delete, move."""
        if form.get("owner_id") != f"-{state.get('group_id', GROUP_ID)}":
            return vk_error(100, "owner_id must be -GROUP_ID")
        posts = state.get("posts", [])
        deleted = state.setdefault("deleted", set())
        if method == "wall.get":
            if form.get("filter") != "postponed":
                return vk_error(100, "this server only lists postponed posts")
            items = [
                {
                    "id": 1001 + n,
                    "owner_id": -int(GROUP_ID),
                    "from_id": -int(GROUP_ID),
                    "date": int(post["publish_date"]),
                    "post_type": "postpone",
                    "text": post["message"],
                }
                for n, post in enumerate(posts)
                if 1001 + n not in deleted and int(post.get("publish_date", 0)) > time.time()
            ]
            return Reply(200, {"response": {"count": len(items), "items": items}})
        post_id = int(form.get("post_id", "0")) if form.get("post_id", "").isdigit() else 0
        index = post_id - 1001
        if not 0 <= index < len(posts) or post_id in deleted:
            return vk_error(100, "post_id: no such post")
        with self.server.lock:
            if method == "wall.delete":
                deleted.add(post_id)
                return Reply(200, {"response": 1})
            stamp = form.get("publish_date", "")
            if not form.get("message") or not stamp.isdigit() or int(stamp) <= time.time():
                return vk_error(100, "message and a future publish_date are required")
            posts[index] = {**posts[index], "message": form["message"], "publish_date": stamp}
        return Reply(200, {"response": {"post_id": post_id}})

    def upload(self, req: Request, state: dict[str, Any]) -> Reply:
        """The upload server: a multipart POST with the photo as field `photo`."""
        token = (req.query.get("upload_token") or [""])[0]
        if token not in state.get("upload_tokens", []):
            return Reply(200, {"error": "ERR_UPLOAD_BAD_URL: upload url expired"})
        parts = parse_parts(req)
        if parts is None:
            return Reply(200, {"error": "ERR_UPLOAD_FILE_NOT_UPLOADED: not multipart"})
        if set(parts) != {"photo"}:
            return Reply(200, {"error": f"ERR_UPLOAD_FILE_NOT_UPLOADED: fields {sorted(parts)}"})
        part = parts["photo"]
        problem = image_problem(part, ("JPEG", "PNG", "GIF"), 50 * 1024 * 1024)
        digest = hashlib.md5(part.data).hexdigest()
        if problem is not None or state.get("upload_refused"):
            state.setdefault("upload_problems", []).append(problem or "refused")
            return Reply(200, {"server": UPLOAD_SERVER, "photo": "[]", "hash": digest})
        with self.server.lock:
            uploads = state.setdefault("uploads", [])
            uploads.append(part)
            photo = json.dumps([{"photo": f"{digest[:10]}:x", "sizes": [], "kid": digest}])
            state.setdefault("pending", {})[photo] = (digest, part)
        return Reply(200, {"server": UPLOAD_SERVER, "photo": photo, "hash": digest})

    def save_wall_photo(self, form: dict[str, str], state: dict[str, Any]) -> Reply:
        allowed = {"access_token", "v", "group_id", "photo", "server", "hash", "caption"}
        if set(form) - allowed:
            return vk_error(100, f"unexpected {sorted(set(form) - allowed)}")
        if form.get("group_id") != state.get("group_id", GROUP_ID):
            return vk_error(100, "group_id is undefined")
        pending = state.get("pending", {})
        found = pending.get(form.get("photo", ""))
        if found is None or form.get("server") != str(UPLOAD_SERVER):
            return vk_error(129)
        if form.get("hash") != found[0]:
            return vk_error(121)
        if state.get("save_error"):
            return vk_error(int(state["save_error"]))
        with self.server.lock:
            saved = state.setdefault("saved", {})
            photo_id = 457239000 + len(saved) + 1
            owner = -int(state.get("group_id", GROUP_ID))
            saved[f"photo{owner}_{photo_id}"] = {"caption": form.get("caption", "")}
            del pending[form["photo"]]
        return Reply(
            200,
            {
                "response": [
                    {
                        "id": photo_id,
                        "owner_id": owner,
                        "album_id": -14,
                        "text": form.get("caption", ""),
                        "date": int(time.time()),
                    }
                ]
            },
        )

    def wall_post(self, form: dict[str, str], state: dict[str, Any]) -> Reply:
        allowed = {
            "access_token",
            "v",
            "owner_id",
            "from_group",
            "message",
            "publish_date",
            "attachments",
        }
        unknown = set(form) - allowed
        if unknown:
            return vk_error(100, f"unexpected {sorted(unknown)}")
        if form.get("owner_id") != f"-{state.get('group_id', GROUP_ID)}":
            return vk_error(100, "owner_id must be -GROUP_ID")
        if form.get("from_group") != "1":
            return vk_error(100, "from_group must be 1 to post as the community")
        if not form.get("message"):
            return vk_error(100, "message is empty")
        if "attachments" in form:
            names = form["attachments"].split(",")
            saved = state.get("saved", {})
            if len(names) > 10:
                return vk_error(100, "too many attachments")
            if any(not _ATTACHMENT.match(n) or n not in saved for n in names):
                return vk_error(100, "attachments: unknown photo")
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
