"""How long splitting a long X post into a thread takes.

25,000-character texts in English, Russian and Chinese without spaces (each with a
few links, hashtags, mentions and emoji; the Chinese once more without its link),
split at X's 280, with and without numbering; and a 1,000-character text, which the editor re-splits on every
keystroke. Target: at most 20 ms at 25,000 characters.

Prints a table, then one JSON object on the last line.
Run: .venv/bin/python benchmarks/thread_split.py
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial

from counting import median_us  # the same warm-then-median timing

from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter.thread import split_thread

REPEATS = {1_000: 200, 25_000: 25}

SENTENCES = {
    "en": (
        "Aurora Coffee opens its second café in Berlin-Mitte this Friday, and you are "
        "invited. We roast single-origin beans from Yunnan and Kenya every morning, in "
        "small batches, right behind the counter; come and watch! The first cup is on "
        "us ☕ — bring a friend. Menu and hours: https://aurora-coffee.de/berlin "
        "#AuroraCoffee @AuroraCoffeeHQ\n\n"
    ),
    "ru": (
        "Aurora Coffee открывает второе кафе в Берлине в эту пятницу, и мы ждём вас. "
        "Каждое утро мы обжариваем моносорта из Юньнани и Кении небольшими партиями, "
        "прямо за стойкой; приходите посмотреть! Первая чашка — за наш счёт ☕, "
        "приводите друзей. Меню и часы работы: https://aurora-coffee.de/berlin "
        "#кофе @AuroraCoffeeHQ\n\n"
    ),
    "zh": (
        "奥罗拉咖啡本周五在柏林米特区开设第二家店欢迎光临我们每天清晨在柜台后小批量烘焙"
        "来自云南和肯尼亚的单一产区咖啡豆第一杯免费☕带上朋友一起来菜单和营业时间请看"
        "https://aurora-coffee.de/berlin #奥罗拉咖啡 "
    ),
}
# The same Chinese without its link: X's link finder is slow on long runs of Chinese
# (issue 20 replaces it); this shows what the splitting itself costs.
SENTENCES["zh_nolink"] = SENTENCES["zh"].replace("https://aurora-coffee.de/berlin ", "")


def text_of(language: str, length: int) -> str:
    sentence = SENTENCES[language]
    return (sentence * (length // len(sentence) + 1))[:length]


def median_ms(call: Callable[[], object], repeats: int) -> float:
    return median_us(call, repeats) / 1000


def main() -> None:
    get_platform("twitter").prepare()
    results: dict[str, float] = {}
    print(f"{'text':<6} {'chars':>7} {'numbered':>9} {'parts':>6} {'median ms':>10}")
    for size, repeats in REPEATS.items():
        for language in SENTENCES:
            text = text_of(language, size)
            for numbered in (False, True):
                parts = len(split_thread(text, numbered=numbered).parts)
                ms = median_ms(partial(split_thread, text, numbered=numbered), repeats)
                key = f"split_ms_{language}_{size}" + ("_numbered" if numbered else "")
                results[key] = round(ms, 2)
                print(f"{language:<6} {size:>7} {numbered!s:>9} {parts:>6} {ms:>10.2f}")
    results["split_ms_max_25000"] = max(v for k, v in results.items() if "_25000" in k)
    # for comparison: counting each text once, as the editor does anyway (most of it is
    # looking for links, which splitting does once too)
    x = get_platform("twitter")
    for language in ("en", "zh"):
        text = text_of(language, 25_000)
        results[f"count_ms_{language}_25000"] = round(median_ms(partial(x.count, text), 5), 2)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
