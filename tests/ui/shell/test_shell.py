"""The app around the editor: Help menu, About, user guide, problem report, Settings,
and the first-run tour."""

from __future__ import annotations

import json
import logging
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from socialdesk import __version__, logs
from socialdesk.settings import Settings
from socialdesk.ui.shell.about_dialog import AboutDialog
from socialdesk.ui.shell.help_menu import ProblemReportDialog, UserGuideDialog, user_guide_path
from socialdesk.ui.shell.main_window import MainWindow
from socialdesk.ui.shell.settings_dialog import SettingsDialog
from socialdesk.ui.shell.tour import DONE_KEY, TourCallout, maybe_start_tour, start_tour
from socialdesk.ui.translation.settings_page import TranslationSettingsPage

WindowFactory = Callable[..., MainWindow]

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "aurora-launch.sdraft"


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() if not a.isSeparator() else "—" for a in menu.actions()]


# == Help menu and About ================================================================
def test_the_help_menu_offers_guide_tour_report_and_about(window: MainWindow) -> None:
    assert menu_texts(window.menus["help"]) == [
        "&User Guide",
        "Show the &Tour",
        "—",
        "&Report a Problem…",
        "Open &Log Folder",
        "—",
        "&About SocialDesk",
    ]
    assert window.user_guide_action.shortcut().toString() == "F1"


