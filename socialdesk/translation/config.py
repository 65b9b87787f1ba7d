"""Which translation service to use and how: the "translation" section of Settings.

Per-service values (server address, region or app id) are kept per service so that
switching back and forth loses nothing. Keys are never here: see `keys`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from socialdesk.settings import Settings
from socialdesk.translation.base import DEFAULT_TIMEOUT_S

SECTION = "translation"


@dataclass
class TranslationConfig:
    backend: str = "google"
    urls: dict[str, str] = field(default_factory=dict)  # backend → server address
    ids: dict[str, str] = field(default_factory=dict)  # backend → region / app id / client id
    timeout: float = DEFAULT_TIMEOUT_S

    @property
    def url(self) -> str:
        return self.urls.get(self.backend, "")

    @property
    def extra_id(self) -> str:
        return self.ids.get(self.backend, "")

    @classmethod
    def from_settings(cls, settings: Settings) -> TranslationConfig:
        raw = settings.section(SECTION)
        config = cls()
        backend = raw.get("backend")
        if isinstance(backend, str) and backend:
            config.backend = backend
        config.urls = _str_dict(raw.get("urls"))
        config.ids = _str_dict(raw.get("ids"))
        timeout = raw.get("timeout_s")
        if isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout > 0:
            config.timeout = float(timeout)
        return config

    def store(self, settings: Settings) -> None:
        section = settings.section(SECTION)
        section["backend"] = self.backend
        section["urls"] = dict(self.urls)
        section["ids"] = dict(self.ids)
        section["timeout_s"] = self.timeout


def _str_dict(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}
