"""Bad files in the library folder, and open / duplicate / rename / delete on real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from library_samples import make_draft, populate

from socialdesk.draft import Draft, DraftError
from socialdesk.library import Library, LibraryError, NoTrashError


def make_bad_files(folder: Path) -> dict[str, Path]:
    bad = {
        "malformed": folder / "malformed.sdraft",
        "foreign": folder / "foreign.sdraft",
        "binary": folder / "binary.sdraft",
        "latin1": folder / "latin1.sdraft",
        "newer": folder / "newer.sdraft",
        "too_big": folder / "huge.sdraft",
        "dangling": folder / "dangling.sdraft",
        "fifo": folder / "pipe.sdraft",
    }
    bad["malformed"].write_text(
        '{"format": "socialdesk-draft", "version": 1, "title": "cut', "utf-8"
    )
    bad["foreign"].write_text('{"name": "package.json", "version": "1.0.0"}', "utf-8")
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    bad["latin1"].write_bytes('{"title": "caf\xe9"}'.encode("latin-1"))
    bad["newer"].write_text('{"format": "socialdesk-draft", "version": 99}', "utf-8")
    with bad["too_big"].open("wb") as f:
        f.truncate(25 * 1024 * 1024)  # sparse: no real disk used
    bad["dangling"].symlink_to(folder / "gone-away.sdraft")
    os.mkfifo(bad["fifo"])  # opening it for reading would block forever
    return bad


def snapshot(paths: list[Path]) -> dict[Path, tuple[bytes, int] | str]:
    result: dict[Path, tuple[bytes, int] | str] = {}
    for path in paths:
        if path.is_symlink() or not path.is_file():
            result[path] = os.readlink(path) if path.is_symlink() else "fifo"
        else:
            result[path] = (path.read_bytes()[:4096], path.stat().st_mtime_ns)
    return result


def test_bad_files_are_listed_with_reasons_and_never_modified(folder: Path) -> None:
    populate(folder)
    bad = make_bad_files(folder)
    before = snapshot(list(bad.values()))
    lib = Library(folder)
    lib.refresh()
    lib.refresh()

    reasons = {p.path.name: p.reason for p in lib.problems()}
    assert reasons == {
        "malformed.sdraft": reasons["malformed.sdraft"],
        "foreign.sdraft": 'not a SocialDesk draft ("format" is not "socialdesk-draft")',
        "binary.sdraft": "this is a binary file, not a SocialDesk draft",
        "latin1.sdraft": "not UTF-8 text (bad byte at offset 14)",
        "newer.sdraft": reasons["newer.sdraft"],
        "huge.sdraft": "file is 25.0 MB, too large for a draft (at most 20 MB)",
        "dangling.sdraft": "file not found",
        "pipe.sdraft": "not a regular file",
    }
    assert reasons["malformed.sdraft"].startswith("not valid JSON")
    assert "newer SocialDesk" in reasons["newer.sdraft"]
    assert len(lib.entries()) == 3, "the good drafts are still listed"
    assert snapshot(list(bad.values())) == before
    lib.close()


def test_a_repaired_file_leaves_the_problems_list(folder: Path) -> None:
    bad = folder / "later.sdraft"
    bad.write_text("{", "utf-8")
    lib = Library(folder)
    lib.refresh()
    assert [p.path for p in lib.problems()] == [bad]
    make_draft("Repaired", "Now it is a draft").save(bad)
    assert lib.refresh().changed == [bad]
    assert lib.problems() == []
    assert [e.title for e in lib.entries()] == ["Repaired"]
    lib.close()


def test_open_returns_the_draft(library: Library, folder: Path) -> None:
    draft = library.open(folder / "coffee.sdraft")
    assert draft.title == "Coffee launch"
    with pytest.raises(LibraryError, match="not in the library folder"):
        library.open(folder.parent / "elsewhere.sdraft")


def test_duplicate_makes_an_unpublished_copy(library: Library, folder: Path) -> None:
    copy = library.duplicate(folder / "coffee.sdraft")
    assert copy == folder / "Coffee launch (copy).sdraft"
    draft = Draft.load(copy)
    assert draft.title == "Coffee launch (copy)"
    assert draft.publish_log == [], "a copy has not been published anywhere"
    assert draft.text_for("weibo") == Draft.load(folder / "coffee.sdraft").text_for("weibo")
    listed = {e.title: e for e in library.entries()}
    assert listed["Coffee launch (copy)"].status == "draft"
    assert library.duplicate(folder / "coffee.sdraft") == folder / "Coffee launch (copy) (2).sdraft"


def test_rename_changes_title_and_file_name(library: Library, folder: Path) -> None:
    new = library.rename(folder / "coffee.sdraft", "Кофе: открытие / Берлин")
    assert new == folder / "Кофе- открытие - Берлин.sdraft"
    assert not (folder / "coffee.sdraft").exists()
    assert Draft.load(new).title == "Кофе: открытие / Берлин"
    assert [e.path for e in library.search("Берлин")] == [new]
    assert library.refresh().any is False, "the index already knows"

    clash = library.rename(folder / "books.sdraft", "Кофе: открытие / Берлин")
    assert clash == folder / "Кофе- открытие - Берлин (2).sdraft"
    with pytest.raises(LibraryError, match="needs a title"):
        library.rename(clash, "   ")


def test_rename_refuses_a_bad_file_and_leaves_it_alone(library: Library, folder: Path) -> None:
    bad = folder / "broken.sdraft"
    bad.write_text("{broken", "utf-8")
    library.refresh()
    with pytest.raises(DraftError, match="not valid JSON"):
        library.rename(bad, "Fixed")
    assert bad.read_text("utf-8") == "{broken"


def test_delete_moves_to_the_trash(library: Library, folder: Path, trash: Path) -> None:
    target = folder / "coffee.sdraft"
    original = target.read_bytes()
    message = library.delete(target)
    assert message == "coffee.sdraft was moved to the trash"
    assert not target.exists()
    assert (trash / "files" / "coffee.sdraft").read_bytes() == original
    assert (trash / "info" / "coffee.sdraft.trashinfo").is_file()
    assert "Coffee launch" not in [e.title for e in library.entries()]


def test_without_a_trash_nothing_is_deleted_unless_asked(
    library: Library, folder: Path, tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from send2trash import plat_other

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the trash folder should be", "utf-8")
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", os.fsencode(blocker / "share"))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", os.fsencode(blocker / "share" / "Trash"))
    target = folder / "coffee.sdraft"
    with pytest.raises(NoTrashError, match=r"could not be moved to the trash .*it was not deleted"):
        library.delete(target)
    assert target.exists()
    assert "Coffee launch" in [e.title for e in library.entries()]

    assert library.delete(target, permanently=True) == "coffee.sdraft was deleted permanently"
    assert not target.exists()
    assert "Coffee launch" not in [e.title for e in library.entries()]


def test_a_bad_file_can_be_moved_to_the_trash(library: Library, folder: Path, trash: Path) -> None:
    bad = folder / "junk.sdraft"
    bad.write_text("junk", "utf-8")
    library.refresh()
    assert [p.path for p in library.problems()] == [bad]
    library.delete(bad)
    assert library.problems() == []
    assert (trash / "files" / "junk.sdraft").read_text("utf-8") == "junk"
