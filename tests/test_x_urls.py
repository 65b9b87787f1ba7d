"""X's URL finder (`socialdesk.platforms.twitter.urls`) against twitter-text-parser's
extractor, `extract_urls_with_indices`: the same spans on every text.

The finder works the regex's matches out instead of running it (the regex is quadratic
on text without spaces and ~100 ms to compile), so it is checked differentially: on the
official conformance texts, on them glued into Chinese, Japanese and Russian without
spaces, on generated texts in those scripts with links of every kind, and on random
text (hypothesis).
"""

from __future__ import annotations

import random
import re
from encodings import idna as idna_codec
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support import SHARED, run_fresh
from twitter_text.extract_urls import extract_urls_with_indices
from twitter_text.regexp.valid_cctld import valid_cctld
from twitter_text.regexp.valid_gtld import valid_gtld
from twitter_text.regexp.valid_punycode import valid_punycode

from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter import urls
from socialdesk.resources import load_json

CONFORMANCE = SHARED / "conformance"


def theirs(text: str) -> list[tuple[int, int]]:
    return [(e["indices"][0], e["indices"][1]) for e in extract_urls_with_indices(text)]


def conformance_texts() -> list[str]:
    texts: list[str] = []
    for name in ("twitter-text-extract.yml", "twitter-text-tlds.yml", "twitter-text-validate.yml"):
        tests: dict[str, list[dict[str, Any]]] = yaml.safe_load(
            (CONFORMANCE / name).read_text(encoding="utf-8")
        )["tests"]
        texts += [case["text"] for cases in tests.values() for case in cases]
    return [text for text in texts if isinstance(text, str)]


# -- texts without spaces, with links of every kind ------------------------------------
CHINESE = "精选云南与肯尼亚单一产区咖啡豆，每天清晨店内新鲜烘焙。欢迎来柏林的门店品尝「极光」系列！"
JAPANESE = "ベルリンのカフェが開店しました。毎朝、店内で焙煎しています（詳しくはこちら）、どうぞ！"
RUSSIAN = "КофейняАврораоткрыласьвБерлине—зернообжариваемсамикаждоеутро,приходите!"
LINKS = [
    "https://aurora-coffee.de/berlin?utm_source=socialdesk",  # scheme, path, query
    "http://example.com",
    "HTTPS://EXAMPLE.COM/MENU",
    "www.example.com/menu",  # no scheme
    "example.com",
    "aurora-coffee.de",
    "t.co/AbC123xyz",  # t.co, with and without scheme
    "https://t.co/AbC123xyz?amp=1",
    "https://t.co/" + "a" * 41,  # slug too long
    "例子.中国",  # IDN, with and without scheme
    "http://例子.中国/路径",
    "https://пример.рф/страница",
    "http://xn--p1ai.xn--p1ai/",
    "https://example.com:8080/path",  # ports
    "example.com:443",
    "https://ru.wikipedia.org/wiki/Москва_(город)",  # parentheses, Cyrillic path
    "https://example.com/a(b(c)d)e?x=1&y=2#frag",
    "https://example.com/search?q=кофе&lang=ru",
    "foo.co.uk/path.html",
    "a.b.c.d.example.co.jp",
    "under_score.example.com",
    "x_y.com",
    "-dash.example.com",
    "example.com.",  # trailing punctuation
    "example.com,",
    "https://example.com/path.",
    "https://example.com/path?",
    "https://example.com/path)",
    "(https://example.com)",
    "example.com。",  # full-width punctuation next to links
    "「example.com」",
    "（https://example.com/菜单）",
    "example．com",
    "@example.com",
    "#example.com",
    "$example.com",
    "user@example.com",
    "3.14",
    "file.docx",
    "Node.js",
    "version.common",
]
FILLERS = [CHINESE, JAPANESE, RUSSIAN, CHINESE + RUSSIAN, JAPANESE + CHINESE]


def glued_texts() -> list[str]:
    """Links inside runs without spaces, at the start, middle and end, one to four."""
    rng = random.Random(20)
    texts = []
    for filler in FILLERS:
        for link in LINKS:
            cut = rng.randrange(len(filler))
            texts += [
                filler[:cut] + link + filler[cut:],
                link + filler,
                filler + link,
                filler * 8 + link + filler * 3,
            ]
        for _ in range(40):
            chosen = rng.sample(LINKS, 4)
            texts.append("".join(filler[: rng.randrange(1, len(filler))] + c for c in chosen))
    return texts


