"""A tiny HTTP server on 127.0.0.1:0 for tests: real sockets, real clients, no mocks.

Subclass `ApiHandler`, implement `handle_request(req) -> Reply`, and run it with
`with LoopbackServer(MyHandler) as server: ... server.url ...`. Every request is
recorded in `server.requests` so tests can check exactly what a client sent.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True)

    def param(self, name: str) -> str | None:
        """A parameter from the query string or a form-encoded body."""
        values = self.query.get(name)
        if values is None and "form-urlencoded" in self.headers.get("content-type", ""):
            values = self.form().get(name)
        return values[0] if values else None


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list -> JSON; bytes/str sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (latency, timeouts)


class ApiHandler(BaseHTTPRequestHandler):
    server: _Server

    def handle_request(self, req: Request) -> Reply:  # pragma: no cover - overridden
        return Reply(404, {"error": "not found"})

    def _serve(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        req = Request(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        with self.server.lock:
            self.server.requests.append(req)
        reply = self.handle_request(req)
        if reply.delay and self.server.stopping.wait(reply.delay):
            return
        payload = reply.body
        content_type = "application/json"
        if isinstance(payload, (dict, list)):
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        elif isinstance(payload, str):
            data, content_type = payload.encode("utf-8"), "text/plain; charset=utf-8"
        else:
            data = payload or b""
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.headers.pop("Content-Type", content_type))
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout); nothing to tell it

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[Request]
    lock: threading.Lock
    stopping: threading.Event
    state: dict[str, Any]


class LoopbackServer:
    def __init__(self, handler: type[ApiHandler]) -> None:
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.httpd.requests = []
        self.httpd.lock = threading.Lock()
        self.httpd.stopping = threading.Event()
        self.httpd.state = {}
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[Request]:
        return self.httpd.requests

    @property
    def state(self) -> dict[str, Any]:
        """Shared mutable state handlers read (e.g. which error to answer next)."""
        return self.httpd.state

    def reset(self) -> None:
        """Forget earlier state and requests (for a server shared by a module's tests)."""
        self.state.clear()
        self.requests.clear()

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.httpd.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
