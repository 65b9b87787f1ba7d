"""Version history at scale: a 25,000-character post saved 60 times with a few edits
each time (history bounded at 50 versions), its English, Russian and Chinese texts.

Measures:
  record_ms_25000 — take one snapshot and write the history file (median);
  load_ms_25000   — read and check the whole history when the draft opens;
  diff_ms_25000   — side-by-side diff of the Russian text, oldest vs newest kept;
  bytes_per_version_25000 and full_copy_bytes — what one version costs on disk
                    against one full copy of the draft.
The last line of output is one JSON object.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from socialdesk.draft import Draft
from socialdesk.history import HistoryStore

SENTENCES = {
    "en": "We roast every batch in-house, so the beans you buy are never older than a week. ",
    "ru": "Мы обжариваем каждую партию сами, поэтому зерну никогда не больше недели. ",
    "zh": "我们每一批咖啡豆都在店内烘焙，所以您买到的豆子永远不超过一周。",
}


def text_of(language: str, size: int, rng: random.Random) -> str:
    words = SENTENCES[language].split(" ") if language != "zh" else list(SENTENCES["zh"])
    out: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(rng.choice(words) for _ in range(60)) + "\n\n"
        out.append(paragraph)
        length += len(paragraph)
    return "".join(out)[:size]


def edit(text: str, rng: random.Random) -> str:
    for _ in range(3):
        at = rng.randrange(len(text))
        text = text[:at] + " edit " + text[at + 3 :]
    return text


def main() -> None:
    rng = random.Random(14)
    draft = Draft(title="Long post", master=text_of("en", 25_000, rng))
    draft.set_variant_text("vk", text_of("ru", 25_000, rng), "translated")
    draft.set_variant_text("weibo", text_of("zh", 2_000, rng), "translated")
    full_copy = len(json.dumps(draft.to_json(), ensure_ascii=False).encode())
    with tempfile.TemporaryDirectory() as tmp:
        store = HistoryStore(Path(tmp), max_versions=50)
        record = []
        for _ in range(60):
            draft.master = edit(draft.master, rng)
            draft.set_variant_text("vk", edit(draft.text_for("vk"), rng), "translated")
            started = time.perf_counter()
            store.record(draft, "save")
            record.append((time.perf_counter() - started) * 1000)
        loads = []
        for _ in range(5):
            started = time.perf_counter()
            history = store.load(draft.id)
            loads.append((time.perf_counter() - started) * 1000)
        assert history.problem is None and len(history.versions) == 50
        started = time.perf_counter()
        history.diff(history.versions[0], history.versions[-1], "vk")
        diff_ms = (time.perf_counter() - started) * 1000
        size = store.path_for(draft.id).stat().st_size
    result = {
        "record_ms_25000": round(statistics.median(record), 2),
        "load_ms_25000": round(statistics.median(loads), 2),
        "diff_ms_25000": round(diff_ms, 2),
        "bytes_per_version_25000": size // 50,
        "full_copy_bytes": full_copy,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
