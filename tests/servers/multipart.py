"""multipart/form-data bodies as the loopback APIs read them, and the image checks every
upload endpoint makes: the right field, a declared type that matches the bytes, and
bytes Pillow can decode (what the platforms' servers do before accepting a photo)."""

from __future__ import annotations

import email.parser
import email.policy
import io
from dataclasses import dataclass

from PIL import Image

from servers.loopback import Request

MIME_BY_FORMAT = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def parse_parts(req: Request) -> dict[str, Part] | None:
    """The body's parts by field name; None if the body is not multipart/form-data."""
    content_type = req.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data") or "boundary=" not in content_type:
        return None
    raw = f"Content-Type: {content_type}\r\n\r\n".encode() + req.body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    if not message.is_multipart():
        return None
    parts: dict[str, Part] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition") or "")
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        declared = part.get_content_type() if part.get("content-type") else ""
        parts[name] = Part(name, filename, declared, payload)
    return parts


def image_problem(part: Part | None, accepted: tuple[str, ...], max_bytes: int) -> str | None:
    """Why a platform would refuse this file part as a photo; None when it is fine."""
    if part is None:
        return "no file part"
    if part.filename is None:
        return "the file part has no filename"
    if len(part.data) > max_bytes:
        return f"{len(part.data)} bytes is over the {max_bytes} byte limit"
    try:
        with Image.open(io.BytesIO(part.data)) as image:
            fmt = image.format or ""
            image.load()
    except Exception as exc:
        return f"not a readable image ({exc})"
    if fmt not in accepted:
        return f"{fmt} images are not accepted"
    if part.content_type not in ("application/octet-stream", MIME_BY_FORMAT.get(fmt)):
        return f"declared {part.content_type!r} but the bytes are {fmt}"
    return None
