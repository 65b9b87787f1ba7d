"""Test pictures made on the fly with Pillow: coloured gradients with a big label and
edge marks (so a crop shows which part was kept), optionally carrying EXIF GPS and
camera data like a phone photo. No binary files live in the repository."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PALETTE = [
    ((230, 57, 70), (255, 183, 3)),
    ((29, 53, 87), (69, 123, 157)),
    ((42, 157, 143), (233, 196, 106)),
    ((106, 76, 147), (255, 202, 212)),
    ((244, 162, 97), (38, 70, 83)),
    ((0, 119, 182), (144, 224, 239)),
    ((128, 185, 24), (43, 147, 72)),
    ((255, 0, 110), (58, 12, 163)),
    ((96, 108, 56), (221, 161, 94)),
    ((20, 20, 20), (200, 200, 200)),
]

CAMERA_MAKE = "SecretCam Industries"
CAMERA_MODEL = "Spy 3000"
LATITUDE = (59.0, 56.0, 30.5)  # the Hermitage, St Petersburg
LONGITUDE = (30.0, 18.0, 51.0)


def picture(label: str, size: tuple[int, int] = (640, 480), colours: int = 0) -> Image.Image:
    """A left-to-right gradient with `label` in the middle and L/R/T/B marks at the edges."""
    start, end = PALETTE[colours % len(PALETTE)]
    width, height = size
    mask = Image.linear_gradient("L").rotate(90).resize(size)
    image = Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)
    draw = ImageDraw.Draw(image)
    big = ImageFont.load_default(size=max(12, min(width, height) // 3))
    small = ImageFont.load_default(size=max(10, min(width, height) // 10))
    draw.text(
        (width / 2, height / 2),
        label,
        fill="white",
        font=big,
        anchor="mm",
        stroke_width=3,
        stroke_fill="black",
    )
    for text, xy, anchor in (
        ("L", (6, height / 2), "lm"),
        ("R", (width - 6, height / 2), "rm"),
        ("T", (width / 2, 6), "mt"),
        ("B", (width / 2, height - 6), "mb"),
    ):
        draw.text(
            xy, text, fill="white", font=small, anchor=anchor, stroke_width=2, stroke_fill="black"
        )
    draw.rectangle((0, 0, width - 1, height - 1), outline="white", width=3)
    return image


def phone_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = CAMERA_MAKE
    exif[0x0110] = CAMERA_MODEL
    exif[0x0112] = orientation
    exif[0x0131] = "PhoneOS 17.2"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", LATITUDE
    gps[3], gps[4] = "E", LONGITUDE
    return exif


def encode(
    image: Image.Image, fmt: str = "JPEG", *, exif: Image.Exif | None = None, **options: object
) -> bytes:
    out = io.BytesIO()
    if exif is not None:
        options["exif"] = exif.tobytes()
    if fmt == "JPEG" and image.mode != "RGB":
        image = image.convert("RGB")
    image.save(out, fmt, **options)
    return out.getvalue()


def write_picture(
    path: Path,
    label: str,
    size: tuple[int, int] = (640, 480),
    colours: int = 0,
    *,
    fmt: str | None = None,
    gps: bool = False,
    orientation: int = 1,
    **options: object,
) -> Path:
    fmt = fmt or {".png": "PNG", ".gif": "GIF", ".webp": "WEBP"}.get(path.suffix.lower(), "JPEG")
    exif = phone_exif(orientation) if gps or orientation != 1 else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encode(picture(label, size, colours), fmt, exif=exif, **options))
    return path


def noisy_jpeg(path: Path, size: tuple[int, int], *, gps: bool = False) -> Path:
    """A photo-like JPEG that compresses badly (random noise): big files from small sizes."""
    noise = Image.effect_noise(size, 120).convert("RGB")
    tint = picture("big", size, 4)
    image = Image.blend(noise, tint, 0.35)
    path.write_bytes(encode(image, "JPEG", exif=phone_exif() if gps else None, quality=97))
    return path


def metadata_of(data: bytes) -> dict[str, object]:
    """What a reader of the uploaded bytes could learn: EXIF tags, GPS, info keys."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return {
            "exif": dict(exif),
            "gps": dict(exif.get_ifd(0x8825)) if 0x8825 in exif else {},
            "info": sorted(k for k in image.info if k in ("exif", "xmp", "comment")),
            "format": image.format,
            "size": image.size,
        }


def assert_clean(data: bytes) -> None:
    """No location, camera or other EXIF left (orientation alone may stay)."""
    found = metadata_of(data)
    assert found["gps"] == {}, found
    leftover = set(found["exif"]) - {0x0112}  # type: ignore[arg-type]
    assert not leftover, f"EXIF tags left: {leftover}"
    assert CAMERA_MAKE.encode() not in data and CAMERA_MODEL.encode() not in data
