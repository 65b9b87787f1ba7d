"""One error type for every translation failure, with a message a copywriter understands.

Backends raise many unrelated exceptions (deep-translator's errors share no base class,
`requests` errors escape it, the `deepl` client has its own tree); each backend turns
them into a `TranslationError` whose `kind` the app can act on (Retry, open Settings).
"""

from __future__ import annotations

from typing import Literal

ErrorKind = Literal[
    "timeout",  # no answer in time
    "connection",  # could not reach the service (refused, DNS, offline)
    "rate_limited",  # too many requests (HTTP 429 and friends)
    "server",  # the service failed (5xx)
    "bad_response",  # an answer we cannot read (not JSON, wrong shape, missing texts)
    "auth",  # key refused
    "quota",  # paid quota used up
    "unsupported_language",  # the service does not offer that language
    "bad_request",  # the service refused the request for another reason
    "not_configured",  # a key, address or id is missing in Settings
    "keyring",  # no secure keyring to read the key from
    "glossary",  # the glossary file cannot be read
    "cancelled",  # the app stopped waiting (closing)
    "unexpected",  # anything else, still reported on the card
]

# Worth pressing Retry as is: the same request may succeed a moment later.
RETRYABLE: frozenset[str] = frozenset({"timeout", "connection", "rate_limited", "server"})


class TranslationError(Exception):
    """A translation that failed; `str(error)` is the message shown to the writer."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        backend: str = "",
        status: int | None = None,
    ) -> None:
        from socialdesk.redaction import scrub_api_text  # with the first failure, not at start

        message = scrub_api_text(message)  # a service may echo the request and its key
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.message = message
        self.backend = backend
        self.status = status

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE

    def __repr__(self) -> str:
        return f"TranslationError({self.kind!r}, {self.message!r})"


def describe(
    kind: ErrorKind,
    service: str,
    *,
    timeout: float = 0.0,
    status: int | None = None,
    detail: str = "",
    language: str = "",
) -> str:
    """The standard sentence for `kind`, naming the service (and the language or detail)."""
    code = f" (HTTP {status})" if status else ""
    extra = f": {detail}" if detail else ""
    messages: dict[str, str] = {
        "timeout": f"{service} did not answer within {timeout:g} seconds. "
        "Check your internet connection, then press Retry.",
        "connection": f"Cannot reach {service}{extra}. "
        "Check your internet connection or the server address in Settings, then press Retry.",
        "rate_limited": f"{service} says too many requests were sent{code}. "
        "Wait a minute, then press Retry.",
        "server": f"{service} had a problem on its side{code}. "
        "Press Retry later, or choose another translation service in Settings.",
        "bad_response": f"{service} sent an answer SocialDesk cannot read{extra}. "
        "Press Retry, or choose another translation service in Settings.",
        "auth": f"{service} refused the API key{code}. Check the key in Settings → Translation.",
        "quota": f"Your {service} quota is used up{code}. "
        "Wait for the next billing period or choose another service in Settings.",
        "unsupported_language": f"{service} cannot translate {language or 'this language'}. "
        "Choose another language for this card or another service in Settings.",
        "bad_request": f"{service} refused the request{code}{extra}.",
        "not_configured": f"{service} is not set up{extra}. Open Settings → Translation.",
        "cancelled": f"Translation with {service} was cancelled.",
        "unexpected": f"Translation with {service} failed unexpectedly{extra}.",
    }
    return messages.get(kind, f"{service}: {detail or kind}")
