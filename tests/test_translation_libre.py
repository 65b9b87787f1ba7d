"""The real deep-translator `LibreTranslator`, behind our interface, against a loopback
LibreTranslate server: what it sends, what comes back, and every failure as one
`TranslationError` with a message a writer understands."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from servers import libretranslate
from servers.loopback import LoopbackServer
from translation_support import closed_port_url

from socialdesk.translation.deep_translator_backends import LibreBackend, libre_url
from socialdesk.translation.errors import TranslationError


@pytest.fixture(scope="module")
def running() -> Iterator[LoopbackServer]:
    with libretranslate.server_with() as started:  # stopping a server takes half a second
        yield started


@pytest.fixture
def server(running: LoopbackServer) -> LoopbackServer:
    running.reset()
    return running


def fail(backend: LibreBackend, target: str = "ru") -> TranslationError:
    with pytest.raises(TranslationError) as caught:
        backend.translate(["Hello world."], "en", target)
    return caught.value


def test_sends_the_documented_request_and_reads_the_answer(server: LoopbackServer) -> None:
    backend = LibreBackend(server.url.rstrip("/"), api_key="k-123")
    out = backend.translate(["Hello world ⟦1⟧.", "Launch", "A new sentence."], "en", "ru")
    assert out == ["[ru] Привет мир ⟦1⟧.", "Запуск", "[ru] A новый предложение."]
    (sent,) = libretranslate.translate_requests(server)  # three texts, one request
    assert sent.method == "POST" and sent.body == b""
    assert sent.query["q"] == ["Hello world ⟦1⟧.\nLaunch\nA new sentence."]
    assert (sent.query["source"], sent.query["target"]) == (["en"], ["ru"])
    assert sent.query["api_key"] == ["k-123"]


def test_our_language_codes_become_the_servers(server: LoopbackServer) -> None:
    backend = LibreBackend(server.url)
    assert backend.translate(["Hello world."], "auto", "zh-CN") == ["[zh] 你好 世界."]
    assert libretranslate.translate_requests(server)[-1].query["target"] == ["zh"]
    assert libretranslate.translate_requests(server)[-1].query["source"] == ["auto"]


def test_a_language_the_library_lacks_but_the_server_offers_works() -> None:
    with libretranslate.server_with(languages=["en", "uk"]) as server:
        backend = LibreBackend(server.url)
        assert backend.translate(["Hello world."], "en", "uk") == ["[uk] Hello world."]


def test_service_that_merges_lines_gets_one_request_per_text() -> None:
    with libretranslate.server_with(merge_lines=True) as server:
        backend = LibreBackend(server.url)
        assert backend.translate(["Hello.", "World."], "en", "ru") == ["Привет.", "Мир."]
        assert len(libretranslate.translate_requests(server)) == 3  # joined, then one by one


def test_keyless_server_is_sent_a_placeholder_key_the_library_insists_on(
    server: LoopbackServer,
) -> None:
    LibreBackend(server.url).translate(["Hello."], "en", "ru")
    assert libretranslate.translate_requests(server)[0].query["api_key"] == ["none"]


def test_address_is_normalised_and_bad_addresses_are_explained() -> None:
    assert libre_url("localhost:5000") == "http://localhost:5000/"
    assert libre_url(" https://lt.example.org/api ") == "https://lt.example.org/api/"
    with pytest.raises(TranslationError) as caught:
        libre_url("ftp://lt.example.org")
    assert caught.value.kind == "not_configured"
    assert "http://" in str(caught.value)
    with pytest.raises(TranslationError) as caught:
        libre_url("")
    assert "no server address" in str(caught.value)


@pytest.mark.parametrize(
    ("mode", "kind", "words"),
    [
        ("429", "rate_limited", "too many requests"),
        ("500", "server", "problem on its side (HTTP 500)"),
        ("502", "server", "problem on its side"),  # the library drops this status
        ("503", "server", "HTTP 503"),
        ("bad_json", "bad_response", "cannot read: it is not valid JSON"),
        ("not_json_object", "bad_response", "no translation in it"),
        ("missing_text", "bad_response", "no translation in it"),
        ("403", "auth", "refused the API key"),
    ],
)
def test_every_failure_is_one_error_with_a_clear_message(
    server: LoopbackServer, mode: str, kind: str, words: str
) -> None:
    server.state["fail"] = [mode]
    error = fail(LibreBackend(server.url))
    assert error.kind == kind
    assert words in str(error)
    assert server.url in str(error)  # names which server


def test_wrong_api_key_is_an_auth_error_that_does_not_leak_the_key() -> None:
    with libretranslate.server_with(api_key="right") as server:
        error = fail(LibreBackend(server.url, api_key="wrong-secret-123"))
    assert error.kind == "auth" and not error.retryable
    assert "wrong-secret-123" not in str(error)
    assert "Settings" in str(error)


def test_silent_server_times_out_on_our_deadline(server: LoopbackServer) -> None:
    server.state["fail"] = ["silent"]
    started = time.monotonic()
    error = fail(LibreBackend(server.url, timeout=0.5))
    elapsed = time.monotonic() - started
    assert error.kind == "timeout" and error.retryable
    assert "0.5 seconds" in str(error)
    assert 0.45 <= elapsed < 2.0
    # the abandoned request never holds up the app's exit
    stuck = [t for t in threading.enumerate() if t.name.startswith("socialdesk-libre")]
    assert stuck and all(t.daemon for t in stuck)


def test_refused_connection_is_a_connection_error() -> None:
    url = closed_port_url()
    error = fail(LibreBackend(url, timeout=5))
    assert error.kind == "connection" and error.retryable
    assert "connection was refused" in str(error)
    assert url in str(error)


def test_language_the_server_does_not_offer_is_named(server: LoopbackServer) -> None:
    # Japanese is in the library's table, but this server lacks it: its 400 is explained.
    error = fail(LibreBackend(server.url), target="ja")
    assert error.kind == "unsupported_language"
    assert "cannot translate into Japanese (ja)" in str(error)
    # An unknown code fails before any translation request is sent.
    before = len(libretranslate.translate_requests(server))
    error = fail(LibreBackend(server.url), target="tlh")
    assert error.kind == "unsupported_language"
    assert len(libretranslate.translate_requests(server)) == before


def test_a_retry_after_a_failure_succeeds(server: LoopbackServer) -> None:
    server.state["fail"] = ["503"]
    backend = LibreBackend(server.url)
    assert fail(backend).retryable
    assert backend.translate(["Hello world."], "en", "ru") == ["[ru] Привет мир."]


def test_cancel_stops_waiting_for_a_silent_server_at_once(server: LoopbackServer) -> None:
    server.state["fail"] = ["silent"]
    backend = LibreBackend(server.url, timeout=30)
    backend.cancel = threading.Event()
    threading.Timer(0.2, backend.cancel.set).start()
    started = time.monotonic()
    error = fail(backend)
    assert error.kind == "cancelled"
    assert time.monotonic() - started < 1.0
