"""Helpers shared by the translation tests: engines wired to the loopback servers."""

from __future__ import annotations

import socket

from socialdesk.draft import Draft
from socialdesk.translation.deep_translator_backends import LibreBackend
from socialdesk.translation.engine import TranslationEngine
from socialdesk.translation.glossary import Glossary
from socialdesk.translation.memory import TranslationMemory

TEN_SENTENCES = " ".join(f"Hello world number {n} is new today." for n in range(1, 11))


def libre_engine(
    url: str,
    *,
    glossary: Glossary | None = None,
    memory: bool = True,
    timeout: float = 5.0,
    api_key: str | None = None,
) -> TranslationEngine:
    return TranslationEngine(
        LibreBackend(url, api_key=api_key, timeout=timeout),
        glossary,
        TranslationMemory() if memory else None,
    )


def draft_with(master: str, source: str = "en", **languages: str) -> Draft:
    draft = Draft(title="Test", master=master, source_language=source)
    for pid, language in languages.items():
        draft.variants[pid].language = language
    return draft


def closed_port_url() -> str:
    """An address where nothing listens: connecting is refused."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/"
