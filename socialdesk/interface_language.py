"""Which language the interface speaks: English, Russian or Simplified Chinese.

The choice lives in Settings ("interface" → "language"): "system" (the default) follows
the OS's preferred languages; `SOCIALDESK_LANGUAGE` overrides both (screenshots,
smoke tests, a quick look at another language).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from socialdesk.settings import Settings

SECTION = "interface"
KEY = "language"
SYSTEM = "system"
ENV = "SOCIALDESK_LANGUAGE"
SOURCE_LANGUAGE = "en"
# code → the language's own name (how a user finds it in a list)
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "zh_CN": "简体中文"}


def normalize(code: str) -> str | None:
    """A supported interface language for a locale name (`ru-RU`, `zh_Hans_CN`, `en`),
    or None when we have no translation for it."""
    cleaned = code.strip().replace("-", "_")
    if not cleaned:
        return None
    if cleaned in LANGUAGES:
        return cleaned
    primary = cleaned.split("_")[0].lower()
    if primary == "zh":
        return "zh_CN"  # the one Chinese we ship; closer for zh-TW readers than English
    if primary in LANGUAGES:
        return primary
    return None


def from_preferences(preferred: Iterable[str]) -> str:
    """The first of the OS's preferred languages (best first) that we ship, else English."""
    for name in preferred:
        found = normalize(name)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def stored_choice(settings: Settings | None = None) -> str:
    """What the user picked in Settings: a language code or "system"."""
    settings = settings or Settings.load()
    value = settings.get(SECTION, KEY, SYSTEM)
    if isinstance(value, str) and (value == SYSTEM or value in LANGUAGES):
        return value
    return SYSTEM


def store_choice(settings: Settings, choice: str) -> None:
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(f"unknown interface language {choice!r}; known: {', '.join(LANGUAGES)}")
    settings.set(SECTION, KEY, choice)


def effective_language(preferred: Iterable[str], settings: Settings | None = None) -> str:
    """The language to use now: the environment override, the stored choice, or the OS."""
    override = normalize(os.environ.get(ENV, ""))
    if override is not None:
        return override
    choice = stored_choice(settings)
    if choice != SYSTEM:
        return choice
    return from_preferences(preferred)
