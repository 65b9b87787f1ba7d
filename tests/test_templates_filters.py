"""Filters that know the platforms: hashtags, fit, mention, link, dates, numbers, money."""

from __future__ import annotations

import pytest

from socialdesk.platforms import get_platform
from socialdesk.templates import PostTemplate, TemplateEngine, TemplateError
from socialdesk.templates.filters import format_hashtags, format_link, format_mention, shorten
from socialdesk.templates.localefmt import format_date, format_money, format_number, format_time
from socialdesk.templates.textcut import grapheme_boundary

NBSP = "\u00a0"
X = get_platform("twitter")
WEIBO = get_platform("weibo")
VK = get_platform("vk")
FB = get_platform("facebook")


def render(
    source: str, fields: dict[str, str] | None = None, platform: str = "", lang: str = "en"
) -> str:
    template = PostTemplate.from_source("test", source)
    return TemplateEngine().render(template, fields or {}, platform, lang).text


# -- hashtags ----------------------------------------------------------------------------


def test_hashtags_in_each_platforms_syntax() -> None:
    tags = "Berlin coffee, #AuroraCoffee, кофе"
    assert format_hashtags(tags, X) == "#BerlinCoffee #AuroraCoffee #кофе"
    assert format_hashtags(tags, FB) == "#BerlinCoffee #AuroraCoffee #кофе"
    assert format_hashtags(tags, VK) == "#BerlinCoffee #AuroraCoffee #кофе"
    assert format_hashtags(tags, WEIBO) == "#Berlin coffee# #AuroraCoffee# #кофе#"
    assert format_hashtags(tags, None) == "#BerlinCoffee #AuroraCoffee #кофе"


def test_vk_hashtags_link_to_the_community() -> None:
    text = format_hashtags("кофе, Berlin", VK, community="https://vk.com/aurora_coffee")
    assert text == "#кофе@aurora_coffee #Berlin@aurora_coffee"
    tags = VK.entities(text)
    assert [t.text for t in tags] == ["#кофе@aurora_coffee", "#Berlin@aurora_coffee"]
    # the community is a VK thing: other platforms ignore it
    assert format_hashtags("кофе", X, community="aurora_coffee") == "#кофе"


def test_weibo_topics_are_recognised_by_weibo() -> None:
    text = format_hashtags("柏林咖啡、留学生活", WEIBO)
    assert text == "#柏林咖啡# #留学生活#"
    assert [e.kind for e in WEIBO.entities(text)] == ["topic", "topic"]


def test_hashtags_from_the_template_default_to_the_platform_and_dedupe() -> None:
    src = "{{ tags|hashtags }}|{{ tags|hashtags(max=1) }}|{{ tags|hashtags('weibo') }}"
    out = render(src, {"tags": "coffee coffee, Coffee, tea"}, "twitter")
    assert out == "#CoffeeCoffee #Coffee #tea|#CoffeeCoffee|#coffee coffee# #Coffee# #tea#"
    assert render("{{ tags|hashtags }}", {"tags": "one two three"}, "vk") == "#one #two #three"


def test_bad_vk_community_is_reported_with_the_line() -> None:
    with pytest.raises(TemplateError) as info:
        render("\n{{ tags|hashtags(community='not a name!') }}", {"tags": "x"}, "vk")
    assert info.value.line == 2
    assert "VK community" in str(info.value)


# -- fit ---------------------------------------------------------------------------------

LONG_EN = (
    "Our second shop opens on Saturday in Hamburg. Same beans, same roaster, a bigger bar "
    "and a quiet room upstairs for laptops and long conversations."
)


def test_fit_cuts_at_a_word_with_an_ellipsis() -> None:
    text = "The quick brown fox jumps over the lazy dog and keeps on running far away"
    out = shorten(text, 41, X)  # "…" weighs 2 on X
    assert out == "The quick brown fox jumps over the lazy…"
    assert X.count(out) == 41
    assert shorten(text, 40, X) == "The quick brown fox jumps over the…"


def test_fit_prefers_a_whole_sentence() -> None:
    out = shorten(LONG_EN, 60, X)
    assert out == "Our second shop opens on Saturday in Hamburg."


