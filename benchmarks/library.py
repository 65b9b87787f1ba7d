"""Drafts library at scale: index 1,000 and 10,000 drafts from scratch, open, search.

Creates realistic mixed-script drafts (English master, Russian and Chinese variants)
in a temporary folder and measures:
  index_s_N   — build the index from nothing (read, validate and index every file);
  open_ms_N   — open the library with a warm index: connect, refresh (nothing changed)
                and list every entry ready for display (median of 5);
  search_ms_N — a full-text query incl. Chinese and Russian, entries returned
                (median over the queries, each run 3 times).
Targets: open and search each under 200 ms at 10,000 drafts.
The last line of output is one JSON object.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from socialdesk.draft import Draft, PublishRecord
from socialdesk.library import Library

EN = [
    "Our new seasonal menu arrives this weekend with three single-origin coffees.",
    "Join us for a tasting session on Saturday morning in Berlin-Mitte.",
    "Students get 20% off every drink with a valid card until the end of the month.",
    "We roast every batch in-house, so the beans you buy are never older than a week.",
    "The pop-up shop in Prenzlauer Berg opens at 8:00 and closes when the cake runs out.",
    "Tell us your favourite brewing method in the comments and win a bag of beans.",
    "Shipping to Shanghai, Moscow and Almaty now takes four to six working days.",
    "Our barista championship team is training for the finals in Milan next spring.",
]
RU = [
    "В эти выходные стартует новое сезонное меню с тремя моносортами.",
    "Приходите на дегустацию в субботу утром — мы в самом центре Берлина.",
    "Студентам скидка 20% на все напитки до конца месяца при предъявлении билета.",
    "Мы обжариваем каждую партию сами, поэтому зерну никогда не больше недели.",
    "Поп-ап магазин открывается в 8:00 и работает, пока не закончится выпечка.",
    "Расскажите в комментариях, как вы завариваете кофе, и выиграйте пачку зерна.",
    "Доставка в Шанхай, Москву и Алматы теперь занимает от четырёх до шести дней.",
    "Наша команда бариста готовится к финалу чемпионата в Милане следующей весной.",
]
ZH = [
    "本周末推出全新季节菜单，精选三款单一产区咖啡。",
    "周六上午欢迎来柏林米特区参加品鉴会。",
    "凭有效学生证，本月底前所有饮品八折优惠。",
    "每一批咖啡豆都在店内烘焙，保证新鲜不超过一周。",
    "快闪店早上八点开门，蛋糕卖完即止。",
    "在评论区分享你最喜欢的冲泡方式，赢取一袋咖啡豆。",
    "寄往上海、莫斯科和阿拉木图的包裹现在需要四到六个工作日。",
    "我们的咖啡师团队正在为明年春天米兰的决赛做准备。",
]
TAGS = ["#coffee", "#Berlin", "#AuroraCoffee", "#кофе", "#柏林咖啡#", "@AuroraCoffeeHQ"]
QUERIES = ["coffee", "Berlin tasting", "Берлин", "скидка студентам", "咖啡", "柏林", "快闪店"]


def make_draft(rng: random.Random, n: int) -> Draft:
    k = rng.randint(2, 8)
    picks = rng.sample(range(len(EN)), k)
    draft = Draft(
        title=f"Campaign {n}: " + EN[picks[0]].split(" with ")[0][:40],
        master=" ".join(EN[i] for i in picks) + " " + " ".join(rng.sample(TAGS[:3], 2)),
    )
    draft.set_variant_text("vk", " ".join(RU[i] for i in picks) + " #кофе", "translated")
    draft.set_variant_text("weibo", "".join(ZH[i] for i in picks) + " #柏林咖啡#", "translated")
    draft.variants["facebook"].enabled = rng.random() < 0.8
    if rng.random() < 0.3:
        draft.publish_log.append(PublishRecord("vk", "2026-11-01T10:00:00+00:00", "published"))
    return draft


def create_drafts(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for n in range(count):
        sub = folder / f"{2020 + n % 6}"  # some drafts sorted into subfolders, as people do
        sub.mkdir(exist_ok=True)
        payload = json.dumps(make_draft(rng, n).to_json(), ensure_ascii=False, indent=2)
        (sub / f"draft-{n:05d}.sdraft").write_text(payload, encoding="utf-8")


def measure(count: int, work: Path) -> dict[str, float]:
    folder = work / f"drafts-{count}"
    folder.mkdir()
    create_drafts(folder, count)
    index_path = work / f"index-{count}.sqlite3"

    start = time.perf_counter()
    library = Library(folder, index_path)
    library.refresh()
    index_s = time.perf_counter() - start
    assert len(library.entries()) == count, "every draft indexed"
    library.close()

    open_times = []
    for _ in range(5):
        start = time.perf_counter()
        library = Library(folder, index_path)
        changes = library.refresh()
        entries = library.entries()
        open_times.append((time.perf_counter() - start) * 1000)
        assert not changes.any and len(entries) == count
        library.close()

    library = Library(folder, index_path)
    search_times, hits = [], {}
    for query in QUERIES:
        for _ in range(3):
            start = time.perf_counter()
            found = library.search(query)
            search_times.append((time.perf_counter() - start) * 1000)
        hits[query] = len(found)
        assert found, f"query {query!r} finds drafts"
    library.close()
    size_mb = index_path.stat().st_size / 1024 / 1024
    print(
        f"{count} drafts: index {index_s:.2f} s ({size_mb:.1f} MB), "
        f"open {statistics.median(open_times):.1f} ms, "
        f"search {statistics.median(search_times):.1f} ms; hits {hits}"
    )
    return {
        f"index_s_{count}": round(index_s, 3),
        f"open_ms_{count}": round(statistics.median(open_times), 2),
        f"search_ms_{count}": round(statistics.median(search_times), 2),
        f"search_max_ms_{count}": round(max(search_times), 2),
        f"index_mb_{count}": round(size_mb, 1),
    }


def main() -> None:
    os.environ.setdefault("SOCIALDESK_HOME", tempfile.mkdtemp(prefix="socialdesk-bench-home-"))
    results: dict[str, float | bool] = {}
    with tempfile.TemporaryDirectory(prefix="socialdesk-bench-library-") as tmp:
        for count in (1000, 10000):
            results.update(measure(count, Path(tmp)))
    for key in ("index_s", "open_ms", "search_ms"):
        results[f"{key}_growth"] = round(results[f"{key}_10000"] / results[f"{key}_1000"], 2)
    results["open_ok"] = results["open_ms_10000"] < 200
    results["search_ok"] = results["search_ms_10000"] < 200
    print(json.dumps(results))


if __name__ == "__main__":
    main()
