"""Drafts in three scripts for the library tests.

Also a pytest plugin (tests/conftest.py loads it): the `folder`, `library` and `trash`
fixtures."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialdesk.draft import Draft, PublishRecord
from socialdesk.library import Library


def make_draft(title: str, master: str, ru: str = "", zh: str = "") -> Draft:
    draft = Draft(title=title, master=master)
    if ru:
        draft.set_variant_text("vk", ru, "translated")
    if zh:
        draft.set_variant_text("weibo", zh, "translated")
    return draft


def write(folder: Path, name: str, draft: Draft, mtime: float | None = None) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    draft.save(path)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def populate(folder: Path) -> dict[str, Path]:
    """Three drafts: a coffee launch (published on VK), a tea sale (scheduled), a book club."""
    coffee = make_draft(
        "Coffee launch",
        "Aurora Coffee opens in Berlin-Mitte this weekend!",
        ru="Aurora Coffee открылась в Берлине! Ждём всех в эти выходные.",
        zh="Aurora Coffee 柏林门店正式开业！本周末第一杯免费。",
    )
    coffee.publish_log.append(PublishRecord("vk", "2026-11-01T10:00:00+00:00", "published"))
    tea = make_draft(
        "Tea sale",
        "Green tea from Yunnan, 20% off for students.",
        ru="Зелёный чай из Юньнани, скидка 20% студентам.",
        zh="云南绿茶，学生八折优惠。",
    )
    tea.publish_log.append(PublishRecord("facebook", "2026-12-01T09:00:00+00:00", "scheduled"))
    books = make_draft("Book club", "Our reading circle meets on Thursday.")
    books.variants["weibo"].enabled = False
    books.variants["vk"].enabled = False
    return {
        "coffee": write(folder, "coffee.sdraft", coffee, mtime=1_700_000_300),
        "tea": write(folder, "2026/tea.sdraft", tea, mtime=1_700_000_200),
        "books": write(folder, "books.sdraft", books, mtime=1_700_000_100),
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty library folder."""
    path = tmp_path / "Drafts"
    path.mkdir()
    return path


@pytest.fixture
def library(folder: Path) -> Iterator[Library]:
    """The library of `folder` with the three sample drafts in it, listed."""
    populate(folder)
    lib = Library(folder)
    lib.refresh()
    yield lib
    lib.close()


@pytest.fixture
def trash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The freedesktop trash of a home folder inside the test's tmp dir."""
    if sys.platform != "linux":
        pytest.skip("the freedesktop trash is Linux's")
    from send2trash import plat_other

    home = tmp_path / "home"
    share = home / ".local" / "share"
    share.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", os.fsencode(share))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", os.fsencode(share / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(share / "Trash"))
    return share / "Trash"
