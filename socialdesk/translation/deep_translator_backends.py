"""Backends through deep-translator 1.11.4: Google, MyMemory, LibreTranslate, Microsoft,
Yandex, Baidu and Papago.

What the library gets wrong, and what we do about it:
- no request has a timeout → every request runs under `translate_within`;
- `translate_batch` sends one request per text → we join texts with newlines into one
  request and split the answer (falling back to one request per text if the line
  count changes);
- its language tables are stale or wrong (Libre's lacks languages servers offer, Papago
  sends language *names*, Yandex is checked against Google's table) → we map our codes
  ourselves and set the client's codes directly after building it with "auto";
- its errors share no base class and `requests` errors escape it → `_classify` turns
  everything into one `TranslationError`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote_plus, urlsplit

import requests
from deep_translator import (
    BaiduTranslator,
    GoogleTranslator,
    LibreTranslator,
    MicrosoftTranslator,
    MyMemoryTranslator,
    PapagoTranslator,
    YandexTranslator,
)
from deep_translator import exceptions as dt_errors
from deep_translator.constants import (
    BAIDU_LANGUAGE_TO_CODE,
    GOOGLE_LANGUAGES_TO_CODES,
    LIBRE_LANGUAGES_TO_CODES,
    MY_MEMORY_LANGUAGES_TO_CODES,
    PAPAGO_LANGUAGE_TO_CODE,
)

from socialdesk.translation import languages
from socialdesk.translation.base import DEFAULT_TIMEOUT_S
from socialdesk.translation.deadline import translate_within
from socialdesk.translation.errors import ErrorKind, TranslationError, describe

# The library's tables, typed (name → code, except Papago's code → name).
_GOOGLE: dict[str, str] = dict(GOOGLE_LANGUAGES_TO_CODES)
_MYMEMORY: dict[str, str] = dict(MY_MEMORY_LANGUAGES_TO_CODES)
_LIBRE: dict[str, str] = dict(LIBRE_LANGUAGES_TO_CODES)
_BAIDU: dict[str, str] = dict(BAIDU_LANGUAGE_TO_CODE)
_PAPAGO: dict[str, str] = dict(PAPAGO_LANGUAGE_TO_CODE)

# ServerException keeps only a message; recover the HTTP status it was made from.
_SERVER_STATUS = {message: code for code, message in dt_errors.ServerException.errors.items()}


class DeepTranslatorBackend:
    """Shared machinery; subclasses say how to build the client and which codes it takes."""

    name = ""
    title = ""
    limit = 4500

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.timeout = timeout
        self.cancel: threading.Event | None = None  # set: stop waiting (the app closes)

    # -- what subclasses define ---------------------------------------------------------
    def _client(self) -> Any:
        """A deep-translator client (built with "auto" codes; `_set_codes` fixes them)."""
        raise NotImplementedError

    def _offered(self) -> Iterable[str] | None:
        """Codes the service takes, or None to pass ours through `_overrides`."""
        return None

    def _names(self) -> dict[str, str]:
        """The library's name → code table, to match languages by name when codes differ."""
        return {}

    _overrides: dict[str, str] = {}  # noqa: RUF012 - read-only per class

    def _error_detail(self, exc: BaseException) -> tuple[ErrorKind, int | None] | None:
        """Backend-specific reading of an exception; None to use the shared rules."""
        return None

    # -- the Translator interface -------------------------------------------------------
    def max_chars(self, target: str) -> int:
        return self.limit

    def measure(self, text: str) -> int:
        return len(text)

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        if not texts:
            return []
        codes = (self.code_for(source, source=True), self.code_for(target, source=False))
        if any("\n" in t for t in texts) or len(texts) == 1:
            return [self._one(t, codes) for t in texts]
        answer = self._one("\n".join(texts), codes)
        lines = answer.split("\n")
        if len(lines) == len(texts):
            return [line.strip() for line in lines]
        # The service merged or split lines: ask for each text on its own.
        return [self._one(t, codes) for t in texts]

    # -- languages ----------------------------------------------------------------------
    def code_for(self, code: str, *, source: bool) -> str:
        if code == languages.AUTO:
            if source:
                return code
            raise self._unsupported(code, source=False)
        found = self._match(code)
        if found is None:
            raise self._unsupported(code, source=source)
        return found

    def _match(self, code: str) -> str | None:
        offered = self._offered()
        if offered is None:
            return self._overrides.get(code, code)
        offered = list(offered)
        found = languages.match_code(code, offered)
        if found is None:
            name = languages.NAMES.get(code, "").lower()
            found = {k.lower(): v for k, v in self._names().items()}.get(name)
        return found

    def _unsupported(self, code: str, *, source: bool) -> TranslationError:
        direction = "from" if source else "into"
        return TranslationError(
            "unsupported_language",
            describe(
                "unsupported_language",
                self.title,
                language=f"{direction} {languages.name_of(code)}",
            ),
            backend=self.name,
        )

    # -- one request ----------------------------------------------------------------------
    def _one(self, text: str, codes: tuple[str, str]) -> str:
        if not text.strip():
            return text

        def request() -> str:
            client = self._client()
            client._source, client._target = codes  # see module docstring
            return self._read(client.translate(text), text)

        try:
            return translate_within(request, self.timeout, self.name, self.title, self.cancel)
        except TranslationError:
            raise
        except Exception as exc:
            raise self._classify(exc) from exc

    def _read(self, answer: object, sent: str) -> str:
        if isinstance(answer, list) and all(isinstance(part, str) for part in answer):
            answer = "\n".join(answer)
        if answer is None:
            return sent  # Google answers None when the text comes back unchanged
        if not isinstance(answer, str):
            raise TranslationError(
                "bad_response",
                describe("bad_response", self.title, detail="the translation is not text"),
                backend=self.name,
            )
        return answer

    def _classify(self, exc: BaseException) -> TranslationError:
        specific = self._error_detail(exc)
        kind, status = specific if specific is not None else classify_common(exc)
        message = describe(
            kind, self.title, timeout=self.timeout, status=status, detail=_detail(kind, exc)
        )
        return TranslationError(kind, message, backend=self.name, status=status)


