"""Splitting a long X post into a thread: where the breaks fall, numbering, the split
marker, and (property tests) that every part fits, nothing is lost and no link,
mention, hashtag, emoji or template tag is ever cut."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter.thread import (
    MARKER,
    Thread,
    has_marker,
    split_thread,
)

X = get_platform("twitter")


def bodies(thread: Thread) -> list[str]:
    return [part.body for part in thread.parts]


def check_thread(thread: Thread) -> None:
    """What must hold for any thread: parts fit, are counted as X counts them, and
    together are the text, in order, with only white space and markers between."""
    position = 0
    for number, part in enumerate(thread.parts, start=1):
        assert part.number == number and part.total == len(thread.parts)
        assert X.count(part.text) == part.count <= thread.limit
        assert part.body and part.body == thread.source[part.start : part.end]
        assert part.body == part.body.strip()
        suffix = f" {number}/{part.total}" if thread.numbered else ""
        assert part.text == part.body + suffix
        assert re.fullmatch(
            r"(?:\s|^[ \t]*---[ \t]*$)*", thread.source[position : part.start], re.M
        )
        position = part.end
    assert re.fullmatch(r"(?:\s|^[ \t]*---[ \t]*$)*", thread.source[position:], re.M)


# -- where the breaks fall -------------------------------------------------------------


def test_a_text_that_fits_is_one_part_without_a_number() -> None:
    thread = split_thread("Aurora Coffee opens on Friday!", numbered=True)
    assert thread.texts == ["Aurora Coffee opens on Friday!"]
    assert not thread.is_thread and not thread.numbered
    assert thread.parts[0].count == 30


def test_a_paragraph_break_comes_first() -> None:
    first = "We roast every bean on site. " * 6  # 174 characters
    second = "Come by on Friday, the first cup is free. " * 4
    thread = split_thread(first.strip() + "\n\n" + second.strip())
    check_thread(thread)
    assert bodies(thread) == [first.strip(), second.strip()]


def test_then_a_sentence_then_a_clause_then_a_word() -> None:
    sentence = "We roast every single bean on site in small batches. "
    thread = split_thread(sentence * 8)  # no paragraphs: each part ends a sentence
    check_thread(thread)
    assert all(body.endswith("batches.") for body in bodies(thread))

    clause = "we roast every single bean on site, "
    thread = split_thread(clause * 12)  # no sentence ends: a clause
    check_thread(thread)
    assert bodies(thread)[0].endswith("site,")

    words = "beans " * 60  # only words
    thread = split_thread(words)
    check_thread(thread)
    assert bodies(thread)[0].endswith("beans") and thread.parts[0].count >= 275


def test_a_better_break_is_not_taken_when_it_leaves_the_part_nearly_empty() -> None:
    text = "Hello.\n\n" + "one more word " * 40
    thread = split_thread(text)
    check_thread(thread)
    assert thread.parts[0].count > 200  # not just "Hello."


def test_chinese_breaks_after_sentence_punctuation_without_spaces() -> None:
    sentence = (
        "我们每天清晨在店里小批量烘焙来自云南和肯尼亚的咖啡豆！"  # 27 characters, 54 weighted
    )
    thread = split_thread(sentence * 12)
    check_thread(thread)
    assert all(body.endswith("！") for body in bodies(thread))
    assert bodies(thread)[0] == sentence * 5  # 270 of 280

    semicolons = "第一杯免费；带上朋友一起来。"
    thread = split_thread(semicolons * 30)
    check_thread(thread)
    assert all(body[-1] in "；。" for body in bodies(thread))


def test_chinese_without_punctuation_fills_each_part() -> None:
    thread = split_thread("咖啡" * 400)  # 800 characters, 1,600 weighted
    check_thread(thread)
    assert [part.count for part in thread.parts] == [280] * 5 + [200]


def test_no_part_starts_with_closing_punctuation_or_a_lone_accent() -> None:
    text = "咖啡" * 139 + "豆」好" + "咖啡" * 100
    thread = split_thread(text)
    check_thread(thread)
    assert not thread.parts[1].body.startswith("」")

    accents = "e\u0301" * 10  # NFC makes these é; combining marks with no composed form stay
    thread = split_thread("x\u0332" * 300 + accents)
    check_thread(thread)
    for part in thread.parts:
        assert part.body[0] == "x"


@pytest.mark.parametrize(
    "entity",
    [
        "https://aurora-coffee.de/berlin/menu?utm_source=socialdesk",
        "@AuroraCoffeeHQ",
        "#AuroraCoffeeBerlin",
        "👨‍👩‍👧‍👦",
        "{{ fields.opening_hours | upper }}",
        "{% if premium %}",
    ],
)
def test_no_break_inside_a_link_mention_hashtag_emoji_or_template_tag(entity: str) -> None:
    for filler in range(250, 281):
        # glued to the text around it, so only a break between characters is left
        text = "a" * filler + "…" + entity + "…" + "b" * 40
        thread = split_thread(text, 280)
        check_thread(thread)
        assert any(entity in body for body in bodies(thread)), (filler, bodies(thread))
        assert not any(part.forced for part in thread.parts)


@pytest.mark.parametrize(
    "entity",
    [
        "@AuroraCoffeeBerlinHQ",  # 20 characters: twitter-text's longest mention
        "@AuroraCoffeeHQ/berlin-cafes",  # a list
        "\u180e$AAPL!",  # a cashtag after a space the word level does not break at
        "\u180e$BRK.B",
    ],
)
def test_no_break_inside_a_long_mention_a_list_or_a_cashtag(entity: str) -> None:
    whole = entity.strip("\u180e!")
    for filler in range(115, 141):
        # Chinese on both sides: only a break between characters is left
        thread = split_thread("咖" * filler + entity + "啡" * 40, 280)
        check_thread(thread)
        assert any(whole in body for body in bodies(thread)), (filler, bodies(thread))
        assert not any(part.forced for part in thread.parts)


def test_something_longer_than_a_post_is_cut_and_says_so() -> None:
    tag = "{{ " + "x" * 400 + " }}"
    thread = split_thread(tag)
    check_thread(thread)
    assert thread.parts[0].forced


def test_line_endings_and_accents_as_x_receives_them() -> None:
    text = ("Cafe\u0301 au lait.\r\n" * 30).strip()
    thread = split_thread(text)
    check_thread(thread)
    assert "\r" not in thread.source and "e\u0301" not in thread.source
    assert "".join(bodies(thread)).count("Café") == 30


# -- numbering ------------------------------------------------------------------------


def test_numbering_is_counted_in_the_limit() -> None:
    text = "bean " * 120
    plain = split_thread(text)
    numbered = split_thread(text, numbered=True)
    check_thread(numbered)
    assert numbered.numbered
    assert [p.text[-4:] for p in numbered.parts] == [f" {i}/3" for i in (1, 2, 3)]
    assert max(p.count for p in numbered.parts) <= 280
    assert [len(p.body) for p in plain.parts] == [279, 279, 39]
    assert [len(p.body) for p in numbered.parts] == [274, 274, 49]


def test_numbering_grows_with_ten_parts_or_more() -> None:
    thread = split_thread("咖啡豆。" * 700, numbered=True)  # 5,600 weighted
    check_thread(thread)
    assert len(thread.parts) >= 20
    assert thread.parts[0].text.endswith(f" 1/{len(thread.parts)}")
    assert all(part.count <= 280 for part in thread.parts)


# -- the split marker -------------------------------------------------------------------


def test_the_marker_moves_a_break_and_is_not_posted() -> None:
    text = "Short opening line.\n---\nThe rest of it, which fits in one post."
    assert has_marker(text)
    thread = split_thread(text, numbered=True)
    check_thread(thread)
    assert thread.texts == [
        "Short opening line. 1/2",
        "The rest of it, which fits in one post. 2/2",
    ]
    assert thread.parts[0].count == 23


def test_text_beside_a_marker_is_still_split_when_too_long() -> None:
    text = "Intro.\n  ---  \n" + "beans " * 100 + f"\n{MARKER}\nOutro."
    thread = split_thread(text)
    check_thread(thread)
    assert bodies(thread)[0] == "Intro." and bodies(thread)[-1] == "Outro."
    assert len(thread.parts) == 5


@pytest.mark.parametrize(
    "text", ["---\nonly this", "only this\n---", "only this\n---\n---\n", "\n---\n\n---"]
)
def test_markers_never_make_empty_parts(text: str) -> None:
    thread = split_thread(text)
    check_thread(thread)
    assert thread.texts == ([] if "only" not in text else ["only this"])


def test_dashes_inside_a_line_are_text() -> None:
    assert not has_marker("a --- b")
    assert split_thread("a --- b").texts == ["a --- b"]


def test_a_limit_without_room_for_text_is_refused() -> None:
    with pytest.raises(ValueError, match="no room"):
        split_thread("beans " * 10, 5, numbered=True)


# -- properties ----------------------------------------------------------------------------

ENTITIES = [
    "https://aurora-coffee.de/berlin?utm=1",
    "example.com",
    "@AuroraCoffeeHQ",
    "@AuroraCoffeeBerlinHQ",  # 20 characters
    "@AuroraCoffeeBerlinHQ2",  # 21: the mention is the first 20
    "@AuroraCoffeeHQ/berlin-cafes",
    "$AAPL",
    "$BRK.B",
    "\u180e$TSLA",  # after a space that is no word break
    "#кофе",
    "#AuroraCoffee",
    "👩🏻‍💻",
    "🇩🇪",
    "❤️",
    "{{ opening_hours }}",
    "{% if x %}",
]
pieces = st.one_of(
    st.sampled_from(["We roast beans", "every morning", "Кофе", "обжариваем сами", "精选咖啡豆"]),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=1, max_size=30),
    st.text(st.characters(min_codepoint=0x61, max_codepoint=0x7A), min_size=1, max_size=12),
    st.sampled_from([" ", " ", "  ", "\n", "\n\n", "\r\n", "\u3000", "\u180e"]),
    st.sampled_from([".", "!", "?", ",", ";", "。", "！", "，", "；", "」", "…", " — "]),
    st.sampled_from(["e\u0301", "\u0332", "\u200d", "\ufe0f"]),
    st.sampled_from([f"\n{MARKER}\n", MARKER]),
    st.sampled_from(ENTITIES).map(lambda e: f" {e} "),
    st.sampled_from(ENTITIES),
)
texts = st.lists(pieces, min_size=1, max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, limit=st.integers(min_value=40, max_value=280), numbered=st.booleans())
@example(text="a" * 270 + "https://aurora-coffee.de/berlin" + "b" * 30, limit=280, numbered=True)
@example(text="咖啡" * 150 + "example.com" + "咖啡" * 50, limit=280, numbered=False)
@example(text=" 。example.com", limit=30, numbered=False)  # a link only on its own
def test_every_part_fits_nothing_is_lost_and_no_entity_is_cut(
    text: str, limit: int, numbered: bool
) -> None:
    thread = split_thread(text, limit, numbered=numbered)
    check_thread(thread)
    if not thread.parts:
        assert not re.sub(r"(?m)^[ \t]*---[ \t]*$", "", thread.source).strip()
        return
    # every entity of the text as a whole lies within one part
    source = thread.source
    whole = [(e.start, e.end) for e in X.entities(source)]
    whole += [(a.start, a.end) for a in X.atoms(source)]
    whole += [m.span() for m in re.finditer(r"\{\{.*?\}\}|\{%.*?%\}", source)]
    if not any(part.forced for part in thread.parts):
        for start, end in whole:
            assert any(p.start <= start and end <= p.end for p in thread.parts), source[start:end]
