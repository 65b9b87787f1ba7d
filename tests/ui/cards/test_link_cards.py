"""Link cards on the preview cards, from a loopback web site: fetched off the GUI thread
after a pause in typing, shown as each platform shows them, removable (saved in the
draft), and shown again from the cache with the site gone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from media_samples import write_picture
from pytestqt.qtbot import QtBot
from servers.loopback import LoopbackServer
from servers.web_pages import RU_TITLE, hits, web_server

from socialdesk.draft import Draft, MediaItem
from socialdesk.ui.cards.install import install_link_cards
from socialdesk.ui.cards.link_cards import LinkCards
from socialdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    with web_server() as server:
        yield server


@pytest.fixture(autouse=True)
def online(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOCIALDESK_OFFLINE", raising=False)  # the loopback site only


@pytest.fixture
def link_cards(window: MainWindow) -> Iterator[LinkCards]:
    cards = install_link_cards(window)
    yield cards
    cards.loader.close()


def settle(qtbot: QtBot, cards: LinkCards) -> None:
    qtbot.waitUntil(lambda: not cards.busy(), timeout=10000)


def test_a_link_gets_its_card_on_every_platform(
    qtbot: QtBot, window: MainWindow, link_cards: LinkCards, site: LoopbackServer
) -> None:
    url = f"{site.url}/ru/baikal/"
    window.document.set_master(f"Зимний Байкал: {url} #байкал")
    settle(qtbot, link_cards)
    # X finds links by twitter-text's rules, which want a real domain, not 127.0.0.1
    assert not window.cards["twitter"].link_preview.isVisible()
    for card in (window.cards[pid] for pid in ("vk", "weibo", "facebook")):
        preview = card.link_preview
        assert preview.isVisible(), card.pid
        assert preview.title_label.text() == RU_TITLE
        assert preview.image.isVisible()
    # one fetch of the page and one of its image, for three cards
    assert hits(site, "/ru/baikal/") == 1 and hits(site, "/img/wide.jpg") == 1
    # Weibo's card is the small one: a thumbnail beside the title
    assert not window.cards["weibo"].link_preview.image.large
    assert window.cards["vk"].link_preview.image.large


def test_typing_never_waits_for_a_slow_site(
    qtbot: QtBot, window: MainWindow, link_cards: LinkCards, site: LoopbackServer
) -> None:
    window.document.set_master(f"Look {site.url}/slow ")
    link_cards.refresh()  # the fetch starts now and takes seconds
    started = time.monotonic()
    qtbot.keyClicks(window.master_editor, "and keep typing")
    assert time.monotonic() - started < 1.5
    assert "and keep typing" in window.cards["vk"].text_view.toPlainText()
    assert not window.cards["vk"].link_preview.isVisible()


def test_removing_a_card_is_saved_and_can_be_undone(
    qtbot: QtBot,
    window: MainWindow,
    link_cards: LinkCards,
    site: LoopbackServer,
    tmp_path: Path,
) -> None:
    url = f"{site.url}/en/aurora"
    window.document.set_master(f"Tonight: {url}")
    settle(qtbot, link_cards)
    vk = window.cards["vk"]
    assert vk.link_preview.isVisible()
    vk.link_preview.remove_button.click()
    assert not vk.link_preview.isVisible()
    assert window.cards["facebook"].link_preview.isVisible()  # only VK's card went
    assert window.document.draft.link_card_removed("vk", url)
    path = tmp_path / "cards.sdraft"
    window.document.save(path)
    assert Draft.load(path).link_card_removed("vk", url)
    restore = link_cards.restore_actions["vk"]
    assert restore.isVisible()
    restore.trigger()
    settle(qtbot, link_cards)
    assert vk.link_preview.isVisible()
    assert not window.document.draft.link_card_removed("vk", url)


def test_pictures_take_the_place_of_the_link_card(
    qtbot: QtBot,
    window: MainWindow,
    link_cards: LinkCards,
    site: LoopbackServer,
    tmp_path: Path,
) -> None:
    window.document.set_master(f"See {site.url}/en/aurora")
    settle(qtbot, link_cards)
    vk = window.cards["vk"]
    assert vk.link_preview.isVisible()
    photo = write_picture(tmp_path / "photo.png", "photo")
    window.document.add_media(MediaItem(str(photo)))
    assert not vk.link_preview.isVisible()  # the feeds show the pictures instead
    window.document.remove_media(0)
    assert vk.link_preview.isVisible()


def test_cards_show_offline_from_the_cache(
    qtbot: QtBot, window: MainWindow, link_cards: LinkCards, tmp_path: Path
) -> None:
    with web_server() as server:
        url = f"{server.url}/ru/baikal/"
        window.document.set_master(f"Байкал {url}")
        settle(qtbot, link_cards)
    # the site is gone and the window forgets what it fetched: the card comes back from
    # the data folder
    link_cards.loader._cards.clear()
    for card in window.cards.values():
        card.set_link_card(None)
    link_cards.refresh()
    settle(qtbot, link_cards)
    assert window.cards["vk"].link_preview.isVisible()
    assert window.cards["vk"].link_preview.title_label.text() == RU_TITLE


def test_offline_shows_cached_cards_and_fetches_nothing(
    qtbot: QtBot,
    window: MainWindow,
    link_cards: LinkCards,
    site: LoopbackServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOCIALDESK_OFFLINE", "1")
    window.document.set_master(f"Байкал {site.url}/ru/baikal/")
    settle(qtbot, link_cards)
    assert hits(site, "/ru/baikal/") == 0
    assert not window.cards["vk"].link_preview.isVisible()
