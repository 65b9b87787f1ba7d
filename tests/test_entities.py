"""Hashtags, topics, mentions and links, each platform in its own syntax."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialdesk.platforms import PLATFORM_IDS, Entity, get_platform
from socialdesk.platforms.base import TakenSpans
from socialdesk.platforms.twitter import rules
from socialdesk.resources import load_json


def found(pid: str, text: str) -> list[tuple[str, str, str, str]]:
    """(kind, text, display, target) of each entity, checking its span on the way."""
    entities = get_platform(pid).entities(text)
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    return [(e.kind, e.text, e.display, e.target) for e in entities]


def kinds_and_texts(pid: str, text: str) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text, _, _ in found(pid, text)]


# -- X ---------------------------------------------------------------------------------


def test_x_hashtag_mention_and_link() -> None:
    text = "Ping @AuroraCoffeeHQ about #AuroraCoffee https://aurora-coffee.de/berlin/menu/long"
    assert found("twitter", text) == [
        ("mention", "@AuroraCoffeeHQ", "@AuroraCoffeeHQ", "AuroraCoffeeHQ"),
        ("hashtag", "#AuroraCoffee", "#AuroraCoffee", "AuroraCoffee"),
        # X shows links without the scheme, cut after 24 characters
        (
            "url",
            "https://aurora-coffee.de/berlin/menu/long",
            "aurora-coffee.de/berlin/…",
            "https://aurora-coffee.de/berlin/menu/long",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("#кофе дня", "кофе"),
        ("#日本語。", "日本語"),
        ("＃全角 ok", "全角"),  # fullwidth hash sign
        ("#हिन्दी है", "हिन्दी"),  # Devanagari vowel signs and virama are combining marks
        ("#ข่าวด่วน", "ข่าวด่วน"),  # Thai tone marks
        ("#cafe\u0301!", "cafe\u0301"),  # decomposed accent
        ("#1st", "1st"),
        ("#tag_with_underscores", "tag_with_underscores"),
        ("(#paren)", "paren"),
    ],
)
def test_x_hashtags(text: str, tag: str) -> None:
    assert [(k, t) for k, _, _, t in found("twitter", text)] == [("hashtag", tag)]


@pytest.mark.parametrize(
    "text",
    [
        "#12345",  # digits only
        "a#tag",  # glued to a word
        "&#tag",  # an HTML entity
        "#tag#",  # followed by another hash
        "#tag://x",
        "#️⃣ keycap",
        "https://example.com/#anchor",  # inside a link
    ],
)
def test_x_not_hashtags(text: str) -> None:
    assert "hashtag" not in [kind for kind, _ in kinds_and_texts("twitter", text)]


def test_x_hashtag_tables_stored_are_unicodes() -> None:
    """The stored tables (what spares the first count ~0.3 s) are exactly those of this
    Python's Unicode: if Python's Unicode is newer, regenerate
    resources/x_hashtag_chars.json from `rules._work_out_hashtag_tables()`."""
    stored = load_json(rules.HASHTAG_CHARS_FILE)
    assert stored["unicode_version"] == unicodedata.unidata_version, "regenerate the table"
    assert rules.hashtag_tables() == rules._work_out_hashtag_tables()


def test_x_hashtag_pattern_takes_exactly_the_hashtag_characters() -> None:
    """`\\w`, the marks and the extras, less what the cut stops at, is twitter-text's class,
    on every code point: letters, marks, decimal digits and the extras; not `²` or `Ⅻ`."""
    pattern, cut = rules._hashtag_patterns()
    wanted = set(rules._hashtag_points()) | set(map(ord, rules._HASHTAG_EXTRAS))
    taken = {
        cp for cp in range(0x110000) if pattern.fullmatch(f"#a{chr(cp)}") and not cut.match(chr(cp))
    }
    assert taken == wanted
    assert {0x4E00, 0x0301, ord("٣"), 0x20000} <= taken and not {ord("²"), ord("Ⅻ")} & taken


def test_x_glued_hash_signs_follow_the_hashtag_characters() -> None:
    """A hash sign glued to a hashtag character or `&` starts no hashtag, in any script;
    after a variation selector (the end of an emoji) it does."""
    for before in ("a", "я", "咖", "٣", "\u0301", "_", "&", "\U00020000"):
        assert "hashtag" not in [kind for kind, _ in kinds_and_texts("twitter", f"{before}#tag")]
    for before in (" ", "!", "\ufe0f", "☕", "\u00bd"):
        assert [k for k, _ in kinds_and_texts("twitter", f"{before}#tag")] == ["hashtag"], before


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("@jack hi", "jack"),
        ("hi @user_123!", "user_123"),
        ("привет@user", "user"),  # only ASCII letters and digits stop a mention
        ("＠fullwidth", "fullwidth"),
        ("@abcdefghijklmno", "abcdefghijklmno"),  # 15 characters: the longest handle
    ],
)
def test_x_mentions(text: str, handle: str) -> None:
    assert [(k, t) for k, _, _, t in found("twitter", text)] == [("mention", handle)]


@pytest.mark.parametrize(
    "text",
    [
        "@иван",  # handles are ASCII
        "user@example.com",  # an e-mail address
        "@user@host",
        "@user://",
    ],
)
def test_x_not_mentions(text: str) -> None:
    assert "mention" not in [kind for kind, _ in kinds_and_texts("twitter", text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("@abcdefghijklmnop hi", [("mention", "@abcdefghijklmnop")]),  # 16: legacy handles
        ("@" + "a" * 21, [("mention", "@" + "a" * 20)]),  # twitter-text stops at 20
        ("@aurora/berlin-cafes!", [("list", "@aurora/berlin-cafes")]),
        ("@aurora/7days", [("mention", "@aurora")]),  # a slug starts with a letter
        ("Buy $AAPL, not $TSLA.", [("cashtag", "$AAPL"), ("cashtag", "$TSLA")]),
        ("$BRK.B and $RDS_A", [("cashtag", "$BRK.B"), ("cashtag", "$RDS_A")]),
        ("costs $25 or x$AAPL or $TOOLONG", []),
    ],
)
def test_x_mentions_lists_and_cashtags_as_twitter_text(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kinds_and_texts("twitter", text) == found


def test_x_links_as_twitter_text_finds_them() -> None:
    assert kinds_and_texts("twitter", "see example.com, t.co/abc and www.x.org/a?b=1.") == [
        ("url", "example.com"),
        ("url", "t.co/abc"),
        ("url", "www.x.org/a?b=1"),
    ]
    # a link glued to CJK text is still found; .example is no top-level domain
    assert kinds_and_texts("twitter", "链接example.com了解 aurora.example") == [
        ("url", "example.com")
    ]


# -- Weibo -----------------------------------------------------------------------------


def test_weibo_topics_have_a_hash_at_both_ends() -> None:
    text = "#柏林咖啡# #留学生活# 不是话题：#only one hash"
    assert found("weibo", text) == [
        ("topic", "#柏林咖啡#", "#柏林咖啡#", "柏林咖啡"),
        ("topic", "#留学生活#", "#留学生活#", "留学生活"),
    ]


@pytest.mark.parametrize("text", ["# #", "##", "#话题", "话题#", "#跨\n行#"])
def test_weibo_not_topics(text: str) -> None:
    assert kinds_and_texts("weibo", text) == []


def test_weibo_mentions_and_links() -> None:
    text = "@Aurora咖啡 你好！详情见https://t.cn/A6abcdE，欢迎@小明：明天见"
    assert found("weibo", text) == [
        ("mention", "@Aurora咖啡", "@Aurora咖啡", "Aurora咖啡"),
        # Weibo shows every link as 网页链接; the link stops at the Chinese comma
        ("url", "https://t.cn/A6abcdE", "网页链接", "https://t.cn/A6abcdE"),
        ("mention", "@小明", "@小明", "小明"),
    ]


def test_weibo_topic_and_link_do_not_overlap() -> None:
    text = "#活动# https://example.com/#a#"
    assert kinds_and_texts("weibo", text) == [
        ("topic", "#活动#"),
        ("url", "https://example.com/#a#"),
    ]


# -- VK --------------------------------------------------------------------------------


def test_vk_links_to_people_and_communities_show_the_name() -> None:
    text = "[id1|Павел Дуров] и [club123456|Aurora Coffee], [public42|Новости] [durov|Паша]"
    assert found("vk", text) == [
        ("link", "[id1|Павел Дуров]", "Павел Дуров", "id1"),
        ("link", "[club123456|Aurora Coffee]", "Aurora Coffee", "club123456"),
        ("link", "[public42|Новости]", "Новости", "public42"),
        ("link", "[durov|Паша]", "Паша", "durov"),
    ]


def test_vk_hashtags_with_and_without_community() -> None:
    text = "#кофе@aurora_coffee и #тег, но не #123"
    assert found("vk", text) == [
        ("hashtag", "#кофе@aurora_coffee", "#кофе@aurora_coffee", "кофе@aurora_coffee"),
        ("hashtag", "#тег", "#тег", "тег"),
    ]


def test_vk_screen_name_mentions() -> None:
    assert found("vk", "Спасибо @durov. Пишите на mail@example.com") == [
        ("mention", "@durov", "@durov", "durov"),
    ]


def test_vk_markup_that_is_not_a_link() -> None:
    assert kinds_and_texts("vk", "[id1|] [id1 Name] [|Name]") == []


def test_vk_link_url() -> None:
    text = "Смотрите https://vk.com/wall-1_2 и [id1|меня]"
    assert kinds_and_texts("vk", text) == [
        ("url", "https://vk.com/wall-1_2"),
        ("link", "[id1|меня]"),
    ]


# -- Facebook --------------------------------------------------------------------------


def test_facebook_hashtags_and_links() -> None:
    text = "#AuroraCoffee #1 @Aurora https://www.facebook.com/aurora and www.example.com/menu."
    assert found("facebook", text) == [
        ("hashtag", "#AuroraCoffee", "#AuroraCoffee", "AuroraCoffee"),
        (
            "url",
            "https://www.facebook.com/aurora",
            "https://www.facebook.com/aurora",
            "https://www.facebook.com/aurora",
        ),
        ("url", "www.example.com/menu", "www.example.com/menu", "www.example.com/menu"),
    ]


def test_links_in_capitals_end_at_cjk_and_full_width_text() -> None:
    """The scheme and `www.` in any case; the link stops at Chinese and at full-width
    letters of either case (what the pattern ignoring case did)."""
    text = "看HTTPS://Example.COM/Menu咖啡 WwW.aurora.de／ｍｅｎｕ Http://x.de/aＢ"
    assert kinds_and_texts("facebook", text) == [
        ("url", "HTTPS://Example.COM/Menu"),
        ("url", "WwW.aurora.de"),
        ("url", "Http://x.de/a"),
    ]


def test_facebook_link_keeps_balanced_parentheses() -> None:
    text = "(see https://en.wikipedia.org/wiki/Coffee_(disambiguation))"
    assert kinds_and_texts("facebook", text) == [
        ("url", "https://en.wikipedia.org/wiki/Coffee_(disambiguation)")
    ]


# -- every platform --------------------------------------------------------------------


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_entities_never_overlap(pid: str) -> None:
    text = (
        "#tag@club #话题# [id1|Имя] @user https://example.com/#tag@x?a=#b "
        "www.example.com/@name #кофе ＃全角 @Aurora咖啡 "
    ) * 3
    entities: list[Entity] = get_platform(pid).entities(text)
    assert entities
    for before, after in itertools.pairwise(entities):
        assert before.end <= after.start


@given(
    cuts=st.lists(st.integers(min_value=0, max_value=60), unique=True, max_size=20),
    candidate=st.tuples(st.integers(0, 60), st.integers(1, 10)),
)
def test_taken_spans_finds_every_overlap(cuts: list[int], candidate: tuple[int, int]) -> None:
    points = sorted(cuts)
    spans = list(itertools.pairwise(points))[::2]  # disjoint spans, every other gap
    taken = TakenSpans(reversed(spans))
    start, end = candidate[0], candidate[0] + candidate[1]
    overlaps = any(start < b and a < end for a, b in spans)
    assert taken.is_free(start, end) is not overlaps
