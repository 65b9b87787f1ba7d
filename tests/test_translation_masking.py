"""Protected content survives: masking finds links, mentions, tags, emoji and glossary
terms, restores them exactly, and the sentence layout keeps every character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from socialdesk.translation.engine import join_tag_words, tag_words
from socialdesk.translation.glossary import Glossary, GlossaryTerm
from socialdesk.translation.masking import PLACEHOLDER, protect, renumber, restore
from socialdesk.translation.segments import split_segments


def kinds(text: str, glossary: Glossary | None = None) -> list[tuple[str, str]]:
    _, tokens = protect(text, glossary)
    return [(t.kind, t.text) for t in tokens]


def test_finds_every_kind_of_protected_content() -> None:
    glossary = Glossary([GlossaryTerm("Aurora Cloud"), GlossaryTerm("Aurora")])
    text = (
        "Aurora Cloud and Aurora by @anna_p, [id1|Павел] and [club42|Клуб]: "
        "https://example.com/a_(b)?x=1, mail hi@example.org #launch #тег@aurora "
        "#发布会# 🚀👩‍👩‍👧🇷🇺1️⃣👍🏽 {{ price }} ⟦not ours⟧"
    )
    found = kinds(text, glossary)
    assert ("term", "Aurora Cloud") in found
    assert ("term", "Aurora") in found
    assert ("mention", "@anna_p") in found
    assert ("vk_link", "[id1|Павел]") in found
    assert ("vk_link", "[club42|Клуб]") in found
    assert ("url", "https://example.com/a_(b)?x=1") in found
    assert ("email", "hi@example.org") in found
    assert ("hashtag", "#launch") in found
    assert ("hashtag", "#тег@aurora") in found
    assert ("topic", "#发布会#") in found
    assert ("emoji", "🚀👩‍👩‍👧🇷🇺1️⃣👍🏽") in found
    assert ("template", "{{ price }}") in found
    assert ("literal", "⟦") in found and ("literal", "⟧") in found


def test_text_around_protected_content_is_left_for_translation() -> None:
    masked, tokens = protect("Read https://x.co/a now, @bob! 🎉")
    assert masked == "Read ⟦1⟧ now, ⟦2⟧! ⟦3⟧"
    assert [t.kind for t in tokens] == ["url", "mention", "emoji"]


def test_hashtags_are_not_topics_and_sharp_in_words_is_not_a_tag() -> None:
    assert kinds("#one #two") == [("hashtag", "#one"), ("hashtag", "#two")]
    assert kinds("C# and F# are languages") == []
    assert kinds("room #1 today") == []


def test_restore_tolerates_spaces_services_insert_in_placeholders() -> None:
    masked, tokens = protect("Go to https://a.io and @bo")
    mangled = masked.replace("⟦1⟧", "⟦ 1 ⟧").replace("⟦2⟧", "⟦2 ⟧")
    assert restore(mangled, tokens, lambda t: t.text) == "Go to https://a.io and @bo"


def test_restore_leaves_unknown_numbers_visible() -> None:
    assert restore("a ⟦9⟧", [], lambda t: t.text) == "a ⟦9⟧"


def test_renumbering_makes_the_same_sentence_the_same_key_anywhere() -> None:
    masked, tokens = protect("See @a. Visit https://b.io today.")
    _, second = masked.split(". ", 1)
    key, local = renumber(second, tokens)
    assert key == "Visit ⟦1⟧ today."
    assert local[0].text == "https://b.io"
    other_key, other_local = renumber(*protect("Visit https://c.io today."))
    assert other_key == key
    assert other_local[0].text == "https://c.io"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Hello",
                " ",
                "\n",
                "мир",
                "世界",
                "https://ex.com/p?q=1",
                "@user",
                "[id7|Имя]",
                "#tag",
                "#话题#",
                "🚀",
                "👩‍💻",
                "⟦",
                "⟧",
                "1,000",
                ".",
                "!",
                "。",
                "Aurora",
                "{{ x }}",
            ]
        ),
        max_size=30,
    ).map("".join)
    | st.text(max_size=200)
)
def test_masking_round_trip_restores_any_text_exactly(text: str) -> None:
    glossary = Glossary([GlossaryTerm("Aurora", {"ru": "Аврора"})])
    masked, tokens = protect(text, glossary)
    assert len(PLACEHOLDER.findall(masked)) == len(tokens)
    assert restore(masked, tokens, lambda t: t.text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?。\n⟦⟧1 xyzцю字"), max_size=300), st.integers(8, 60))
def test_layout_keeps_every_character_and_each_segment_fits(text: str, limit: int) -> None:
    masked, _ = protect(text)
    pieces = split_segments(masked, lambda s: len(s) <= limit)
    assert "".join(p.text for p in pieces) == masked
    for piece in pieces:
        if piece.translatable:
            assert len(piece.text) <= limit
            assert piece.text == piece.text.strip()
            assert "\n" not in piece.text


def test_sentences_lines_and_cjk_sentences_are_separate_segments() -> None:
    pieces = split_segments("One. Two? Three!\n\n你好。世界！ Last one")
    segments = [p.text for p in pieces if p.translatable]
    assert segments == ["One.", "Two?", "Three!", "你好。", "世界！", "Last one"]


def test_long_cjk_sentence_is_cut_between_characters_never_inside_a_placeholder() -> None:
    text = "这是一个很长的句子" * 5 + "⟦12⟧" + "还有更多的文字" * 5
    pieces = split_segments(text, lambda s: len(s) <= 20)
    assert "".join(p.text for p in pieces) == text
    assert any("⟦12⟧" in p.text for p in pieces)


def test_hashtag_words_split_and_join_back() -> None:
    assert tag_words("SummerSale") == "Summer Sale"
    assert tag_words("summer_sale") == "summer sale"
    assert join_tag_words("летняя распродажа", "ru") == "летняяРаспродажа"
    assert join_tag_words("夏季 促销", "zh-CN") == "夏季促销"
