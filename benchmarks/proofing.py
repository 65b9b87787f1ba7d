"""How long offline proofing takes: spelling (en, ru), typography, Chinese script.

Texts of 2,000 words in lines of ~20 words, drawn from the Hunspell dictionary's own
word list (so most of ~1,500 distinct words are real and some are misspelt), with
links, mentions and hashtags mixed in. Figures (median ms):

- `load_ms_LANG`: a new checker opens the dictionary;
- `check_ms_LANG_2000w`: the whole text, nothing cached (what a worker does once);
- `recheck_ms_LANG_2000w`: the whole text again after one keystroke (one block changed);
- `block_ms_LANG`: the changed line alone (what the editor does on a keystroke);
- `typography_ms_LANG_2000w` (nothing cached), `typography_recheck_ms_LANG_2000w`
  (after one keystroke), `zh_script_ms_2000c`, `zh_convert_ms_2000c`.

Prints a table, then one JSON object on the last line.
Run: .venv/bin/python benchmarks/proofing.py
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from socialdesk.proofing.chinese import check_script, convert
from socialdesk.proofing.spelling import SpellChecker
from socialdesk.proofing.typography import _check_line, check_typography

WORDS = 2_000
PER_LINE = 20
DICTIONARIES = {"en": "en_US", "ru": "ru_RU"}
FALLBACK = {
    "en": "fresh coffee roasted every morning in our small shop near the station",
    "ru": "свежий кофе обжариваем каждое утро в нашей маленькой кофейне у вокзала",
}
ENTITIES = ("@aurora_coffee", "#кофе", "https://aurora-coffee.de/menu", "[club1|Aurora]", "2024")
ZH = "我们的新软件很好用，欢迎下载！关注@咖啡小组 了解#新店开业#。用iPhone拍了10张照片,很漂亮。"


def vocabulary(language: str) -> list[str]:
    """Stems from the system's Hunspell word list, or a short fallback sentence."""
    dic = Path("/usr/share/hunspell") / f"{DICTIONARIES[language]}.dic"
    if not dic.exists():
        return FALLBACK[language].split()
    lines = dic.read_text(encoding="utf-8").splitlines()[1:]
    stems = [line.split("/")[0] for line in lines]
    return [w for w in stems if w.isalpha() and w.islower() and len(w) > 2]


def sample_text(language: str) -> str:
    rng = random.Random(18)
    words_ = vocabulary(language)
    pool = rng.sample(words_, min(1_500, len(words_)))
    lines = []
    for n in range(WORDS // PER_LINE):
        words = [rng.choice(pool) for _ in range(PER_LINE)]
        if n % 3 == 0:  # a misspelling: two letters swapped
            w = words[5]
            words[5] = w[1] + w[0] + w[2:]
        words[10] = ENTITIES[n % len(ENTITIES)]
        lines.append(" ".join(words) + ".")
    return "\n".join(lines)


def median_ms(
    call: Callable[[], object], repeats: int, setup: Callable[[], None] | None = None
) -> float:
    samples = []
    for _ in range(repeats):
        if setup is not None:
            setup()
        start = time.perf_counter_ns()
        call()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1e6


def spelling_figures(language: str, folder: Path) -> dict[str, float]:
    text = sample_text(language)
    lines = text.split("\n")
    middle = len(lines) // 2
    figures: dict[str, float] = {}

    holder: list[SpellChecker] = []

    def fresh() -> None:
        holder[:] = [SpellChecker(folder)]

    figures[f"load_ms_{language}"] = median_ms(lambda: holder[0].can_check(language), 5, fresh)

    def fresh_loaded() -> None:
        fresh()
        holder[0].can_check(language)

    figures[f"check_ms_{language}_2000w"] = median_ms(
        lambda: holder[0].check(text, language), 7, fresh_loaded
    )
    found = len(holder[0].check(text, language))

    checker = SpellChecker(folder)
    checker.check(text, language)
    edits = []
    for k in range(30):  # type 30 letters into the middle line, one at a time
        lines[middle] = lines[middle][:-1] + "abcdefghij"[k % 10] + "."
        edits.append("\n".join(lines))
    it = iter(edits)
    figures[f"recheck_ms_{language}_2000w"] = median_ms(
        lambda: checker.check(next(it), language), 30
    )
    typed = iter(edits)
    figures[f"block_ms_{language}"] = median_ms(
        lambda: checker.check_block(next(typed).split("\n")[middle] + "x", language), 30
    )
    figures[f"typography_ms_{language}_2000w"] = median_ms(
        lambda: check_typography(text, language), 7, _check_line.cache_clear
    )
    retyped = iter(edits)
    figures[f"typography_recheck_ms_{language}_2000w"] = median_ms(
        lambda: check_typography(next(retyped), language), 30
    )
    figures[f"misspelt_{language}"] = found
    return figures


def main() -> None:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for language in ("en", "ru"):
            results.update(spelling_figures(language, Path(folder)))
    zh = (ZH * (2_000 // len(ZH) + 1))[:2_000]
    convert(zh, "zh-TW")  # load OpenCC's dictionaries once
    check_script(zh, "zh-CN")
    results["zh_script_ms_2000c"] = median_ms(lambda: check_script(zh, "zh-CN"), 15)
    results["zh_convert_ms_2000c"] = median_ms(lambda: convert(zh, "zh-TW"), 15)
    results["typography_ms_zh_2000c"] = median_ms(
        lambda: check_typography(zh, "zh-CN"), 15, _check_line.cache_clear
    )
    results = {k: round(v, 3) for k, v in results.items()}
    for key, value in results.items():
        print(f"{key:<28} {value:>10}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
