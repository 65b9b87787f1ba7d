"""VK: `wall.post` to a community wall with a user token (scope `wall`), API v5.199.

Form-encoded POST to /method/wall.post with owner_id=-GROUP_ID and from_group=1;
success `{"response": {"post_id": N}}`, errors `{"error": {"error_code", "error_msg"}}`
(answered with HTTP 200). Scheduling: `publish_date` (unix time).

Images go first, each through VK's three steps: `photos.getWallUploadServer` (the
community's `group_id`) gives an `upload_url`; a multipart POST of the file as field
`photo` there answers `{"server", "photo", "hash"}`; `photos.saveWallPhoto` with those
(and the alt text as `caption`) answers the saved photo, attached to the post as
`photo{owner_id}_{id}` in `attachments`. Any failed step stops before `wall.post`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from socialdesk.media.outgoing import MediaUpload
from socialdesk.platforms.api import (
    PostResult,
    Publisher,
    PublishError,
    ScheduledPost,
    VerifyResult,
    as_unix,
    expired_token,
    missing_permission,
    rate_limited,
    retry_in,
    server_problem,
)

API_VERSION = "5.199"


class VKPublisher(Publisher):
    platform = "vk"
    schedulable = True

    @property
    def group_id(self) -> str:
        return self.account.value("group_id")

    def _call(self, method: str, params: dict[str, str], *, posts: bool) -> Any:
        form = {**params, "access_token": self.secrets["access_token"], "v": API_VERSION}
        response = self.send("POST", f"/method/{method}", posts=posts, data=form)
        body = self.json_body(response)
        if not isinstance(body, dict):
            raise PublishError(f"VK gave an unexpected answer to {method}.", "rejected")
        if "error" in body:
            raise self.error(body["error"])
        if "response" not in body:
            if posts:  # accepted, but not in the shape we know: it may be on the wall
                raise PublishError(self._unknown_message("an answer without a post"), "unknown")
            raise PublishError(f"VK gave an unexpected answer to {method}.", "rejected")
        return body["response"]

    def problems(self, text: str, when: datetime | None = None) -> list[str]:
        if when is not None and as_unix(when) <= int(datetime.now(UTC).timestamp()):
            return ["The VK publishing time is in the past; choose a later time."]
        return []

    def publish(
        self, text: str, when: datetime | None = None, media: Sequence[MediaUpload] = ()
    ) -> PostResult:
        attachments = []
        for number, image in enumerate(media, start=1):
            with self.uploading(number, len(media)):
                attachments.append(self._upload_photo(image))
        params = {"owner_id": f"-{self.group_id}", "from_group": "1", "message": text}
        if attachments:
            params["attachments"] = ",".join(attachments)
        if when is not None:
            params["publish_date"] = str(as_unix(when))
        response = self._call("wall.post", params, posts=True)
        post_id = response.get("post_id") if isinstance(response, dict) else None
        if not isinstance(post_id, (int, str)) or isinstance(post_id, bool):
            raise PublishError(
                "VK answered without a post id; check the community wall.", "unknown"
            )
        return PostResult(
            post_id=str(post_id),
            url=f"https://vk.com/wall-{self.group_id}_{post_id}",
            scheduled=when is not None,
        )

    def scheduled_posts(self) -> list[ScheduledPost]:
        """`wall.get` with `filter=postponed`: the community's planned posts (one page of
        100: more than a hundred planned posts on one wall is beyond this app's use)."""
        params = {"owner_id": f"-{self.group_id}", "filter": "postponed", "count": "100"}
        answer = self._call("wall.get", params, posts=False)
        items = answer.get("items") if isinstance(answer, dict) else None
        posts = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("date"), int):
                continue
            post_id = str(item.get("id", ""))
            posts.append(
                ScheduledPost(
                    post_id=post_id,
                    when=datetime.fromtimestamp(item["date"], UTC),
                    text=str(item.get("text") or ""),
                    url=f"https://vk.com/wall-{self.group_id}_{post_id}",
                )
            )
        return posts

    def cancel_scheduled(self, post_id: str) -> None:
        params = {"owner_id": f"-{self.group_id}", "post_id": post_id}
        self._call("wall.delete", params, posts=False)

    def reschedule(self, post_id: str, when: datetime, text: str) -> None:
        # wall.edit needs the message again; publish_date moves a postponed post
        params = {
            "owner_id": f"-{self.group_id}",
            "post_id": post_id,
            "message": text,
            "publish_date": str(as_unix(when)),
        }
        self._call("wall.edit", params, posts=False)

    def _upload_photo(self, image: MediaUpload) -> str:
        """Upload one photo to the community wall album; its attachment id."""
        server = self._call("photos.getWallUploadServer", {"group_id": self.group_id}, posts=False)
        upload_url = server.get("upload_url") if isinstance(server, dict) else None
        if not isinstance(upload_url, str) or not upload_url.startswith(("https://", "http://")):
            raise PublishError("VK did not give an address to upload the image to.", "rejected")
        response = self.send(
            "POST",
            upload_url,
            posts=False,
            files={"photo": (image.name, image.data, image.mime)},
        )
        uploaded = self.json_body(response)
        if not isinstance(uploaded, dict) or "error" in uploaded:
            detail = uploaded.get("error") if isinstance(uploaded, dict) else None
            raise PublishError(
                f"VK's upload server refused the image{f' ({detail})' if detail else ''}.",
                "rejected",
            )
        photo, hash_, number = uploaded.get("photo"), uploaded.get("hash"), uploaded.get("server")
        if not isinstance(photo, str) or photo in ("", "[]") or not hash_ or number is None:
            raise PublishError(
                "VK's upload server did not take the image (it may be damaged, too large or "
                "not a JPEG, PNG or GIF).",
                "rejected",
            )
        params = {
            "group_id": self.group_id,
            "photo": photo,
            "server": str(number),
            "hash": str(hash_),
        }
        if image.alt:
            params["caption"] = image.alt[:2048]
        saved = self._call("photos.saveWallPhoto", params, posts=False)
        first = saved[0] if isinstance(saved, list) and saved else None
        if not isinstance(first, dict) or "id" not in first or "owner_id" not in first:
            raise PublishError("VK did not save the uploaded image.", "rejected")
        return f"photo{first['owner_id']}_{first['id']}"

    def verify(self) -> VerifyResult:
        users = self._call("users.get", {}, posts=False)
        user = users[0] if isinstance(users, list) and users else {}
        person = f"{user.get('first_name', '')} {user.get('last_name', '')}".strip()
        groups = self._call("groups.getById", {"group_id": self.group_id}, posts=False)
        # v5.139+ wraps the list as {"groups": [...], "profiles": [...]}
        if isinstance(groups, dict):
            groups = groups.get("groups", [])
        group = groups[0] if isinstance(groups, list) and groups else {}
        community = str(group.get("name") or f"club{self.group_id}")
        name = f"{person} → {community}" if person else community
        screen = str(group.get("screen_name") or "")
        return VerifyResult(
            name=name,
            detail=f"vk.com/club{self.group_id}",
            handle=f"@{screen}" if screen else f"club{self.group_id}",
            avatar_url=str(group.get("photo_100") or ""),  # posts go out as the community
        )

    def error(self, error: Any) -> PublishError:
        if not isinstance(error, dict):
            return PublishError("VK refused the request.", "rejected")
        code = error.get("error_code")
        detail = str(error.get("error_msg") or "")
        tag = str(code)
        if code == 5:
            return PublishError(expired_token("VK"), "auth", code=tag)
        if code in (6, 9, 29):
            wait, why = {
                6: (60, "too many requests per second"),
                9: (3600, "flood control: too many similar posts"),
                29: (24 * 3600, "the daily limit for this method is reached"),
            }[code]
            at = retry_in(wait)
            return PublishError(rate_limited("VK", at, why), "rate_limit", code=tag, retry_at=at)
        if code in (7, 15):
            return PublishError(
                missing_permission(
                    "VK",
                    "post on this community's wall (the token needs the 'wall' scope and "
                    "you must be an editor or admin of the community)",
                ),
                "permission",
                code=tag,
            )
        if code == 214:
            return PublishError(
                "VK does not allow this account to post on the community wall (error 214). "
                "Check that you are an editor or admin, that the wall is open, and for a "
                "scheduled post that no other post is planned for the same minute.",
                "permission",
                code=tag,
            )
        if code == 222:
            return PublishError(
                "VK does not allow links in posts from this account (error 222). Remove the "
                "link from the VK text, or post it by hand, then publish again.",
                "rule",
                code=tag,
            )
        if code == 1051:
            return PublishError(
                "VK refused to post (error 1051): your VK ID app has not been granted access "
                "to walls. In the VK ID app's settings ask VK for the “wall” (and “photos”) "
                "access, or connect this account with the standalone app sign-in or a "
                "community key instead.",
                "permission",
                code=tag,
            )
        if code == 27:
            return PublishError(
                "VK uploads photos only with a person's sign-in, not with a community key "
                "(error 27). Post without the picture, or connect the account by signing in.",
                "permission",
                code=tag,
            )
        if code in (1, 10):
            return PublishError(server_problem("VK", f"error {code}"), "server", code=tag)
        return PublishError(f"VK refused the post: {detail} (error {code}).", "rejected", code=tag)


PUBLISHER = VKPublisher
