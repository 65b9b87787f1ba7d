"""A loopback web site with pages like real ones, for link cards.

Pages carry Open Graph / Twitter Card tags (or not) in the charsets real sites use
(windows-1251 declared only in <meta>, GBK only in the HTTP header, gb2312 in an
http-equiv meta with GBK-only characters), relative image addresses, a <base href>,
and the awkward cases: a slow server, one that trickles bytes, a huge page, redirect
chains, a loop, and a redirect to another scheme. `/img/*.jpg|png` are real images made
with Pillow; `server.state["hits"]` counts requests per path.
"""

from __future__ import annotations

import io

from servers.loopback import ApiHandler, LoopbackServer, Reply, Request

RU_TITLE = "Байкал зимой: маршрут на 5 дней"
RU_DESCRIPTION = "Лёд, нерпы и ночёвка на Ольхоне — всё, что нужно знать перед поездкой."
ZH_TITLE = "朱镕基与上海的故事"  # 镕 is in GBK, not in GB2312
ZH_DESCRIPTION = "一篇关于城市变化的长文。"
EN_TITLE = "Northern lights over Tromsø"


def image_bytes(size: tuple[int, int], fmt: str = "JPEG", alpha: bool = False) -> bytes:
    from PIL import Image

    image = Image.new("RGBA" if alpha else "RGB", size, (30, 110, 200, 128 if alpha else 255))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def _html(head: str, body: str = "<p>Hello</p>") -> str:
    return f"<!DOCTYPE html>\n<html>\n<head>\n{head}\n</head>\n<body>{body}</body>\n</html>\n"


PAGES: dict[str, tuple[str, bytes]] = {
    # windows-1251, declared only in <meta charset>; the image is relative to the page
    "/ru/baikal/": (
        "text/html",
        _html(
            '<meta charset="windows-1251">\n'
            f'<meta property="og:title" content="{RU_TITLE}">\n'
            f'<meta property="og:description" content="{RU_DESCRIPTION}">\n'
            '<meta property="og:site_name" content="Путешествия">\n'
            '<meta property="og:image" content="../../img/wide.jpg">\n'
            "<title>ignored when og:title exists</title>"
        ).encode("cp1251"),
    ),
    # GBK declared only in the HTTP header
    "/zh/header": (
        "text/html; charset=GBK",
        _html(
            f"<title>{ZH_TITLE}</title>\n"
            f'<meta name="description" content="{ZH_DESCRIPTION}">\n'
            '<meta name="twitter:card" content="summary">\n'
            '<meta name="twitter:image" content="/img/square.png">'
        ).encode("gbk"),
    ),
    # gb2312 in an http-equiv meta, yet GBK characters (browsers read it as GBK)
    "/zh/meta": (
        "text/html",
        _html(
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
            f"<title>{ZH_TITLE}</title>"
        ).encode("gbk"),
    ),
    # Twitter Card tags only, an image relative to <base href>
    "/en/aurora": (
        "text/html; charset=utf-8",
        _html(
            '<base href="/static/">\n'
            '<meta name="twitter:card" content="summary_large_image">\n'
            f'<meta name="twitter:title" content="{EN_TITLE}">\n'
            '<meta name="twitter:image" content="../img/wide.jpg">'
        ).encode(),
    ),
    # only a <title>: the title is used, no image
    "/title-only": ("text/html", _html("<title>  Just a\n  title  </title>").encode()),
    # no tags at all
    "/bare": ("text/html", b"<html><body>nothing here</body></html>"),
    # an image that is not one
    "/broken-image": (
        "text/html; charset=utf-8",
        _html(
            '<meta property="og:title" content="Broken">'
            '<meta property="og:image" content="/img/not-an-image.jpg">'
        ).encode(),
    ),
    # an image with a non-http address
    "/ftp-image": (
        "text/html; charset=utf-8",
        _html(
            '<meta property="og:title" content="FTP image">'
            '<meta property="og:image" content="ftp://127.0.0.1/x.jpg">'
        ).encode(),
    ),
    "/a.pdf": ("application/pdf", b"%PDF-1.4\n%..."),
}

IMAGES: dict[str, tuple[str, bytes]] = {
    "/img/wide.jpg": ("image/jpeg", image_bytes((1200, 630))),
    "/img/square.png": ("image/png", image_bytes((400, 400), "PNG", alpha=True)),
    "/img/not-an-image.jpg": ("image/jpeg", b"<html>404</html>"),
}

# a huge page: its tags in the first kilobytes, then 20 MB of text
HUGE_HEAD = _html('<meta property="og:title" content="Huge page">', "").encode()
HUGE_SIZE = 20 * 1024 * 1024


class WebPages(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        hits = self.server.state.setdefault("hits", {})
        with self.server.lock:
            hits[req.path] = hits.get(req.path, 0) + 1
        if req.path in PAGES or req.path in IMAGES:
            content_type, body = PAGES.get(req.path) or IMAGES[req.path]
            return Reply(200, body, {"Content-Type": content_type})
        if req.path == "/slow":
            return Reply(200, PAGES["/bare"][1], {"Content-Type": "text/html"}, delay=5.0)
        if req.path.startswith("/hop/"):  # /hop/3 → /hop/2 → ... → /hop/0 → the Russian page
            left = int(req.path.rsplit("/", 1)[1])
            target = "/ru/baikal/" if left == 0 else f"/hop/{left - 1}"
            return Reply(302, b"", {"Location": target})
        if req.path == "/loop":
            return Reply(301, b"", {"Location": "/loop"})
        if req.path == "/to-file":
            return Reply(302, b"", {"Location": "file:///etc/passwd"})
        if req.path == "/to-javascript":
            return Reply(302, b"", {"Location": "javascript:alert(1)"})
        if req.path == "/gone":
            return Reply(404, b"<h1>Not found</h1>", {"Content-Type": "text/html"})
        return Reply(404, b"not found", {"Content-Type": "text/plain"})

    def do_GET(self) -> None:
        if self.path == "/huge":
            self._stream(HUGE_HEAD, HUGE_SIZE)
        elif self.path == "/trickle":
            self._trickle()
        else:
            self._serve()

    def _stream(self, head: bytes, size: int) -> None:
        with self.server.lock:
            self.server.state["huge_started"] = True
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            self.wfile.write(head)
            sent, block = len(head), b"x" * 65536
            while sent < size and not self.server.stopping.is_set():
                self.wfile.write(block[: size - sent])
                sent += len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _trickle(self) -> None:
        """Headers at once, then a byte every 0.1 s: each read is quick, the whole is not."""
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(100000):
                if self.server.stopping.wait(0.1):
                    return
                self.wfile.write(b" ")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


def web_server() -> LoopbackServer:
    return LoopbackServer(WebPages)


def hits(server: LoopbackServer, path: str) -> int:
    return int(server.state.get("hits", {}).get(path, 0))


__all__ = ["IMAGES", "PAGES", "WebPages", "hits", "web_server"]
