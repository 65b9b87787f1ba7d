"""The official `deepl` client, behind our interface, against a loopback DeepL API."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from servers import deepl as deepl_server
from servers.loopback import LoopbackServer
from translation_support import closed_port_url

from socialdesk.translation.deepl_backend import DeepLBackend
from socialdesk.translation.errors import TranslationError


@pytest.fixture(scope="module")
def running() -> Iterator[LoopbackServer]:
    with deepl_server.server_with() as started:  # stopping a server takes half a second
        yield started


@pytest.fixture
def server(running: LoopbackServer) -> LoopbackServer:
    running.reset()
    return running


def backend_for(
    server: LoopbackServer, key: str = deepl_server.KEY, timeout: float = 5.0
) -> DeepLBackend:
    return DeepLBackend(key, server_url=server.url, timeout=timeout)


def fail(backend: DeepLBackend, target: str = "ru") -> TranslationError:
    with pytest.raises(TranslationError) as caught:
        backend.translate(["Hello world."], "en", target)
    return caught.value


def test_sends_one_json_request_with_the_key_header(server: LoopbackServer) -> None:
    out = backend_for(server).translate(["Hello world ⟦1⟧.", "Launch"], "en", "ru")
    assert out == ["[RU] Привет мир ⟦1⟧.", "Запуск"]
    (sent,) = server.requests
    assert sent.method == "POST" and sent.path == "/v2/translate"
    assert sent.headers["authorization"] == f"DeepL-Auth-Key {deepl_server.KEY}"
    body = json.loads(sent.body)
    assert body["text"] == ["Hello world ⟦1⟧.", "Launch"]
    assert (body["source_lang"], body["target_lang"]) == ("EN", "RU")


def test_codes_deepl_spells_differently(server: LoopbackServer) -> None:
    backend = backend_for(server)
    backend.translate(["Hello."], "ru", "en")
    backend.translate(["Hello."], "auto", "zh-CN")
    first, second = (json.loads(r.body) for r in server.requests)
    assert first["target_lang"] == "EN-US"
    assert second["target_lang"] == "ZH-HANS" and "source_lang" not in second


def test_more_than_fifty_texts_are_split_into_requests(server: LoopbackServer) -> None:
    texts = [f"Hello {n}" for n in range(120)]
    assert len(backend_for(server).translate(texts, "en", "de")) == 120
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("mode", "kind", "words"),
    [
        (403, "auth", "refused the API key"),
        (456, "quota", "quota is used up"),
        (429, "rate_limited", "too many requests"),
        (500, "server", "HTTP 500"),
        (503, "server", "HTTP 503"),
        ("bad_json", "bad_response", "cannot read"),
    ],
)
def test_every_failure_is_one_error_without_slow_client_retries(
    server: LoopbackServer, mode: object, kind: str, words: str
) -> None:
    server.state["fail"] = [mode]
    started = time.monotonic()
    error = fail(backend_for(server))
    assert error.kind == kind and words in str(error)
    assert time.monotonic() - started < 1.0  # the client's own backoff would take seconds
    assert len(server.requests) == 1


def test_wrong_key_is_an_auth_error(server: LoopbackServer) -> None:
    error = fail(backend_for(server, key="wrong-key"))
    assert error.kind == "auth" and "wrong-key" not in str(error)


def test_missing_key_is_explained_before_any_request() -> None:
    with pytest.raises(TranslationError) as caught:
        DeepLBackend("")
    assert caught.value.kind == "not_configured" and "no API key" in str(caught.value)


def test_unsupported_target_language_is_named(server: LoopbackServer) -> None:
    error = fail(backend_for(server), target="ko")
    assert error.kind == "unsupported_language"
    assert "into Korean (ko)" in str(error)


def test_answer_with_texts_missing_is_a_bad_response(server: LoopbackServer) -> None:
    server.state["missing_texts"] = True
    with pytest.raises(TranslationError) as caught:
        backend_for(server).translate(["Hello.", "World."], "en", "ru")
    assert caught.value.kind == "bad_response"


def test_silent_server_times_out(server: LoopbackServer) -> None:
    server.state["fail"] = ["silent"]
    started = time.monotonic()
    error = fail(backend_for(server, timeout=0.5))
    assert error.kind == "timeout"
    assert time.monotonic() - started < 2.0


def test_refused_connection() -> None:
    error = fail(DeepLBackend(deepl_server.KEY, server_url=closed_port_url(), timeout=5))
    assert error.kind == "connection" and "refused" in str(error)
