"""X: `POST /2/tweets` with JSON `{"text": ...}`, as the user.

Auth is an OAuth 2.0 user token (`Authorization: Bearer`, scope tweet.write) or
OAuth 1.0a user context (a signed `Authorization: OAuth` header). Success is
`{"data": {"id", "text"}}`; errors are problem objects `{"title", "detail", "type",
"status"}`: 401 expired sign-in, 403 duplicate content or no permission, 429 rate
limit with `x-rate-limit-reset` (epoch seconds).

Images are uploaded first and attached as `{"media": {"media_ids": [...]}}`:
JPEG, PNG and WebP in one multipart `POST /2/media/upload` (`media`,
`media_category=tweet_image`, `media_type`); GIFs, which X processes, through the
chunked flow `POST /2/media/upload/initialize` → `/{id}/append` (`media`,
`segment_index`) → `/{id}/finalize`, then `GET /2/media/upload?command=STATUS`
while `processing_info` says it is still working. Alt text goes to
`POST /2/media/metadata`. The base URL is the X API's (settings "api", "twitter").
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import requests

from socialdesk.media.outgoing import MediaUpload
from socialdesk.platforms.api import (
    PostResult,
    Publisher,
    PublishError,
    VerifyResult,
    duplicate_post,
    expired_token,
    missing_permission,
    rate_limited,
    retry_in,
    server_problem,
)
from socialdesk.platforms.base import normalize_line_endings
from socialdesk.platforms.twitter import oauth1

CHUNK_BYTES = 4 * 1024 * 1024  # X takes segments of up to 5 MB
MAX_PROCESSING_SECONDS = 120.0
MAX_ALT = 1000


class XPublisher(Publisher):
    platform = "twitter"

    def _auth(self, method: str, path: str) -> str:
        if self.account.auth == "oauth1":
            return oauth1.authorization_header(
                method,
                self.url(path),
                consumer_key=self.secrets["consumer_key"],
                consumer_secret=self.secrets["consumer_secret"],
                token=self.secrets["oauth_token"],
                token_secret=self.secrets["oauth_token_secret"],
            )
        return f"Bearer {self.secrets['bearer_token']}"

    def publish(
        self,
        text: str,
        when: datetime | None = None,
        media: Sequence[MediaUpload] = (),
        *,
        reply_to: str = "",
    ) -> PostResult:
        """Post `text`; `reply_to` is the id of the post it answers (a thread's previous part)."""
        media_ids = []
        for number, image in enumerate(media, start=1):
            with self.uploading(number, len(media)):
                media_ids.append(self._upload(image))
        # line endings as X counts them: what was counted is what is sent
        body: dict[str, Any] = {"text": normalize_line_endings(text)}
        if media_ids:
            body["media"] = {"media_ids": media_ids}
        if reply_to:
            body["reply"] = {"in_reply_to_tweet_id": reply_to}
        path = "/2/tweets"
        response = self.send(
            "POST",
            path,
            posts=True,
            json=body,
            headers={"Authorization": self._auth("POST", path)},
        )
        data = self._data(response, posts=True)
        post_id = str(data.get("id") or "")
        if not post_id:
            raise PublishError("X answered without a post id; check the account.", "unknown")
        return PostResult(post_id=post_id, url=f"https://x.com/i/web/status/{post_id}")

    def reply(self, text: str, reply_to: str, media: Sequence[MediaUpload] = ()) -> PostResult:
        return self.publish(text, None, media, reply_to=reply_to)

    # -- media ------------------------------------------------------------------------------
    def _post(self, path: str, **kwargs: Any) -> dict[str, Any]:
        headers = {"Authorization": self._auth("POST", path)}
        return self._data(self.send("POST", path, posts=False, headers=headers, **kwargs))

    def _upload(self, image: MediaUpload) -> str:
        """Upload one image; its media id (after processing, for GIFs)."""
        if image.mime == "image/gif":
            data = self._upload_chunked(image)
        else:
            data = self._post(
                "/2/media/upload",
                files={"media": (image.name, image.data, image.mime)},
                data={"media_category": "tweet_image", "media_type": image.mime},
            )
        media_id = str(data.get("id") or "")
        if not media_id:
            raise PublishError("X did not return an id for the uploaded image.", "rejected")
        if image.alt:
            self._post(
                "/2/media/metadata",
                json={"id": media_id, "metadata": {"alt_text": {"text": image.alt[:MAX_ALT]}}},
            )
        return media_id

    def _upload_chunked(self, image: MediaUpload) -> dict[str, Any]:
        started = self._post(
            "/2/media/upload/initialize",
            json={
                "media_type": image.mime,
                "total_bytes": image.size,
                "media_category": "tweet_gif",
            },
        )
        media_id = str(started.get("id") or "")
        if not media_id:
            raise PublishError("X did not start the upload of the GIF.", "rejected")
        for index, offset in enumerate(range(0, image.size, CHUNK_BYTES)):
            chunk = image.data[offset : offset + CHUNK_BYTES]
            path = f"/2/media/upload/{media_id}/append"
            response = self.send(
                "POST",
                path,
                posts=False,
                headers={"Authorization": self._auth("POST", path)},
                files={"media": (image.name, chunk, "application/octet-stream")},
                data={"segment_index": str(index)},
            )
            if response.status_code >= 400:
                raise self.error(response)
        finished = self._post(f"/2/media/upload/{media_id}/finalize")
        return self._wait_for_processing(media_id, finished)

    def _wait_for_processing(self, media_id: str, data: dict[str, Any]) -> dict[str, Any]:
        deadline = time.monotonic() + MAX_PROCESSING_SECONDS
        while True:
            info = data.get("processing_info")
            state = info.get("state") if isinstance(info, dict) else "succeeded"
            if state == "succeeded":
                return {**data, "id": data.get("id") or media_id}
            if state == "failed":
                error = info.get("error") if isinstance(info, dict) else None
                detail = error.get("message") if isinstance(error, dict) else None
                raise PublishError(
                    f"X could not process the GIF{f' ({detail})' if detail else ''}.", "rejected"
                )
            if time.monotonic() > deadline:
                raise PublishError("X took too long to process the GIF.", "network")
            wait = info.get("check_after_secs", 1) if isinstance(info, dict) else 1
            time.sleep(min(max(float(wait), 0.0), 10.0))
            # the query sits in the path so an OAuth 1.0a signature covers it
            path = "/2/media/upload?" + urlencode({"command": "STATUS", "media_id": media_id})
            response = self.send(
                "GET", path, posts=False, headers={"Authorization": self._auth("GET", path)}
            )
            data = self._data(response)

    def verify(self) -> VerifyResult:
        # the query sits in the path so an OAuth 1.0a signature covers it
        path = "/2/users/me?user.fields=profile_image_url"
        response = self.send(
            "GET", path, posts=False, headers={"Authorization": self._auth("GET", path)}
        )
        data = self._data(response)
        username = str(data.get("username") or "")
        name = str(data.get("name") or username or "this account")
        handle = f"@{username}" if username else ""
        avatar = str(data.get("profile_image_url") or "")
        return VerifyResult(name=name, detail=handle, handle=handle, avatar_url=avatar)

    def _data(self, response: requests.Response, *, posts: bool = False) -> dict[str, Any]:
        if response.status_code >= 400:
            raise self.error(response)
        body = self.json_body(response)
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            if isinstance(body, dict) and body.get("errors"):
                raise self.error(response)
            if posts:  # accepted, but not in the shape we know: it may be posted
                raise PublishError(self._unknown_message("an answer without a post"), "unknown")
            raise PublishError("X gave an unexpected answer.", "rejected")
        return data

    def error(self, response: requests.Response) -> PublishError:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        detail = str(body.get("detail") or body.get("title") or "")
        errors = body.get("errors")
        if not detail and isinstance(errors, list) and errors and isinstance(errors[0], dict):
            detail = str(errors[0].get("message") or errors[0].get("detail") or "")
        tag = str(status)
        if status == 401:
            return PublishError(expired_token("X"), "auth", code=tag)
        if status == 429:
            at = _reset_time(response.headers.get("x-rate-limit-reset"))
            return PublishError(rate_limited("X", at), "rate_limit", code=tag, retry_at=at)
        if status == 403 and "duplicate" in detail.lower():
            return PublishError(duplicate_post("X"), "duplicate", code=tag)
        if status == 403:
            return PublishError(
                missing_permission(
                    "X",
                    "post (the app needs Read and Write permission, and an OAuth 2.0 token "
                    "needs the tweet.write scope)",
                ),
                "permission",
                code=tag,
            )
        if status >= 500:
            return PublishError(server_problem("X", f"HTTP {status}"), "server", code=tag)
        shown = f": {detail}" if detail else ""
        return PublishError(f"X refused the post{shown} (HTTP {status}).", "rejected", code=tag)


def _reset_time(header: str | None) -> datetime:
    """`x-rate-limit-reset` is the epoch second when the window resets."""
    try:
        return datetime.fromtimestamp(int(header or ""), UTC)
    except (ValueError, OverflowError, OSError):
        return retry_in(15 * 60)  # X's windows are 15 minutes long


PUBLISHER = XPublisher
