"""Each feed card's chrome as data: typography, action bars, header details and the card's
own words in the audience language; how each platform shows a link card."""

from __future__ import annotations

import pytest

from socialdesk.linkcards import LinkCard
from socialdesk.linkcards.view import card_view
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.platforms.chrome import CARD_LANGUAGES, card_language, chrome


@pytest.mark.parametrize(
    ("pid", "language", "now"),
    [
        ("vk", "ru", "только что"),
        ("weibo", "zh-CN", "刚刚"),
        ("twitter", "en", "now"),
        ("facebook", "en-GB", "Just now"),
        ("facebook", "ru_RU", "Только что"),
        ("vk", "de", "just now"),  # a language without card words: English
    ],
)
def test_card_words_follow_the_audience_language(pid: str, language: str, now: str) -> None:
    assert chrome(pid).word("now", language) == now


@pytest.mark.parametrize(
    ("pid", "language", "labels"),
    [
        ("twitter", "en", ["Reply", "Repost", "Like", "Views"]),
        ("weibo", "zh-CN", ["转发", "评论", "赞"]),
        ("vk", "ru", ["Нравится", "Комментировать", "Поделиться", "Просмотры"]),
        ("facebook", "en", ["Like", "Comment", "Share"]),
        ("facebook", "zh-CN", ["赞", "评论", "分享"]),
        ("facebook", "zh-TW", ["讚", "留言", "分享"]),  # Traditional for Taiwan, Hong Kong
        ("weibo", "zh_Hant_HK", ["轉發", "評論", "讚"]),
    ],
)
def test_action_bars(pid: str, language: str, labels: list[str]) -> None:
    actions = chrome(pid).actions(language)
    assert [a.label for a in actions] == labels
    assert all(a.icon for a in actions)
    # VK draws its view count at the far end of the bar
    assert [a.id for a in actions if a.end] == (["views"] if pid == "vk" else [])


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_every_card_word_exists_in_every_audience_language(pid: str) -> None:
    c = chrome(pid)
    keys = {"now", "your_name", *(a.id for a in c.actions("en"))}
    for key in keys:
        for language in CARD_LANGUAGES:
            assert c.word(key, language).strip(), (pid, key, language)
    t = c.typography
    assert t.fonts[-1] == "sans-serif" and 11 <= t.text_px <= 17
    assert t.text_weight == 400, "post text is regular weight on every platform"
    assert t.name_weight >= 500 and t.line_height_px > t.text_px


def test_header_details_and_placeholders() -> None:
    assert chrome("twitter").header == ("name", "handle", "time")
    assert chrome("weibo").word("source", "zh", app="SocialDesk") == "来自 SocialDesk"
    assert chrome("facebook").word("your_name", "en") == "Your Page"
    assert chrome("weibo").typography.css_font_family().startswith('"PingFang SC"')
    assert card_language("zh_Hans_CN") == "zh"
    assert card_language("zh-TW") == card_language("zh-HK") == "zh-Hant"
    assert chrome("twitter").details("zh-TW", "aurora") == "@aurora · 剛剛"


@pytest.mark.parametrize(
    ("pid", "language", "details"),
    [
        ("twitter", "en", "@aurora · now"),
        ("vk", "ru", "только что"),
        ("weibo", "zh-CN", "刚刚  来自 SocialDesk"),
        ("facebook", "en", "Just now · 🌐"),
        ("facebook", "ru", "Только что · 🌐"),
    ],
)
def test_header_details_line(pid: str, language: str, details: str) -> None:
    assert chrome(pid).details(language, handle="@aurora") == details


def _card(**values: object) -> LinkCard:
    base: dict[str, object] = {
        "url": "https://www.example.com/a",
        "title": "A title",
        "description": "Words",
        "image": "abc.jpg",
        "image_width": 1200,
        "image_height": 630,
    }
    base.update(values)
    return LinkCard(**base)  # type: ignore[arg-type]


def test_link_card_layouts_per_platform() -> None:
    assert card_view("twitter", _card(twitter_card="summary_large_image")).layout == "large"
    assert card_view("twitter", _card(twitter_card="summary")).layout == "small"
    assert card_view("weibo", _card()).layout == "small"  # 网页链接 card
    fb = card_view("facebook", _card())
    assert fb.layout == "large" and fb.domain == "EXAMPLE.COM" and fb.show_image
    # an image under the platform's minimum is not shown: a small card with a thumbnail
    tiny = card_view("facebook", _card(image_width=100, image_height=100))
    assert tiny.layout == "small" and tiny.show_image
    assert not card_view("facebook", _card(image_width=40, image_height=40)).show_image
    # VK builds no snippet without a suitable picture: the link's domain only
    no_picture = card_view("vk", _card(image_width=100, image_height=100))
    assert (no_picture.layout, no_picture.title, no_picture.domain) == ("domain", "", "example.com")
    assert card_view("vk", _card()).layout == "large"


def test_a_page_without_tags_shows_the_domain_only() -> None:
    view = card_view("twitter", LinkCard(url="https://www.example.com/x"))
    assert (view.layout, view.domain, view.title, view.show_image) == (
        "domain",
        "example.com",
        "",
        False,
    )
