"""A loopback stand-in for the Google Translate mobile page deep-translator scrapes:
`GET /m?sl=..&tl=..&q=..` → HTML with the translation in `<div class="result-container">`.
`state["status"]` answers that HTTP status instead (429, 500...)."""

from __future__ import annotations

import html

from servers.loopback import ApiHandler, Reply, Request
from servers.pseudo_mt import pseudo_translate


class GoogleWebHandler(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        status = self.server.state.get("status")
        if status:
            return Reply(int(status), "<html>Error</html>")
        if req.method != "GET" or req.path != "/m":
            return Reply(404, "<html>Not found</html>")
        text = req.query.get("q", [""])[0]
        target = req.query.get("tl", ["en"])[0]
        page = (
            '<html><body><div class="result-container">'
            f"{html.escape(pseudo_translate(text, target))}</div></body></html>"
        )
        return Reply(
            200, page.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"}
        )
