"""Each platform counts as that platform does (DESIGN.md "Platform facts").

Expected numbers are worked out by hand in the comments:
- X: NFC, CRLF -> LF; code points in U+0000-10FF, 2000-200D, 2010-201F, 2032-2037
  weigh 1, all others 2; an emoji sequence 2; a URL 23.
- Weibo: CRLF -> LF; bytes = UTF-16 units + UTF-16 units outside U+0000-00FF; a URL
  20 bytes up to 140 bytes, else bytes - 140 + 20; t.cn literal; weibo.com/weibo.cn/
  t.sina.cn literal up to 41 bytes; count = ceil(bytes / 2).
- VK, Facebook: code points, CRLF -> LF.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialdesk.platforms import PLATFORM_IDS, Check, all_platforms, get_platform
from socialdesk.platforms.facebook import FacebookPlatform
from socialdesk.platforms.twitter import TwitterPlatform
from socialdesk.platforms.vk import VKPlatform
from socialdesk.platforms.weibo import WeiboPlatform
from socialdesk.resources import load_json, resource_path

X, WEIBO, VK, FB = (get_platform(pid) for pid in ("twitter", "weibo", "vk", "facebook"))
DATA = json.loads(resource_path("platforms.json").read_text(encoding="utf-8"))

FAMILY = "👨‍👩‍👧‍👦"  # 4 emoji joined by 3 ZWJ: 7 code points, 11 UTF-16 units
THUMB = "👍🏽"  # emoji + skin tone: 2 code points, 4 UTF-16 units
FLAG = "🇩🇪"  # two regional indicators
KEYCAP = "1️⃣"  # 1 + FE0F + 20E3


# -- registry and data -----------------------------------------------------------------


def test_registry_knows_the_four_platforms() -> None:
    assert PLATFORM_IDS == ("vk", "weibo", "twitter", "facebook")
    assert [p.id for p in all_platforms()] == list(PLATFORM_IDS)
    assert [p.name for p in all_platforms()] == ["VK", "Weibo", "X", "Facebook"]


def test_unknown_platform_raises_keyerror_naming_the_known_ids() -> None:
    with pytest.raises(KeyError) as info:
        get_platform("nope")
    message = info.value.args[0]
    assert "'nope'" in message
    for pid in PLATFORM_IDS:
        assert pid in message


def test_numbers_match_the_resource_file() -> None:
    for platform in all_platforms():
        entry = DATA[platform.id]
        assert platform.limit == entry["limit"]
        assert platform.fold_count == entry["fold"]["count"]
        assert platform.colors == entry["colors"]
    assert X.limit == 280 and WEIBO.limit == 2000 and VK.limit == 16384 and FB.limit == 63206
    assert (X.fold_count, WEIBO.fold_count, VK.fold_count, FB.fold_count) == (280, 140, 280, 477)
    assert isinstance(X, TwitterPlatform) and X.premium_limit == 25000
    assert isinstance(WEIBO, WeiboPlatform) and WEIBO.share_api_limit == 140


def test_limits_and_folds_are_read_from_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changing resources/platforms.json changes the platforms: no numbers in the code."""
    changed = json.loads(json.dumps(DATA))
    for pid, limit in (("vk", 100), ("weibo", 50), ("twitter", 30), ("facebook", 200)):
        changed[pid]["limit"] = limit
        changed[pid]["fold"]["count"] = limit // 2
    changed["twitter"]["url_weight"] = 11
    changed["weibo"]["url_bytes"] = 10
    for table in resource_path().glob("*.json"):  # X's link and emoji tables as they are
        (tmp_path / table.name).write_bytes(table.read_bytes())
    (tmp_path / "platforms.json").write_text(json.dumps(changed), encoding="utf-8")
    monkeypatch.setattr("socialdesk.resources.resources_dir", lambda: tmp_path)
    load_json.cache_clear()
    try:
        vk, weibo, x, fb = VKPlatform(), WeiboPlatform(), TwitterPlatform(), FacebookPlatform()
    finally:
        load_json.cache_clear()
    assert (vk.limit, weibo.limit, x.limit, fb.limit) == (100, 50, 30, 200)
    assert vk.check("я" * 60).fold_at == 50
    assert fb.check("a" * 150).fold_at == 100
    assert x.count("see https://example.com/page") == 4 + 11
    assert weibo.count("看 https://example.com/page") == (2 + 1 + 10 + 1) // 2


