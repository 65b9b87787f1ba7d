"""PKCE (RFC 7636) with the S256 method, and the `state` value that ties a browser
answer to the sign-in that asked for it."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_verifier() -> str:
    """A code verifier: 64 random URL-safe characters (RFC 7636 allows 43–128)."""
    return _b64url(secrets.token_bytes(48))


def challenge_s256(verifier: str) -> str:
    """BASE64URL(SHA256(verifier)) without padding."""
    if not 43 <= len(verifier) <= 128 or not set(verifier) <= _UNRESERVED:
        raise ValueError("a PKCE code verifier is 43–128 unreserved characters")
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def new_state() -> str:
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str
    method: str = "S256"

    @classmethod
    def new(cls) -> Pkce:
        verifier = new_verifier()
        return cls(verifier, challenge_s256(verifier))
