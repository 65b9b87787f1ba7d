"""How long counting and checking one text takes on every platform.

Mixed-script texts (Latin, Cyrillic, CJK, emoji with skin tones, ZWJ families and
flags, hashtags, mentions, URLs, line breaks) of 280, 2,000 and 25,000 characters.
The editor recounts on every keystroke, so the four checks together must stay well
under 2 ms at 2,000 characters and grow linearly with length.

Also Chinese without spaces with four links (scheme, no scheme, t.co, IDN) glued to it, of
2,000 and 25,000 characters (`check_all_us_zh_*`): twitter-text's URL regex is quadratic on
such runs; the X counter must not be. (Repeating one text reuses what the counter
remembers per IDNA label, as typing does for every label but the one being edited.)

Prints a table, then one JSON object on the last line.
Run: .venv/bin/python benchmarks/counting.py
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from functools import partial

from socialdesk.platforms import PLATFORM_IDS, get_platform

SIZES = (280, 2_000, 25_000)
# Repetitions per size: enough for a stable median, short enough on a busy machine.
REPEATS = {280: 400, 2_000: 150, 25_000: 25}

FRAGMENTS = (
    "Aurora Coffee is open in Berlin-Mitte! ",
    "Зерно моносортов из Юньнани и Кении, обжариваем сами каждое утро. ",
    "精选云南与肯尼亚单一产区咖啡豆，每天清晨店内新鲜烘焙。",
    "☕🎉 👍🏽 👩🏻‍💻 👨‍👩‍👧‍👦 🇩🇪 1️⃣ ",
    "#AuroraCoffee #кофе@aurora_coffee #柏林咖啡# ",
    "@AuroraCoffeeHQ [club123456|Aurora Coffee] ",
    "https://aurora-coffee.de/berlin?utm_source=socialdesk ",
    "www.example.com/menu, t.cn/A6abcdE ",
    "Café naïve e\u0301te\u0301 — “quoted” ",
    "שלום עולם مرحبا ",
    "\n\n📍 Torstraße 12 · 8:00–19:00\n",
)


def mixed_text(length: int) -> str:
    """Exactly `length` code points, cycling through the fragments."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < length:
        fragment = FRAGMENTS[i % len(FRAGMENTS)]
        parts.append(fragment)
        size += len(fragment)
        i += 1
    return "".join(parts)[:length]


ZH_SIZES = (2_000, 25_000)
ZH_REPEATS = {2_000: 150, 25_000: 25}
ZH = "精选云南与肯尼亚单一产区咖啡豆，每天清晨店内新鲜烘焙。欢迎来柏林米特区的门店品尝手冲咖啡“极光”系列！"
ZH_LINKS = (
    "https://aurora-coffee.de/berlin?utm_source=socialdesk",
    "www.example.com/menu",
    "t.co/AbC123xyz",
    "http://例子.中国/菜单",
)


def zh_text(length: int) -> str:
    """Exactly `length` code points of Chinese without spaces, a link ending each quarter."""
    body = ZH * (length // len(ZH) + 1)
    quarter = length // 4
    parts = []
    for i, link in enumerate(ZH_LINKS):
        parts += [body[i * quarter : (i + 1) * quarter - len(link)], link]
    return "".join(parts).ljust(length, "。")


def median_us(call: Callable[[], object], repeats: int) -> float:
    call()  # warm caches (compiled regexes, emoji tables)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        call()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1000


def measure(text: str, repeats: int, name: str = "") -> dict[str, float]:
    """Median µs per call for one text: count and check per platform, and all four checks."""
    platforms = [get_platform(pid) for pid in PLATFORM_IDS]
    size = f"{name}{len(text)}"
    figures: dict[str, float] = {}
    for platform in platforms:
        figures[f"count_us_{platform.id}_{size}"] = median_us(
            partial(platform.count, text), repeats
        )
        figures[f"check_us_{platform.id}_{size}"] = median_us(
            partial(platform.check, text), repeats
        )
    figures[f"check_all_us_{size}"] = median_us(
        lambda: [platform.check(text) for platform in platforms], repeats
    )
    return figures


def main() -> None:
    results: dict[str, float] = {}
    print(f"{'chars':>7}  {'platform':<9} {'count µs':>10} {'check µs':>10}")
    for size in SIZES:
        figures = measure(mixed_text(size), REPEATS[size])
        for pid in PLATFORM_IDS:
            count_us, check_us = (
                figures[f"count_us_{pid}_{size}"],
                figures[f"check_us_{pid}_{size}"],
            )
            print(f"{size:>7}  {pid:<9} {count_us:>10.1f} {check_us:>10.1f}")
        print(f"{size:>7}  {'all four':<9} {'':>10} {figures[f'check_all_us_{size}']:>10.1f}")
        results.update({key: round(value, 1) for key, value in figures.items()})
        results[f"us_per_char_{size}"] = round(figures[f"check_all_us_{size}"] / size, 4)
    for size in ZH_SIZES:
        figures = measure(zh_text(size), ZH_REPEATS[size], "zh_")
        key = f"check_all_us_zh_{size}"
        print(f"{size:>7}  {'zh+links':<9} {'':>10} {figures[key]:>10.1f}")
        results.update({key: round(value, 1) for key, value in figures.items()})
    # 1.0 means perfectly linear: the cost per character stays the same as texts grow
    results["linearity_25000_vs_2000"] = round(
        results["us_per_char_25000"] / results["us_per_char_2000"], 2
    )
    print(f"cost per character, 25,000 vs 2,000 characters: x{results['linearity_25000_vs_2000']}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
