"""The draft's images, read once for export: copied into folders and zips, embedded in proofs.

Paths in a draft may be relative to the draft file. A missing or unreadable image
becomes a note in the export, never a crash and never a silent omission. Exported
images carry no location or camera metadata unless the writer turned stripping off
(settings "media" "strip_metadata"; see socialdesk.media.outgoing).
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path

from socialdesk.draft import Draft
from socialdesk.media.locate import resolve_path
from socialdesk.media.outgoing import outgoing_bytes
from socialdesk.media.probe import MediaError
from socialdesk.readfile import FileProblem, read_regular

MAX_IMAGE_BYTES = 50 * 1024 * 1024

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_UNSAFE_NAME = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class MediaFile:
    number: int  # 1-based position in the draft
    original: str  # the path as the draft gives it
    source: Path
    alt: str
    data: bytes | None
    mime: str
    problem: str  # why it cannot be exported, "" when it can
    excluded: tuple[str, ...] = ()  # platforms this image is not for

    def goes_to(self, pid: str) -> bool:
        return pid not in self.excluded

    @property
    def export_name(self) -> str:
        """File name inside an export folder or zip: numbered so the order survives."""
        stem = _UNSAFE_NAME.sub("-", self.source.name).strip("-.") or "image"
        return f"{self.number:02d}-{stem}"

    def data_uri(self) -> str:
        assert self.data is not None
        return f"data:{self.mime};base64," + base64.b64encode(self.data).decode("ascii")


def sniff_mime(data: bytes) -> str:
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


def resolve(path: str, draft_path: Path | None) -> Path:
    return resolve_path(draft_path, path)


def collect_media(draft: Draft, draft_path: Path | None, strip: bool = True) -> list[MediaFile]:
    return [
        read_media(
            number,
            item.path,
            resolve(item.path, draft_path),
            item.alt,
            strip=strip,
            excluded=tuple(item.excluded),
        )
        for number, item in enumerate(draft.media, start=1)
    ]


def read_media(
    number: int,
    original: str,
    source: Path,
    alt: str,
    *,
    strip: bool = True,
    excluded: tuple[str, ...] = (),
) -> MediaFile:
    def missing(problem: str) -> MediaFile:
        return MediaFile(number, original, source, alt, None, "", problem, excluded)

    try:
        data = read_regular(source, MAX_IMAGE_BYTES, "post image")
    except FileProblem as exc:
        return missing("image file not found" if exc.missing else exc.reason)
    mime = sniff_mime(data)
    if not mime:
        return missing("not a JPEG, PNG, GIF or WebP image")
    try:
        data = outgoing_bytes(data, source.name, strip)
    except MediaError:
        return missing("damaged image; it cannot be cleaned of its metadata")
    return MediaFile(number, original, source, alt, data, mime, "", excluded)


def media_notes(media: list[MediaFile]) -> list[str]:
    return [f"image {m.number} ({m.original}): {m.problem}" for m in media if m.problem]
