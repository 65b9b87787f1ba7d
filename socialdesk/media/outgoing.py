"""Images as they leave the app — uploads and exports — without personal metadata.

Location (EXIF GPS), camera make and model, XMP and comments are removed from every
image sent or exported, unless the writer turns it off (`strip_setting`). The file on
disk is never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from socialdesk.media.locate import Located
from socialdesk.media.probe import (
    MAX_PROBE_BYTES,
    MIME_TYPES,
    probe_bytes,
    read_failure,
)
from socialdesk.media.strip import strip_metadata
from socialdesk.readfile import FileProblem, read_regular


@dataclass(frozen=True)
class MediaUpload:
    """One image ready to send: file name, bytes (cleaned), MIME type and alt text."""

    name: str
    data: bytes
    mime: str
    alt: str = ""

    @property
    def size(self) -> int:
        return len(self.data)


def outgoing_bytes(data: bytes, name: str, strip: bool) -> bytes:
    return strip_metadata(data, name) if strip else data


def prepare_upload(found: Located, strip: bool = True) -> MediaUpload:
    """Read the image and clean it; MediaError names the image and what went wrong."""
    return read_upload(found.path, found.item.alt, strip, label=found.label)


def read_upload(path: Path, alt: str = "", strip: bool = True, label: str = "") -> MediaUpload:
    label = label or path.name
    try:
        data = read_regular(path, MAX_PROBE_BYTES, "post image")
    except FileProblem as exc:
        raise read_failure(label, path, exc) from None
    info = probe_bytes(data, label)
    cleaned = outgoing_bytes(data, label, strip)
    return MediaUpload(name=path.name, data=cleaned, mime=MIME_TYPES[info.format], alt=alt)