# -- X ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, world", 12),  # ASCII: 1 each
        ("Привет, мир", 11),  # Cyrillic U+0400-04FF is in the light range: 1 each
        ("你好世界", 8),  # CJK: 2 each
        ("こんにちは", 10),  # kana: 2 each
        ("Hi 你好 мир", 11),  # "Hi " = 3, 你好 = 4, " " = 1, мир = 3
        ("שלום עולם", 9),  # Hebrew (RTL) U+05D0-05EA is light: 9 code points
        ("مرحبا بالعالم", 13),  # Arabic (RTL) U+0600-06FF light: 13 code points
        ("😀", 2),  # one emoji
        (THUMB, 2),  # skin tone: still one sequence
        (FAMILY, 2),  # ZWJ family: one sequence, although 7 code points
        (FLAG, 2),  # flag: one sequence
        (KEYCAP, 2),  # keycap: one sequence, although its first code point is ASCII
        ("ok 👍🏽👍🏽", 7),  # o k space = 3, two sequences = 4
        ("cafe\u0301", 4),  # NFC makes e + U+0301 one code point é (U+00E9): 4
        ("Vie\u0323\u0302t", 5),  # NFC: V i ệ(U+1EC7, outside U+0000-10FF: 2) t -> 1+1+2+1
        ("a\u0308\u0323", 3),  # NFC: ạ (U+1EA1: 2) + U+0308 (1) = 3
        ("wait…", 6),  # w a i t = 4, … U+2026 is outside 2010-201F: 2
        ("“quote” — dash", 14),  # “ ” U+201C/D and — U+2014 weigh 1: 14 code points
        ("5′ 6″", 5),  # ′ ″ U+2032/2033 are light
        ("a\r\nb", 3),  # CRLF -> LF
        ("a\rb\nc", 5),  # lone CR -> LF
    ],
)
def test_x_counting(text: str, expected: int) -> None:
    assert X.count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see https://example.com", 4 + 23),  # "see " + URL
        ("see https://example.com/" + "a" * 200, 4 + 23),  # long URL: still 23
        ("http://t.co/abc", 23),  # a t.co link: 23
        ("example.com", 23),  # without a scheme: 23
        ("visit www.example.com/menu, now", 6 + 23 + 5),  # the comma is not part of it
        ("https://ru.wikipedia.org/wiki/Москва", 23),  # Cyrillic path stays in the URL
        ("https://aurora-coffee.example/berlin", 36),  # .example is no TLD: counted as text
        ("链接example.com了解", 4 + 23 + 4),  # CJK on both sides: 2+2, URL, 2+2
    ],
)
def test_x_urls(text: str, expected: int) -> None:
    assert X.count(text) == expected


def test_x_folds_only_past_280_which_only_premium_allows() -> None:
    fits = X.check("a" * 280)
    assert (fits.count, fits.over_by, fits.fold_at, fits.over_at) == (280, 0, None, None)
    assert fits.fits and fits.valid and fits.near_limit
    over = X.check("a" * 300)
    assert (over.over_by, over.over_at, over.fold_at) == (20, 280, 280)
    assert not over.fits and not over.valid
    premium = X.check("a" * 300, X.premium_limit)
    assert (premium.limit, premium.over_by, premium.over_at, premium.fold_at) == (
        25000,
        0,
        None,
        280,
    )
    assert premium.valid


def test_x_over_at_by_weight() -> None:
    # 150 CJK characters weigh 300: the first 140 weigh 280 and fit
    assert X.check("你" * 150).over_at == 140
    # 279 + an emoji sequence (2) = 281: the sequence does not fit as a whole
    assert X.check("a" * 279 + THUMB).over_at == 279
    # 261 + URL (23) = 284: the URL starts at 261
    text = "a" * 260 + " https://example.com/page"
    assert X.count(text) == 284 and X.check(text).over_at == 261
    # CRLF before the cut: 100 "a\n" (200) + 80 b's fit; the index is in the text as
    # written, where each of those line breaks is two characters
    text = "a\r\n" * 100 + "b" * 100
    assert X.count(text) == 300 and X.check(text).over_at == 3 * 100 + 80
    # decomposed accents before the cut: é written as e + U+0301 counts 1
    text = "e\u0301" * 279 + "abc"
    assert X.count(text) == 282 and X.check(text).over_at == 2 * 279 + 1


