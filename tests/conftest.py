"""Shared fixtures: every test gets its own SOCIALDESK_HOME and an in-memory keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from support import MemoryKeyring

# fixtures shared by several test modules (plain helper modules, importable as well)
pytest_plugins = ["library_samples", "publish_env"]


@pytest.fixture(autouse=True)
def socialdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "socialdesk-home"
    home.mkdir()
    monkeypatch.setenv("SOCIALDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
