"""A whole draft at once: all languages concurrently, results stored without ever
losing the writer's work (edited variants kept, stale results dropped, failures leave
the draft untouched)."""

from __future__ import annotations

import json
import time

import pytest
from servers import libretranslate
from translation_support import closed_port_url, draft_with, libre_engine

from socialdesk.draft import Draft
from socialdesk.translation.apply import apply_result
from socialdesk.translation.fanout import translate_draft

MASTER = "Hello world! Visit https://aurora.example today. #launch"


def snapshot(draft: Draft) -> str:
    return json.dumps(draft.to_json(), sort_keys=True, ensure_ascii=False)


def test_all_languages_are_translated_at_the_same_time() -> None:
    latency = 0.4
    with libretranslate.server_with(latency=latency) as server:
        draft = draft_with(MASTER, vk="ru", weibo="zh-CN", twitter="de", facebook="fr")
        seen: list[tuple[str, int, int]] = []
        started = time.monotonic()
        results = translate_draft(
            draft, libre_engine(server.url), progress=lambda *a: seen.append(a)
        )
        elapsed = time.monotonic() - started
    assert len(libretranslate.translate_requests(server)) == 4
    assert elapsed < 2 * latency  # sequentially it would take 4 × latency
    assert {pid: r.error for pid, r in results.items()} == dict.fromkeys(results)
    assert (
        results["weibo"].text == "[zh] 你好 世界! [zh] 访问 https://aurora.example 今天. #launch#"
    )
    assert (
        results["vk"].text
        == "[ru] Привет мир! [ru] Посетите https://aurora.example сегодня. #launch"
    )
    assert {(lang, done, total) for lang, done, total in seen if done == total} == {
        (lang, 2, 2) for lang in ("ru", "zh-CN", "de", "fr")
    }


def test_platforms_sharing_a_language_share_one_translation() -> None:
    with libretranslate.server_with() as server:
        draft = draft_with(MASTER, source="ru", twitter="en", facebook="en", vk="ru", weibo="en")
        results = translate_draft(draft, libre_engine(server.url))
    assert len(libretranslate.translate_requests(server)) == 1
    assert results["twitter"].text == results["facebook"].text
    assert results["weibo"].text is not None and results["weibo"].text.endswith("#launch#")
    assert results["vk"].same_language


def test_results_fill_the_variants_and_say_so() -> None:
    with libretranslate.server_with() as server:
        draft = draft_with(MASTER, vk="ru", weibo="zh-CN")
        results = translate_draft(draft, libre_engine(server.url))
    outcomes = {pid: apply_result(draft, r) for pid, r in results.items()}
    assert outcomes["vk"].status == "translated" and outcomes["vk"].changed
    assert draft.variants["vk"].origin == "translated"
    assert draft.text_for("vk").startswith("[ru] Привет мир!")
    assert outcomes["twitter"].status == "same_language"
    assert draft.variants["twitter"].inherits
    again = {pid: apply_result(draft, r) for pid, r in results.items()}
    assert again["vk"].status == "unchanged" and not again["vk"].changed


def test_a_variant_the_writer_edited_is_kept_unless_they_agree() -> None:
    with libretranslate.server_with() as server:
        draft = draft_with(MASTER, vk="ru")
        draft.set_variant_text("vk", "Мой собственный текст", origin="edited")
        results = translate_draft(draft, libre_engine(server.url), ["vk"])
    outcome = apply_result(draft, results["vk"])
    assert outcome.status == "kept_edited" and "kept your edited text" in outcome.message
    assert draft.variants["vk"].text == "Мой собственный текст"
    assert draft.variants["vk"].origin == "edited"
    outcome = apply_result(draft, results["vk"], overwrite_edited=True)
    assert outcome.status == "translated" and draft.variants["vk"].origin == "translated"


def test_a_result_for_an_older_master_is_stale_and_dropped() -> None:
    with libretranslate.server_with() as server:
        draft = draft_with(MASTER, vk="ru")
        results = translate_draft(draft, libre_engine(server.url), ["vk"])
    draft.master = MASTER + " One more sentence."
    before = snapshot(draft)
    outcome = apply_result(draft, results["vk"])
    assert outcome.status == "stale" and "changed while translating" in outcome.message
    assert snapshot(draft) == before


@pytest.mark.parametrize("fail", ["429", "500", "bad_json", "403", "silent"])
def test_a_failure_leaves_the_draft_untouched(fail: str) -> None:
    with libretranslate.server_with(fail=[fail]) as server:
        draft = draft_with(MASTER, vk="ru")
        draft.set_variant_text("vk", "Старый перевод", origin="translated")
        before = snapshot(draft)
        results = translate_draft(draft, libre_engine(server.url, timeout=0.5), ["vk"])
        outcome = apply_result(draft, results["vk"])
    assert outcome.status == "failed" and outcome.message.startswith("VK: ")
    assert results["vk"].error is not None
    assert snapshot(draft) == before


def test_one_language_failing_does_not_stop_the_others() -> None:
    with libretranslate.server_with(languages=["en", "ru", "de"]) as server:
        draft = draft_with(MASTER, vk="ru", weibo="zh-CN", twitter="de")
        results = translate_draft(draft, libre_engine(server.url))
    assert results["vk"].text and results["twitter"].text
    error = results["weibo"].error
    assert error is not None and error.kind == "unsupported_language"
    assert "Chinese (Simplified) (zh-CN)" in error.message


def test_refused_connection_for_every_language_is_reported_per_platform() -> None:
    draft = draft_with(MASTER, vk="ru", weibo="zh-CN")
    results = translate_draft(draft, libre_engine(closed_port_url()))
    assert results["vk"].error is not None and results["vk"].error.kind == "connection"
    assert results["weibo"].error is not None and results["weibo"].error.kind == "connection"


def test_a_fully_remembered_draft_sends_nothing() -> None:
    with libretranslate.server_with() as server:
        draft = draft_with(MASTER, vk="ru", weibo="zh-CN")
        engine = libre_engine(server.url)
        translate_draft(draft, engine)
        count = len(server.requests)
        results = translate_draft(draft, engine)
    assert len(server.requests) == count
    assert all(
        r.translation is not None and r.translation.requests == 0
        for r in results.values()
        if not r.same_language
    )
