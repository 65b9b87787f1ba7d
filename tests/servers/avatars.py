"""Profile pictures the loopback APIs hand out: `GET /avatar/NAME.png` on the same server
answers a small real PNG (Pillow-made), so avatar downloads are tested for real."""

from __future__ import annotations

import io

from PIL import Image

from servers.loopback import Reply, Request

PREFIX = "/avatar/"


def avatar_url(req: Request, name: str) -> str:
    return f"http://{req.headers['host']}{PREFIX}{name}.png"


def avatar_png(colour: tuple[int, int, int] = (38, 136, 235)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (48, 48), colour).save(out, "PNG")
    return out.getvalue()


def avatar_reply(req: Request) -> Reply | None:
    """The picture for an avatar address; None for any other request."""
    if req.method != "GET" or not req.path.startswith(PREFIX):
        return None
    if req.path.endswith("missing.png"):
        return Reply(404, b"", headers={"Content-Type": "text/html"})
    return Reply(200, avatar_png(), headers={"Content-Type": "image/png"})
