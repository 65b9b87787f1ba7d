"""Remove location, camera and other personal metadata from image bytes, losslessly.

The file's own structure is rewritten without its metadata blocks, so the pixels are
never re-encoded (no JPEG quality loss, GIF and WebP animations survive):

- JPEG: drops APP1 (EXIF, XMP), APP3–APP13 (IPTC, Photoshop), APP15, COM and non-ICC
  APP2 (MPF); everything after the main picture's end (second MPF pictures, trailers).
- PNG: drops tEXt, zTXt, iTXt, eXIf and tIME chunks.
- WebP: drops EXIF and XMP chunks and clears their VP8X flags.
- GIF: drops comment extensions and application extensions other than looping.

Colour profiles stay (colours would shift without them). When a photo is shown
rotated by its EXIF orientation, a minimal EXIF block carrying only the orientation
is kept, so it is not published sideways. A file whose structure cannot be walked is
re-encoded by Pillow without metadata instead.
"""

from __future__ import annotations

import io
import struct
import zlib

from socialdesk.media.probe import MediaError, open_image

_ORIENTATION = 0x0112
_EXIF_HEADER = b"Exif\x00\x00"


class _Malformed(Exception):
    pass


def strip_metadata(data: bytes, name: str = "image") -> bytes:
    """`data` without personal metadata, in the same format; MediaError if unreadable."""
    try:
        if data.startswith(b"\xff\xd8"):
            return _strip_jpeg(data)
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            return _strip_png(data)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _strip_webp(data)
        if data[:6] in (b"GIF87a", b"GIF89a"):
            return _strip_gif(data)
    except (_Malformed, IndexError, struct.error):
        return _reencode(data, name)
    raise MediaError(f"{name}: not a JPEG, PNG, GIF or WebP image")


