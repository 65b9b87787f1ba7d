"""Weibo: `statuses/share.json`, the sharing API open to third-party apps.

Multipart POST with `access_token`, `status` (the text), `rip` (the user's IP) and an
optional `pic` (one picture, ≤ 5 MB, sent as the cleaned bytes the app prepared).
The text must link to the app's registered safe domain, may
not contain a `#topic#`, and may be at most 140 characters counted Weibo's way; these
three rules are checked before sending. Success is a status object (`id`, `idstr`,
`user`); errors `{"error", "error_code", "request"}`.
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from datetime import datetime
from typing import Any

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
)
from socialdesk.platforms.weibo.paths import check_text, path_problems, safe_domain_host

_AUTH_CODES = {21301, 21314, 21315, 21316, 21317, 21319, 21327, 21332}
_RATE_CODES = {10022, 10023, 10024}


class WeiboPublisher(Publisher):
    platform = "weibo"

    @property
    def safe_domain(self) -> str:
        return safe_domain_host(self.account.value("safe_domain"))

    def problems(self, text: str, when: datetime | None = None) -> list[str]:
        """The sharing API's rules (socialdesk.platforms.weibo.paths, path "api")."""
        found = path_problems(text, "api", self.safe_domain)
        check = check_text(text, "api", self.safe_domain)
        if check.over_by:
            found.append(
                f"The Weibo text is {check.count} characters; Weibo's sharing API takes at "
                f"most {check.limit} (counted Weibo's way). Shorten it by {check.over_by}, "
                "or post it by hand."
            )
        return found

    def _rip(self) -> str:
        """The writer's IP, which Weibo wants with every share (settings api.weibo_rip wins)."""
        configured = self.config.options.get("rip", "").strip()
        if configured:
            return configured
        host = self.config.host
        try:
            # a UDP "connection" sends nothing; it only picks the outgoing interface
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
                probe.connect((socket.gethostbyname(host), 443))
                return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"

    def publish(
        self, text: str, when: datetime | None = None, media: Sequence[MediaUpload] = ()
    ) -> PostResult:
        if len(media) > 1:
            raise PublishError(
                f"Weibo's sharing API takes one picture per post; {len(media)} were chosen. "
                "Nothing was sent.",
                "rule",
            )
        fields: dict[str, tuple[None, str]] = {
            "access_token": (None, self.secrets["access_token"]),
            "status": (None, text),
            "rip": (None, self._rip()),
        }
        files: dict[str, Any] = dict(fields)
        if media:
            pic = media[0]
            files["pic"] = (pic.name, pic.data, pic.mime)
        response = self.send("POST", "/2/statuses/share.json", posts=True, files=files)
        body = self._body(response)
        idstr = str(body.get("idstr") or body.get("id") or "")
        if not idstr:
            raise PublishError(
                "Weibo answered without a post id; check the account's timeline.", "unknown"
            )
        user = body.get("user") if isinstance(body.get("user"), dict) else {}
        uid = str(user.get("idstr") or user.get("id") or "") if user else ""
        url = f"https://weibo.com/{uid}/{idstr}" if uid else f"https://m.weibo.cn/status/{idstr}"
        return PostResult(post_id=idstr, url=url)

    def verify(self) -> VerifyResult:
        headers = {"Authorization": f"OAuth2 {self.secrets['access_token']}"}
        response = self.send("GET", "/2/account/get_uid.json", posts=False, headers=headers)
        uid = str(self._body(response).get("uid") or "")
        if not uid:
            raise PublishError("Weibo did not say which account this token belongs to.", "rejected")
        response = self.send(
            "GET", "/2/users/show.json", posts=False, headers=headers, params={"uid": uid}
        )
        user = self._body(response)
        name = str(user.get("screen_name") or f"uid {uid}")
        avatar = str(user.get("avatar_large") or user.get("profile_image_url") or "")
        return VerifyResult(
            name=name, detail=f"weibo.com/u/{uid}", handle=f"@{name}", avatar_url=avatar
        )

    def _body(self, response: Any) -> dict[str, Any]:
        body = self.json_body(response)
        if not isinstance(body, dict):
            raise PublishError("Weibo gave an unexpected answer.", "rejected")
        if "error_code" in body or "error" in body:
            raise self.error(body)
        return body

    def error(self, body: dict[str, Any]) -> PublishError:
        raw = body.get("error_code")
        code = int(raw) if isinstance(raw, (int, str)) and str(raw).isdigit() else 0
        detail = str(body.get("error") or "")
        tag = str(code)
        if code in _AUTH_CODES:
            return PublishError(expired_token("Weibo"), "auth", code=tag)
        if code == 20019:
            return PublishError(duplicate_post("Weibo"), "duplicate", code=tag)
        if code in _RATE_CODES:
            at = retry_in(3600)
            why = "at most 30 posts an hour" if code == 10024 else "too many requests"
            return PublishError(rate_limited("Weibo", at, why), "rate_limit", code=tag, retry_at=at)
        if code == 10017:
            return PublishError(
                "Weibo refused the post because it has no link to your app's safe domain "
                f"({self.safe_domain}). Add such a link to the Weibo text and publish again.",
                "rule",
                code=tag,
            )
        if code == 20012:
            return PublishError(
                "Weibo says the text is too long: its sharing API takes at most 140 "
                "characters. Shorten the Weibo text.",
                "rule",
                code=tag,
            )
        if code == 10014:
            return PublishError(
                missing_permission("Weibo", "share posts (the app lacks that permission)"),
                "permission",
                code=tag,
            )
        return PublishError(
            f"Weibo refused the post: {detail} (error {code}).", "rejected", code=tag
        )


PUBLISHER = WeiboPublisher
