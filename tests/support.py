"""What tests import from one place: the repository's paths and the in-memory keyring.

Kept out of conftest.py on purpose: tests/ and tests/ui each have a conftest module and
both import under the one name `conftest`, so `from conftest import ...` gets whichever
was loaded last."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
import keyring.errors

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE_DRAFT = REPO / "resources" / "samples" / "aurora-launch.sdraft"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring kept in a dict, for unit tests (the real one is tested in integration)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
