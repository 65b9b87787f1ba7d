"""Secrets (tokens, keys) in the operating system's keyring, service "socialdesk".

Only a secure backend is used: the OS password store (Secret Service, macOS Keychain,
Windows Credential Locker). Backends known to store nothing or to store plaintext
files are refused with `NoSecureKeyringError`; there is never a fallback to a file.
Messages never contain a secret value.
"""

from __future__ import annotations

from typing import Any

import keyring
import keyring.errors

from socialdesk.redaction import register_secret

SERVICE = "socialdesk"

# Backends that either store nothing or write secrets to a file anyone who copies
# the home folder can read. Everything else is a real OS password store.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_INSECURE_PACKAGES = ("keyrings.alt",)
_CHAINER = "keyring.backends.chainer"


class CredentialError(Exception):
    """The keyring could not store, read or delete a secret; the message says why."""


class NoSecureKeyringError(CredentialError):
    """No secure password store is available, so nothing was stored."""


def backend_label(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _insecure_reason(backend: Any) -> str | None:
    """Why `backend` is not a secure store, or None when it is one."""
    module = type(backend).__module__
    if module in _INSECURE_MODULES:
        return "no keyring service was found" if module.endswith("fail") else "keyring disabled"
    if any(module == pkg or module.startswith(pkg + ".") for pkg in _INSECURE_PACKAGES):
        return f"{backend_label(backend)} keeps secrets in a file"
    if module == _CHAINER:
        members = list(getattr(backend, "backends", []))
        if not members:
            return "no keyring service was found"
        for member in members:
            reason = _insecure_reason(member)
            if reason is not None:
                return reason
    return None


def secure_backend() -> Any:
    """The active keyring backend, if it is a secure one; else NoSecureKeyringError."""
    backend = keyring.get_keyring()
    reason = _insecure_reason(backend)
    if reason is not None:
        raise NoSecureKeyringError(
            f"Your system offers no secure password store ({reason}). "
            "SocialDesk stores no secrets until one is available."
        )
    return backend


def is_available() -> bool:
    try:
        secure_backend()
    except NoSecureKeyringError:
        return False
    return True


def _username(account_id: str, name: str) -> str:
    return f"{account_id}/{name}"


def set_secret(account_id: str, name: str, value: str) -> None:
    backend = secure_backend()
    try:
        backend.set_password(SERVICE, _username(account_id, name), value)
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"The password store refused to save the {name.replace('_', ' ')} "
            f"({type(exc).__name__}). Unlock your keyring and try again."
        ) from None


def get_secret(account_id: str, name: str) -> str | None:
    backend = secure_backend()
    try:
        value = backend.get_password(SERVICE, _username(account_id, name))
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"The password store could not be read ({type(exc).__name__}). "
            "Unlock your keyring and try again."
        ) from None
    if not isinstance(value, str):
        return None
    register_secret(value)  # whatever echoes it from now on is redacted
    return value


def delete_secret(account_id: str, name: str) -> None:
    """Remove a secret; a secret that is not there is not an error."""
    backend = secure_backend()
    try:
        backend.delete_password(SERVICE, _username(account_id, name))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"The password store could not delete the {name.replace('_', ' ')} "
            f"({type(exc).__name__}). Unlock your keyring and try again."
        ) from None
