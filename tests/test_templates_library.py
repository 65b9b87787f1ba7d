"""The writer's own templates: new, duplicate, rename, delete, save; built-ins stay put."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialdesk.templates import TemplateFileError, TemplateLibrary, default_engine, slugify
from socialdesk.templates.library import builtin_dir


@pytest.fixture
def library() -> TemplateLibrary:
    return TemplateLibrary()


def test_user_templates_live_in_the_data_dir(
    library: TemplateLibrary, socialdesk_home: Path
) -> None:
    created = library.create("Weekly roast")
    assert created.path == socialdesk_home / "data" / "templates" / "weekly-roast.sdtemplate"
    assert created.name == "Weekly roast" and not created.builtin
    # the starter renders out of the box, per platform
    text = default_engine().render(created, {"headline": "Hi", "body": "There"}, "twitter").text
    assert text == "Hi\n\nThere"
    ids = [(e.id, e.builtin) for e in library.entries()]
    assert ("weekly-roast", False) in ids and ("event", True) in ids


def test_duplicate_a_builtin_then_edit_the_copy(library: TemplateLibrary) -> None:
    original = (builtin_dir() / "event.sdtemplate").read_bytes()
    copy = library.duplicate("event")
    assert copy.id == "event-copy" and copy.name == "Event (copy)"
    assert copy.meta.fields == library.load("event").meta.fields
    edited = library.save(copy.id, copy.source.replace("Save your spot", "Grab a seat"))
    assert "Grab a seat" in edited.source
    assert (builtin_dir() / "event.sdtemplate").read_bytes() == original
    again = library.duplicate("event")
    assert again.id == "event-copy-2"


def test_builtins_cannot_be_overwritten_renamed_or_deleted(library: TemplateLibrary) -> None:
    original = (builtin_dir() / "promotion.sdtemplate").read_bytes()
    with pytest.raises(
        TemplateFileError, match="built-in template and cannot be changed; duplicate"
    ):
        library.save("promotion", "hacked")
    with pytest.raises(TemplateFileError, match="built-in"):
        library.rename("promotion", "Mine now")
    with pytest.raises(TemplateFileError, match="built-in"):
        library.delete("promotion")
    assert (builtin_dir() / "promotion.sdtemplate").read_bytes() == original
    # a new template named like a built-in gets its own id
    mine = library.create("Promotion")
    assert mine.id == "promotion-2"
    assert library.load("promotion").builtin


def test_rename_changes_file_and_header(library: TemplateLibrary) -> None:
    first = library.create("Spring sale")
    renamed = library.rename(first.id, "Summer sale")
    assert renamed.id == "summer-sale" and renamed.name == "Summer sale"
    assert '"name": "Summer sale"' in renamed.source
    assert first.path is not None and not first.path.exists()
    with pytest.raises(TemplateFileError, match="needs a name"):
        library.rename("summer-sale", "  ")


def test_delete_moves_to_a_folder_you_can_recover_from(library: TemplateLibrary) -> None:
    mine = library.create("Short lived")
    where = library.delete(mine.id)
    assert where.parent.name == ".deleted" and where.read_text(encoding="utf-8") == mine.source
    assert all(e.id != mine.id for e in library.entries())
    with pytest.raises(TemplateFileError, match="no template 'short-lived'"):
        library.load(mine.id)


def test_broken_work_in_progress_is_saved_and_listed_with_its_problem(
    library: TemplateLibrary,
) -> None:
    mine = library.create("Draft idea")
    saved = library.save(mine.id, '{#\n{"name": "Draft idea", \n#}\n{% if %}')
    assert saved.source.endswith("{% if %}")
    entry = next(e for e in library.entries() if e.id == mine.id)
    assert entry.problem is not None and "line 2" in entry.problem


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Запуск продукта!", "запуск-продукта"),
        ("新品 发布", "新品-发布"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\evil", "c-windows-evil"),
        ("CON", "con-template"),
        ("...", "template"),
        ("a" * 200, "a" * 60),
    ],
)
def test_file_names_are_safe(name: str, slug: str, library: TemplateLibrary) -> None:
    assert slugify(name) == slug
    created = library.create(name)
    assert created.path is not None and created.path.parent == library.user_dir
    assert created.name == name


def test_unreadable_files_are_listed_not_fatal(library: TemplateLibrary) -> None:
    (library.user_dir / "binary.sdtemplate").write_bytes(b"\xff\xfe\x00junk")
    (library.user_dir / "event.sdtemplate").write_text("shadow", encoding="utf-8")
    entries = {e.id: e for e in library.entries() if not e.builtin}
    assert "not UTF-8" in (entries["binary"].problem or "")
    assert "same file name as a built-in" in (entries["event"].problem or "")
    with pytest.raises(TemplateFileError, match=r"no template '\.\./secrets'"):
        library.load("../secrets")


def test_find_by_name_id_or_file(library: TemplateLibrary, tmp_path: Path) -> None:
    assert library.find("Job opening").id == "job-opening"
    assert library.find("job-opening").id == "job-opening"
    outside = tmp_path / "shared.sdtemplate"
    outside.write_text('{#\n{"name": "Shared"}\n#}\nHi {{ who }}', encoding="utf-8")
    assert library.find(str(outside)).name == "Shared"


def test_a_file_in_the_templates_folders_place_lists_the_built_ins(tmp_path: Path) -> None:
    """Listing never fails on it (the chooser lists after the first paint); saving says why."""
    in_the_way = tmp_path / "templates"
    in_the_way.write_text("not a folder", encoding="utf-8")
    library = TemplateLibrary(user=in_the_way)
    assert [e.builtin for e in library.entries(check=False)] == [True] * len(library.builtin_ids())
    assert library.load("event").name
    with pytest.raises(TemplateFileError):
        library.create("Mine")
    assert in_the_way.read_text(encoding="utf-8") == "not a folder"  # nothing changed
