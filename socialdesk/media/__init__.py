"""A draft's images: where they are, what they are, what each platform accepts, how the
feeds lay them out, and how they leave the app (without personal metadata).

Modules: `locate` (paths relative to the draft), `probe` (format, size, dimensions),
`rules` (per-platform limits from resources/platforms.json), `check` (a draft's images
for one platform), `strip` (lossless metadata removal) and `strip_setting` (whether to),
`outgoing` (bytes for uploads and exports), `fit` (a smaller or converted copy),
`layout` (feed grids and cropping).

The names below load on first use: a card importing `media.check` to show a draft's
pictures needs neither the uploads nor the metadata stripping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialdesk.lazy import lazy_names

if TYPE_CHECKING:
    from socialdesk.media.check import chosen_for, media_problems
    from socialdesk.media.locate import (
        Located,
        media_path_for_save,
        rebase_media,
        resolve_media,
    )
    from socialdesk.media.outgoing import MediaUpload, prepare_upload
    from socialdesk.media.probe import ImageInfo, MediaError, probe_image
    from socialdesk.media.rules import MediaProblem, MediaRules
    from socialdesk.media.strip_setting import strip_enabled

__getattr__ = lazy_names(
    globals(),
    {
        "check": ("chosen_for", "media_problems"),
        "locate": ("Located", "media_path_for_save", "rebase_media", "resolve_media"),
        "outgoing": ("MediaUpload", "prepare_upload"),
        "probe": ("ImageInfo", "MediaError", "probe_image"),
        "rules": ("MediaProblem", "MediaRules"),
        "strip_setting": ("strip_enabled",),
    },
)

__all__ = [
    "ImageInfo",
    "Located",
    "MediaError",
    "MediaProblem",
    "MediaRules",
    "MediaUpload",
    "chosen_for",
    "media_path_for_save",
    "media_problems",
    "prepare_upload",
    "probe_image",
    "rebase_media",
    "resolve_media",
    "strip_enabled",
]
