"""How long the largest honest inputs the app accepts take: a draft text of
MAX_TEXT_CHARS (65,536) characters checked on each platform, loading a draft whose
every text is that long, and compiling the largest template the sandbox accepts.

Texts are the worst kinds for the counters: mixed scripts, dense URLs, all Chinese,
all emoji. Each figure is the median of a few runs on one text.

Prints a table, then one JSON object on the last line.
Run: .venv/bin/python benchmarks/big_inputs.py
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from socialdesk.draft import MAX_TEXT_CHARS, Draft
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.templates import PostTemplate, TemplateEngine

REPEATS = 5
KINDS = {
    "mixed": "Aurora Coffee открылась 柏林咖啡 #AuroraCoffee @aurora https://example.com/a ☕👍🏽\n",
    "urls": "a.co/b https://x.com/y?z=1 t.cn/A6 www.example.com ",
    "chinese": "精选云南与肯尼亚单一产区咖啡豆，每天清晨店内新鲜烘焙。",
    "emoji": "👨‍👩‍👧‍👦🇩🇪1️⃣👍🏽 ",
}


def text_of(kind: str) -> str:
    piece = KINDS[kind]
    return (piece * (MAX_TEXT_CHARS // len(piece) + 1))[:MAX_TEXT_CHARS]


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    figures: dict[str, float] = {}
    for kind in KINDS:
        text = text_of(kind)
        for pid in PLATFORM_IDS:
            platform = get_platform(pid)
            platform.check(text[:100])  # warm caches: first use loads data files
            figures[f"check_ms_{pid}_{kind}"] = median_ms(lambda p=platform, t=text: p.check(t))
            print(f"{kind:8} {pid:9} {figures[f'check_ms_{pid}_{kind}']:8.1f} ms", flush=True)

    draft = Draft(title="big", master=text_of("mixed"))
    for pid in PLATFORM_IDS:
        draft.set_variant_text(pid, text_of("mixed"))
    draft.fields = {f"f{i}": text_of("chinese") for i in range(10)}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sdraft"
        draft.save(path)
        figures["load_ms_largest_draft"] = median_ms(lambda: Draft.load(path))
    print(f"load of a draft with 15 texts at the cap: {figures['load_ms_largest_draft']:.1f} ms")

    source = "{{ x }}\n" * 1650  # ~4,950 tokens: just under the 5,000 a template may have
    engine = TemplateEngine(cache_size=0)
    template = PostTemplate.from_source("big", source)
    figures["compile_ms_largest_template"] = median_ms(lambda: engine.compile(template.source), 3)
    print(f"compile of the largest template: {figures['compile_ms_largest_template']:.1f} ms")

    figures["check_ms_worst"] = max(v for k, v in figures.items() if k.startswith("check_ms_"))
    figures["max_text_chars"] = MAX_TEXT_CHARS
    print(json.dumps({k: round(v, 1) for k, v in figures.items()}))


if __name__ == "__main__":
    main()
