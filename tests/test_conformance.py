"""X counting against twitter-text: its official conformance cases, and the reference
implementation (`twitter_text.parse_tweet`) on random mixed text.

Our counter reimplements parse_tweet's sum for speed and looks for URLs and emoji
only where they can be, so it must agree with parse_tweet on anything.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from support import SHARED
from twitter_text import parse_tweet
from twitter_text.config import config as twitter_config

from socialdesk.platforms import get_platform

CONFORMANCE = SHARED / "conformance" / "twitter-text-validate.yml"
TESTS: dict[str, list[dict[str, Any]]] = yaml.safe_load(CONFORMANCE.read_text(encoding="utf-8"))[
    "tests"
]
X = get_platform("twitter")


def cases(section: str) -> list[Any]:
    return [
        pytest.param(case["text"], case["expected"], id=case["description"])
        for case in TESTS[section]
    ]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def valid_range_end(text: str, over_at: int | None) -> int:
    """parse_tweet's validRangeEnd (last valid UTF-16 unit) from our over_at."""
    return utf16_length(text if over_at is None else text[:over_at]) - 1


def test_the_sections_are_there() -> None:
    # a renamed section would silently run zero cases
    assert len(TESTS["WeightedTweetsWithDiscountedEmojiCounterTest"]) >= 20
    assert len(TESTS["UnicodeDirectionalMarkerCounterTest"]) >= 2


@pytest.mark.parametrize(
    ("text", "expected"),
    cases("WeightedTweetsWithDiscountedEmojiCounterTest")
    + cases("UnicodeDirectionalMarkerCounterTest"),
)
def test_weighted_length_and_validity(text: str, expected: dict[str, Any]) -> None:
    result = X.check(text)
    assert X.count(text) == result.count == expected["weightedLength"]
    assert result.valid is expected["valid"]
    assert result.limit == 280
    assert result.over_by == max(0, expected["weightedLength"] - 280)
    if not result.problems:  # with U+FFFF and the like, validRangeEnd stops at them instead
        assert valid_range_end(text, result.over_at) == expected["validRangeEnd"]
    # X folds long (premium) posts at 280: the same point
    assert result.fold_at == result.over_at


# -- entities: the sections that fit what we extract -----------------------------------


def is_single_entity(text: str, kind: str) -> bool:
    entities = X.entities(text)
    return [(e.kind, e.start, e.end) for e in entities] == [(kind, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), cases("hashtags"))
def test_conformance_hashtags(text: str, expected: bool) -> None:
    assert is_single_entity(text, "hashtag") is expected


@pytest.mark.parametrize(("text", "expected"), cases("usernames"))
def test_conformance_usernames(text: str, expected: bool) -> None:
    assert is_single_entity(text, "mention") is expected


# The `urls` section tests isValidUrl, a validator for one URL on its own. Counting uses
# the extractor, as parse_tweet does, and the extractor deliberately skips these.
EXTRACTOR_SKIPS = {
    "http://user:PASSW0RD@example.com:8080/login.php",
    "http://192.168.0.1/index.html?src=asdf",
    "http://[3ffe:1900:4545:3:200:f8ff:fe21:67cf]:80/index.html",
    "http://example.com?foo=$bar.;baz?BAZ&c=d-#top/?stories+",  # extracted without the +
}


@pytest.mark.parametrize(("text", "expected"), cases("urls") + cases("urls_without_protocol"))
def test_conformance_urls(text: str, expected: bool) -> None:
    if text in EXTRACTOR_SKIPS:
        assert expected and not is_single_entity(text, "url")
        assert parse_tweet(text).weightedLength == X.count(text) != 23
    else:
        assert is_single_entity(text, "url") is expected


# -- the fast counter equals parse_tweet -----------------------------------------------