def test_x_invalid_characters() -> None:
    result = X.check("hello\ufeff")
    assert result.count == 7 and not result.valid and result.problems
    assert "U+FEFF" in result.problems[0]
    assert not X.check("").valid  # empty is not a valid post
    assert X.check("\u202ahello\u202c").valid  # directional marks are fine


# -- Weibo -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ab", 1),  # 2 bytes
        ("abc", 2),  # 3 bytes -> ceil(1.5)
        ("你好", 2),  # 2 units + 2 outside Latin-1 = 4 bytes
        ("Привет", 6),  # 6 + 6 = 12 bytes
        ("Hi 你好", 4),  # H i space = 3 bytes, 你好 = 4 bytes: 7 -> ceil(3.5)
        ("café", 2),  # é is U+00E9, inside Latin-1: 4 bytes
        ("cafe\u0301", 3),  # no NFC on Weibo: c a f e = 4, U+0301 = 2: 6 bytes
        ("שלום", 4),  # 4 units outside Latin-1: 8 bytes
        ("😀", 2),  # one astral code point = 2 UTF-16 units, both outside: 4 bytes
        (THUMB, 4),  # 4 units: 8 bytes
        (FAMILY, 11),  # 11 units: 22 bytes
        (FLAG, 4),  # 4 units: 8 bytes
        (KEYCAP, 3),  # "1" = 1 byte, FE0F 20E3 = 4 bytes: 5 -> ceil(2.5)
        ("a\r\nb\r\nc", 3),  # CRLF -> LF: 5 bytes -> 3 (7 bytes would be 4)
    ],
)
def test_weibo_counting(text: str, expected: int) -> None:
    assert WEIBO.count(text) == expected


def url_of(length: int, host: str = "example.com", scheme: str = "http") -> str:
    start = f"{scheme}://{host}/"
    return start + "a" * (length - len(start))


