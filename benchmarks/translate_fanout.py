"""Translation fan-out against the loopback LibreTranslate server (300 ms per request).

Figures (medians over several runs):
- `fanout_ratio`: wall time to translate a draft into four languages (ru, zh-CN, de,
  fr, all sent at once) ÷ wall time of one request. Target ≤ 1.3.
- `remembered_ms`: translating the same draft again when every sentence is in the
  translation memory: no request may be sent. Target ≤ 5 ms.
- `requests_after_one_edit`: requests per target language after editing one sentence
  of a ten-sentence post that was translated before. Target 1.

Runs the real deep-translator client; its data (memory) goes to a temporary
SOCIALDESK_HOME. The last line of output is one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the loopback servers live with the tests
sys.path.insert(0, str(REPO))

LATENCY_S = 0.3
RUNS = 5
LANGUAGES = {"vk": "ru", "weibo": "zh-CN", "twitter": "de", "facebook": "fr"}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="socialdesk-bench-") as home:
        os.environ["SOCIALDESK_HOME"] = home
        figures = measure()
    for key, value in figures.items():
        print(f"{key}: {value}")
    print(json.dumps(figures))


def measure() -> dict[str, float]:
    from servers import libretranslate

    from socialdesk.draft import Draft
    from socialdesk.translation.deep_translator_backends import LibreBackend
    from socialdesk.translation.engine import TranslationEngine
    from socialdesk.translation.fanout import translate_draft
    from socialdesk.translation.memory import TranslationMemory

    def draft_for(master: str) -> Draft:
        draft = Draft(master=master, source_language="en")
        for pid, language in LANGUAGES.items():
            draft.variants[pid].language = language
        return draft

    def ten_sentences(run: int) -> str:
        return " ".join(f"Hello world, run {run} sentence {n} is new today." for n in range(10))

    one_ms: list[float] = []
    four_ms: list[float] = []
    remembered_ms: list[float] = []
    per_language: list[float] = []
    with libretranslate.server_with(latency=LATENCY_S) as server:
        backend = LibreBackend(server.url, timeout=10)
        engine = TranslationEngine(backend, None, TranslationMemory())
        translate_draft(draft_for("Warm up the connection."), engine)
        for run in range(RUNS):
            started = time.perf_counter()
            backend.translate([f"Hello world number {run}."], "en", "ru")
            one_ms.append((time.perf_counter() - started) * 1000)

            draft = draft_for(ten_sentences(run))  # new text: nothing remembered yet
            sent_before = len(libretranslate.translate_requests(server))
            started = time.perf_counter()
            results = translate_draft(draft, engine)
            four_ms.append((time.perf_counter() - started) * 1000)
            assert all(r.error is None for r in results.values()), results
            assert len(libretranslate.translate_requests(server)) - sent_before == 4

            sent_before = len(libretranslate.translate_requests(server))
            started = time.perf_counter()
            results = translate_draft(draft, engine)
            remembered_ms.append((time.perf_counter() - started) * 1000)
            assert len(libretranslate.translate_requests(server)) == sent_before, "sent a request"
            assert all(r.text for r in results.values())

            draft.master = draft.master.replace("sentence 6 is new", "sentence 6 is brand new")
            translate_draft(draft, engine)
            sent = len(libretranslate.translate_requests(server)) - sent_before
            per_language.append(sent / len(LANGUAGES))

    one = statistics.median(one_ms)
    four = statistics.median(four_ms)
    return {
        "fanout_ratio": round(four / one, 3),
        "remembered_ms": round(statistics.median(remembered_ms), 3),
        "requests_after_one_edit": statistics.median(per_language),
        "one_request_ms": round(one, 1),
        "four_targets_ms": round(four, 1),
        "latency_ms": LATENCY_S * 1000,
        "runs": RUNS,
    }


if __name__ == "__main__":
    main()
