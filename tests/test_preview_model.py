"""The Qt-free preview model: what each feed shows, folds and marks over the limit."""

from __future__ import annotations

from socialdesk.platforms import get_platform
from socialdesk.preview import FOLD_HREF, build_preview, card_segments, colours_for


def test_runs_carry_each_platform_display() -> None:
    text = "Hi [id1|Pavel Durov] #кофе@aurora https://www.example.com/a/very/long/path/indeed"
    vk = build_preview(get_platform("vk"), text, 16384)
    assert vk.shown_text == "Hi Pavel Durov #кофе@aurora example.com/a/very/long/path/indeed"
    kinds = [(r.kind, r.text) for r in vk.runs if r.kind != "plain"]
    assert kinds[0] == ("link", "Pavel Durov")
    assert ("hashtag", "#кофе@aurora") in kinds

    x = build_preview(get_platform("twitter"), text, 280)
    assert x.shown_text.endswith(" example.com/a/very/long/…")  # X shortens links
    weibo = build_preview(get_platform("weibo"), "看 https://example.com/x 吧", 2000)
    assert weibo.shown_text == "看 网页链接 吧"


def test_fold_hides_the_rest_behind_the_label_unless_expanded() -> None:
    weibo = get_platform("weibo")
    text = "咖啡" * 100  # 200 characters; Weibo folds at 140
    folded = build_preview(weibo, text, 2000)
    assert folded.folded and folded.foldable
    assert folded.shown_text == "咖啡" * 70
    segments = card_segments(folded, colours_for(weibo, dark=False))
    assert "".join(s.text for s in segments) == "咖啡" * 70 + "…展开全文"
    assert segments[-1].href == FOLD_HREF and segments[-1].text.endswith("展开全文")
    expanded = build_preview(weibo, text, 2000, expanded=True)
    assert not expanded.folded and expanded.foldable
    assert expanded.shown_text == text


def test_fold_never_cuts_a_link_in_half() -> None:
    vk = get_platform("vk")
    text = "a" * 270 + " https://example.com/menu and more words after the link " * 3
    preview = build_preview(vk, text, 16384)
    assert preview.folded
    assert preview.runs[-1].kind == "plain"
    assert "example.com" not in preview.shown_text


def test_part_past_the_limit_is_marked() -> None:
    x = get_platform("twitter")
    text = "b" * 275 + " #overflow tail"
    preview = build_preview(x, text, 280, expanded=True)
    assert preview.check.over_by == 10
    over = [r for r in preview.runs if r.over]
    assert over[0].kind == "hashtag" and over[0].text == "#overflow"
    assert "".join(r.text for r in over) == "#overflow tail"
    assert not any(r.over for r in preview.runs[: preview.runs.index(over[0])])
    segments = card_segments(preview, colours_for(x, dark=False))
    marked = "".join(s.text for s in segments if s.background == "#FFDDE1")
    assert marked == "#overflow tail"


def test_the_writers_text_is_shown_as_written_never_as_markup() -> None:
    fb = get_platform("facebook")
    preview = build_preview(fb, "<b>not bold</b> & co", 63206)
    segments = card_segments(preview, colours_for(fb, dark=True))
    assert [(s.text, s.colour, s.bold) for s in segments] == [
        ("<b>not bold</b> & co", fb.colors["dark_text"], False)
    ]


def test_x_card_colours_cashtags_lists_and_long_mentions_as_x_links_them() -> None:
    x = get_platform("twitter")
    text = "Buy $AAPL via @AuroraCoffeeBerlinHQ and @aurora/berlin-cafes, not x$NO or $25."
    preview = build_preview(x, text, 280)
    marked = [(r.kind, r.text) for r in preview.runs if r.kind != "plain"]
    assert marked == [
        ("cashtag", "$AAPL"),
        ("mention", "@AuroraCoffeeBerlinHQ"),
        ("list", "@aurora/berlin-cafes"),
    ]
    link = colours_for(x, dark=False).link
    linked = [
        s.text for s in card_segments(preview, colours_for(x, dark=False)) if s.colour == link
    ]
    assert linked == [shown for _, shown in marked]  # "$25" is no cashtag: not coloured
