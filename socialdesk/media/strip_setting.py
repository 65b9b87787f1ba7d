"""The writer's choice to send and export images without personal metadata (location,
camera, XMP, comments): settings section "media", key "strip_metadata", on unless
turned off. Uploads and exports (`outgoing`) follow it; the Images panel shows it, and
reads it from here without loading the uploads."""

from __future__ import annotations

from socialdesk.settings import Settings

SETTINGS_SECTION = "media"
STRIP_KEY = "strip_metadata"


def strip_enabled(settings: Settings | None = None) -> bool:
    settings = settings if settings is not None else Settings.load()
    return settings.get(SETTINGS_SECTION, STRIP_KEY, True) is not False
