"""DeepL through the official `deepl` client (deep-translator's DeepL backend is broken).

The client retries 429 and 5xx with exponential backoff (up to five times, 1 s and
up) and waits at least 10 s per request. We want our own deadline and an immediate,
honest error with a Retry button instead, so we set its module-level knobs: no
retries, our timeout. Nothing else in the app uses `deepl`.
"""

from __future__ import annotations

import threading

import deepl
import requests
from deepl import http_client

from socialdesk.translation import languages
from socialdesk.translation.base import DEFAULT_TIMEOUT_S
from socialdesk.translation.deadline import translate_within
from socialdesk.translation.errors import ErrorKind, TranslationError, describe

MAX_TEXTS_PER_REQUEST = 50  # DeepL's documented limit

# Target languages that DeepL spells with a variant.
_TARGET_CODES = {
    "en": "EN-US",
    "pt": "PT-BR",
    "zh": "ZH-HANS",
    "zh-CN": "ZH-HANS",
    "zh-TW": "ZH-HANT",
}


class DeepLBackend:
    name = "deepl"
    title = "DeepL"

    def __init__(
        self, api_key: str, server_url: str | None = None, timeout: float = DEFAULT_TIMEOUT_S
    ) -> None:
        if not api_key:
            raise TranslationError(
                "not_configured",
                describe("not_configured", self.title, detail="no API key"),
                backend=self.name,
            )
        self.timeout = timeout
        self.cancel: threading.Event | None = None  # set: stop waiting (the app closes)
        http_client.max_network_retries = 0
        http_client.min_connection_timeout = timeout
        self.client = deepl.Translator(
            api_key, server_url=server_url or None, send_platform_info=False
        )

    def max_chars(self, target: str) -> int:
        return 30000  # the request body may be 128 KiB; leave room for UTF-8 and JSON

    def measure(self, text: str) -> int:
        return len(text)

    @staticmethod
    def target_code(code: str) -> str:
        return _TARGET_CODES.get(code, code.upper())

    @staticmethod
    def source_code(code: str) -> str | None:
        return None if code == languages.AUTO else languages.primary(code).upper()

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        out: list[str] = []
        for start in range(0, len(texts), MAX_TEXTS_PER_REQUEST):
            out.extend(self._request(texts[start : start + MAX_TEXTS_PER_REQUEST], source, target))
        return out

    def _request(self, texts: list[str], source: str, target: str) -> list[str]:
        if not texts:
            return []

        def call() -> list[str]:
            results = self.client.translate_text(
                texts, source_lang=self.source_code(source), target_lang=self.target_code(target)
            )
            assert isinstance(results, list)  # a list in, a list out
            return [r.text for r in results]

        try:
            translated = translate_within(call, self.timeout, self.name, self.title, self.cancel)
        except TranslationError:
            raise
        except Exception as exc:
            raise self._classify(exc, source, target) from exc
        if len(translated) != len(texts) or not all(isinstance(t, str) for t in translated):
            raise TranslationError(
                "bad_response",
                describe("bad_response", self.title, detail="some texts came back missing"),
                backend=self.name,
            )
        return translated

    def _classify(self, exc: BaseException, source: str, target: str) -> TranslationError:
        status = getattr(exc, "http_status_code", None)
        kind: ErrorKind
        detail = ""
        language = ""
        if isinstance(exc, deepl.AuthorizationException):
            kind = "auth"
        elif isinstance(exc, deepl.QuotaExceededException):
            kind = "quota"
        elif isinstance(exc, deepl.TooManyRequestsException):
            kind = "rate_limited"
        elif isinstance(exc, deepl.ConnectionException):
            cause = exc.__cause__
            if isinstance(cause, requests.exceptions.Timeout):
                kind = "timeout"
            else:
                kind = "connection"
                if "refused" in str(exc).lower():
                    detail = "the connection was refused"
        elif isinstance(exc, deepl.DeepLException) and status == 400 and "lang" in str(exc):
            kind = "unsupported_language"
            which = "source" if "source_lang" in str(exc) else "target"
            code = source if which == "source" else target
            language = f"{'from' if which == 'source' else 'into'} {languages.name_of(code)}"
        elif isinstance(exc, deepl.DeepLException) and status is not None and status >= 500:
            kind = "server"
        elif isinstance(exc, deepl.DeepLException) and status is not None and status >= 400:
            kind = "bad_request"
        elif isinstance(exc, deepl.DeepLException | TypeError | ValueError | KeyError):
            kind = "bad_response"
            detail = "there is no translation in it"
        else:
            kind = "unexpected"
            detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        message = describe(
            kind, self.title, timeout=self.timeout, status=status, detail=detail, language=language
        )
        return TranslationError(kind, message, backend=self.name, status=status)