def test_fit_counts_the_platforms_way() -> None:
    # Cyrillic weighs 1 on X, CJK weighs 2; Weibo counts two Latin letters as one
    cjk = "柏林的咖啡馆都开门了我们准备了新的单品咖啡欢迎大家来尝尝" * 3
    x_out = shorten(cjk, 40, X)
    weibo_out = shorten(cjk, 40, WEIBO)
    assert X.count(x_out) <= 40 and WEIBO.count(weibo_out) <= 40
    assert len(x_out) == 20  # 19 ideographs (38) + ellipsis (2)
    assert len(weibo_out) == 40
    latin = "abcdefghij " * 20
    assert WEIBO.count(shorten(latin, 40, WEIBO)) <= 40
    assert len(shorten(latin, 40, WEIBO)) > 70


def test_fit_cuts_chinese_after_a_comma_or_between_characters() -> None:
    text = "春天来了，柏林的咖啡馆都开门了，我们准备了新的单品咖啡，欢迎大家来尝尝"
    out = shorten(text, 32, X)  # ideographs, the comma and "…" weigh 2 each
    assert out == "春天来了，柏林的咖啡馆都开门了…"
    assert X.count(out) == 32
    out = shorten("春天来了柏林的咖啡馆都开门了我们准备了新的单品", 11, WEIBO)
    assert out == "春天来了柏林的咖啡馆…" and WEIBO.count(out) == 11


def test_fit_never_cuts_inside_a_url() -> None:
    text = "Read the whole story at https://aurora-coffee.com/blog/hamburg-opening now"
    for room in range(20, 46):
        out = shorten(text, room, X)
        assert X.count(out) <= room
        assert "https://" not in out or "https://aurora-coffee.com/blog/hamburg-opening" in out
    assert shorten(text, 30, X) == "Read the whole story at…"
    assert shorten(text, 50, X).startswith("Read the whole story at https://aurora")


def test_fit_never_cuts_inside_a_mention_or_tag() -> None:
    text = "Huge thanks to @AuroraCoffeeHQ and #BerlinCoffeeFestival for the beans"
    for room in range(10, len(text)):
        out = shorten(text, room, X).rstrip("…")
        assert "@" not in out or "@AuroraCoffeeHQ" in out
        assert "#" not in out or "#BerlinCoffeeFestival" in out
    weibo = "感谢 @Aurora咖啡 和 #柏林咖啡节# 的支持，我们下周见"
    for room in range(3, 20):
        out = shorten(weibo, room, WEIBO).rstrip("…")
        assert "#" not in out or "#柏林咖啡节#" in out
        assert "@" not in out or "@Aurora咖啡" in out


def test_fit_never_splits_an_emoji_sequence() -> None:
    family = "👩\u200d👩\u200d👧\u200d👦"
    text = "Welcome " + family * 5 + " to the shop"
    for room in range(8, 22):
        out = shorten(text, room, X)
        body = out.rstrip("…")
        assert X.count(out) <= room
        assert body.count("\u200d") == 3 * body.count("👦"), out
    flags = "Flags 🇩🇪🇫🇷🇯🇵🇨🇳"
    for room in range(7, 16):
        body = shorten(flags, room, X).rstrip("…")
        regional = [c for c in body if "\U0001f1e6" <= c <= "\U0001f1ff"]
        assert len(regional) % 2 == 0
    keycap = "Step 1️⃣ then 2️⃣ then 3️⃣ done"
    for room in range(5, 20):
        body = shorten(keycap, room, X).rstrip("…")
        assert not body or body[-1] not in "123" or body.endswith("⃣")


def test_grapheme_boundaries() -> None:
    assert not grapheme_boundary("e\u0301", 1)  # combining accent
    assert not grapheme_boundary("👍🏽", 1)  # skin tone
    assert not grapheme_boundary("❤️", 1)  # variation selector
    assert grapheme_boundary("🇩🇪🇫🇷", 2) and not grapheme_boundary("🇩🇪🇫🇷", 1)
    assert not grapheme_boundary("a\r\nb", 2)


def test_fit_in_a_template_fills_the_remaining_room() -> None:
    src = "🚀 {{ title }}\n\n{{ body|fit }}\n\n{{ link|link }}"
    fields = {
        "title": "Aurora Cold Brew is here",
        "body": LONG_EN * 4,
        "link": "aurora-coffee.example/cold-brew",
    }
    out = render(src, fields, "twitter")
    assert X.count(out) <= 280 and X.count(out) > 240
    assert out.startswith("🚀 Aurora Cold Brew is here\n\n")
    assert out.endswith("\n\nhttps://aurora-coffee.example/cold-brew")
    # VK has room for all of it
    assert render(src, fields, "vk").count("Hamburg") == 4


