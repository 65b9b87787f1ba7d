"""Make a copy of an image that fits platforms' rules: smaller, or in an accepted format.

The original is never touched: the copy is written beside it as `<name>-fit.<ext>`
(or, when that folder is read-only, into SocialDesk's data folder). The copy carries
no metadata and is turned upright by its EXIF orientation.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from socialdesk import paths
from socialdesk.draft import atomic_write
from socialdesk.media.probe import SUFFIXES, MediaError, describe_size, open_image, probe_image
from socialdesk.media.rules import MediaRules

if TYPE_CHECKING:
    from PIL import Image

LONGEST_SIDE = 4096  # larger photos are shrunk by the platforms anyway
_QUALITIES = (90, 85, 80, 72, 65)


def target_constraints(rules: Sequence[MediaRules]) -> tuple[int, tuple[str, ...], int | None]:
    """The tightest byte limit, the formats every platform takes, and the side-sum limit."""
    max_bytes = min(r.max_bytes for r in rules)
    formats = tuple(f for f in ("JPEG", "PNG", "WEBP", "GIF") if all(f in r.formats for r in rules))
    sums = [r.max_side_sum for r in rules if r.max_side_sum is not None]
    return max_bytes, formats or ("JPEG",), min(sums) if sums else None


def fit_copy(source: Path, rules: Sequence[MediaRules], folder: Path | None = None) -> Path:
    """Write a copy of `source` that every platform in `rules` accepts; return its path."""
    if not rules:
        raise ValueError("fit_copy needs the rules of at least one platform")
    info = probe_image(source)
    if info.animated:
        raise MediaError(
            f"{source.name} is animated; a converted or smaller copy would stop it moving. "
            "Shorten or shrink the animation in an image editor."
        )
    max_bytes, formats, side_sum = target_constraints(rules)
    from PIL import ImageOps

    with open_image(source) as opened:
        image = ImageOps.exif_transpose(opened)
        image.load()
    fmt = _output_format(info.format, image, formats)
    image = _shrink_to(image, LONGEST_SIDE, side_sum)
    data = _encode_within(image, fmt, max_bytes)
    if data is None and fmt == "PNG" and "JPEG" in formats and not _has_alpha(image):
        fmt = "JPEG"
        data = _encode_within(image, fmt, max_bytes)
    if data is None:
        raise MediaError(
            f"{source.name} could not be made smaller than {describe_size(max_bytes)}; "
            "choose another image"
        )
    target = _free_name(folder or _writable_folder(source.parent), source.stem, SUFFIXES[fmt])
    atomic_write(target, data)
    return target


def _lanczos() -> Image.Resampling:
    from PIL import Image

    return Image.Resampling.LANCZOS


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _output_format(current: str, image: Image.Image, formats: tuple[str, ...]) -> str:
    if current in formats and current != "GIF":
        return current
    if _has_alpha(image) and "PNG" in formats:
        return "PNG"
    return "JPEG" if "JPEG" in formats else formats[0]


def _shrink_to(image: Image.Image, longest: int, side_sum: int | None) -> Image.Image:
    width, height = image.size
    scale = min(1.0, longest / max(width, height))
    if side_sum is not None and (width + height) * scale > side_sum:
        scale = side_sum / (width + height)
    if scale >= 1.0:
        return image
    size = (max(1, int(width * scale)), max(1, int(height * scale)))
    return image.resize(size, _lanczos())


def _encode(image: Image.Image, fmt: str, quality: int) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        picture = image if image.mode in ("RGB", "L") else _flatten(image)
        picture.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=quality, method=4)
    elif fmt == "PNG":
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, fmt)
    return out.getvalue()


def _flatten(image: Image.Image) -> Image.Image:
    """Transparent parts on white, as feeds show them."""
    from PIL import Image

    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def _encode_within(image: Image.Image, fmt: str, max_bytes: int) -> bytes | None:
    """The best-looking encoding under `max_bytes`: lower quality first, then fewer pixels."""
    for _ in range(8):
        qualities = _QUALITIES if fmt in ("JPEG", "WEBP") else (0,)
        for quality in qualities:
            data = _encode(image, fmt, quality)
            if len(data) <= max_bytes:
                return data
        if min(image.size) < 64:
            return None
        width, height = image.size
        image = image.resize((int(width * 0.8), int(height * 0.8)), _lanczos())
    return None


def _writable_folder(folder: Path) -> Path:
    if os.access(folder, os.W_OK):
        return folder
    fallback = paths.data_dir() / "images"
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    base = stem if stem.endswith("-fit") else f"{stem}-fit"
    target = folder / f"{base}{suffix}"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}{suffix}"
        n += 1
    return target
