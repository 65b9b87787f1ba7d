"""App settings (never secrets): a JSON file in the user config dir.

Each feature owns one top-level section, e.g. "translation", "accounts", "api",
"library", "editor". Secrets live only in the OS keyring (socialdesk.credentials).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from socialdesk import paths
from socialdesk.draft import atomic_write
from socialdesk.readfile import FileProblem, read_regular

MAX_SETTINGS_BYTES = 4 * 1024 * 1024  # a few KB in use; never read a runaway file whole


class Settings:
    def __init__(self, path: Path | None = None, data: dict[str, Any] | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        self.data: dict[str, Any] = data or {}
        self.problem: str | None = None  # why the file on disk could not be read, if so

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        settings = cls(path)
        try:
            text = read_regular(settings.path, MAX_SETTINGS_BYTES, "settings file").decode("utf-8")
            raw = json.loads(text)
            if isinstance(raw, dict):
                settings.data = raw
            else:
                settings.problem = f"{settings.path}: not a settings object; using defaults"
        except FileProblem as exc:
            if not exc.missing:
                settings.problem = f"{settings.path}: unreadable ({exc}); using defaults"
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            settings.problem = f"{settings.path}: unreadable ({exc}); using defaults"
        return settings

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.setdefault(name, {})
        if not isinstance(value, dict):
            value = self.data[name] = {}
        return value

    def get(self, section: str, key: str, default: Any = None) -> Any:
        return self.section(section).get(key, default)

    def set(self, section: str, key: str, value: Any) -> None:
        self.section(section)[key] = value

    def save(self) -> None:
        payload = json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"
        atomic_write(self.path, payload.encode("utf-8"))
