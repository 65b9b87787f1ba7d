"""A loopback DeepL API server: `POST /v2/translate` as the official `deepl` client sends it.

The client (deepl 1.x) posts JSON `{"text": [...], "target_lang", "source_lang"?,
"show_billed_characters": true}` with the header `Authorization: DeepL-Auth-Key KEY`.
The answer is `{"translations": [{"detected_source_language", "text",
"billed_characters"}]}`. Errors as DeepL sends them: 400 with `{"message": ...}`
(e.g. "Value for 'target_lang' not supported."), 403 bad key, 456 quota exceeded,
429 too many requests, 500/503.

`server.state`: `key` (required key), `targets` / `sources` (codes offered),
`fail` (list of modes given before working: an int status, "bad_json", "silent",
"missing_texts"), `latency` (seconds).
"""

from __future__ import annotations

import json
from typing import Any

from servers.loopback import ApiHandler, LoopbackServer, Reply, Request
from servers.pseudo_mt import pseudo_translate

KEY = "0f3c2a1e-test-key:fx"
TARGETS = ["DE", "EN-GB", "EN-US", "ES", "FR", "JA", "RU", "ZH", "ZH-HANS", "ZH-HANT"]
SOURCES = ["DE", "EN", "ES", "FR", "JA", "RU", "ZH"]
SILENT_S = 3600.0


class DeepLHandler(ApiHandler):
    def handle_request(self, req: Request) -> Reply:
        state = self.server.state
        latency = float(state.get("latency", 0.0))
        reply = self.answer(req, state)
        reply.delay = max(reply.delay, latency)
        return reply

    def answer(self, req: Request, state: dict[str, Any]) -> Reply:
        if req.path != "/v2/translate":
            return Reply(404, {"message": "Not found"})
        if req.method != "POST":
            return Reply(405, {"message": "Method not allowed"})
        auth = req.headers.get("authorization", "")
        if auth != f"DeepL-Auth-Key {state.get('key', KEY)}":
            return Reply(403, {"message": "Authorization failure, check auth_key"})
        with self.server.lock:
            queue = state.get("fail") or []
            mode = queue.pop(0) if queue else None
        if mode is not None:
            return failure_reply(mode)
        try:
            body = json.loads(req.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return Reply(400, {"message": "Invalid request: expected a JSON body"})
        texts = body.get("text")
        target = body.get("target_lang")
        source = body.get("source_lang")
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            return Reply(400, {"message": "Parameter 'text' not specified."})
        if len(texts) > 50:
            return Reply(413, {"message": "Too many texts"})
        if target not in state.get("targets", TARGETS):
            return Reply(400, {"message": "Value for 'target_lang' not supported."})
        if source is not None and source not in state.get("sources", SOURCES):
            return Reply(400, {"message": "Value for 'source_lang' not supported."})
        translations = [
            {
                "detected_source_language": source or "EN",
                "text": pseudo_translate(t, target, marker=target),
                "billed_characters": len(t),
            }
            for t in texts
        ]
        if mode is None and state.get("missing_texts"):
            translations = translations[:-1]
        return Reply(200, {"translations": translations})


def failure_reply(mode: Any) -> Reply:
    if mode == "silent":
        return Reply(200, {"translations": []}, delay=SILENT_S)
    if mode == "bad_json":
        return Reply(200, b"{not json", headers={"Content-Type": "application/json"})
    status = int(mode)
    messages = {
        400: "Bad request",
        403: "Authorization failure, check auth_key",
        429: "Too many requests",
        456: "Quota exceeded",
        500: "Internal server error",
        503: "Service unavailable",
    }
    return Reply(status, {"message": messages.get(status, "Error")})


def server_with(**state: Any) -> LoopbackServer:
    """A server with `state` set; `with server_with(...) as server:` runs it."""
    server = LoopbackServer(DeepLHandler)
    server.state.update(state)
    return server
