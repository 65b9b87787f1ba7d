"""One language end to end through the real LibreTranslator: protected content survives,
the glossary applies, the memory spares requests and works offline, long text is split
to the service's limit, and quality checks notice what a service broke."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import libretranslate
from servers.loopback import LoopbackServer
from servers.pseudo_mt import unmark
from translation_support import TEN_SENTENCES, closed_port_url, libre_engine

from socialdesk import paths
from socialdesk.translation.deep_translator_backends import GoogleBackend, MyMemoryBackend
from socialdesk.translation.engine import TranslationEngine
from socialdesk.translation.errors import TranslationError
from socialdesk.translation.glossary import Glossary, GlossaryError, GlossaryTerm
from socialdesk.translation.memory import TranslationMemory
from socialdesk.translation.quality import check_translation


@pytest.fixture(scope="module")
def running() -> Iterator[LoopbackServer]:
    with libretranslate.server_with() as started:
        yield started


@pytest.fixture
def server(running: LoopbackServer) -> LoopbackServer:
    running.reset()
    return running


def sent(server: LoopbackServer) -> list[str]:
    return [r.query["q"][0] for r in libretranslate.translate_requests(server)]


POST = (
    "Hello world from Aurora! Visit https://aurora.example/launch?ref=vk today 🚀.\n"
    "Thanks @anna_p and [id1|Павел]. #launch #SocialDesk"
)


def test_protected_content_survives_and_is_never_sent(server: LoopbackServer) -> None:
    glossary = Glossary([GlossaryTerm("Aurora"), GlossaryTerm("SocialDesk")])
    result = libre_engine(server.url, glossary=glossary).translate(POST, "en", "ru")
    text = result.text_for("vk")
    assert text == (
        "[ru] Привет мир from Aurora! [ru] Посетите https://aurora.example/launch?ref=vk "
        "сегодня 🚀.\n[ru] Thanks @anna_p и [id1|Павел]. #launch #SocialDesk"
    )
    for request in sent(server):
        for secret in ("https://", "@anna_p", "Павел", "Aurora", "🚀", "#launch"):
            assert secret not in request


def test_glossary_fixed_translation_per_language(server: LoopbackServer) -> None:
    glossary = Glossary([GlossaryTerm("Aurora", {"ru": "Аврора", "zh-CN": "极光"})])
    engine = libre_engine(server.url, glossary=glossary)
    assert "Аврора" in engine.translate("Hello Aurora world.", "en", "ru").text_for("vk")
    assert "极光" in engine.translate("Hello Aurora world.", "en", "zh-CN").text_for("weibo")
    assert "Aurora" in engine.translate("Hello Aurora world.", "en", "de").text_for("twitter")


def test_hashtags_kept_or_translated_and_weibo_gets_topics(server: LoopbackServer) -> None:
    engine = libre_engine(server.url)
    kept = engine.translate("Hello world #launch", "en", "zh-CN")
    assert kept.text_for("weibo").endswith("#launch#")
    assert kept.text_for("twitter").endswith("#launch")
    translated = engine.translate(
        "Hello world #launch #тег@aurora", "en", "ru", translate_hashtags=True
    )
    assert translated.text_for("vk").endswith("#запуск #тег@aurora")
    zh = engine.translate("Hello world #launch", "en", "zh-CN", translate_hashtags=True)
    assert zh.text_for("weibo").endswith("#发布#")


def test_editing_one_sentence_of_ten_sends_only_that_sentence(server: LoopbackServer) -> None:
    engine = libre_engine(server.url)
    engine.translate(TEN_SENTENCES, "en", "ru")
    assert len(libretranslate.translate_requests(server)) == 1  # ten sentences, one request
    edited = TEN_SENTENCES.replace("number 4 is new", "number 4 is brand new")
    result = engine.translate(edited, "en", "ru")
    assert sent(server)[1:] == ["Hello world number 4 is brand new today."]
    assert result.sent == 1 and result.requests == 1
    assert "номер" not in result.text_for("vk")  # sanity: pseudo translation
    assert result.text_for("vk").count("[ru] Привет мир number") == 10


def test_memory_works_offline_and_after_restart(server: LoopbackServer) -> None:
    libre_engine(server.url).translate(POST, "en", "ru")
    # A new engine (a new app session) on a dead server still has everything.
    offline = libre_engine(closed_port_url())
    result = offline.translate(POST, "en", "ru")
    assert result.requests == 0 and "Привет мир" in result.text_for("vk")
    with pytest.raises(TranslationError) as caught:
        offline.translate(POST + " A new sentence.", "en", "ru")
    assert caught.value.kind == "connection"


def test_same_sentence_with_different_link_reuses_memory(server: LoopbackServer) -> None:
    engine = libre_engine(server.url)
    engine.translate("Visit https://a.example today.", "en", "ru")
    result = engine.translate("Visit https://b.example today.", "en", "ru")
    assert result.requests == 0
    assert result.text_for("vk") == "[ru] Посетите https://b.example сегодня."


def test_memory_is_keyed_by_backend_and_language_pair(server: LoopbackServer) -> None:
    memory = TranslationMemory()
    memory.store("libre", "en", "ru", {"Hello.": "Привет."})
    assert memory.lookup("libre", "en", "ru", ["Hello.", "Bye."]) == {"Hello.": "Привет."}
    assert memory.lookup("deepl", "en", "ru", ["Hello."]) == {}
    assert memory.lookup("libre", "en", "de", ["Hello."]) == {}
    assert memory.path.parent == paths.data_dir()


def test_damaged_memory_file_is_moved_aside_not_fatal(server: LoopbackServer) -> None:
    path = paths.data_dir() / "translation-memory.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    memory = TranslationMemory()
    assert memory.problem is not None and "moved" in memory.problem
    memory.store("libre", "en", "ru", {"a": "б"})
    assert len(memory) == 1
    assert any(p.name.startswith(path.name + ".damaged") for p in path.parent.iterdir())


def test_a_lost_placeholder_is_shown_flagged_and_not_remembered(server: LoopbackServer) -> None:
    server.state["drop_placeholders"] = True
    engine = libre_engine(server.url)
    master = "Hello world, visit https://a.example now. Call @anna today."
    result = engine.translate(master, "en", "ru")
    text = result.text_for("vk")
    issues = {i.kind for i in check_translation(master, text, "vk", "ru")}
    assert issues == {"url", "mention"}
    server.state["drop_placeholders"] = False
    again = engine.translate(master, "en", "ru")
    assert again.requests == 1  # asked again, not served the damaged answer
    assert check_translation(master, again.text_for("vk"), "vk", "ru") == []


def test_quality_checks_numbers_terms_and_length() -> None:
    glossary = Glossary([GlossaryTerm("Aurora", {"ru": "Аврора"})])
    master = "Aurora costs 1,000 RUB from 5 May."
    assert check_translation(master, "Аврора стоит 1 000 руб. с 5 мая.", "vk", "ru", glossary) == []
    issues = check_translation(master, "Аврора стоит 100 руб. с мая.", "vk", "ru", glossary)
    assert [i.kind for i in issues] == ["number", "number"]
    assert "1,000" in issues[0].message
    issues = check_translation(master, "Aurora costs 1,000 RUB from 5 May.", "vk", "ru", glossary)
    assert [i.kind for i in issues] == ["term"] and "Аврора" in issues[0].message
    long_text = "字" * 2001
    issues = check_translation("Hello.", long_text, "weibo", "zh-CN", limit=2000)
    assert [i.kind for i in issues] == ["over_limit"]
    assert "1 characters over Weibo's limit of 2000" in issues[0].message


def test_long_text_is_split_to_the_services_size_limit(server: LoopbackServer) -> None:
    engine = libre_engine(server.url)
    engine.translator.limit = 200  # type: ignore[attr-defined]
    master = " ".join(["Hello world and a new sentence without any end"] * 30) + "."
    result = engine.translate(master, "en", "ru")
    assert result.requests > 1
    assert all(len(q) <= 200 for q in sent(server))
    assert unmark(result.text_for("vk")).count("Привет мир") == 30


def test_google_budget_is_smaller_for_cjk_and_mymemory_counts_bytes() -> None:
    google = GoogleBackend()
    latin, chinese = "a" * 4000, "字" * 2000
    assert google.measure(latin) <= google.max_chars("ru")
    assert google.measure(chinese) > google.max_chars("en")  # a 2,000-character URL is too long
    assert google.measure("字" * 1000) <= google.max_chars("en")
    mymemory = MyMemoryBackend()
    assert mymemory.measure("привет") == 12 and mymemory.max_chars("en") == 500

    class Counting:
        name, title = "count", "Counting"
        calls: list[list[str]] = []  # noqa: RUF012

        def translate(self, texts: list[str], source: str, target: str) -> list[str]:
            self.calls.append(texts)
            return texts

        def max_chars(self, target: str) -> int:
            return google.max_chars(target)

        def measure(self, text: str) -> int:
            return google.measure(text)

    counting = Counting()
    TranslationEngine(counting).translate(
        "".join(f"这是第{n}个句子。" for n in range(600)), "zh-CN", "en"
    )
    assert len(counting.calls) > 1
    assert all(google.measure("\n".join(batch)) <= 4500 for batch in counting.calls)


def test_glossary_file_round_trip_and_clear_errors() -> None:
    glossary = Glossary(
        [GlossaryTerm("Aurora", {"ru": "Аврора"}), GlossaryTerm("acme", case_sensitive=False)]
    )
    glossary.save()
    path = paths.data_dir() / "glossary.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "socialdesk-glossary"
    loaded = Glossary.load()
    assert [t.term for t in loaded.terms] == ["Aurora", "acme"]
    assert loaded.terms[0].rendering("ru") == "Аврора"
    assert loaded.find("ACME and Auroras") == [(0, 4, 1)]  # whole words only

    path.write_text('{"format": "socialdesk-glossary", "version": 1, "terms": [{"term": 5}]}')
    with pytest.raises(GlossaryError, match="term 1 must be an object"):
        Glossary.load()
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(GlossaryError, match=str(path).replace("\\", "\\\\")):
        Glossary.load()
    with pytest.raises(GlossaryError, match="twice"):
        Glossary([GlossaryTerm("A"), GlossaryTerm("a")]).save(Path(path))
    assert path.read_text(encoding="utf-8") == "{broken"  # a refused save changes nothing
