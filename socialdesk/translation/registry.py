"""The translation services the app offers, and building one from the settings.

The list is plain data; the clients (deep-translator with requests and BeautifulSoup,
deepl, the keyring) import only when a translator is built, so showing the list —
the window's card menus, the settings dialog — costs nothing at start-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from socialdesk.translation.base import Translator
from socialdesk.translation.config import TranslationConfig
from socialdesk.translation.errors import TranslationError, describe

if TYPE_CHECKING:
    from socialdesk.translation.deep_translator_backends import DeepTranslatorBackend
    from socialdesk.translation.deepl_backend import DeepLBackend


@dataclass(frozen=True)
class BackendInfo:
    id: str
    title: str
    key: str  # "none", "optional" or "required"
    url: str = ""  # "" (fixed address), "required" or "optional" (override)
    id_label: str = ""  # a second, non-secret id the service needs, if any
    id_required: bool = False


BACKENDS: dict[str, BackendInfo] = {
    info.id: info
    for info in (
        BackendInfo("google", "Google Translate (no key)", key="none"),
        BackendInfo("mymemory", "MyMemory (no key)", key="none"),
        BackendInfo("libre", "LibreTranslate", key="optional", url="required"),
        BackendInfo("deepl", "DeepL", key="required", url="optional"),
        BackendInfo("microsoft", "Microsoft Translator", key="required", id_label="Region"),
        BackendInfo("yandex", "Yandex Translate", key="required"),
        BackendInfo(
            "baidu", "Baidu Translate", key="required", id_label="App ID", id_required=True
        ),
        BackendInfo("papago", "Papago", key="required", id_label="Client ID", id_required=True),
    )
}


def create_translator(
    config: TranslationConfig,
    api_key: str | None = None,
    cancel: threading.Event | None = None,
) -> Translator:
    """The configured service; its key from the keyring unless `api_key` is given.
    Setting `cancel` makes a waiting request give up (the app is closing).

    Raises TranslationError ("not_configured", "keyring") when something is missing.
    """
    translator = _build(config, api_key)
    translator.cancel = cancel
    return translator


def _build(config: TranslationConfig, api_key: str | None) -> DeepTranslatorBackend | DeepLBackend:
    info = BACKENDS.get(config.backend)
    if info is None:
        raise TranslationError(
            "not_configured",
            f"Unknown translation service {config.backend!r}; "
            f"choose one of: {', '.join(BACKENDS)} in Settings → Translation.",
        )
    key = api_key if api_key is not None else _stored_key(info)
    if info.key == "required" and not key:
        raise _missing(info, "no API key")
    if info.id_required and not config.extra_id:
        raise _missing(info, f"no {info.id_label}")
    timeout = config.timeout
    assert key is not None or info.key != "required"
    from socialdesk.translation.deep_translator_backends import (
        BaiduBackend,
        GoogleBackend,
        LibreBackend,
        MicrosoftBackend,
        MyMemoryBackend,
        PapagoBackend,
        YandexBackend,
    )
    from socialdesk.translation.deepl_backend import DeepLBackend

    if info.id == "google":
        return GoogleBackend(timeout)
    if info.id == "mymemory":
        return MyMemoryBackend(timeout)
    if info.id == "libre":
        return LibreBackend(config.url, key, timeout)
    if info.id == "deepl":
        return DeepLBackend(key or "", config.url or None, timeout)
    if info.id == "microsoft":
        return MicrosoftBackend(key or "", config.extra_id, timeout)
    if info.id == "yandex":
        return YandexBackend(key or "", timeout)
    if info.id == "baidu":
        return BaiduBackend(config.extra_id, key or "", timeout)
    return PapagoBackend(config.extra_id, key or "", timeout)


def _stored_key(info: BackendInfo) -> str | None:
    if info.key == "none":
        return None
    from socialdesk.translation.keys import get_api_key

    try:
        return get_api_key(info.id)
    except TranslationError:
        if info.key == "optional":
            return None  # a keyless server needs no keyring
        raise


def _missing(info: BackendInfo, what: str) -> TranslationError:
    return TranslationError(
        "not_configured", describe("not_configured", info.title, detail=what), backend=info.id
    )
