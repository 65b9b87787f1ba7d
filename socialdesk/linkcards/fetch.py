"""Fetching a web page or image for a link card, carefully: http(s) only, a few redirects
(each one checked again), a timeout for the whole exchange and a size cap.

Plain blocking code: the window runs it in a worker thread, never on the GUI thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

USER_AGENT = "SocialDesk/0.1 (link preview; like facebookexternalhit/1.1)"
TIMEOUT_S = 8.0
PAGE_CAP = 1024 * 1024  # Open Graph tags live in <head>: the start of the page is enough
IMAGE_CAP = 8 * 1024 * 1024
MAX_REDIRECTS = 4


class FetchError(Exception):
    """A page or image that could not be fetched; the message says why, for the writer."""


@dataclass(frozen=True)
class Fetched:
    url: str  # where the content came from, after redirects
    content_type: str
    body: bytes
    truncated: bool  # cut at the size cap


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https links get a card, not {scheme or 'this'}: {url}")


def fetch(
    url: str,
    *,
    cap: int = PAGE_CAP,
    timeout: float = TIMEOUT_S,
    max_redirects: int = MAX_REDIRECTS,
    accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    session: requests.Session | None = None,
) -> Fetched:
    """GET `url`, following at most `max_redirects` redirects, reading at most `cap` bytes
    (a longer body is cut there) and giving up after `timeout` seconds in all."""
    http = session or requests.Session()
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": accept}
    for _ in range(max_redirects + 1):
        check_scheme(url)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{url}: no answer within {timeout:g} s")
        try:
            reply = http.get(
                url, headers=headers, stream=True, allow_redirects=False, timeout=remaining
            )
        except requests.Timeout:
            raise FetchError(f"{url}: no answer within {timeout:g} s") from None
        except requests.RequestException as exc:
            raise FetchError(f"{url}: could not connect ({type(exc).__name__})") from None
        with reply:
            if reply.is_redirect:
                url = urljoin(url, reply.headers.get("Location", ""))
                continue
            if reply.status_code >= 400:
                raise FetchError(f"{url}: the server answered {reply.status_code}")
            body, truncated = _read_capped(reply, cap, deadline, url, timeout)
            return Fetched(url, reply.headers.get("Content-Type", ""), body, truncated)
    raise FetchError(f"{url}: more than {max_redirects} redirects")


def _read_capped(
    reply: requests.Response, cap: int, deadline: float, url: str, timeout: float
) -> tuple[bytes, bool]:
    """The body up to `cap` bytes. `read1` returns whatever has arrived, so a server
    that trickles a byte at a time still meets the deadline."""
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: no answer within {timeout:g} s")
            chunk = reply.raw.read1(65536, decode_content=True)
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
            size += len(chunk)
            if size >= cap:
                return b"".join(chunks)[:cap], True
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        if "timed out" in str(exc).lower():
            raise FetchError(f"{url}: no answer within {timeout:g} s") from None
        raise FetchError(f"{url}: the connection broke ({type(exc).__name__})") from None
