"""Drafts and images for the export and library tests."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from support import SAMPLE_DRAFT

from socialdesk.draft import Draft, MediaItem


def tiny_png(red: int = 200, green: int = 80, blue: int = 40, size: int = 4) -> bytes:
    """A real, valid PNG of one colour, made without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes([red, green, blue]) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )


def sample_draft(folder: Path, *, with_media: bool = True) -> tuple[Draft, Path]:
    """The Aurora sample with accounts chosen, one real image and one missing, saved in `folder`."""
    draft = Draft.load(SAMPLE_DRAFT)
    draft.variants["vk"].account = "vk-aurora-community"
    draft.variants["twitter"].account = "x-aurora"
    if with_media:
        (folder / "images").mkdir(exist_ok=True)
        (folder / "images" / "cup.png").write_bytes(tiny_png())
        draft.media = [
            MediaItem("images/cup.png", alt="A cup of filter coffee"),
            MediaItem("images/gone.jpg", alt="Deleted photo"),
        ]
    path = folder / "aurora.sdraft"
    draft.save(path)
    return draft, path
