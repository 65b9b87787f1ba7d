"""What every platform's publishing client shares: configuration, HTTP, errors, results.

Each platform has `socialdesk/platforms/<pid>/publish.py` defining `PUBLISHER`, a
`Publisher` subclass; `publisher_class(pid)` finds it, so a new platform needs no
line here. Errors are `PublishError`s whose message tells a copywriter what happened
and what to do; they never contain a secret or a raw URL with a token in it.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from socialdesk.accounts import Account
from socialdesk.media.outgoing import MediaUpload
from socialdesk.platforms import get_platform
from socialdesk.redaction import register_secrets, scrub_api_text
from socialdesk.settings import Settings

API_SECTION = "api"
DEFAULT_BASE_URLS = {
    "vk": "https://api.vk.com",
    "weibo": "https://api.weibo.com",
    "twitter": "https://api.x.com",
    "facebook": "https://graph.facebook.com",
}
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0

ErrorKind = Literal[
    "auth",  # token expired or revoked: reconnect
    "duplicate",
    "rate_limit",
    "permission",
    "rule",  # the platform's content rules (links, length, topics)
    "rejected",  # any other refusal by the platform
    "network",  # nothing reached the platform
    "unknown",  # sent, but no answer: it may or may not be posted
    "server",
]

UNKNOWN_OUTCOME = "unknown — check the platform before retrying"


class PublishError(Exception):
    """A refused or failed call. `kind` sorts it; `retry_at` says when a rate limit ends."""

    def __init__(
        self,
        message: str,
        kind: ErrorKind,
        *,
        code: str = "",
        retry_at: datetime | None = None,
    ) -> None:
        # server texts may echo the request: no query strings, bodies or secrets kept
        message = scrub_api_text(message)
        super().__init__(message)
        self.message = message
        self.kind: ErrorKind = kind
        self.code = code
        self.retry_at = retry_at

    @property
    def outcome_unknown(self) -> bool:
        return self.kind == "unknown"


@dataclass(frozen=True)
class PostResult:
    post_id: str
    url: str
    scheduled: bool = False


@dataclass(frozen=True)
class ScheduledPost:
    """A post the platform holds for later (VK postponed, Facebook scheduled)."""

    post_id: str
    when: datetime
    text: str
    url: str = ""


@dataclass(frozen=True)
class VerifyResult:
    name: str  # what the writer recognises: the user, community or Page name
    detail: str = ""
    handle: str = ""  # @name or screen name as the platform shows it
    avatar_url: str = ""  # the profile picture, downloaded to the cache by identity


@dataclass(frozen=True)
class ApiConfig:
    """Where and how to call one platform's API (base URL overridable in settings "api")."""

    base_url: str
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    options: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings, pid: str) -> ApiConfig:
        section = settings.section(API_SECTION)
        base = section.get(pid)
        base_url = base if isinstance(base, str) and base.strip() else DEFAULT_BASE_URLS[pid]
        options = {
            k[len(pid) + 1 :]: str(v)
            for k, v in section.items()
            if k.startswith(pid + "_") and isinstance(v, (str, int, float))
        }
        return cls(
            base_url=base_url.strip().rstrip("/"),
            connect_timeout=_seconds(section.get("connect_timeout"), CONNECT_TIMEOUT),
            read_timeout=_seconds(section.get("timeout"), READ_TIMEOUT),
            options=options,
        )

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or self.base_url


def _seconds(value: Any, default: float) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    return default


# -- messages a copywriter can act on ------------------------------------------------------
def format_retry(retry_at: datetime, now: datetime | None = None) -> str:
    """'after 14:05 (in 12 minutes)' in local time."""
    now = now or datetime.now(UTC)
    seconds = max(0, int((retry_at - now).total_seconds()))
    local = retry_at.astimezone()
    when = local.strftime("%H:%M") if seconds < 20 * 3600 else local.strftime("%d %b %H:%M")
    if seconds < 90:
        wait = "in about a minute"
    elif seconds < 90 * 60:
        wait = f"in {round(seconds / 60)} minutes"
    elif seconds < 2 * 3600:
        wait = "in about an hour"
    else:
        wait = f"in about {round(seconds / 3600)} hours"
    return f"after {when} ({wait})"


