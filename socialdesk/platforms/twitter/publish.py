"""X: `POST /2/tweets` with JSON `{"text": ...}`, as the user.

Auth is an OAuth 2.0 user token (`Authorization: Bearer`, scope tweet.write) or
OAuth 1.0a user context (a signed `Authorization: OAuth` header). Success is
`{"data": {"id", "text"}}`; errors are problem objects `{"title", "detail", "type",
"status"}`: 401 expired sign-in, 403 duplicate content or no permission, 429 rate
limit with `x-rate-limit-reset` (epoch seconds).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

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
)
from socialdesk.platforms.twitter import oauth1


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
        self, text: str, when: datetime | None = None, media: Sequence[Path] = ()
    ) -> PostResult:
        path = "/2/tweets"
        response = self.send(
            "POST",
            path,
            posts=True,
            json={"text": text},
            headers={"Authorization": self._auth("POST", path)},
        )
        data = self._data(response)
        post_id = str(data.get("id") or "")
        if not post_id:
            raise PublishError("X answered without a post id; check the account.", "unknown")
        return PostResult(post_id=post_id, url=f"https://x.com/i/web/status/{post_id}")

    def verify(self) -> VerifyResult:
        path = "/2/users/me"
        response = self.send(
            "GET", path, posts=False, headers={"Authorization": self._auth("GET", path)}
        )
        data = self._data(response)
        username = str(data.get("username") or "")
        name = str(data.get("name") or username or "this account")
        return VerifyResult(name=name, detail=f"@{username}" if username else "")

    def _data(self, response: requests.Response) -> dict[str, Any]:
        if response.status_code >= 400:
            raise self.error(response)
        body = self.json_body(response)
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            if isinstance(body, dict) and body.get("errors"):
                raise self.error(response)
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
            return PublishError(
                f"X had a server problem (HTTP {status}). Try again in a few minutes.",
                "server",
                code=tag,
            )
        shown = f": {detail}" if detail else ""
        return PublishError(f"X refused the post{shown} (HTTP {status}).", "rejected", code=tag)


def _reset_time(header: str | None) -> datetime:
    """`x-rate-limit-reset` is the epoch second when the window resets."""
    try:
        return datetime.fromtimestamp(int(header or ""), UTC)
    except (ValueError, OverflowError, OSError):
        return retry_in(15 * 60)  # X's windows are 15 minutes long


PUBLISHER = XPublisher
