"""Our translator interface: every backend (deep-translator, deepl) hides behind it.

A translator turns a list of texts into a list of translations, one for one, in a
single request where the service allows it. The engine keeps each call within
`max_chars(target)` as measured by `measure`, so backends never see an oversized
request; every failure is a `TranslationError`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Translator(Protocol):
    name: str  # stable id: part of the translation-memory key ("google", "libre", "deepl")
    title: str  # what messages call the service ("Google Translate", "LibreTranslate")

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        """Translate `texts` from `source` (or "auto") into `target`; same length, same order."""
        ...

    def max_chars(self, target: str) -> int:
        """Budget of one request, in the units of `measure`."""
        ...

    def measure(self, text: str) -> int:
        """Size of `text` against `max_chars` (characters, bytes or URL bytes)."""
        ...


DEFAULT_TIMEOUT_S = 20.0
