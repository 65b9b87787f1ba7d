"""The library index against a real folder: listing, search in three scripts, sort and
filter, changes made outside the app, and a warm index reopened."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from library_samples import make_draft, populate, write

from socialdesk import paths
from socialdesk.library import Library, library_folder, set_library_folder
from socialdesk.settings import Settings


def titles(entries: list) -> list[str]:
    return [e.title for e in entries]


def test_lists_every_draft_with_platforms_languages_status(library: Library) -> None:
    entries = {e.title: e for e in library.entries()}
    assert set(entries) == {"Coffee launch", "Tea sale", "Book club"}
    coffee = entries["Coffee launch"]
    assert coffee.platforms == ("vk", "weibo", "twitter", "facebook")
    assert coffee.languages == ("ru", "zh-CN", "en")
    assert coffee.status == "published"
    assert entries["Tea sale"].status == "scheduled"
    assert entries["Tea sale"].path == library.folder / "2026" / "tea.sdraft"
    assert entries["Book club"].status == "draft"
    assert entries["Book club"].platforms == ("twitter", "facebook")
    assert entries["Book club"].languages == ("en",)
    assert coffee.modified == 1_700_000_300


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("coffee", ["Coffee launch"]),
        ("COFFEE berlin", ["Coffee launch"]),
        ("stud", ["Tea sale"]),  # prefix
        ("Берлине", ["Coffee launch"]),
        ("берлин", ["Coffee launch"]),  # case and prefix in Cyrillic
        ("зеленый чай", ["Tea sale"]),  # е finds ё
        ("柏林", ["Coffee launch"]),  # two-character Chinese word
        ("绿茶", ["Tea sale"]),
        ("门店正式开业", ["Coffee launch"]),
        ("茶", ["Tea sale"]),
        ("Book club", ["Book club"]),  # the title is searched too
        ("Yunnan 云南", ["Tea sale"]),
        ("coffee 云南", []),  # every word must match
        ("espresso", []),
    ],
)
def test_full_text_search_in_three_scripts(
    library: Library, query: str, expected: list[str]
) -> None:
    assert titles(library.search(query)) == expected


@pytest.mark.parametrize(
    "query", ['"', 'кофе" OR "', "NEAR(", "*", "AND", "-", "^title:x", "'); DROP"]
)
def test_search_syntax_in_the_query_never_breaks_it(library: Library, query: str) -> None:
    assert isinstance(library.search(query), list)


def test_sort_and_filter(library: Library) -> None:
    assert titles(library.entries()) == ["Coffee launch", "Tea sale", "Book club"]
    assert titles(library.entries(sort="modified", descending=False)) == [
        "Book club",
        "Tea sale",
        "Coffee launch",
    ]
    assert titles(library.entries(sort="title", descending=False)) == [
        "Book club",
        "Coffee launch",
        "Tea sale",
    ]
    assert titles(library.entries(platform="weibo", sort="title", descending=False)) == [
        "Coffee launch",
        "Tea sale",
    ]
    assert titles(library.entries(status="scheduled")) == ["Tea sale"]
    assert titles(library.entries(language="ru", query="скидка")) == ["Tea sale"]
    with pytest.raises(ValueError, match="unknown sort"):
        library.entries(sort="colour")


def test_notices_files_added_changed_and_deleted_outside_the_app(
    library: Library, folder: Path
) -> None:
    assert not library.refresh().any, "nothing changed: nothing reported"

    added = write(folder, "new/autumn.sdraft", make_draft("Autumn menu", "Pumpkin latte is back"))
    result = library.refresh()
    assert result.added == [added] and not result.changed and not result.removed
    assert titles(library.search("pumpkin")) == ["Autumn menu"]

    changed = make_draft("Autumn menu", "Maple latte replaces pumpkin", zh="枫糖拿铁")
    write(folder, "new/autumn.sdraft", changed, mtime=1_800_000_000)
    result = library.refresh()
    assert result.changed == [added]
    assert titles(library.search("枫糖")) == ["Autumn menu"]
    assert titles(library.search("pumpkin")) == ["Autumn menu"]
    assert library.search("pumpkin latte back") == []

    (folder / "coffee.sdraft").unlink()
    result = library.refresh()
    assert result.removed == [folder / "coffee.sdraft"]
    assert library.search("柏林") == []
    assert "Coffee launch" not in titles(library.entries())


def test_only_files_whose_time_or_size_changed_are_read_again(
    library: Library, folder: Path
) -> None:
    path = folder / "books.sdraft"
    before = path.stat()
    # same size, same time, different words: a scan by time and size does not reread it
    data = path.read_bytes().replace(b"Thursday", b"Saturday")
    path.write_bytes(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert not library.refresh().any
    assert titles(library.search("Thursday")) == ["Book club"]
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert library.refresh().changed == [path]
    assert titles(library.search("Saturday")) == ["Book club"]


def test_a_warm_index_lists_without_reading_the_files(library: Library, folder: Path) -> None:
    library.close()
    again = Library(folder)
    assert len(again.entries()) == 3, "listed from the index before any refresh"
    assert not again.refresh().any
    again.close()


def test_index_lives_in_the_data_dir_and_follows_the_folder(folder: Path, tmp_path: Path) -> None:
    populate(folder)
    lib = Library(folder)
    lib.refresh()
    lib.close()
    assert (paths.data_dir() / "library-index.sqlite3").is_file()

    other = tmp_path / "Other"
    other.mkdir()
    write(other, "solo.sdraft", make_draft("Solo", "Only one here"))
    lib = Library(other)
    lib.refresh()
    assert titles(lib.entries()) == ["Solo"]
    lib.close()


def test_a_damaged_index_is_rebuilt(folder: Path) -> None:
    populate(folder)
    index = paths.data_dir() / "library-index.sqlite3"
    index.write_bytes(b"this is not a database" * 100)
    lib = Library(folder)
    assert lib.refresh().added and len(lib.entries()) == 3
    lib.close()
    assert sqlite3.connect(index).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_library_folder_defaults_to_documents_and_can_be_changed(tmp_path: Path) -> None:
    settings = Settings.load()
    assert library_folder(settings) == paths.documents_dir()
    set_library_folder(settings, tmp_path / "Elsewhere")
    assert library_folder(Settings.load()) == tmp_path / "Elsewhere"
