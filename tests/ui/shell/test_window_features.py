"""Features plugging into the window: all in `install_features`, each once, the start-up
work after the first paint, and the library telling the editor about its own file."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_samples import write_picture
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from socialdesk.draft import Draft, MediaItem
from socialdesk.media.locate import resolve_media
from socialdesk.settings import Settings
from socialdesk.ui.export.install import install_export
from socialdesk.ui.library.install import install_library
from socialdesk.ui.library.panel import LibraryPanel
from socialdesk.ui.publishing.install import install_publishing
from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow
from socialdesk.ui.translation.install import install_translation

WAIT = 10_000


def texts(actions: list[object]) -> list[str]:
    return [a.text() for a in actions if a.text()]  # type: ignore[attr-defined]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library folder the window's library panel will show, with two drafts in it."""
    folder = tmp_path / "Library"
    folder.mkdir()
    Draft(title="Coffee launch", master="Aurora Coffee opens in Berlin").save(
        folder / "coffee.sdraft"
    )
    Draft(title="Tea sale", master="Green tea").save(folder / "tea.sdraft")
    settings = Settings.load()
    settings.set("library", "folder", str(folder))
    settings.save()
    return folder


@pytest.fixture
def full_window(qtbot: QtBot, qapp: QApplication, library: Path) -> MainWindow:
    """A window as the app builds it: every feature."""
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    yield window
    window.close()
    window.library_panel.shutdown()  # type: ignore[attr-defined]


def test_every_feature_installs_once_in_menu_order(qtbot: QtBot, full_window: MainWindow) -> None:
    window = full_window
    file_menu = texts(window.menus["file"].actions())
    assert file_menu.index("&Publish…") < file_menu.index("&Export…") < file_menu.index("&Quit")
    assert "&Library" in texts(window.menus["view"].actions())
    assert "Translate all" in texts(window.toolbar.actions())
    assert hasattr(window, "templates_form")
    before = (
        texts(window.menus["file"].actions()),
        texts(window.menus["tools"].actions()),
        texts(window.toolbar.actions()),
        texts(window.menus["view"].actions()),
    )
    # a feature's install function called again gives back what it made
    assert install_publishing(window) is window.publish_action  # type: ignore[attr-defined]
    assert install_export(window) is window.export_action  # type: ignore[attr-defined]
    assert install_library(window) is window.library_panel  # type: ignore[attr-defined]
    assert install_translation(window) is window.translation  # type: ignore[attr-defined]
    window.install_features()
    after = (
        texts(window.menus["file"].actions()),
        texts(window.menus["tools"].actions()),
        texts(window.toolbar.actions()),
        texts(window.menus["view"].actions()),
    )
    assert after == before
    assert len(window.findChildren(LibraryPanel)) == 1


def menus_of(window: MainWindow) -> dict[str, list[str]]:
    shown = {name: texts(menu.actions()) for name, menu in window.menus.items()}
    return {**shown, "toolbar": texts(window.toolbar.actions())}


def test_features_the_first_paint_does_not_show_come_just_after_it_in_the_same_places(
    qtbot: QtBot, full_window: MainWindow, library: Path
) -> None:
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES, paint_first=True)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    # before its first paint: what it shows is there, the rest is not yet
    assert hasattr(window, "templates_form") and hasattr(window, "translation")
    assert not hasattr(window, "library_panel") and not hasattr(window, "proofing")
    painted: list[bool] = []
    window.after_first_paint(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=WAIT)
    assert menus_of(window) == menus_of(full_window)
    assert not window.library_dock.isVisible()  # type: ignore[attr-defined]
    window.close()
    window.library_panel.shutdown()  # type: ignore[attr-defined]


def test_a_library_left_open_is_there_at_the_first_paint(
    qtbot: QtBot, qapp: QApplication, library: Path
) -> None:
    first = MainWindow(autosave_seconds=3600, features=["library"])
    qtbot.addWidget(first)
    first.show()
    first.library_dock.show()  # type: ignore[attr-defined]
    first.library_panel.shutdown()  # type: ignore[attr-defined]
    first.shutdown()
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES, paint_first=True)
    qtbot.addWidget(window)
    assert window.library_dock.isVisibleTo(window)  # type: ignore[attr-defined]
    window.shutdown()
    window.library_panel.shutdown()  # type: ignore[attr-defined]


def test_a_window_built_without_features_gets_only_the_editor_defaults(
    qtbot: QtBot, qapp: QApplication
) -> None:
    window = MainWindow(autosave_seconds=3600)
    qtbot.addWidget(window)
    assert hasattr(window, "publish_action") and hasattr(window, "templates_form")
    for absent in ("library_panel", "translation", "export_action"):
        assert not hasattr(window, absent)
    with pytest.raises(ValueError, match="unknown features"):
        window.install_features(["librar"])
    window.shutdown()


class PaintSpy(QObject):
    """Notes, at the window's first paint, whether the library was asked to scan yet."""

    def __init__(self, window: MainWindow, log: list[str]) -> None:
        super().__init__(window)
        self.window, self.log = window, log
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.log:
            asked = self.window.library_panel._generation  # type: ignore[attr-defined]
            self.log.append(f"paint (library asked {asked} times)")
        return False


