"""Choosing the service in Settings, keys only in the keyring, and clear setup errors."""

from __future__ import annotations

import json
from typing import Any

import keyring
import pytest
from keyring.backends import fail as fail_keyring
from servers import deepl as deepl_server

from socialdesk import paths
from socialdesk.settings import Settings
from socialdesk.translation.config import TranslationConfig
from socialdesk.translation.deep_translator_backends import GoogleBackend, LibreBackend
from socialdesk.translation.deepl_backend import DeepLBackend
from socialdesk.translation.errors import TranslationError
from socialdesk.translation.keys import get_api_key, set_api_key
from socialdesk.translation.registry import BACKENDS, create_translator


def test_default_is_google_without_a_key() -> None:
    translator = create_translator(TranslationConfig.from_settings(Settings.load()))
    assert isinstance(translator, GoogleBackend)


def test_settings_round_trip_keeps_each_services_address() -> None:
    settings = Settings.load()
    config = TranslationConfig(backend="libre", urls={"libre": "http://lt.local:5000"}, timeout=7)
    config.urls["deepl"] = "http://deepl.local/"
    config.store(settings)
    settings.save()
    raw = json.loads((paths.config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert raw["translation"]["backend"] == "libre"
    assert "key" not in json.dumps(raw).lower()  # never a secret in the settings file
    loaded = TranslationConfig.from_settings(Settings.load())
    assert loaded.url == "http://lt.local:5000" and loaded.timeout == 7
    loaded.backend = "deepl"
    assert loaded.url == "http://deepl.local/"


def test_keys_live_in_the_keyring_under_socialdesk(memory_keyring: Any) -> None:
    set_api_key("deepl", deepl_server.KEY)
    assert memory_keyring.secrets == {("socialdesk", "translator:deepl/api_key"): deepl_server.KEY}
    translator = create_translator(TranslationConfig(backend="deepl"))
    assert isinstance(translator, DeepLBackend)
    set_api_key("deepl", "")
    assert get_api_key("deepl") is None


def test_missing_key_or_id_is_explained() -> None:
    with pytest.raises(TranslationError, match="DeepL is not set up: no API key") as caught:
        create_translator(TranslationConfig(backend="deepl"))
    assert caught.value.kind == "not_configured"
    set_api_key("baidu", "secret")
    with pytest.raises(TranslationError, match="no App ID"):
        create_translator(TranslationConfig(backend="baidu"))
    with pytest.raises(TranslationError, match="Unknown translation service 'babel'"):
        create_translator(TranslationConfig(backend="babel"))
    with pytest.raises(TranslationError, match="no server address"):
        create_translator(TranslationConfig(backend="libre"))


def test_without_a_secure_keyring_keys_are_refused_but_keyless_services_work() -> None:
    keyring.set_keyring(fail_keyring.Keyring())  # conftest restores the previous one
    with pytest.raises(TranslationError) as caught:
        set_api_key("deepl", "k")
    assert caught.value.kind == "keyring" and "secure password store" in str(caught.value)
    with pytest.raises(TranslationError):
        create_translator(TranslationConfig(backend="deepl"))
    libre = create_translator(TranslationConfig(backend="libre", urls={"libre": "lt.local"}))
    assert isinstance(libre, LibreBackend) and libre.api_key is None


def test_every_offered_backend_can_be_built_with_its_key() -> None:
    ids = {"baidu": "2015063000000001", "papago": "client-id", "microsoft": "westeurope"}
    for backend in BACKENDS:
        config = TranslationConfig(backend=backend, urls={"libre": "lt.local"}, ids=ids)
        translator = create_translator(config, api_key="k")
        assert translator.name == backend
        assert translator.max_chars("en") > 0


def test_each_service_gets_the_language_codes_it_spells() -> None:
    from socialdesk.translation.deep_translator_backends import (
        BaiduBackend,
        MicrosoftBackend,
        MyMemoryBackend,
        PapagoBackend,
        YandexBackend,
    )

    google = GoogleBackend()
    assert google.code_for("zh-CN", source=False) == "zh-CN"
    assert google.code_for("auto", source=True) == "auto"
    assert MyMemoryBackend().code_for("ru", source=False) == "ru-RU"
    assert MyMemoryBackend().code_for("en", source=False) == "en-GB"
    baidu = BaiduBackend("id", "key")
    assert [baidu.code_for(c, source=False) for c in ("fr", "zh-CN", "zh-TW", "ja")] == [
        "fra",
        "zh",
        "cht",
        "jp",
    ]
    assert PapagoBackend("id", "key").code_for("ko", source=False) == "ko"  # a code, not "Korean"
    assert YandexBackend("key").code_for("zh-CN", source=False) == "zh"
    assert MicrosoftBackend("key").code_for("zh-TW", source=False) == "zh-Hant"
    with pytest.raises(TranslationError) as caught:
        google.code_for("auto", source=False)
    assert caught.value.kind == "unsupported_language"


def test_google_through_the_real_library_against_a_loopback_page() -> None:
    from servers.google_web import GoogleWebHandler
    from servers.loopback import LoopbackServer

    with LoopbackServer(GoogleWebHandler) as server:
        google = GoogleBackend(base_url=server.url + "/m")
        assert google.translate(["Hello world.", "Launch"], "en", "ru") == [
            "[ru] Привет мир.",
            "Запуск",
        ]
        assert server.requests[0].query["tl"] == ["ru"]
        server.state["status"] = 429
        with pytest.raises(TranslationError) as caught:
            google.translate(["Hello world."], "en", "ru")
    assert caught.value.kind == "rate_limited"
    assert "Google Translate says too many requests" in str(caught.value)
