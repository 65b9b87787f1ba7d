"""The one-shot loopback listener the browser comes back to after signing in.

It listens on 127.0.0.1 only, on a fixed port (X and others match the redirect
address exactly, so the port is part of the developer app's settings), takes the
first request to its path, checks `state`, answers the browser with a small page
and closes. Other requests (a favicon) get a 404 and it keeps waiting, until the
answer, a timeout or `cancel()`.
"""

from __future__ import annotations

import contextlib
import html
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from socialdesk.signin.oauth import SignInError

DEFAULT_PORT = 8765
DEFAULT_PATH = "/callback"
DEFAULT_TIMEOUT = 300.0
_SLICE = 0.2  # how often waiting looks at cancel()

_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>SocialDesk</title>
<style>body{{font:16px system-ui,sans-serif;margin:4em auto;max-width:32em;color:#222}}</style>
</head><body><h1>{title}</h1><p>{text}</p></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    server: _OneShotServer

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path != self.server.path:
            self._answer(404, "Not here", "This address is not part of the sign-in.")
            return
        params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self.server.received = params
        if params.get("state") != self.server.expected_state:
            title, text = (
                "Sign-in not accepted",
                "This answer does not belong to the sign-in SocialDesk started. Start again from SocialDesk.",
            )
        elif "error" in params:
            title, text = (
                "Sign-in not completed",
                "Access was not granted. You can close this tab and try again in SocialDesk.",
            )
        else:
            title, text = "Signed in", "You can close this tab and go back to SocialDesk."
        self._answer(200, title, text)

    def _answer(self, status: int, title: str, text: str) -> None:
        data = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the browser went away; what it sent is what counts

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the query holds the code: never log it


class _OneShotServer(HTTPServer):
    received: dict[str, str] | None
    expected_state: str
    path: str


class CallbackListener:
    """Bind at construction (so the redirect address is known), then `wait()`."""

    def __init__(
        self,
        *,
        port: int = DEFAULT_PORT,
        path: str = DEFAULT_PATH,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        try:
            self._server = _OneShotServer(("127.0.0.1", port), _Handler)
        except OSError:
            raise SignInError(
                f"Port {port} on this computer is in use by another program, so the browser "
                "cannot come back to SocialDesk. Close that program or choose another port "
                "(and put the new address in the developer app's callback list).",
                "client",
            ) from None
        self._server.received = None
        self._server.expected_state = ""
        self._server.path = path
        self._server.timeout = _SLICE
        self.timeout = timeout
        self._cancel = threading.Event()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self._server.path}"

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, state: str) -> dict[str, str]:
        """The browser's answer for the sign-in with `state` (query parameters, `code`
        among them). SignInError when access was denied, the state does not match, time
        ran out or it was cancelled."""
        self._server.expected_state = state
        deadline = time.monotonic() + self.timeout
        try:
            while self._server.received is None:
                if self._cancel.is_set():
                    raise SignInError("Sign-in cancelled.", "cancelled")
                if time.monotonic() > deadline:
                    raise SignInError(
                        f"No answer from the browser within {round(self.timeout / 60)} minutes. "
                        "Start the sign-in again and finish it in the browser.",
                        "timeout",
                    )
                self._server.handle_request()
        finally:
            self.close()
        params = self._server.received
        if params.get("state") != self._server.expected_state:
            raise SignInError(
                "The browser came back with an answer that does not belong to this sign-in "
                "(its state does not match), so it was ignored. Start the sign-in again.",
                "state",
            )
        if "error" in params:
            return_error(params)
        if not params.get("code"):
            raise SignInError("The browser came back without a sign-in code.", "rejected")
        return params

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._server.server_close()


def return_error(params: dict[str, str]) -> None:
    """Raise the SignInError an error redirect (`error=...`) stands for."""
    error = params.get("error", "")
    if error == "access_denied":
        raise SignInError(
            "Access was not granted in the browser. Sign in again and press Authorize.",
            "denied",
            error,
        )
    raise SignInError(
        f"The platform ended the sign-in with “{error}”. Check the developer app's settings.",
        "rejected",
        error,
    )


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
