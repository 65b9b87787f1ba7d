"""The library side panel with pytest-qt: listing, search, filters, sorting, outside
changes, problems, and open / duplicate / rename / delete."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from library_samples import make_draft, populate, write
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from socialdesk.draft import Draft
from socialdesk.library import library_folder
from socialdesk.settings import Settings
from socialdesk.ui.library.install import install_library
from socialdesk.ui.library.panel import LibraryPanel

WAIT = 10_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Drafts"
    path.mkdir()
    populate(path)
    (path / "broken.sdraft").write_text('{"format": "socialdesk-draft", "vers', "utf-8")
    return path


def make_panel(qtbot: QtBot, folder: Path, poll_ms: int = 0) -> LibraryPanel:
    panel = LibraryPanel(folder, poll_ms=poll_ms)
    qtbot.addWidget(panel)
    panel.resize(640, 520)
    return panel


@pytest.fixture
def panel(qtbot: QtBot, folder: Path) -> LibraryPanel:
    widget = make_panel(qtbot, folder)
    with qtbot.waitSignal(widget.listing_updated, timeout=WAIT):
        pass
    yield widget
    widget.shutdown()


def select(panel: LibraryPanel, title: str) -> None:
    for entry in panel.model.entries:
        if entry.title == title:
            assert panel.select_path(entry.path)
            return
    raise AssertionError(f"{title!r} is not listed")


def test_indexing_happens_off_the_gui_thread(qtbot: QtBot, folder: Path) -> None:
    widget = make_panel(qtbot, folder)
    assert widget.model.rowCount() == 0, "the constructor returns before the folder is read"
    with qtbot.waitSignal(widget.listing_updated, timeout=WAIT):
        pass
    assert widget.model.rowCount() == 3
    widget.shutdown()


def test_lists_drafts_newest_first_and_problems_with_reasons(
    panel: LibraryPanel, folder: Path
) -> None:
    assert panel.visible_titles() == ["Coffee launch", "Tea sale", "Book club"]
    row = [panel.proxy.index(0, c).data() for c in range(5)]
    assert row[:4] == ["Coffee launch", "VK, Weibo, X, Facebook", "ru, zh-CN, en", "Published"]
    assert panel.status_label.text() == "3 drafts"
    assert not panel.problems_list.isHidden()
    assert panel.problems_list.count() == 1
    assert panel.problems_list.item(0).text().startswith("broken.sdraft — not valid JSON")
    assert (folder / "broken.sdraft").read_text("utf-8").endswith('"vers'), "left as it was"


def test_sorting_by_a_column(panel: LibraryPanel) -> None:
    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert panel.visible_titles() == ["Book club", "Coffee launch", "Tea sale"]
    panel.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert panel.visible_titles()[0] == "Coffee launch"  # published before scheduled


@pytest.mark.parametrize(
    ("query", "titles"),
    [("柏林", ["Coffee launch"]), ("скидка", ["Tea sale"]), ("reading", ["Book club"])],
)
def test_search_box_finds_in_every_script(
    qtbot: QtBot, panel: LibraryPanel, query: str, titles: list[str]
) -> None:
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        panel.search_box.setText(query)
    assert panel.visible_titles() == titles
    assert panel.status_label.text() == "1 of 3 drafts match"


def test_filters_by_platform_and_status(qtbot: QtBot, panel: LibraryPanel) -> None:
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        panel.platform_filter.setCurrentIndex(panel.platform_filter.findData("weibo"))
    assert sorted(panel.visible_titles()) == ["Coffee launch", "Tea sale"]
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        panel.status_filter.setCurrentIndex(panel.status_filter.findData("scheduled"))
    assert panel.visible_titles() == ["Tea sale"]


def test_notices_a_draft_added_outside_the_app(
    qtbot: QtBot, panel: LibraryPanel, folder: Path
) -> None:
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        write(folder, "from-a-colleague.sdraft", make_draft("Colleague's post", "Hello"))
    assert "Colleague's post" in panel.visible_titles()
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        (folder / "books.sdraft").unlink()
    assert "Book club" not in panel.visible_titles()


def test_the_timer_notices_a_file_changed_in_place(qtbot: QtBot, folder: Path) -> None:
    widget = make_panel(qtbot, folder, poll_ms=150)
    with qtbot.waitSignal(widget.listing_updated, timeout=WAIT):
        pass
    path = folder / "2026" / "tea.sdraft"
    data = path.read_bytes().replace(b"Tea sale", b"Tea festival")
    with open(path, "r+b") as f:  # rewritten in place: no directory entry changes
        f.write(data)
        f.truncate()
    with qtbot.waitSignal(widget.listing_updated, timeout=WAIT):
        pass
    assert "Tea festival" in widget.visible_titles()
    widget.shutdown()


def test_open_asks_the_editor_to_open_the_file(
    qtbot: QtBot, panel: LibraryPanel, folder: Path
) -> None:
    select(panel, "Tea sale")
    with qtbot.waitSignal(panel.open_requested, timeout=WAIT) as blocker:
        panel.open_action.trigger()
    assert blocker.args == [folder / "2026" / "tea.sdraft"]


def test_duplicate_and_rename(qtbot: QtBot, panel: LibraryPanel, folder: Path) -> None:
    select(panel, "Coffee launch")
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        panel.duplicate_action.trigger()
    assert "Coffee launch (copy)" in panel.visible_titles()
    assert panel.selected_entry().title == "Coffee launch (copy)"  # type: ignore[union-attr]

    panel.ask_title = lambda current: "Кофе в Берлине"  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        panel.rename_action.trigger()
    assert "Кофе в Берлине" in panel.visible_titles()
    assert Draft.load(folder / "Кофе в Берлине.sdraft").title == "Кофе в Берлине"
    assert not (folder / "Coffee launch (copy).sdraft").exists()


def test_delete_moves_to_trash_after_asking(
    qtbot: QtBot, panel: LibraryPanel, folder: Path, trash: Path
) -> None:
    asked: list[str] = []
    panel.confirm_trash = lambda name: asked.append(name) or True  # type: ignore[method-assign]
    select(panel, "Book club")
    with qtbot.waitSignal(panel.operation_done, timeout=WAIT) as done:
        panel.delete_action.trigger()
    assert asked == ["Book club"]
    assert done.args == ["books.sdraft was moved to the trash"]
    assert (trash / "files" / "books.sdraft").is_file()
    qtbot.waitUntil(lambda: "Book club" not in panel.visible_titles(), timeout=WAIT)


def test_without_a_trash_the_writer_decides(
    qtbot: QtBot,
    panel: LibraryPanel,
    folder: Path,
    trash: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from send2trash import plat_other

    blocker = tmp_path / "blocker"
    blocker.write_text("no trash folder can be made here", "utf-8")
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", os.fsencode(blocker / "share"))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", os.fsencode(blocker / "share" / "Trash"))
    panel.confirm_trash = lambda name: True  # type: ignore[method-assign]
    answers = [False, True]
    panel.confirm_permanent_delete = lambda message: answers.pop(0)  # type: ignore[method-assign]

    select(panel, "Book club")
    with qtbot.waitSignal(panel.operation_failed, timeout=WAIT) as failed:
        panel.delete_action.trigger()
    assert "could not be moved to the trash" in failed.args[0]
    assert (folder / "books.sdraft").exists(), "nothing deleted without saying so"

    with qtbot.waitSignal(panel.operation_done, timeout=WAIT) as done:
        panel.delete_action.trigger()
    assert done.args == ["books.sdraft was deleted permanently"]
    assert not (folder / "books.sdraft").exists()


def test_changing_the_folder_is_remembered(
    qtbot: QtBot, panel: LibraryPanel, tmp_path: Path
) -> None:
    other = tmp_path / "Campaigns"
    other.mkdir()
    write(other, "winter.sdraft", make_draft("Winter campaign", "Snow and coffee"))
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        panel.set_folder(other)
    assert panel.visible_titles() == ["Winter campaign"]
    assert panel.problems_list.isHidden()
    assert library_folder(Settings.load()) == other


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_panel_screenshot(qtbot: QtBot, panel: LibraryPanel, tmp_path: Path) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    image = panel.grab().toImage()
    assert not image.isNull() and image.width() >= 600
    assert image.save(str(tmp_path / "library-panel.png"))


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_docked_in_the_main_window_it_opens_drafts_in_the_editor(
    qtbot: QtBot, folder: Path
) -> None:
    from socialdesk.ui.shell.main_window import MainWindow

    settings = Settings.load()
    settings.set("library", "folder", str(folder))
    settings.save()
    window = MainWindow(autosave_seconds=3600)
    qtbot.addWidget(window)
    panel = install_library(window)
    assert panel.folder == folder
    assert window.library_dock.toggleViewAction() in window.menus["view"].actions()
    with qtbot.waitSignal(panel.listing_updated, timeout=WAIT):
        pass
    select(panel, "Tea sale")
    panel.open_action.trigger()
    assert window.document.path == folder / "2026" / "tea.sdraft"
    assert window.document.draft.title == "Tea sale"
    panel.shutdown()
    window.shutdown()
