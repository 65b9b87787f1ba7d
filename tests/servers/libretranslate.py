"""A loopback LibreTranslate server speaking its documented HTTP API.

- `POST /translate` with `q`, `source`, `target`, `format`, `api_key` from the query
  string (as deep-translator sends them, empty body), a form body or a JSON body;
  `q` may be a list in JSON. Answers `{"translatedText": ...}` (plus
  `detectedLanguage` for `source=auto`).
- `GET /languages` → `[{"code", "name", "targets"}]`.
- Errors as LibreTranslate sends them: `{"error": ...}` with 400 (missing parameter,
  unsupported language), 403 (bad API key), 429, 500.

Behaviour is set through `server.state`:
  `languages` list of codes offered; `api_key` the key required (None: keyless);
  `fail` a list of replies to give before working normally ("429", "500", "403",
  "bad_json", "silent", "not_json_object", "missing_text" or an int status), consumed one
  per translate request; `latency` seconds before every answer; `drop_placeholders`
  loses every ⟦n⟧; `merge_lines` joins lines with spaces (a service ignoring line breaks).
"""

from __future__ import annotations

import json
import re
from typing import Any

from servers.loopback import ApiHandler, LoopbackServer, Reply, Request
from servers.pseudo_mt import pseudo_translate

NAMES = {
    "en": "English",
    "ru": "Russian",
    "zh": "Chinese",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "uk": "Ukrainian",
}
DEFAULT_LANGUAGES = ["en", "ru", "zh", "de", "fr", "es", "it"]
SILENT_S = 3600.0  # "never" answers: the server stops waiting when it shuts down


class LibreTranslateHandler(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        state = self.server.state
        latency = float(state.get("latency", 0.0))
        if req.path.rstrip("/") == "/languages" and req.method == "GET":
            codes = state.get("languages", DEFAULT_LANGUAGES)
            body = [
                {"code": c, "name": NAMES.get(c, c), "targets": [t for t in codes if t != c]}
                for c in codes
            ]
            return Reply(200, body, delay=latency)
        if req.path.rstrip("/") != "/translate":
            return Reply(404, {"error": "Not Found"}, delay=latency)
        if req.method != "POST":
            return Reply(405, {"error": "Method Not Allowed"}, delay=latency)
        failure = self.next_failure(state)
        if failure is not None:
            failure.delay = max(failure.delay, latency)
            return failure
        reply = self.translate(req, state)
        reply.delay = latency
        return reply

    def next_failure(self, state: dict[str, Any]) -> Reply | None:
        with self.server.lock:
            queue = state.get("fail") or []
            if not queue:
                return None
            mode = queue.pop(0)
        return failure_reply(mode)

    def translate(self, req: Request, state: dict[str, Any]) -> Reply:
        params = read_params(req)
        if params is None:
            return Reply(400, {"error": "Invalid request: the body is not valid JSON"})
        required = state.get("api_key")
        if required is not None and params.get("api_key") != required:
            return Reply(403, {"error": "Invalid API key"})
        q, source, target = params.get("q"), params.get("source"), params.get("target")
        if q is None or q == "":
            return Reply(400, {"error": "Invalid request: missing q parameter"})
        if not target:
            return Reply(400, {"error": "Invalid request: missing target parameter"})
        codes = state.get("languages", DEFAULT_LANGUAGES)
        if source != "auto" and source not in codes:
            return Reply(400, {"error": f"{source} is not supported"})
        if target not in codes:
            return Reply(400, {"error": f"{target} is not supported"})
        texts = q if isinstance(q, list) else [q]
        out = [self.pseudo(str(t), str(target), state) for t in texts]
        body: dict[str, Any] = {"translatedText": out if isinstance(q, list) else out[0]}
        if source == "auto":
            body["detectedLanguage"] = {"confidence": 90.0, "language": "en"}
        return Reply(200, body)

    @staticmethod
    def pseudo(text: str, target: str, state: dict[str, Any]) -> str:
        if state.get("merge_lines"):
            text = " ".join(text.split("\n"))
        out = pseudo_translate(text, target)
        if state.get("drop_placeholders"):
            out = re.sub(r"\s*⟦\d+⟧", "", out)
        return out


def read_params(req: Request) -> dict[str, Any] | None:
    """Parameters from the query string, a form body or a JSON body (None: bad JSON)."""
    params: dict[str, Any] = {k: v[0] for k, v in req.query.items()}
    content_type = req.headers.get("content-type", "")
    if req.body and "json" in content_type:
        try:
            data = json.loads(req.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
        if isinstance(data, dict):
            params.update(data)
    elif req.body:
        params.update({k: v[0] for k, v in req.form().items()})
    return params


def failure_reply(mode: Any) -> Reply:
    if mode == "silent":
        return Reply(200, {"translatedText": "too late"}, delay=SILENT_S)
    if mode == "bad_json":
        return Reply(200, b"<html>Bad Gateway</html>", headers={"Content-Type": "application/json"})
    if mode == "not_json_object":
        return Reply(200, [])
    if mode == "missing_text":
        return Reply(200, {"translation": "wrong key"})
    status = int(mode)
    messages = {
        400: "Invalid request",
        403: "Invalid API key",
        429: "Too many request limits violation",
        500: "Internal server error",
        502: "Bad gateway",
        503: "Service unavailable",
    }
    return Reply(status, {"error": messages.get(status, "Error")})


def server_with(**state: Any) -> LoopbackServer:
    """A server with `state` set; `with server_with(...) as server:` runs it."""
    server = LoopbackServer(LibreTranslateHandler)
    server.state.update(state)
    return server


def translate_requests(server: LoopbackServer) -> list[Request]:
    return [r for r in server.requests if r.path.rstrip("/") == "/translate"]
