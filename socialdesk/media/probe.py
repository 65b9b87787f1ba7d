"""What an image file is: format, size on disk, pixel dimensions, animation, metadata.

Reads only the header (Pillow decodes lazily), so probing ten photos per keystroke-free
refresh is cheap; `probe_cached` remembers answers while the file is unchanged.
"""

from __future__ import annotations

import io
import os
import struct
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING

from socialdesk.readfile import FileProblem, check_path, open_regular
from socialdesk.readfile import describe_size as describe_size  # used by media rules, panel

if TYPE_CHECKING:
    from PIL import Image

# The formats SocialDesk attaches, by Pillow's format name, with their MIME types.
MIME_TYPES: dict[str, str] = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
FORMAT_NAMES: dict[str, str] = {"JPEG": "JPEG", "PNG": "PNG", "GIF": "GIF", "WEBP": "WebP"}
SUFFIXES: dict[str, str] = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}
ATTACHABLE_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp")
MAX_PROBE_BYTES = 200 * 1024 * 1024  # beyond this, nothing a feed takes; refuse early
# Pillow refuses images past ~179 megapixels as a decompression bomb; say so plainly.
MAX_IMAGE_PIXELS = 180_000_000

_EXIF_ORIENTATION = 0x0112
_EXIF_MAKE = 0x010F
_EXIF_MODEL = 0x0110
_GPS_IFD = 0x8825


def open_image(source: Path | IO[bytes]) -> Image.Image:
    """Pillow's `Image.open` with our pixel limit. Pillow is imported here, on first use:
    the app's first paint does not need its ~15 ms."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    return Image.open(source)


class MediaError(Exception):
    """An image that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class ImageInfo:
    path: Path
    format: str  # Pillow's name: "JPEG", "PNG", "GIF", "WEBP"
    bytes: int
    width: int  # as displayed (EXIF orientation applied)
    height: int
    frames: int = 1
    has_alpha: bool = False
    has_location: bool = False  # EXIF GPS data
    has_camera: bool = False  # EXIF camera make or model
    has_metadata: bool = False  # any EXIF, XMP or text comments

    @property
    def mime(self) -> str:
        return MIME_TYPES[self.format]

    @property
    def animated(self) -> bool:
        return self.frames > 1

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES.get(self.format, self.format)

    @property
    def aspect(self) -> float:
        return self.width / self.height if self.height else 1.0


def read_failure(label: str, path: Path, problem: FileProblem) -> MediaError:
    """One wording for an image file that cannot be read, whoever was reading it."""
    if problem.missing:
        return MediaError(f"{label} is missing: no file at {path}")
    return MediaError(
        f"{label} {problem.reason}"
        if problem.reason.startswith("is ")
        else f"{label} cannot be used: {problem.reason}"
    )


def probe_image(path: Path) -> ImageInfo:
    """Format, size and dimensions of the image at `path`; MediaError says what is wrong."""
    try:
        with open_regular(path, MAX_PROBE_BYTES, "post image") as f:
            return _probe_stream(path, f, os.fstat(f.fileno()).st_size)
    except FileProblem as exc:
        raise read_failure(path.name, path, exc) from None
    except OSError as exc:
        raise MediaError(f"{path.name} cannot be read ({exc.strerror or exc})") from None


def probe_bytes(data: bytes, name: str = "image") -> ImageInfo:
    return _probe_stream(Path(name), io.BytesIO(data), len(data))


def _probe_stream(path: Path, stream: IO[bytes], size: int) -> ImageInfo:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = open_image(stream)
            image_format = image.format or ""
            if image_format == "MPO":  # a JPEG with a second (stereo/preview) picture
                image_format = "JPEG"
            if image_format not in MIME_TYPES:
                kind = image_format or "unknown"
                raise MediaError(
                    f"{path}: a {kind} image; SocialDesk attaches JPEG, PNG, GIF and WebP"
                )
            width, height = image.size
            exif = image.getexif()
            if exif.get(_EXIF_ORIENTATION) in (5, 6, 7, 8):
                width, height = height, width  # shown rotated by a quarter turn
            frames = int(getattr(image, "n_frames", 1))
            info = image.info
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in info
            gps = exif.get_ifd(_GPS_IFD) if _GPS_IFD in exif else {}
            return ImageInfo(
                path=path,
                format=image_format,
                bytes=size,
                width=width,
                height=height,
                frames=frames,
                has_alpha=has_alpha,
                has_location=bool(gps),
                has_camera=bool(exif.get(_EXIF_MAKE) or exif.get(_EXIF_MODEL)),
                has_metadata=bool(len(exif))
                or any(k in info for k in ("exif", "xmp", "XML:com.adobe.xmp", "comment")),
            )
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise MediaError(f"{path}: too many pixels to be a post image") from None
    except UnidentifiedImageError:
        raise MediaError(f"{path}: not an image SocialDesk can read (or damaged)") from None
    except (SyntaxError, ValueError, EOFError, struct.error) as exc:
        raise MediaError(f"{path}: damaged image ({exc})") from None
    except OSError as exc:
        if exc.errno is not None:
            raise  # a real read error; the caller names it
        raise MediaError(f"{path}: damaged image ({str(exc).lower()})") from None


@lru_cache(maxsize=256)
def _probe_keyed(path: str, mtime_ns: int, size: int) -> ImageInfo | MediaError:
    try:
        return probe_image(Path(path))
    except MediaError as exc:
        return exc


def probe_cached(path: Path) -> ImageInfo:
    """`probe_image`, remembered while the file's modification time and size stay the same."""
    try:
        check_path(path)
        st = os.stat(path)
    except (OSError, ValueError, FileProblem):
        return probe_image(path)  # raises the right message
    result = _probe_keyed(str(path), st.st_mtime_ns, st.st_size)
    if isinstance(result, MediaError):
        raise MediaError(str(result))
    return result
