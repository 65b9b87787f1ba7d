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


class Settings:
    def __init__(self, path: Path | None = None, data: dict[str, Any] | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        self.data: dict[str, Any] = data or {}
        self.problem: str | None = None  # why the file on disk could not be read, if so

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        settings = cls(path)
        try:
            raw = json.loads(settings.path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                settings.data = raw
            else:
                settings.problem = f"{settings.path}: not a settings object; using defaults"
        except FileNotFoundError:
            pass
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
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
