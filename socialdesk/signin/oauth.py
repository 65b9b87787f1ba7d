"""What every sign-in flow shares: the token set, errors a writer can act on, where
each flow's pages and token endpoints are, and the call to a token endpoint.

Token lifetimes are kept as `expires_at` on the local clock, computed from the
server's relative `expires_in` when the answer arrives: a computer clock that is
minutes (or hours) off never makes a fresh token look expired, or the reverse.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from socialdesk import redaction
from socialdesk.settings import Settings

if TYPE_CHECKING:  # accounts read token sets at start-up; requests loads on first call
    import requests

SECTION = "signin"
TIMEOUT = (10.0, 30.0)

# Where the browser goes (authorize pages) and where tokens come from, per flow.
# Settings "signin" {"<flow>": base URL, "<flow>_token": base URL} override them (tests
# point them at loopback servers).
DEFAULT_BASES: dict[str, tuple[str, str]] = {
    "twitter": ("https://x.com", "https://api.x.com"),
    "vk_id": ("https://id.vk.com", "https://id.vk.com"),
    "vk_implicit": ("https://oauth.vk.com", "https://api.vk.com"),
    "facebook": ("https://www.facebook.com", "https://graph.facebook.com"),
    "weibo": ("https://api.weibo.com", "https://api.weibo.com"),
}

ErrorKind = Literal[
    "denied",  # the writer (or the platform) said no on the consent page
    "state",  # the browser's answer does not belong to this sign-in
    "invalid_grant",  # code or refresh token refused: expired, used, revoked
    "client",  # the developer app's settings are wrong (id, secret, redirect)
    "not_reviewed",  # the app may only sign in its own test users
    "timeout",
    "cancelled",
    "network",
    "server",
    "rejected",
]


class SignInError(Exception):
    """A sign-in or renewal that did not work; the message says what to do."""

    def __init__(self, message: str, kind: ErrorKind, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.kind: ErrorKind = kind
        self.code = code

    @property
    def needs_sign_in(self) -> bool:
        """The stored grant is dead: only signing in again helps."""
        return self.kind in ("invalid_grant", "denied")


@dataclass(frozen=True)
class TokenSet:
    """An access token, its refresh token (if any) and when it expires (epoch seconds,
    local clock; None = does not expire). `extra` keeps what renewal needs (VK ID's
    device id) and who signed in (user id)."""

    access_token: str
    refresh_token: str = ""
    expires_at: float | None = None
    scope: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    def expires_within(self, seconds: float, now: float | None = None) -> bool:
        if self.expires_at is None:
            return False
        return self.expires_at - (time.time() if now is None else now) <= seconds

    def secrets(self) -> list[str]:
        return [s for s in (self.access_token, self.refresh_token) if s]

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_at": self.expires_at,
                "scope": self.scope,
                "extra": dict(self.extra),
            }
        )

    @classmethod
    def from_json(cls, raw: str) -> TokenSet | None:
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            return None
        expires = data.get("expires_at")
        extra = data.get("extra")
        return cls(
            access_token=data["access_token"],
            refresh_token=str(data.get("refresh_token") or ""),
            expires_at=float(expires) if isinstance(expires, (int, float)) else None,
            scope=str(data.get("scope") or ""),
            extra={str(k): str(v) for k, v in extra.items()} if isinstance(extra, dict) else {},
        )

    @classmethod
    def from_answer(
        cls,
        body: Mapping[str, Any],
        *,
        now: float | None = None,
        keep_refresh: str = "",
        extra: Mapping[str, str] | None = None,
    ) -> TokenSet:
        """A token endpoint's JSON answer. A renewal that returns no new refresh token
        keeps the old one (`keep_refresh`); X rotates it, VK ID and others may not."""
        access = body.get("access_token")
        if not isinstance(access, str) or not access:
            raise SignInError("The sign-in answer held no access token.", "rejected")
        expires_in = body.get("expires_in")
        try:
            seconds = float(expires_in) if expires_in not in (None, "", 0, "0") else None
        except (TypeError, ValueError):
            seconds = None
        started = time.time() if now is None else now
        return cls(
            access_token=access,
            refresh_token=str(body.get("refresh_token") or keep_refresh),
            expires_at=started + seconds if seconds is not None else None,
            scope=str(body.get("scope") or ""),
            extra=dict(extra or {}),
        )


@dataclass(frozen=True)
class Bases:
    authorize: str  # the pages the browser opens
    token: str  # token endpoint host (and API host for identity calls)


def bases(settings: Settings, flow: str) -> Bases:
    section = settings.section(SECTION)
    auth_default, token_default = DEFAULT_BASES[flow]

    def pick(key: str, default: str) -> str:
        value = section.get(key)
        return (value if isinstance(value, str) and value.strip() else default).rstrip("/")

    return Bases(pick(flow, auth_default), pick(f"{flow}_token", token_default))


def scrub(message: str, secrets: Iterable[str]) -> str:
    """A message safe to show and log: the secrets in any encoding and anything that
    looks like a token removed (socialdesk.redaction)."""
    return redaction.redact(message, secrets)


def call(
    session: requests.Session,
    method: str,
    url: str,
    *,
    who: str,
    secrets: Iterable[str] = (),
    **kwargs: Any,
) -> tuple[int, Any]:
    """One call to a sign-in endpoint: (HTTP status, JSON body). Network faults and
    answers that are not JSON become SignInErrors that name `who` and no secret."""
    import requests

    try:
        response = session.request(method, url, timeout=TIMEOUT, **kwargs)
    except requests.Timeout:
        raise SignInError(
            f"{who} did not answer in time. Try again in a moment.", "network"
        ) from None
    except requests.RequestException as exc:
        raise SignInError(
            f"Could not reach {who} ({type(exc).__name__}). Check the internet connection "
            "and try again.",
            "network",
        ) from None
    try:
        body = response.json()
    except ValueError:
        if response.status_code >= 500:
            raise SignInError(
                f"{who} had a server problem (HTTP {response.status_code}). Try again later.",
                "server",
            ) from None
        raise SignInError(
            f"{who} answered something SocialDesk does not understand "
            f"(HTTP {response.status_code}, not JSON).",
            "rejected",
        ) from None
    return response.status_code, body


def oauth_error(who: str, body: Any, secrets: Iterable[str] = ()) -> SignInError:
    """An RFC 6749 error answer (`error`, `error_description`) as a message to act on."""
    data = body if isinstance(body, dict) else {}
    code = str(data.get("error") or "error")
    detail = scrub(str(data.get("error_description") or ""), secrets)
    said = f" ({detail})" if detail else ""
    if code == "invalid_grant":
        return SignInError(
            f"{who} no longer accepts this sign-in{said}: the code expired or was used, or "
            "the access was revoked. Sign in again.",
            "invalid_grant",
            code,
        )
    if code == "access_denied":
        return SignInError(
            f"Access was not granted on {who}'s page. Sign in again and press Authorize.",
            "denied",
            code,
        )
    if code in ("invalid_client", "unauthorized_client", "invalid_request", "invalid_scope"):
        return SignInError(
            f"{who} refused the developer app's settings{said} ({code}). Check the client "
            "id, the redirect address and the permissions in the app's settings.",
            "client",
            code,
        )
    return SignInError(f"{who} refused the sign-in{said} ({code}).", "rejected", code)
