"""What tests import from one place: the repository's paths, the in-memory keyring and
code run in a fresh interpreter.

Kept out of conftest.py on purpose: tests/ and tests/ui each have a conftest module and
both import under the one name `conftest`, so `from conftest import ...` gets whichever
was loaded last."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
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


def run_fresh(code: str, **env: str) -> dict[str, object]:
    """Run `code` in a new interpreter (this test process has long imported everything),
    with `env` added to the environment; `code` prints one JSON object on its last line."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, **env),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
