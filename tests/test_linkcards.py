"""Link cards against a loopback web site: charsets, relative images, missing tags, slow,
huge and redirecting servers, the image cache and offline use."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PIL import Image
from servers.loopback import LoopbackServer
from servers.web_pages import (
    EN_TITLE,
    RU_DESCRIPTION,
    RU_TITLE,
    ZH_DESCRIPTION,
    ZH_TITLE,
    hits,
    web_server,
)

from socialdesk.linkcards import LinkCard, LinkCardCache, first_link, link_card
from socialdesk.linkcards.fetch import FetchError, fetch


@pytest.fixture(scope="module")
def site() -> Iterator[LoopbackServer]:
    with web_server() as server:
        yield server


@pytest.fixture
def cache(tmp_path: Path) -> LinkCardCache:
    return LinkCardCache(tmp_path / "cards")


# -- which link gets the card --------------------------------------------------------------


def test_first_link_follows_each_platforms_rules() -> None:
    text = "Смотрите #байкал@travel http://a.example/one и потом https://b.example/two"
    assert first_link("vk", text) == "http://a.example/one"
    # X finds a bare domain; the card is fetched over https
    assert first_link("twitter", "read example.com/x, then https://b.example") == (
        "https://example.com/x"
    )
    # Weibo: a link glued to Chinese text ends where the Chinese starts
    assert first_link("weibo", "快看https://t.example/p/1今天") == "https://t.example/p/1"
    assert first_link("facebook", "no links here, just #tags") is None
    # a VK mention [id1|Name] is not a web link
    assert first_link("vk", "[id1|Павел] пишет") is None


# -- pages and charsets ------------------------------------------------------------------


def test_windows_1251_declared_in_meta_with_a_relative_image(
    site: LoopbackServer, cache: LinkCardCache
) -> None:
    card = link_card(f"{site.url}/ru/baikal/", cache)
    assert card.title == RU_TITLE
    assert card.description == RU_DESCRIPTION
    assert card.site_name == "Путешествия"
    assert card.image_url == f"{site.url}/img/wide.jpg"  # ../../img from /ru/baikal/
    assert (card.image_width, card.image_height) == (1200, 630)
    with Image.open(cache.image_path(card)) as scaled:
        assert max(scaled.size) == 800  # scaled down, aspect kept
        assert scaled.size[1] == 420
    assert not card.problem and card.domain == "127.0.0.1"


def test_gbk_declared_in_the_http_header(site: LoopbackServer, cache: LinkCardCache) -> None:
    card = link_card(f"{site.url}/zh/header", cache)
    assert card.title == ZH_TITLE
    assert card.description == ZH_DESCRIPTION  # <meta name=description> fallback
    assert card.twitter_card == "summary"
    assert card.image.endswith(".png")  # transparency kept
    assert (card.image_width, card.image_height) == (400, 400)


def test_gb2312_meta_reads_gbk_characters_as_browsers_do(
    site: LoopbackServer, cache: LinkCardCache
) -> None:
    card = link_card(f"{site.url}/zh/meta", cache)
    assert card.title == ZH_TITLE  # 镕 is outside GB2312, inside GBK
    assert "\ufffd" not in card.title


def test_twitter_tags_only_and_an_image_relative_to_base_href(
    site: LoopbackServer, cache: LinkCardCache
) -> None:
    card = link_card(f"{site.url}/en/aurora", cache)
    assert card.title == EN_TITLE
    assert card.twitter_card == "summary_large_image"
    assert card.image_url == f"{site.url}/img/wide.jpg"
    assert card.image


def test_title_tag_is_the_fallback_title(site: LoopbackServer, cache: LinkCardCache) -> None:
    card = link_card(f"{site.url}/title-only", cache)
    assert card.title == "Just a title"
    assert not card.image and not card.domain_only


@pytest.mark.parametrize("path", ["/bare", "/a.pdf"])
def test_a_page_without_tags_gives_a_domain_only_card(
    site: LoopbackServer, cache: LinkCardCache, path: str
) -> None:
    card = link_card(site.url + path, cache)
    assert card.domain_only and card.domain == "127.0.0.1"
    assert not card.problem
    assert cache.get(site.url + path) == card  # a real answer: remembered


@pytest.mark.parametrize("path", ["/broken-image", "/ftp-image"])
def test_an_unusable_image_leaves_a_card_without_one(
    site: LoopbackServer, cache: LinkCardCache, path: str
) -> None:
    card = link_card(site.url + path, cache)
    assert card.title and not card.image and not card.problem


# -- awkward servers -------------------------------------------------------------------


def test_a_slow_server_times_out_and_is_not_cached(
    site: LoopbackServer, cache: LinkCardCache
) -> None:
    started = time.monotonic()
    card = link_card(f"{site.url}/slow", cache, timeout=0.5)
    assert time.monotonic() - started < 3
    assert card.domain_only and "no answer within 0.5 s" in card.problem
    assert cache.get(f"{site.url}/slow") is None  # tried again next time


def test_a_trickling_server_meets_the_overall_deadline(site: LoopbackServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="no answer within 1 s"):
        fetch(f"{site.url}/trickle", timeout=1.0)
    assert time.monotonic() - started < 2.5


def test_a_huge_page_is_read_only_up_to_the_cap(site: LoopbackServer) -> None:
    page = fetch(f"{site.url}/huge", cap=256 * 1024)
    assert page.truncated and len(page.body) == 256 * 1024
    card = link_card(f"{site.url}/huge", LinkCardCache(None))
    assert card.title == "Huge page"  # the tags come first, the cut-off tail is not needed


def test_redirects_are_followed_up_to_the_limit(site: LoopbackServer, cache: LinkCardCache) -> None:
    card = link_card(f"{site.url}/hop/3", cache)  # 4 redirects: the limit
    assert card.title == RU_TITLE
    assert card.final_url == f"{site.url}/ru/baikal/"
    too_many = link_card(f"{site.url}/hop/9", cache)
    assert "more than 4 redirects" in too_many.problem
    assert "more than 4 redirects" in link_card(f"{site.url}/loop", cache).problem


@pytest.mark.parametrize(
    ("path", "scheme"), [("/to-file", "file"), ("/to-javascript", "javascript")]
)
def test_a_redirect_to_another_scheme_is_refused(
    site: LoopbackServer, cache: LinkCardCache, path: str, scheme: str
) -> None:
    card = link_card(site.url + path, cache)
    assert card.domain_only
    assert f"only http and https links get a card, not {scheme}" in card.problem


def test_only_http_links_are_fetched(cache: LinkCardCache) -> None:
    assert "not ftp" in link_card("ftp://127.0.0.1/file", cache).problem


def test_an_error_page_is_a_problem(site: LoopbackServer, cache: LinkCardCache) -> None:
    assert "answered 404" in link_card(f"{site.url}/gone", cache).problem


# -- cache and offline --------------------------------------------------------------------


def test_image_downloaded_once_and_the_card_shown_offline(tmp_path: Path) -> None:
    cache = LinkCardCache(tmp_path / "cards")
    with web_server() as server:
        url = f"{server.url}/ru/baikal/"
        first = link_card(url, cache)
        again = link_card(url, cache)
        assert again == first
        assert hits(server, "/ru/baikal/") == 1 and hits(server, "/img/wide.jpg") == 1
    # the server is gone: the card and its image come from the data folder
    offline = link_card(url, LinkCardCache(tmp_path / "cards"))
    assert offline == first and offline.title == RU_TITLE
    assert LinkCardCache(tmp_path / "cards").image_path(offline).is_file()


def test_default_cache_lives_in_the_data_folder(
    site: LoopbackServer, socialdesk_home: Path
) -> None:
    link_card(f"{site.url}/title-only")
    assert list((socialdesk_home / "data" / "linkcards").glob("*.json"))


def test_a_damaged_cache_file_is_a_miss(site: LoopbackServer, cache: LinkCardCache) -> None:
    url = f"{site.url}/title-only"
    link_card(url, cache)
    (path,) = cache.folder.glob("*.json")
    path.write_text("{not json", encoding="utf-8")
    assert cache.get(url) is None
    assert link_card(url, cache).title == "Just a title"


def test_a_card_whose_image_file_vanished_is_fetched_again(
    site: LoopbackServer, cache: LinkCardCache
) -> None:
    url = f"{site.url}/en/aurora"
    card = link_card(url, cache)
    cache.image_path(card).unlink()
    assert cache.get(url) is None
    assert cache.image_path(link_card(url, cache)).is_file()


def test_card_json_round_trip_rejects_wrong_types() -> None:
    card = LinkCard(url="https://x.example", title="T", image_width=5)
    assert LinkCard.from_json(card.to_json()) == card
    with pytest.raises(ValueError):
        LinkCard.from_json({"url": "https://x.example", "image_width": "5"})


def test_fetch_uses_the_given_session(site: LoopbackServer) -> None:
    session = requests.Session()
    assert fetch(f"{site.url}/bare", session=session).body.startswith(b"<html>")


def test_first_link_far_into_a_long_text_and_across_the_first_window() -> None:
    filler = "слово " * 400  # 2,400 characters
    assert first_link("vk", filler + "https://far.example/x") == "https://far.example/x"
    # a link that straddles where the first look stops is found whole
    text = "a" * 1990 + " https://cut.example/a/long/path"
    assert first_link("facebook", text) == "https://cut.example/a/long/path"
    assert first_link("twitter", filler * 10) is None