def test_two_fits_share_the_room() -> None:
    src = "{{ a|fit }}\n{{ b|fit }}"
    out = render(src, {"a": "alpha " * 60, "b": "beta " * 60}, "twitter")
    assert X.count(out) <= 280
    first, second = out.split("\n")
    assert first.endswith("…") and second.endswith("…")
    assert abs(len(first) - len(second)) < 40


def test_fit_with_a_limit_and_on_the_master_text() -> None:
    assert render("{{ s|fit(12) }}", {"s": "one two three four"}, "") == "one two…"
    assert render("{{ s|fit(12) }}", {"s": "柏林柏林柏林柏林柏林"}, "twitter") == "柏林柏林柏…"
    # the master text has no platform limit: fit without a limit leaves it whole
    assert render("{{ s|fit }}", {"s": "x " * 400}, "") == ("x " * 400).strip()


# -- mention and link --------------------------------------------------------------------


def test_mention_per_platform() -> None:
    value = "twitter:@AuroraCoffeeHQ; weibo:@Aurora咖啡; vk:club123456|Aurora Coffee; @aurora"
    assert format_mention(value, X) == "@AuroraCoffeeHQ"
    assert format_mention(value, WEIBO) == "@Aurora咖啡"
    assert format_mention(value, VK) == "[club123456|Aurora Coffee]"
    assert format_mention(value, FB) == "aurora"
    assert format_mention("https://x.com/AuroraCoffeeHQ", X) == "@AuroraCoffeeHQ"
    assert format_mention("aurora_coffee|Aurora Coffee", FB) == "Aurora Coffee"
    assert [e.kind for e in VK.entities(format_mention(value, VK))] == ["link"]


def test_link_adds_scheme_and_campaign_tags() -> None:
    assert format_link("aurora-coffee.example/shop", X) == "https://aurora-coffee.example/shop"
    tagged = format_link("https://aurora-coffee.example/shop?ref=a&utm_source=old", VK, "winter")
    assert tagged == (
        "https://aurora-coffee.example/shop?ref=a&utm_source=vk&utm_medium=social&utm_campaign=winter"
    )
    with pytest.raises(ValueError, match="not a web link"):
        format_link("javascript:alert(1)", X)


# -- dates, times, numbers, money --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "long", "full", "day"),
    [
        ("en", "1 December 2026", "Tuesday, 1 December 2026", "1 December"),
        ("ru", "1 декабря 2026", "вторник, 1 декабря 2026", "1 декабря"),
        ("zh-CN", "2026年12月1日", "2026年12月1日 星期二", "12月1日"),
    ],
)
def test_dates_for_each_language(lang: str, long: str, full: str, day: str) -> None:
    assert format_date("2026-12-01", lang) == long
    assert format_date("2026-12-01T18:30", lang, "full") == full
    assert format_date("01.12.2026", lang, "day") == day


def test_times_numbers_and_money() -> None:
    assert format_time("18:30", "en") == "6:30 PM"
    assert format_time("2026-12-01 09:05", "ru") == "09:05"
    assert format_number("1234.5", "en") == "1,234.5"
    assert format_number("1234.5", "ru") == f"1{NBSP}234,5"
    assert format_number("1234.5", "zh") == "1,234.5"
    assert format_number("1234567.891", "en", 2) == "1,234,567.89"
    assert format_money("1299.5", "EUR", "en") == "€1,299.50"
    assert format_money("1 299,50", "RUB", "ru") == f"1{NBSP}299,50{NBSP}₽"
    assert format_money("1299", "CNY", "zh") == "¥1,299"
    assert format_money("49", "USD", "zh") == "US$49"
    assert format_money("49", "€", "ru") == f"49{NBSP}€"


def test_date_filter_uses_the_audience_language_and_reports_bad_dates() -> None:
    src = "{{ d|date }} · {{ p|money('EUR') }} · {{ n|number }}"
    fields = {"d": "2026-12-01", "p": "1299.5", "n": "1234.5"}
    assert (
        render(src, fields, "vk", "ru") == f"1 декабря 2026 · 1{NBSP}299,50{NBSP}€ · 1{NBSP}234,5"
    )
    assert render(src, fields, "weibo", "zh-CN") == "2026年12月1日 · €1,299.50 · 1,234.5"
    # empty fields render as nothing, so a half-filled form still previews
    assert render(src, {}, "vk", "ru") == "·  ·"
    with pytest.raises(TemplateError, match=r"'next friday' is not a date"):
        render("{{ d|date }}", {"d": "next friday"})
    with pytest.raises(TemplateError, match=r"'lots' is not a number"):
        render("x\n{{ p|money('EUR') }}", {"p": "lots"})
