"""Secrets go only to a secure keyring; without one, nothing is stored and the user is told."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest
from support import MemoryKeyring

from socialdesk import credentials


def plaintext_keyring_class() -> type[keyring.backend.KeyringBackend]:
    """A stand-in for keyrings.alt's file backend (that package is never installed)."""

    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    return PlaintextKeyring


def test_secret_round_trip_under_service_socialdesk(memory_keyring: MemoryKeyring) -> None:
    credentials.set_secret("vk-1", "access_token", "tok-123")
    assert memory_keyring.secrets == {("socialdesk", "vk-1/access_token"): "tok-123"}
    assert credentials.get_secret("vk-1", "access_token") == "tok-123"
    credentials.delete_secret("vk-1", "access_token")
    assert credentials.get_secret("vk-1", "access_token") is None
    credentials.delete_secret("vk-1", "access_token")  # already gone: not an error


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (keyring.backends.fail.Keyring(), "no keyring service was found"),
        (keyring.backends.null.Keyring(), "keyring disabled"),
        (plaintext_keyring_class()(), "keeps secrets in a file"),
    ],
)
def test_insecure_backends_are_refused_and_nothing_is_stored(
    backend: keyring.backend.KeyringBackend, reason: str
) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(credentials.NoSecureKeyringError) as caught:
        credentials.set_secret("vk-1", "access_token", "tok-123")
    message = str(caught.value)
    assert message.startswith("Your system offers no secure password store (")
    assert reason in message
    assert message.endswith("SocialDesk stores no secrets until one is available.")
    assert "tok-123" not in message
    assert not credentials.is_available()
    if isinstance(backend, MemoryKeyring):
        assert backend.secrets == {}


def test_a_chain_that_includes_a_plaintext_store_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plaintext = plaintext_keyring_class()()
    chain = keyring.backends.chainer.ChainerBackend()
    monkeypatch.setattr(
        keyring.backends.chainer.ChainerBackend, "backends", [MemoryKeyring(), plaintext]
    )
    keyring.set_keyring(chain)
    with pytest.raises(credentials.NoSecureKeyringError):
        credentials.set_secret("x", "token", "value")
    assert plaintext.secrets == {}


def test_the_real_os_backends_count_as_secure() -> None:
    import keyring.backends.SecretService

    assert credentials._insecure_reason(keyring.backends.SecretService.Keyring()) is None


def test_a_keyring_that_fails_gives_a_plain_message_without_the_secret() -> None:
    class LockedKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("collection is locked")

    keyring.set_keyring(LockedKeyring())
    with pytest.raises(credentials.CredentialError) as caught:
        credentials.set_secret("vk-1", "access_token", "tok-secret-999")
    assert "Unlock your keyring" in str(caught.value)
    assert "tok-secret-999" not in str(caught.value)