def expired_token(name: str) -> str:
    return (
        f"{name} says this account's sign-in has expired or was revoked. "
        f"Reconnect the account: Accounts → {name} → paste a new token → Verify."
    )


def duplicate_post(name: str) -> str:
    return (
        f"{name} refused the post as a duplicate of one already published. "
        f"Check that it isn't on {name} already, or change the text a little."
    )


def rate_limited(name: str, retry_at: datetime, why: str = "") -> str:
    reason = f" ({why})" if why else ""
    return (
        f"{name} is limiting how often this account can post{reason}. "
        f"You can try again {format_retry(retry_at)}."
    )


def missing_permission(name: str, what: str) -> str:
    return (
        f"{name} says this account may not do this: {what}. "
        "Reconnect it with a token that has that permission."
    )


def server_problem(name: str, what: str) -> str:
    """The platform failed on its side (`what`: "HTTP 503", "error 1"); nothing to fix here."""
    return f"{name} had a server problem ({what}). Try again in a few minutes."


def retry_in(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


# -- the client ----------------------------------------------------------------------------
class Publisher:
    """One account's client for one platform. Subclasses set `platform` and implement
    `publish` and `verify`, and may add pre-send `problems`."""

    platform = ""
    schedulable = False

    def __init__(
        self,
        account: Account,
        secrets: Mapping[str, str],
        config: ApiConfig,
        session: requests.Session | None = None,
    ) -> None:
        self.account = account
        self.secrets = dict(secrets)
        register_secrets(self.secrets.values())
        self.config = config
        self.session = session or requests.Session()
        self.name = get_platform(self.platform).name

    # -- to be defined by each platform ---------------------------------------------------
    def problems(self, text: str, when: datetime | None = None) -> list[str]:
        """What would make the platform refuse this text, checked before anything is sent."""
        return []

    def publish(
        self, text: str, when: datetime | None = None, media: Sequence[MediaUpload] = ()
    ) -> PostResult:
        """Post `text` with `media` (uploaded first: if any upload fails, nothing is posted)."""
        raise NotImplementedError

    def reply(self, text: str, reply_to: str, media: Sequence[MediaUpload] = ()) -> PostResult:
        """Post `text` as a reply to the post `reply_to` (the next part of a thread)."""
        raise PublishError(f"{self.name} cannot post threads.", "rejected")

    def verify(self) -> VerifyResult:
        raise NotImplementedError

    # -- native scheduling, where `schedulable` ---------------------------------------------
    def scheduled_posts(self) -> list[ScheduledPost]:
        """The posts the platform holds for later, read back for the calendar."""
        return []

    def cancel_scheduled(self, post_id: str) -> None:
        """Delete a post the platform holds for later, so it never goes out."""
        raise PublishError(f"{self.name} holds no scheduled posts.", "rejected")

    def reschedule(self, post_id: str, when: datetime, text: str) -> None:
        """Move a post the platform holds for later to another time."""
        raise PublishError(f"{self.name} holds no scheduled posts.", "rejected")

    # -- HTTP -----------------------------------------------------------------------------
    def url(self, path: str) -> str:
        if path.startswith(("https://", "http://")):
            return path  # an address the platform handed out (VK's upload server)
        return self.config.base_url + path

    @contextmanager
    def uploading(self, number: int, total: int) -> Iterator[None]:
        """Turn a failed image upload into a message saying nothing was posted."""
        try:
            yield
        except PublishError as exc:
            which = f"Image {number} of {total}" if total > 1 else "The image"
            kind: ErrorKind = "network" if exc.kind == "unknown" else exc.kind
            raise PublishError(
                f"{which} could not be uploaded to {self.name}, so nothing was posted "
                f"there. {exc.message}",
                kind,
                code=exc.code,
                retry_at=exc.retry_at,
            ) from None

    def send(self, method: str, path: str, *, posts: bool, **kwargs: Any) -> requests.Response:
        """One HTTP call. `posts` marks a call that creates a post: if it times out after
        the request went out, the outcome is unknown, and we say so instead of guessing."""
        timeout = (self.config.connect_timeout, self.config.read_timeout)
        try:
            response = self.session.request(method, self.url(path), timeout=timeout, **kwargs)
        except requests.ConnectTimeout:
            raise self._not_reached("did not answer the connection in time") from None
        except requests.ReadTimeout:
            if posts:
                raise PublishError(self._unknown_message("no answer in time"), "unknown") from None
            raise PublishError(
                f"{self.name} did not answer in time. Try again in a moment.", "network"
            ) from None
        except requests.exceptions.SSLError:
            raise self._not_reached("the secure connection failed") from None
        except requests.ConnectionError as exc:
            if _never_connected(exc) or not posts:
                raise self._not_reached("could not connect") from None
            raise PublishError(
                self._unknown_message("the connection broke before the answer"), "unknown"
            ) from None
        except requests.RequestException as exc:
            raise PublishError(
                f"Calling {self.name} failed ({type(exc).__name__}). Nothing was published.",
                "network",
            ) from None
        if posts and response.status_code in (502, 504):
            # a gateway gave up waiting: the platform may still have taken the post
            raise PublishError(
                self._unknown_message(f"gateway error {response.status_code}"), "unknown"
            )
        if posts and response.ok and not _is_json(response):
            # taken, but the answer is unreadable (a proxy's page, a cut-off body)
            raise PublishError(
                self._unknown_message(f"an answer that is not JSON (HTTP {response.status_code})"),
                "unknown",
            )
        return response

    def _not_reached(self, why: str) -> PublishError:
        return PublishError(
            f"Could not reach {self.name} ({self.config.host}): {why}. Nothing was sent; "
            "check the internet connection and try again.",
            "network",
        )

    def _unknown_message(self, why: str) -> str:
        return (
            f"{UNKNOWN_OUTCOME}: the post was sent but {self.name} gave {why}, so it may "
            f"or may not be on {self.name}. Look at the account before publishing again."
        )

    def json_body(self, response: requests.Response) -> Any:
        """The JSON answer, or a PublishError for a page that is not JSON."""
        try:
            return response.json()
        except (ValueError, json.JSONDecodeError):
            status = response.status_code
            if status >= 500:
                raise PublishError(
                    server_problem(self.name, f"HTTP {status}"),
                    "server",
                    code=str(status),
                ) from None
            raise PublishError(
                f"{self.name} answered something SocialDesk does not understand "
                f"(HTTP {status}, not JSON). Check the API address in settings.",
                "rejected",
                code=str(status),
            ) from None


def _is_json(response: requests.Response) -> bool:
    try:
        response.json()
    except ValueError:  # requests' JSONDecodeError is one
        return False
    return True


def _never_connected(exc: requests.ConnectionError) -> bool:
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(
        reason, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError)
    )


def publisher_class(pid: str) -> type[Publisher]:
    module = importlib.import_module(f"socialdesk.platforms.{pid}.publish")
    cls = module.PUBLISHER
    if not (isinstance(cls, type) and issubclass(cls, Publisher)):
        raise TypeError(f"socialdesk.platforms.{pid}.publish.PUBLISHER is not a Publisher")
    return cls


def make_publisher(
    account: Account,
    secrets: Mapping[str, str],
    settings: Settings,
    session: requests.Session | None = None,
) -> Publisher:
    cls = publisher_class(account.platform)
    return cls(account, secrets, ApiConfig.from_settings(settings, account.platform), session)


def as_unix(when: datetime) -> int:
    if when.tzinfo is None:
        when = when.astimezone()  # a naive time is the writer's local time
    return int(when.timestamp())