def classify_common(exc: BaseException) -> tuple[ErrorKind, int | None]:
    """The kind of a deep-translator or requests failure, and the HTTP status if known."""
    if isinstance(exc, requests.exceptions.Timeout):
        return "timeout", None
    if isinstance(exc, requests.exceptions.JSONDecodeError | ValueError):
        return "bad_response", None
    if isinstance(exc, requests.exceptions.ConnectionError | ConnectionError):
        return "connection", None
    if isinstance(exc, requests.exceptions.RequestException):
        return "connection", None
    if isinstance(exc, dt_errors.TooManyRequests):
        return "rate_limited", 429
    if isinstance(exc, dt_errors.AuthorizationException):
        return "auth", 403
    if isinstance(exc, dt_errors.ApiKeyException):
        return "not_configured", None
    if isinstance(
        exc, dt_errors.LanguageNotSupportedException | dt_errors.InvalidSourceOrTargetLanguage
    ):
        return "unsupported_language", None
    if isinstance(exc, dt_errors.NotValidLength | dt_errors.NotValidPayload):
        return "bad_request", None
    if isinstance(exc, dt_errors.ServerException):
        status = _SERVER_STATUS.get(str(exc.args[0]) if exc.args else "")
        return _kind_for_status(status), status
    if isinstance(exc, dt_errors.RequestError):
        return "server", None
    if isinstance(
        exc,
        dt_errors.TranslationNotFound
        | dt_errors.ElementNotFoundInGetRequest
        | KeyError
        | TypeError
        | IndexError
        | AttributeError,
    ):
        return "bad_response", None
    return "unexpected", None


def _kind_for_status(status: int | None) -> ErrorKind:
    if status is None:
        return "server"
    if status == 429:
        return "rate_limited"
    if status in (401, 402, 403):
        return "auth"
    if status == 456:
        return "quota"
    if status >= 500:
        return "server"
    return "bad_request"


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if "refused" in text.lower():
        return "the connection was refused"
    if "Name or service not known" in text or "getaddrinfo" in text or "nodename" in text:
        return "the server name was not found"
    if "reset" in text.lower():
        return "the connection was reset"
    return ""


def _detail(kind: ErrorKind, exc: BaseException) -> str:
    """The part of a message that says what exactly went wrong, in plain words."""
    if kind == "connection":
        return _reason(exc)
    if kind == "bad_response":
        if isinstance(exc, ValueError):
            return "it is not valid JSON"
        return "there is no translation in it"
    if kind == "unexpected":
        lines = str(exc).strip().splitlines()
        return (lines[0] if lines else type(exc).__name__)[:120]
    return ""