@pytest.mark.parametrize(
    ("url", "url_bytes"),
    [
        (url_of(20), 20),  # up to 140 bytes: 20
        (url_of(140), 20),
        (url_of(141), 141 - 140 + 20),  # past 140 bytes: bytes - 140 + 20
        (url_of(200), 200 - 140 + 20),
        (url_of(200, scheme="https"), 80),
        ("http://t.cn/x", 13),  # t.cn short links count as written
        ("http://t.cn/A6abcdE", 19),
        (url_of(27, "weibo.com"), 27),  # Sina's own links up to 41 bytes: as written
        (url_of(41, "weibo.com"), 41),
        (url_of(42, "weibo.com"), 20),  # 42 bytes: like any link
        (url_of(41, "weibo.cn"), 41),
        (url_of(41, "t.sina.cn"), 41),
        (url_of(41, "m.weibo.cn"), 41),
        (url_of(200, "weibo.com"), 80),
        # Sina's composer only knows hosts of letters and digits: a hyphenated host is
        # not a link to it and counts as text
        ("https://aurora-coffee.example/berlin", 36),
    ],
)
def test_weibo_urls(url: str, url_bytes: int) -> None:
    # "看 " is 2 + 1 bytes
    assert WEIBO.count("看 " + url) == -(-(3 + url_bytes) // 2)
    assert WEIBO.count(url) == -(-url_bytes // 2)


def test_weibo_link_that_does_not_fit_is_cut_where_it_starts() -> None:
    # 130 CJK = 260 bytes, space 1, link 20: 281 bytes > 280 (140 characters)
    text = "你" * 130 + " http://example.com/x"
    result = WEIBO.check(text, 140)
    assert (result.count, result.over_at) == (141, 131)


def test_weibo_folds_after_140_characters() -> None:
    assert WEIBO.check("你" * 140).fold_at is None
    assert WEIBO.check("你" * 141).fold_at == 140
    assert WEIBO.check("a" * 281).fold_at == 280  # 280 Latin letters = 140 characters
    over = WEIBO.check("你" * 2001)
    assert (over.count, over.over_by, over.over_at) == (2001, 1, 2000)
    assert WEIBO.check("a" * 4001).over_at == 4000  # 4,001 bytes = 2,001 characters
    assert WEIBO.check("a" * 4000).over_at is None


def test_weibo_share_api_limit() -> None:
    assert isinstance(WEIBO, WeiboPlatform)
    result = WEIBO.check("你" * 150, WEIBO.share_api_limit)
    assert (result.limit, result.over_by, result.over_at) == (140, 10, 140)


# -- VK and Facebook -------------------------------------------------------------------


@pytest.mark.parametrize("pid", ["vk", "facebook"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello", 5),
        ("Привет, мир!", 12),
        ("你好世界", 4),
        ("Hi 你好 мир", 9),
        ("שלום עולם", 9),
        ("😀", 1),  # code points, not UTF-16 units
        (THUMB, 2),
        (FAMILY, 7),
        (FLAG, 2),
        (KEYCAP, 3),
        ("cafe\u0301", 5),  # no normalisation: 5 code points
        ("see https://example.com/" + "a" * 50, 4 + 20 + 50),  # links count as written
        ("a\r\nb", 3),  # CRLF -> LF
    ],
)
def test_vk_and_facebook_count_code_points(pid: str, text: str, expected: int) -> None:
    assert get_platform(pid).count(text) == expected


def test_vk_fold_and_limit() -> None:
    assert VK.check("я" * 280).fold_at is None
    assert VK.check("я" * 281).fold_at == 280
    over = VK.check("я" * 16385)
    assert (over.over_by, over.over_at) == (1, 16384)


def test_facebook_fold_and_limit() -> None:
    assert FB.check("a" * 477).fold_at is None
    assert FB.check("a" * 478).fold_at == 477
    assert FB.check("a\r\n" * 300).fold_at == 3 * 238 + 1  # 477 = 238 "a\n" pairs + "a"
    assert FB.check("a" * 63206).over_by == 0
    assert FB.check("a" * 63207).over_at == 63206


# -- Check -----------------------------------------------------------------------------


def test_check_fields() -> None:
    result = VK.check("я" * 100, limit=110)
    assert result == Check(
        count=100, limit=110, over_by=0, fold_at=None, over_at=None, near_limit=True
    )
    assert result.fits and result.valid
    assert not VK.check("я" * 98, limit=110).near_limit  # 98 < 0.9 * 110 = 99
    assert not VK.check("").valid  # nothing to post


# -- over_at and fold_at on every platform ---------------------------------------------

# Units that never merge with their neighbours into an emoji sequence or a link.
units = st.one_of(
    st.characters(min_codepoint=0x61, max_codepoint=0x7A),  # a-z
    st.characters(min_codepoint=0x430, max_codepoint=0x44F),  # а-я
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),  # CJK
    st.characters(min_codepoint=0x5D0, max_codepoint=0x5EA),  # Hebrew
    st.sampled_from([" ", "\n", ",", "!", "é", "…", "—", "😀", THUMB, FAMILY, FLAG, "☕"]),
)


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(units, min_size=1, max_size=80),
    limit=st.integers(min_value=1, max_value=60),
    pid=st.sampled_from(PLATFORM_IDS),
)
def test_text_before_over_at_fits_and_the_next_unit_does_not(
    pieces: list[str], limit: int, pid: str
) -> None:
    platform = get_platform(pid)
    text = "".join(pieces)
    result = platform.check(text, limit)
    assert result.over_by == max(0, result.count - limit)
    if result.over_at is None:
        assert result.count <= limit
        return
    assert platform.count(text[: result.over_at]) <= limit
    if pid == "twitter":
        # X counts an emoji sequence as a whole: the cut is never inside one
        boundaries = [len("".join(pieces[:i])) for i in range(len(pieces) + 1)]
        assert result.over_at in boundaries
        i = boundaries.index(result.over_at)
        assert platform.count("".join(pieces[: i + 1])) > limit
    else:
        # the others count code points (Weibo UTF-16 bytes): one more does not fit
        assert platform.count(text[: result.over_at + 1]) > limit


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_fold_at_is_where_the_fold_count_is_passed(pid: str) -> None:
    platform = get_platform(pid)
    assert platform.fold_count is not None
    text = "Зерно из Юньнани 🎉 精选咖啡豆 " * 80
    result = platform.check(text, 100_000)
    assert result.fold_at is not None
    assert platform.count(text[: result.fold_at]) <= platform.fold_count
    assert platform.count(text[: result.fold_at + 1]) > platform.fold_count
