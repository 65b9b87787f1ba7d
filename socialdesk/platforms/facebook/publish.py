"""Facebook: `POST /vNN.0/{page-id}/feed` with `message` and a Page access token.

Success `{"id": "PAGEID_POSTID"}`; errors `{"error": {"message", "type", "code",
"error_subcode", "fbtrace_id"}}`. Scheduling: `published=false` with
`scheduled_publish_time` between 10 minutes and 30 days ahead. The Graph API version
is `DEFAULT_VERSION` unless settings "api" has `facebook_version`.

Images are uploaded first as unpublished Page photos — multipart `POST
/{page-id}/photos` with the file as `source`, `published=false` (plus `temporary=true`
for a scheduled post) and the alt text as `alt_text_custom` — and attached to the feed
post as `attached_media[i]={"media_fbid": id}`. When an upload or the post itself is
refused, the photos already uploaded are deleted again, best effort.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from socialdesk.media.outgoing import MediaUpload
from socialdesk.platforms.api import (
    PostResult,
    Publisher,
    PublishError,
    ScheduledPost,
    VerifyResult,
    as_unix,
    duplicate_post,
    expired_token,
    missing_permission,
    rate_limited,
    retry_in,
    server_problem,
)

DEFAULT_VERSION = "v23.0"
SCHEDULE_MIN = timedelta(minutes=10)
SCHEDULE_MAX = timedelta(days=30)
_RATE_CODES = {4, 17, 32, 341, 613, 80001}
log = logging.getLogger(__name__)


class FacebookPublisher(Publisher):
    platform = "facebook"
    schedulable = True

    @property
    def page_id(self) -> str:
        return self.account.value("page_id")

    @property
    def version(self) -> str:
        version = self.config.options.get("version", "").strip() or DEFAULT_VERSION
        return version if version.startswith("v") else "v" + version

    def problems(self, text: str, when: datetime | None = None) -> list[str]:
        if when is None:
            return []
        ahead = timedelta(seconds=as_unix(when) - datetime.now(UTC).timestamp())
        if ahead < SCHEDULE_MIN or ahead > SCHEDULE_MAX:
            return [
                "Facebook schedules posts between 10 minutes and 30 days ahead; "
                "choose a time in that range."
            ]
        return []

    def publish(
        self, text: str, when: datetime | None = None, media: Sequence[MediaUpload] = ()
    ) -> PostResult:
        photo_ids: list[str] = []
        try:
            for number, image in enumerate(media, start=1):
                with self.uploading(number, len(media)):
                    photo_ids.append(self._upload_photo(image, scheduled=when is not None))
        except PublishError:
            self._discard_photos(photo_ids)
            raise
        form = {"message": text, "access_token": self.secrets["page_token"]}
        for index, photo_id in enumerate(photo_ids):
            form[f"attached_media[{index}]"] = json.dumps({"media_fbid": photo_id})
        if when is not None:
            form["published"] = "false"
            form["scheduled_publish_time"] = str(as_unix(when))
        response = self.send("POST", f"/{self.version}/{self.page_id}/feed", posts=True, data=form)
        try:
            body = self._body(response)
        except PublishError:
            self._discard_photos(photo_ids)  # refused for sure: the photos would only linger
            raise
        post_id = str(body.get("id") or "")
        if not post_id:
            raise PublishError("Facebook answered without a post id; check the Page.", "unknown")
        return PostResult(
            post_id=post_id,
            url=f"https://www.facebook.com/{post_id}",
            scheduled=when is not None,
        )

    def scheduled_posts(self) -> list[ScheduledPost]:
        """`GET /{page-id}/scheduled_posts`: the Page's posts waiting for their time."""
        response = self.send(
            "GET",
            f"/{self.version}/{self.page_id}/scheduled_posts",
            posts=False,
            params={"fields": "id,message,scheduled_publish_time", "limit": "100"},
            headers={"Authorization": f"Bearer {self.secrets['page_token']}"},
        )
        data = self._body(response).get("data")
        posts = []
        for item in data if isinstance(data, list) else []:
            when = _time(item.get("scheduled_publish_time")) if isinstance(item, dict) else None
            if when is None:
                continue
            post_id = str(item.get("id") or "")
            posts.append(
                ScheduledPost(
                    post_id=post_id,
                    when=when,
                    text=str(item.get("message") or ""),
                    url=f"https://www.facebook.com/{post_id}",
                )
            )
        return posts

    def cancel_scheduled(self, post_id: str) -> None:
        response = self.send(
            "DELETE",
            f"/{self.version}/{post_id}",
            posts=False,
            params={"access_token": self.secrets["page_token"]},
        )
        self._body(response)

    def reschedule(self, post_id: str, when: datetime, text: str) -> None:
        problems = self.problems(text, when)
        if problems:
            raise PublishError(problems[0], "rule")
        form = {
            "scheduled_publish_time": str(as_unix(when)),
            "access_token": self.secrets["page_token"],
        }
        response = self.send("POST", f"/{self.version}/{post_id}", posts=False, data=form)
        self._body(response)

    def _upload_photo(self, image: MediaUpload, scheduled: bool) -> str:
        form = {"published": "false", "access_token": self.secrets["page_token"]}
        if scheduled:
            form["temporary"] = "true"  # Facebook's rule for photos in a scheduled post
        if image.alt:
            form["alt_text_custom"] = image.alt
        response = self.send(
            "POST",
            f"/{self.version}/{self.page_id}/photos",
            posts=False,
            data=form,
            files={"source": (image.name, image.data, image.mime)},
        )
        photo_id = str(self._body(response).get("id") or "")
        if not photo_id:
            raise PublishError("Facebook did not return an id for the uploaded photo.", "rejected")
        return photo_id

    def _discard_photos(self, photo_ids: Sequence[str]) -> None:
        """Delete unpublished photos of a post that was not made (best effort)."""
        for photo_id in photo_ids:
            with contextlib.suppress(PublishError):
                response = self.send(
                    "DELETE",
                    f"/{self.version}/{photo_id}",
                    posts=False,
                    params={"access_token": self.secrets["page_token"]},
                )
                if response.status_code >= 400:
                    log.info("Facebook kept unpublished photo %s", photo_id)

    def verify(self) -> VerifyResult:
        response = self.send(
            "GET",
            f"/{self.version}/{self.page_id}",
            posts=False,
            params={"fields": "id,name,username,picture"},
            headers={"Authorization": f"Bearer {self.secrets['page_token']}"},
        )
        body = self._body(response)
        picture = body.get("picture")
        data = picture.get("data") if isinstance(picture, dict) else None
        username = str(body.get("username") or "")
        return VerifyResult(
            name=str(body.get("name") or f"Page {self.page_id}"),
            detail=f"facebook.com/{body.get('id') or self.page_id}",
            handle=f"@{username}" if username else "",
            avatar_url=str(data.get("url") or "") if isinstance(data, dict) else "",
        )

    def _body(self, response: requests.Response) -> dict[str, Any]:
        body = self.json_body(response)
        if not isinstance(body, dict):
            raise PublishError("Facebook gave an unexpected answer.", "rejected")
        if isinstance(body.get("error"), dict):
            raise self.error(body["error"], response)
        if response.status_code >= 400:
            raise PublishError(
                f"Facebook refused the request (HTTP {response.status_code}).", "rejected"
            )
        return body

    def error(self, error: dict[str, Any], response: requests.Response) -> PublishError:
        code = error.get("code")
        code = code if isinstance(code, int) and not isinstance(code, bool) else -1
        detail = str(error.get("message") or "")
        tag = str(code)
        if code in (190, 102):
            return PublishError(expired_token("Facebook"), "auth", code=tag)
        if code == 506:
            return PublishError(duplicate_post("Facebook"), "duplicate", code=tag)
        if code in _RATE_CODES:
            at = _regain_access(response) or retry_in(3600)
            return PublishError(rate_limited("Facebook", at), "rate_limit", code=tag, retry_at=at)
        if code == 10 or 200 <= code <= 299:
            return PublishError(
                missing_permission(
                    "Facebook",
                    "post on this Page (the Page token needs pages_manage_posts, and you "
                    "need to manage the Page)",
                ),
                "permission",
                code=tag,
            )
        if code in (1, 2):
            return PublishError(server_problem("Facebook", f"error {code}"), "server", code=tag)
        return PublishError(
            f"Facebook refused the post: {detail} (error {code}).", "rejected", code=tag
        )


def _time(value: Any) -> datetime | None:
    """Graph gives times as unix seconds or as ISO 8601 (`2026-06-01T09:30:00+0000`)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        if value.isdigit():
            return datetime.fromtimestamp(int(value), UTC)
        try:
            return datetime.fromisoformat(value).astimezone(UTC)
        except ValueError:
            return None
    return None


def _regain_access(response: requests.Response) -> datetime | None:
    """The longest `estimated_time_to_regain_access` (minutes) in the usage headers."""
    minutes = 0
    for header in ("x-business-use-case-usage", "x-ad-account-usage", "x-app-usage"):
        raw = response.headers.get(header)
        if not raw:
            continue
        try:
            minutes = max(minutes, _max_regain(json.loads(raw)))
        except ValueError:
            continue
    return retry_in(minutes * 60) if minutes else None


def _max_regain(value: Any) -> int:
    if isinstance(value, dict):
        own = value.get("estimated_time_to_regain_access")
        found = own if isinstance(own, int) and not isinstance(own, bool) else 0
        return max([found, *(_max_regain(v) for v in value.values())])
    if isinstance(value, list):
        return max([0, *(_max_regain(v) for v in value)])
    return 0


PUBLISHER = FacebookPublisher