def test_the_library_is_first_indexed_after_the_window_has_painted(
    qtbot: QtBot, qapp: QApplication, library: Path
) -> None:
    # built and shown as the app does it, with no turn of the event loop in between
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES)
    qtbot.addWidget(window)
    panel: LibraryPanel = window.library_panel  # type: ignore[attr-defined]
    log: list[str] = []
    spy = PaintSpy(window, log)
    window.after_first_paint(lambda: log.append("after paint"))
    panel.listing_updated.connect(lambda: log.append("listed"))
    window.show()
    qtbot.waitUntil(lambda: "listed" in log, timeout=WAIT)
    assert log[:3] == ["paint (library asked 0 times)", "after paint", "listed"]
    assert sorted(panel.visible_titles()) == ["Coffee launch", "Tea sale"]
    window.removeEventFilter(spy)
    window.close()
    panel.shutdown()


def test_a_window_never_shown_still_runs_its_start_up_work(qtbot: QtBot, library: Path) -> None:
    window = MainWindow(autosave_seconds=3600)
    qtbot.addWidget(window)
    ran: list[str] = []
    window.after_first_paint(lambda: ran.append("later"))
    qtbot.waitUntil(lambda: ran == ["later"], timeout=WAIT)
    window.after_first_paint(lambda: ran.append("again"))  # after the fact: soon, too
    qtbot.waitUntil(lambda: ran == ["later", "again"], timeout=WAIT)
    window.shutdown()


def test_start_up_work_that_fails_is_reported_and_the_rest_still_runs(
    qtbot: QtBot, library: Path
) -> None:
    window = MainWindow(autosave_seconds=3600)
    qtbot.addWidget(window)
    ran: list[str] = []

    def fails() -> None:
        raise OSError("a file in the folder's place")

    window.after_first_paint(fails)
    window.after_first_paint(lambda: ran.append("the menus"))
    with qtbot.capture_exceptions() as reported:
        qtbot.waitUntil(lambda: ran == ["the menus"], timeout=WAIT)
    assert [str(value) for _kind, value, _tb in reported] == ["a file in the folder's place"]
    window.shutdown()


# -- the library and the open draft ---------------------------------------------------


def shown_with_the_library_draft_open(
    qtbot: QtBot, window: MainWindow, library: Path
) -> LibraryPanel:
    panel: LibraryPanel = window.library_panel  # type: ignore[attr-defined]
    window.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT)
    assert window.open_draft(library / "coffee.sdraft")
    assert panel.select_path(library / "coffee.sdraft")
    return panel


def test_renaming_the_open_draft_in_the_library_moves_the_editor_with_it(
    qtbot: QtBot, full_window: MainWindow, library: Path
) -> None:
    window = full_window
    panel = shown_with_the_library_draft_open(qtbot, window, library)
    window.document.set_master("Aurora Coffee opens in Berlin this Saturday")  # unsaved
    panel.ask_title = lambda current: "Grand opening"  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.operation_done, timeout=WAIT):
        panel.rename_action.trigger()
    renamed = library / "Grand opening.sdraft"
    assert window.document.path == renamed
    assert window.document.draft.title == "Grand opening"
    assert window.windowTitle() == "Grand opening[*] — SocialDesk"
    assert window.document.dirty, "the unsaved edit is still unsaved"
    assert "renamed to Grand opening.sdraft" in window.statusBar().currentMessage()
    assert window.save()
    assert not (library / "coffee.sdraft").exists(), "Save must not bring the old file back"
    saved = Draft.load(renamed)
    assert (saved.title, saved.master) == (
        "Grand opening",
        "Aurora Coffee opens in Berlin this Saturday",
    )


def test_renaming_another_draft_leaves_the_editor_alone(
    qtbot: QtBot, full_window: MainWindow, library: Path
) -> None:
    window = full_window
    panel = shown_with_the_library_draft_open(qtbot, window, library)
    assert panel.select_path(library / "tea.sdraft")
    panel.ask_title = lambda current: "Tea week"  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.operation_done, timeout=WAIT):
        panel.rename_action.trigger()
    assert window.document.path == library / "coffee.sdraft"
    assert window.document.draft.title == "Coffee launch"
    assert not window.document.dirty


def test_deleting_the_open_draft_keeps_it_open_unsaved_and_save_asks_where(
    qtbot: QtBot, full_window: MainWindow, library: Path, trash: Path, tmp_path: Path
) -> None:
    window = full_window
    picture = write_picture(library / "coffee images" / "cup.png", "1")
    draft = Draft.load(library / "coffee.sdraft")
    draft.media = [MediaItem("coffee images/cup.png", "A cup")]  # beside the draft
    draft.save(library / "coffee.sdraft")
    panel = shown_with_the_library_draft_open(qtbot, window, library)
    assert not window.document.dirty
    panel.confirm_trash = lambda name: True  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.operation_done, timeout=WAIT):
        panel.delete_action.trigger()
    assert (trash / "files" / "coffee.sdraft").is_file()
    assert window.document.path is None
    assert window.document.dirty
    assert window.windowTitle() == "Coffee launch[*] — SocialDesk"
    assert window.master_editor.text() == "Aurora Coffee opens in Berlin"
    assert "coffee.sdraft was removed from the library" in window.statusBar().currentMessage()
    grid = window.cards["twitter"].media_grid
    assert grid.isVisibleTo(window) and "missing" not in grid.notice.text()
    asked: list[bool] = []
    elsewhere = tmp_path / "kept.sdraft"
    window.ask_save_path = lambda: asked.append(True) or elsewhere  # type: ignore[method-assign]
    assert window.save()
    assert asked == [True]
    kept = Draft.load(elsewhere)
    assert kept.master == "Aurora Coffee opens in Berlin"
    # the picture stayed in the library folder and the saved copy still finds it
    assert resolve_media(elsewhere, kept.media[0]) == picture
    assert not (library / "coffee.sdraft").exists()