def test_the_domain_list_is_the_packages() -> None:
    """resources/x_tlds.json is the package's domains, in its order (the first one that
    fits is where a URL ends). Regenerate from the package's regexes when it changes."""
    data = load_json("x_tlds.json")
    for listed, pattern in ((data["gtld"], valid_gtld), (data["cctld"], valid_cctld)):
        head, tail = "(?:(?:", ")(?=[^0-9a-zA-Z@+-]|$))"
        assert pattern.pattern == head + "|".join(listed) + tail
    assert valid_punycode.pattern == r"(?:xn--[\-0-9a-z]+)"


def test_the_domains_need_no_folding_of_their_own() -> None:
    """The finder looks folded text up among the names as they are: that holds while every
    name is lower case and no two of their letters are the same letter to the engine."""
    tlds = urls.url_finder().tlds
    for name in tlds.order:
        assert tlds.fold(name) == name
    assert all(ch.lower() == ch for name in tlds.order for ch in name)
    for a in tlds.cased:
        assert [b for b in tlds.cased if re.fullmatch(re.escape(a), b, re.IGNORECASE)] == [a]
    for code in range(128):  # ASCII is folded without asking the engine
        ch = chr(code)
        engine = [b for b in tlds.cased if re.fullmatch(re.escape(b), ch, re.IGNORECASE)]
        assert tlds.fold(ch) == (engine[0] if engine else ch)


def test_domain_characters_are_the_same_ignoring_case_or_not() -> None:
    """Classes of caseless characters are compiled without IGNORECASE (much faster): no
    character, in any case, is one of them only when ignoring case."""
    ignoring = re.compile(f"[{urls._NOT_DOMAIN}]", re.IGNORECASE)
    exact = re.compile(f"[{urls._NOT_DOMAIN}]")
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert [m.start() for m in ignoring.finditer(every)] == [
        m.start() for m in exact.finditer(every)
    ]


def test_differential_conformance_texts_alone_and_glued_into_scripts_without_spaces() -> None:
    texts = conformance_texts()
    assert len(texts) > 1_800  # the three files, not a renamed or empty section
    variants = [
        variant
        for text in texts
        for variant in (
            text,
            CHINESE[:9] + text + "。",
            "日本語の" + text + "です",
            "Ссылка" + text,
        )
    ]
    wrong = [text for text in variants if urls.url_spans(text) != theirs(text)]
    assert wrong == []


def test_differential_chinese_japanese_russian_with_links_of_every_kind() -> None:
    texts = glued_texts()
    assert len(texts) >= 900
    found = 0
    for text in texts:
        expected = theirs(text)
        assert urls.url_spans(text) == expected, text
        found += len(expected)
    assert found > 500  # most of these texts have links that count


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("精选咖啡豆。https://aurora-coffee.de/berlin欢迎", ["https://aurora-coffee.de/berlin"]),
        ("店内新鲜烘焙t.co/AbC123每天", ["t.co/AbC123"]),
        ("极光咖啡豆http://例子.中国/路径每天", ["http://例子.中国/"]),
        ("Приходитеhttps://aurora.de/меню!", ["https://aurora.de/меню"]),
        # glued to a long run of Chinese, a link without a scheme is one label too long for
        # IDNA, and the package drops it (its regex took the whole run for the domain)
        (CHINESE * 3 + "www.example.com", []),
    ],
)
def test_what_the_package_finds_next_to_cjk_and_cyrillic(text: str, links: list[str]) -> None:
    assert (
        [text[s:e] for s, e in urls.url_spans(text)]
        == links
        == [text[s:e] for s, e in theirs(text)]
    )