# -- the backends -------------------------------------------------------------------------


class GoogleBackend(DeepTranslatorBackend):
    """Google Translate's free web endpoint; no key. Text travels in a GET URL."""

    name = "google"
    title = "Google Translate"
    limit = 4500  # the library refuses 5,000 characters
    url_budget = 12000  # bytes of URL-encoded text; CJK encodes to 9 bytes a character

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_S, base_url: str | None = None) -> None:
        super().__init__(timeout)
        self.base_url = base_url  # tests point this at a loopback server

    def measure(self, text: str) -> int:
        # Scale URL bytes into the character budget: long CJK or Cyrillic text gets split
        # by URL length (less text per request), Latin text by the character limit.
        encoded = len(quote_plus(text))
        return max(len(text), -(-encoded * self.limit // self.url_budget))

    def _client(self) -> Any:
        client = GoogleTranslator(source="auto", target="auto")
        if self.base_url:
            client._base_url = self.base_url
        return client

    def _offered(self) -> Iterable[str]:
        return _GOOGLE.values()

    def _names(self) -> dict[str, str]:
        return _GOOGLE


class MyMemoryBackend(DeepTranslatorBackend):
    name = "mymemory"
    title = "MyMemory"
    limit = 500  # MyMemory takes 500 bytes of query text

    def measure(self, text: str) -> int:
        return len(text.encode("utf-8"))

    def _client(self) -> Any:
        return MyMemoryTranslator(source="auto", target="auto")

    def _offered(self) -> Iterable[str]:
        return _MYMEMORY.values()

    def _names(self) -> dict[str, str]:
        return _MYMEMORY


class LibreBackend(DeepTranslatorBackend):
    """A LibreTranslate server (self-hosted or public) at `url`, with an optional key."""

    name = "libre"
    title = "LibreTranslate"
    limit = 5000

    def __init__(
        self, url: str, api_key: str | None = None, timeout: float = DEFAULT_TIMEOUT_S
    ) -> None:
        super().__init__(timeout)
        self.url = libre_url(url)
        self.title = f"LibreTranslate at {self.url}"
        self.api_key = api_key or None
        self._server_codes: list[str] | None = None
        self._codes_lock = threading.Lock()

    def _client(self) -> Any:
        # The library insists on a non-empty key even for a keyless server; a keyless
        # server ignores it, and one that needs a key answers 403 either way.
        return LibreTranslator(
            source="auto", target="auto", api_key=self.api_key or "none", custom_url=self.url
        )

    def _offered(self) -> Iterable[str]:
        return self._server_codes or _LIBRE.values()

    def _names(self) -> dict[str, str]:
        return {} if self._server_codes else _LIBRE  # the server's own list is the truth

    def code_for(self, code: str, *, source: bool) -> str:
        try:
            return super().code_for(code, source=source)
        except TranslationError:
            # The library's table is older than the server: ask the server what it offers.
            if self._fetch_server_codes():
                return super().code_for(code, source=source)
            raise

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        try:
            return super().translate(texts, source, target)
        except TranslationError as error:
            if error.status != 400 or self._server_codes is not None:
                raise
            # A 400 mostly means a language the server lacks; find out which, and try
            # once more if the server spells the language differently.
            before = (self.code_for(source, source=True), self.code_for(target, source=False))
            if not self._fetch_server_codes():
                raise
            after = (self.code_for(source, source=True), self.code_for(target, source=False))
            if after == before:
                raise
            return super().translate(texts, source, target)

    def _fetch_server_codes(self) -> bool:
        """Load `GET /languages` once; False when the server does not list languages."""
        with self._codes_lock:
            if self._server_codes is not None:
                return True
            try:
                reply = requests.get(self.url + "languages", timeout=self.timeout)
                data = reply.json() if reply.ok else None
            except (requests.RequestException, ValueError):
                return False
            if not isinstance(data, list):
                return False
            codes = [
                str(item["code"]) for item in data if isinstance(item, dict) and "code" in item
            ]
            if not codes:
                return False
            self._server_codes = codes
            return True


def libre_url(url: str) -> str:
    """A LibreTranslate address as the library needs it: http(s), ending in `/`."""
    url = url.strip()
    if not url:
        raise TranslationError(
            "not_configured",
            describe("not_configured", "LibreTranslate", detail="no server address"),
            backend="libre",
        )
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise TranslationError(
            "not_configured",
            f"{url!r} is not a web address for LibreTranslate (expected e.g. "
            "http://localhost:5000/). Fix it in Settings → Translation.",
            backend="libre",
        )
    return url if url.endswith("/") else url + "/"


class MicrosoftBackend(DeepTranslatorBackend):
    name = "microsoft"
    title = "Microsoft Translator"
    limit = 10000
    _overrides = {"zh-CN": "zh-Hans", "zh-TW": "zh-Hant"}  # noqa: RUF012

    def __init__(self, api_key: str, region: str = "", timeout: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(timeout)
        self.api_key, self.region = api_key, region

    def _client(self) -> Any:
        # Building it fetches the language list over the network: inside the deadline.
        return MicrosoftTranslator(
            source="auto", target="auto", api_key=self.api_key, region=self.region or None
        )

    def _error_detail(self, exc: BaseException) -> tuple[ErrorKind, int | None] | None:
        if isinstance(exc, dt_errors.MicrosoftAPIerror):
            found = re.search(r"'code':\s*(\d{3})(\d{3})", exc.api_message)
            status = int(found.group(1)) if found else None
            if found and found.group(1) == "400" and found.group(2) in ("035", "036"):
                return "unsupported_language", 400
            return _kind_for_status(status), status
        if isinstance(exc, AttributeError) and "'NoneType'" in str(exc):
            return "connection", None  # the library logs the request error and drops it
        return None


class YandexBackend(DeepTranslatorBackend):
    name = "yandex"
    title = "Yandex Translate"
    limit = 10000
    _overrides = {"zh-CN": "zh", "zh-TW": "zh"}  # noqa: RUF012

    def __init__(self, api_key: str, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(timeout)
        self.api_key = api_key

    def _client(self) -> Any:
        return YandexTranslator(source="auto", target="auto", api_key=self.api_key)

    def _error_detail(self, exc: BaseException) -> tuple[ErrorKind, int | None] | None:
        if isinstance(exc, dt_errors.ServerException):
            status = _SERVER_STATUS.get(str(exc.args[0]) if exc.args else "")
            yandex: dict[int, ErrorKind] = {
                401: "auth",
                402: "auth",
                403: "quota",
                404: "quota",
                413: "bad_request",
                422: "bad_request",
                501: "unsupported_language",
            }
            if status in yandex:
                return yandex[status], status
        return None


class BaiduBackend(DeepTranslatorBackend):
    name = "baidu"
    title = "Baidu Translate"
    limit = 2000  # Baidu recommends under 6,000 bytes a request

    def __init__(self, appid: str, appkey: str, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(timeout)
        self.appid, self.appkey = appid, appkey

    def _client(self) -> Any:
        return BaiduTranslator(source="auto", target="auto", appid=self.appid, appkey=self.appkey)

    def _offered(self) -> Iterable[str]:
        return _BAIDU.values()

    def _names(self) -> dict[str, str]:
        return _BAIDU

    def _error_detail(self, exc: BaseException) -> tuple[ErrorKind, int | None] | None:
        if isinstance(exc, dt_errors.BaiduAPIerror):
            text = exc.api_message.lower()
            if "sign" in text or "unauthorized" in text or "appid" in text:
                return "auth", None
            if "limit" in text or "frequency" in text:
                return "rate_limited", None
            if "balance" in text:
                return "quota", None
            if "language" in text:
                return "unsupported_language", None
            return "bad_request", None
        return None


class PapagoBackend(DeepTranslatorBackend):
    name = "papago"
    title = "Papago"
    limit = 5000

    def __init__(self, client_id: str, secret: str, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(timeout)
        self.client_id, self.secret = client_id, secret

    def _client(self) -> Any:
        return PapagoTranslator(
            client_id=self.client_id, secret_key=self.secret, source="auto", target="auto"
        )

    def _offered(self) -> Iterable[str]:
        return _PAPAGO.keys()  # the library's table maps code → name

    def _error_detail(self, exc: BaseException) -> tuple[ErrorKind, int | None] | None:
        found = re.search(r"status code: (\d{3})", str(exc))
        if type(exc) is Exception and found:
            status = int(found.group(1))
            return _kind_for_status(status), status
        return None


Factory = Callable[..., DeepTranslatorBackend]