def orientation_of(data: bytes) -> int:
    try:
        with open_image(io.BytesIO(data)) as image:
            value = image.getexif().get(_ORIENTATION, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def minimal_exif(orientation: int) -> bytes:
    """A TIFF-structured EXIF block holding only the orientation (no EXIF header)."""
    from PIL import Image

    exif = Image.Exif()
    exif[_ORIENTATION] = orientation
    return exif.tobytes()


# -- JPEG ------------------------------------------------------------------------------
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


def _strip_jpeg(data: bytes) -> bytes:
    out = bytearray(b"\xff\xd8")
    orientation = orientation_of(data)
    pos = 2
    wrote_orientation = orientation == 1
    while True:
        if pos + 2 > len(data) or data[pos] != 0xFF:
            raise _Malformed("expected a marker")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # end of the main picture: drop whatever follows
            out += b"\xff\xd9"
            return bytes(out)
        if marker in _STANDALONE:
            out += data[pos : pos + 2]
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            raise _Malformed("segment runs past the end")
        segment = data[pos : pos + 2 + length]
        payload = segment[4:]
        pos += 2 + length
        if not wrote_orientation and marker != 0xE0:
            out += _jpeg_app1(_EXIF_HEADER + minimal_exif(orientation))
            wrote_orientation = True
        if _keep_jpeg_segment(marker, payload):
            out += segment
        if marker == 0xDA:  # start of scan: copy entropy-coded data up to the next marker
            end = _scan_end(data, pos)
            out += data[pos:end]
            pos = end


def _keep_jpeg_segment(marker: int, payload: bytes) -> bool:
    if marker == 0xFE:  # comment
        return False
    if marker == 0xE2:
        return payload.startswith(b"ICC_PROFILE\x00")
    if marker in (0xE0, 0xEE):  # JFIF, Adobe colour transform: needed to show colours
        return True
    return not 0xE1 <= marker <= 0xEF


def _jpeg_app1(payload: bytes) -> bytes:
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def _scan_end(data: bytes, pos: int) -> int:
    """Index of the first marker after entropy-coded data (stuffed 00 and RSTn skipped)."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise _Malformed("picture data has no end")
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos += 1 if following == 0xFF else 2
            continue
        return pos


# -- PNG -------------------------------------------------------------------------------
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}


def _strip_png(data: bytes) -> bytes:
    out = bytearray(data[:8])
    orientation = orientation_of(data)
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise _Malformed("chunk runs past the end")
        if kind == b"IDAT" and orientation != 1:
            out += _png_chunk(b"eXIf", minimal_exif(orientation))
            orientation = 1
        if kind not in _PNG_DROP:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    raise _Malformed("no IEND chunk")


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


# -- WebP ------------------------------------------------------------------------------
_VP8X_EXIF = 0x08
_VP8X_XMP = 0x04


def _strip_webp(data: bytes) -> bytes:
    orientation = orientation_of(data)
    chunks: list[tuple[bytes, bytes]] = []
    pos = 12
    while pos + 8 <= len(data):
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        body = data[pos + 8 : pos + 8 + size]
        if len(body) != size:
            raise _Malformed("chunk runs past the end")
        chunks.append((kind, body))
        pos += 8 + size + (size & 1)
    kept = [(k, b) for k, b in chunks if k not in (b"EXIF", b"XMP ")]
    if kept and kept[0][0] == b"VP8X":
        flags = kept[0][1][0] & ~(_VP8X_EXIF | _VP8X_XMP)
        if orientation != 1:
            flags |= _VP8X_EXIF
            kept.append((b"EXIF", minimal_exif(orientation)))
        kept[0] = (b"VP8X", bytes([flags]) + kept[0][1][1:])
    body = b"".join(
        k + struct.pack("<I", len(b)) + b + (b"\x00" if len(b) & 1 else b"") for k, b in kept
    )
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


# -- GIF -------------------------------------------------------------------------------
_GIF_KEEP_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")


def _strip_gif(data: bytes) -> bytes:
    flags = data[10]
    pos = 13 + (3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0)
    out = bytearray(data[:pos])
    while True:
        if pos >= len(data):
            raise _Malformed("no trailer")
        introducer = data[pos]
        if introducer == 0x3B:  # trailer
            out.append(0x3B)
            return bytes(out)
        if introducer == 0x21:
            label = data[pos + 1]
            end = _sub_blocks_end(data, pos + 2)
            block = data[pos:end]
            if label == 0xFE:  # comment
                pass
            elif label == 0xFF:  # application extension: its first sub-block names it
                size = data[pos + 2]
                if data[pos + 3 : pos + 3 + size] in _GIF_KEEP_APPS:
                    out += block
            else:
                out += block
            pos = end
        elif introducer == 0x2C:  # image descriptor, optional local colour table, LZW data
            local = data[pos + 9]
            start = pos + 10 + (3 * (2 ** ((local & 7) + 1)) if local & 0x80 else 0)
            end = _sub_blocks_end(data, start + 1)
            out += data[pos:end]
            pos = end
        else:
            raise _Malformed(f"unknown block {introducer:#x}")


def _sub_blocks_end(data: bytes, pos: int) -> int:
    while True:
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos
        if pos > len(data):
            raise _Malformed("sub-block runs past the end")


# -- fallback ----------------------------------------------------------------------------
def _reencode(data: bytes, name: str) -> bytes:
    """Decode and save again without metadata, for files whose blocks cannot be walked."""
    try:
        with open_image(io.BytesIO(data)) as image:
            fmt = image.format or "PNG"
            if fmt == "MPO":
                fmt = "JPEG"
            image.load()
            frames = int(getattr(image, "n_frames", 1))
            out = io.BytesIO()
            options: dict[str, object] = {}
            if "icc_profile" in image.info:
                options["icc_profile"] = image.info["icc_profile"]
            if fmt == "JPEG":
                options["quality"] = 95
                picture = image.convert("RGB") if image.mode not in ("RGB", "L") else image
                picture.save(out, "JPEG", **options)
            elif frames > 1 and fmt in ("GIF", "WEBP"):
                image.save(out, fmt, save_all=True, **options)
            else:
                image.save(out, fmt, **options)
            return out.getvalue()
    except Exception as exc:
        raise MediaError(f"{name}: damaged image; cannot remove its metadata ({exc})") from None