PIECES = [
    "http://", "https://", "HTTP://", "www.", "t.co/", "example", ".com", ".co", ".uk", ".中国",
    "例子", ".xn--p1ai", ".рф", ".ſite", ".Com", ".ελ", "中文", "精选", "。", "，", "、", "「",
    "」", "：", "！", "（", "）", "日本語", "です", "Москва", ".", "..", "-", "_", "/", "?",
    "=", "&", "#", "@", "＠", "$", ":", "8080", "(", ")", "a", "Z", "1", " ", "\u3000", "\n",
    "é", "\u202a", "\u200f", "\ufeff", "'", '"', "+", "~", "|", "[", "]", "%", "!", ",",
    "xn--", "\u0301", "İ", "\u212a", "ı", "．", "\u00ad",
]  # fmt: skip
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.characters(exclude_categories=["Cs"])), max_size=40
).map("".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
@example(text="foo.bar.co.uk/path(a)b")  # the rightmost domain a greedy regex can reach
@example(text="中_中.com")  # no `_` in the last label, but the match may start after it
@example(text="a.com.qqq")  # a domain that ends at an earlier dot
@example(text="httpſ://a.com")  # ſ is s to the regex engine, ignoring case
@example(text="a-.com b.-c.com d..com")
# a parenthesis after the link, with a space or not: the path pattern with or without them
@example(text="https://a.com/x_(y) https://a.com/x_ (y) https://a.com/x_\u3000(y)")
@example(text="https://a.com/(x)y(z)\nhttps://a.com/x\n(y)")
def test_differential_random_text(text: str) -> None:
    assert urls.url_spans(text) == theirs(text)


@settings(max_examples=500, deadline=None)
@given(label=st.lists(st.sampled_from(["例", "子", "中", "\u00ad", "a", "-", "ß", "Ａ", "\u200d"])))
def test_idna_label_by_label_is_the_codec(label: list[str]) -> None:
    for domain in ("".join(label) + ".中国", "".join(label) + "。com.", "".join(label)):
        try:
            expected: str | None = idna_codec.Codec().encode(domain)[0].decode("ascii")
        except Exception:
            expected = None
        assert urls._idna(domain) == expected


@settings(max_examples=500, deadline=None)
@given(labels=st.lists(st.sampled_from(["", "a", "b" * 62, "c" * 63, "d" * 64, "x-y"]), max_size=4))
def test_an_ascii_name_passes_as_the_codec_lets_it(labels: list[str]) -> None:
    """ASCII names are checked without loading the codec: the same answers."""
    for domain in (".".join(labels), ".".join(labels) + "."):
        try:
            expected: str | None = idna_codec.Codec().encode(domain)[0].decode("ascii")
        except Exception:
            expected = None
        assert urls._idna(domain) == expected


def test_no_top_level_domain_holds_ascii_punctuation() -> None:
    """What `TopLevelDomains.end` assumes of resources/x_tlds.json."""
    data = load_json("x_tlds.json")
    names = [*data["gtld"], *data["cctld"]]
    assert len(names) > 1500
    assert not [n for n in names if any(ch.isascii() and not ch.isalnum() for ch in n)]


DOMAIN_TLD = re.compile(
    f"(?:{valid_gtld.pattern}|{valid_cctld.pattern}|{valid_punycode.pattern})", re.IGNORECASE
)


@settings(max_examples=1500, deadline=None)
@given(
    text=st.lists(
        st.one_of(
            st.sampled_from(["com", "co", "CoM", "ſite", "\u212aim", "İt", "中国", "中國", "xn--"]),
            st.sampled_from(["嘉里", "嘉里大酒店", "ελ", "рф", "닷컴", "-", "@", "+", "1", "a"]),
            st.characters(exclude_categories=["Cs"]),
        ),
        max_size=5,
    ).map("".join)
)
def test_top_level_domain_at_an_index_is_the_regexs(text: str) -> None:
    m = DOMAIN_TLD.match(text)
    assert urls.url_finder().tlds.end(text, 0) == (m.end() if m else None)


def test_counting_links_runs_no_twitter_text_code() -> None:
    """The app has its own tables: no module of the package runs, so neither
    `pkg_resources` nor its regexes load (nor need to be in the frozen build)."""
    text = "精选云南咖啡豆https://aurora-coffee.de/berlin?x=1每天 www.example.com http://例子.中国"
    result = run_fresh(
        f"""
        import json, sys
        from socialdesk.platforms import get_platform

        X = get_platform("twitter")
        counts = [X.count({text!r}), [e.text for e in X.entities({text!r})]]
        print(json.dumps({{"counts": counts,
                          "loaded": sorted(m for m in sys.modules
                                           if m.startswith(("twitter_text", "pkg_resources")))}}))
        """
    )
    links = ["https://aurora-coffee.de/berlin?x=1", "www.example.com", "http://例子.中国"]
    assert [text[s:e] for s, e in theirs(text)] == links
    assert result == {"counts": [get_platform("twitter").count(text), links], "loaded": []}