def chars(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(st.characters(min_codepoint=low, max_codepoint=high), min_size=1, max_size=6)


EMOJI = [
    "😀", "👍🏽", "👍🏿", "🙋🏽‍♀️", "👨‍👩‍👧‍👦", "👩🏻‍💻", "🏳️‍🌈", "🇩🇪", "🇨🇳", "🇺🇦",
    "1️⃣", "#️⃣", "*⃣", "1⃣", "©", "©️", "™", "☺", "❤️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "☕", "🤪", "🧕🏾",
]  # fmt: skip
URLS = [
    "http://example.com", "https://t.co/abc123", "example.com", "www.example.com/a?b=c",
    "https://ru.wikipedia.org/wiki/Москва", "http://☃.net/", "foo.co.jp", "t.co",
    "https://x.com/a_(b)", "https://aurora-coffee.de/berlin?utm=1", "http://例子.中国",
    "https://example.com/" + "a" * 300, "1.com", "a.b", "x.com/#️⃣",
]  # fmt: skip

pieces = st.one_of(
    chars(0x20, 0x7E),  # ASCII: words, digits, punctuation, # @ . /
    chars(0xA0, 0x24F),  # Latin with accents
    chars(0x400, 0x4FF),  # Cyrillic
    chars(0x4E00, 0x9FFF),  # CJK
    chars(0x3000, 0x30FF),  # CJK punctuation, kana
    chars(0x590, 0x6FF),  # Hebrew, Arabic (RTL)
    chars(0x300, 0x36F),  # combining marks
    chars(0x1F300, 0x1FAFF),  # emoji blocks
    chars(0x2000, 0x2070),  # general punctuation: the edges of the light ranges
    chars(0x1F3FB, 0x1F3FF),  # skin tone modifiers
    chars(0x1F1E6, 0x1F1FF),  # regional indicators (flags)
    chars(0xE0020, 0xE007F),  # tags (subdivision flags)
    st.sampled_from(["\u200d", "\ufe0f", "\u20e3", "\u202a", "\u2066", "\u200f", "\ufeff"]),
    st.sampled_from(["\r\n", "\r", "\n", " ", "  ", "\t", "\u3000", "\xa0"]),
    st.sampled_from(EMOJI),
    st.sampled_from(URLS),
    st.sampled_from(["#tag", "#тег", "@handle", "＠user", "#話題", ".", ",", "(", ")"]),
    st.characters(exclude_categories=["Cs"]),  # anything at all
)
mixed_texts = st.lists(pieces, max_size=25).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mixed_texts)
@example(text="H🐱☺👨‍👩‍👧‍👦 e\u0301\r\nhttp://x.com 1⃣#️⃣")
@example(text="中文" * 30 + "example.com" + "中文" * 30)
@example(text=" عäexample.com,éשלום")  # a URL right after RTL text, no space
def test_count_equals_parse_tweet(text: str) -> None:
    reference = parse_tweet(text)
    result = X.check(text)
    assert result.count == reference.weightedLength
    assert result.valid == reference.valid


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mixed_texts, limit=st.integers(min_value=1, max_value=60))
def test_over_at_matches_parse_tweets_valid_range(text: str, limit: int) -> None:
    """Where the text passes a limit, in UTF-16 units as parse_tweet reports it."""
    assume(X.normalize(text) == text)  # parse_tweet reports normalized positions loosely
    result = X.check(text, limit)
    assume(not result.problems)  # validRangeEnd stops at invalid characters
    reference = parse_tweet(
        text, {**twitter_config["defaults"], "max_weighted_tweet_length": limit}
    )
    assert result.count == reference.weightedLength
    if result.over_at is None:
        assert result.count <= limit
    elif result.over_at > 0:  # when nothing fits, parse_tweet still reports the first unit
        assert valid_range_end(text, result.over_at) == reference.validRangeEnd


@settings(max_examples=200, deadline=None)
@given(text=mixed_texts, limit=st.integers(min_value=1, max_value=60))
@example(text="0" * 11 + "一一一" + "\u0590" * 2 + "א" + "\u0590" * 6 + "foo.co.jp\u0344", limit=36)
def test_over_at_in_text_that_normalisation_changes(text: str, limit: int) -> None:
    """With CRLF or decomposed accents, over_at is in the text as written: its prefix
    normalises to exactly the part of the normalized text that fits. A character NFC
    writes as several (U+0344 is U+0308 U+0301) is over whole if the limit falls inside."""
    normalized = X.normalize(text)
    at_normalized = X.check(normalized, limit).over_at
    at = X.check(text, limit).over_at
    if at_normalized is None:
        assert at is None
        return
    assert at is not None
    fits = len(X.normalize(text[:at]))
    assert fits == at_normalized or (fits < at_normalized and len(X.normalize(text[at])) > 1)
    # and it is the last such index: a CRLF or a composed sequence stays whole
    assert at == len(text) or len(X.normalize(text[: at + 1])) > at_normalized


def test_long_text_equals_parse_tweet() -> None:
    sentence = (
        "Aurora Coffee открылась в Берлине! 精选云南咖啡豆。 👩🏻‍💻👨‍👩‍👧‍👦🇩🇪 1️⃣ "
        "#AuroraCoffee @AuroraCoffeeHQ https://aurora-coffee.de/berlin www.example.com "
        "Café e\u0301te\u0301 — “quoted” שלום مرحبا\r\n"
    )
    text = sentence * 30  # ~4,000 characters
    assert X.count(text) == parse_tweet(text).weightedLength
    premium = X.check(text, 25_000)
    assert premium.over_by == 0 and premium.fold_at is not None
    assert unicodedata.normalize("NFC", text) != text  # the slow path for fold_at ran