def test_about_opens_the_dialog_with_licences(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    about = next(a for a in window.menus["help"].actions() if "About" in a.text())
    about.trigger()
    assert len(shown) == 1
    dialog = shown[0]
    assert isinstance(dialog, AboutDialog)
    assert f"SocialDesk {__version__}" in dialog.title.text()
    assert (
        dialog.licence_of("PySide6_Essentials") == "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
    )
    assert dialog.licence_of("keyring") == "MIT"
    assert dialog.licence_of("Qt") == "LGPL-3.0-only"
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names[:2] == ["Python", "Qt"]
    assert {"deep-translator", "Jinja2", "requests", "twitter-text-parser"} <= set(names)
    assert "pytest" not in names  # dev tools are not shipped


def test_the_user_guide_shows_the_bundled_guide(qtbot: QtBot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    first_heading = next(
        line[2:].strip()
        for line in user_guide_path().read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )
    assert dialog.browser.toPlainText().startswith(first_heading)


def test_a_problem_report_is_saved_and_copied_without_secrets(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = logs.start_logging(logging.INFO)
    try:
        logging.getLogger("socialdesk.publishing").info(
            "vk: refused access_token=vk1.a.Zx81kQ0pL2mN3oP4qR5sT6uV7wX8yZ9"
        )
        handler.flush()
        dialog = ProblemReportDialog()
        qtbot.addWidget(dialog)
    finally:
        logging.getLogger(logs.LOGGER).removeHandler(handler)
        handler.close()
    preview = dialog.preview.toPlainText()
    assert f"SocialDesk: {__version__}" in preview
    assert "vk: refused access_token=[redacted]" in preview
    assert "Zx81kQ0pL2" not in preview

    target = tmp_path / "report"
    dialog.ask_zip_path = lambda: target  # type: ignore[method-assign]
    written = dialog.save_zip()
    assert written == tmp_path / "report.zip"
    with zipfile.ZipFile(written) as archive:
        assert "logs/socialdesk.log" in archive.namelist()
        assert json.loads(archive.read("environment.json"))["Qt"]
    assert "report.zip" in dialog.status.text()

    dialog.copy_button.click()
    assert QApplication.clipboard().text() == preview


# == Settings ===========================================================================
def open_settings(window: MainWindow, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_are_in_the_tools_menu(window: MainWindow) -> None:
    assert window.settings_action in window.menus["tools"].actions()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_settings_change_autosave_theme_library_and_language(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_settings(window, qtbot)
    assert dialog.autosave_box.value() == 5
    dialog.autosave_box.setValue(30)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    library = tmp_path / "Campaigns"
    library.mkdir()
    dialog.library_edit.setText(str(library))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    assert dialog.apply()

    assert window.autosave_timer.interval() == 30_000
    assert window.theme.dark
    assert window.theme_actions["dark"].isChecked()
    stored = Settings.load()
    assert stored.get("editor", "autosave_seconds") == 30
    assert stored.get("library", "folder") == str(library)
    assert stored.get("interface", "language") == "ru"
    assert "next time" in window.statusBar().currentMessage()

    again = open_settings(window, qtbot)  # the dialog shows what is stored
    assert again.autosave_box.value() == 30
    assert again.language_box.currentData() == "ru"
    assert again.theme_box.currentData() == "dark"
    assert again.library_edit.text() == str(library)


def test_a_file_as_library_folder_is_refused_and_nothing_is_stored(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_settings(window, qtbot)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    dialog.library_edit.setText(str(not_a_folder))
    dialog.autosave_box.setValue(42)
    assert not dialog.apply()
    assert "is a file, not a folder" in dialog.message.text()
    assert dialog.result() == 0
    assert Settings.load().get("editor", "autosave_seconds") is None
    assert window.autosave_timer.interval() != 42_000


def test_the_translation_page_is_the_translation_settings(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_settings(window, qtbot)
    page = dialog.translation_page
    assert isinstance(page, TranslationSettingsPage)
    # the page has no OK/Cancel of its own: the Settings dialog's apply it
    assert len(dialog.findChildren(QDialogButtonBox)) == 1
    dialog.tabs.setCurrentWidget(page)
    page.backend_box.setCurrentIndex(page.backend_box.findData("libre"))
    page.url_edit.clear()
    assert not dialog.apply()  # LibreTranslate needs its server address
    assert dialog.tabs.currentWidget() is page
    assert "needs the address" in page.message.text()

    page.url_edit.setText("http://127.0.0.1:5000/")
    page.target_boxes["weibo"].setCurrentIndex(page.target_boxes["weibo"].findData("zh-TW"))
    assert dialog.apply()
    assert Settings.load().get("translation", "backend") == "libre"
    assert window.document.draft.variants["weibo"].language == "zh-TW"


# == first-run tour =====================================================================
def test_the_tour_shows_on_the_first_run_only(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert maybe_start_tour(window)
    tour = window.tour
    assert isinstance(tour, TourCallout)
    assert tour.isVisible()
    assert tour.step.key == "editor"
    assert tour.counter.text() == "Step 1 of 6"
    window.close()

    second = make_window()  # same settings: the next start
    assert second.settings.value(DONE_KEY, type=bool)
    assert not maybe_start_tour(second)
    assert getattr(second, "tour", None) is None


def test_the_tour_points_at_each_part_in_turn(window: MainWindow, qtbot: QtBot) -> None:
    window.open_draft(SAMPLE)
    tour = start_tour(window)
    seen = []
    while True:
        target = tour.target_rect()
        assert target is not None, f"step {tour.step.key} found nothing to point at"
        assert tour.ring.isVisible()
        assert tour.ring.geometry().intersects(target)
        callout = tour.geometry()
        assert window.rect().contains(callout), f"{tour.step.key}: callout outside the window"
        seen.append(tour.step.key)
        if tour.next_button.text() == "Done":
            break
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert seen == ["editor", "cards", "translate", "templates", "export", "publish"]
    editor = window.master_editor
    first = tour.steps[0].target(window)
    assert first == QRect(editor.mapTo(window, editor.rect().topLeft()), editor.size())

    with qtbot.waitSignal(tour.finished) as finished:
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    assert window.tour is None


def test_the_tour_can_be_skipped_at_any_step(window: MainWindow, qtbot: QtBot) -> None:
    tour = start_tour(window)
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert tour.step.key == "cards"
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert tour.step.key == "editor"
    with qtbot.waitSignal(tour.finished) as finished:
        qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert finished.args == [False]
    assert not tour.isVisible()
    assert window.settings.value(DONE_KEY, type=bool)

    again = start_tour(window)  # Help ▸ Show the Tour
    with qtbot.waitSignal(again.finished):
        qtbot.mouseClick(again.skip_button, Qt.MouseButton.LeftButton)


def test_settings_that_cannot_be_saved_change_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    window.app_settings.path = blocker / "settings.json"  # saving there fails
    interval = window.autosave_timer.interval()
    dialog = open_settings(window, qtbot)
    before = json.dumps(window.app_settings.data, sort_keys=True)
    dialog.autosave_box.setValue(42)
    dialog.versions_box.setValue(7)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    assert not dialog.apply()
    assert "could not save" in dialog.message.text()
    assert json.dumps(window.app_settings.data, sort_keys=True) == before
    assert window.autosave_timer.interval() == interval
    assert not window.theme_actions["dark"].isChecked()


def test_how_many_versions_are_kept_is_a_setting(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_settings(window, qtbot)
    assert dialog.versions_box.value() == 50
    dialog.versions_box.setValue(7)
    assert dialog.apply()
    assert Settings.load().get("history", "max_versions") == 7
    assert window.history_recorder.store().max_versions == 7  # type: ignore[attr-defined]
