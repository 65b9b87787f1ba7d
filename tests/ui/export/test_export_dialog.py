"""File ▸ Export… with pytest-qt: formats, destination, PDF page size, errors, and the
per-card copy of the exact final text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pypdf
import pytest
from export_samples import sample_draft
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from socialdesk.draft import Draft
from socialdesk.ui.export.dialog import ExportDialog
from socialdesk.ui.export.install import install_export


@pytest.fixture
def draft_and_path(tmp_path: Path) -> tuple[Draft, Path]:
    return sample_draft(tmp_path)


@pytest.fixture
def dialog(qtbot: QtBot, draft_and_path: tuple[Draft, Path]) -> ExportDialog:
    draft, path = draft_and_path
    widget = ExportDialog(draft, path)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def test_export_csv_beside_the_draft(
    qtbot: QtBot, dialog: ExportDialog, draft_and_path: tuple[Draft, Path]
) -> None:
    draft, path = draft_and_path
    dialog.set_format("csv")
    expected = path.parent / "Aurora Coffee opens in Berlin.csv"
    assert Path(dialog.destination.text()) == expected
    assert not dialog.page_size.isEnabled()
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
    rows = list(csv.DictReader(io.StringIO(expected.read_text("utf-8-sig"), newline="")))
    assert {r["platform"]: r["text"] for r in rows}["weibo"] == draft.text_for("weibo")
    assert dialog.show_button.isVisible() or not dialog.isVisible()
    assert not dialog.show_button.isHidden()
    assert f"Exported to {expected}" in dialog.message.text()
    assert "images/gone.jpg" in dialog.message.text(), "the missing image is mentioned"


def test_changing_format_changes_only_the_extension(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.destination.setText(str(tmp_path / "client" / "proof-v2.html"))
    dialog.set_format("pdf")
    assert dialog.destination.text() == str(tmp_path / "client" / "proof-v2.pdf")
    assert dialog.page_size.isEnabled()
    dialog.set_format("txt")
    assert dialog.destination.text() == str(tmp_path / "client" / "proof-v2 export")
    dialog.set_format("zip")
    assert dialog.destination.text() == str(tmp_path / "client" / "proof-v2.zip")


def test_pdf_export_off_the_gui_thread_uses_the_page_size(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.set_format("pdf")
    dialog.page_size.setCurrentText("Letter")
    out = tmp_path / "letter.pdf"
    dialog.destination.setText(str(out))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        dialog.export_button.click()
        assert dialog.is_busy() and dialog.progress.isVisibleTo(dialog)
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert not dialog.is_busy()


def test_an_impossible_destination_is_explained(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.set_format("json")
    dialog.destination.setText(str(tmp_path / "missing-folder" / "post.json"))
    with qtbot.waitSignal(dialog.failed_export, timeout=10_000) as blocker:
        dialog.export_button.click()
    assert blocker.args == [f"{tmp_path / 'missing-folder'}: folder does not exist"]
    assert "folder does not exist" in dialog.message.text()
    assert dialog.show_button.isHidden()
    assert dialog.export_button.isEnabled(), "the writer can fix the path and try again"


def test_the_export_is_of_the_draft_as_it_was_when_opened(
    qtbot: QtBot, draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    dialog = ExportDialog(draft, path)
    qtbot.addWidget(dialog)
    draft.set_variant_text("twitter", "changed after the dialog opened")
    dialog.set_format("txt")
    dialog.destination.setText(str(tmp_path / "texts"))
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
    dialog.shutdown()
    assert "Aurora Coffee is open" in (tmp_path / "texts" / "twitter.txt").read_text("utf-8")


@pytest.fixture
def window(qtbot: QtBot) -> object:
    from socialdesk.ui.shell.main_window import MainWindow

    win = MainWindow(autosave_seconds=3600)
    qtbot.addWidget(win)
    yield win
    win.shutdown()


# the offscreen platform warns when a dialog opens over a window; nothing is wrong
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_file_menu_export_opens_the_dialog_on_the_open_draft(
    qtbot: QtBot, window: object, draft_and_path: tuple[Draft, Path]
) -> None:
    _, path = draft_and_path
    action = install_export(window)  # type: ignore[arg-type]
    file_actions = window.menus["file"].actions()  # type: ignore[attr-defined]
    assert action in file_actions
    assert file_actions.index(action) < file_actions.index(window.quit_action)  # type: ignore[attr-defined]
    assert window.open_draft(path)  # type: ignore[attr-defined]
    action.trigger()
    dialog = window.export_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert dialog.draft.title == "Aurora Coffee opens in Berlin"
    assert Path(dialog.destination.text()).parent == path.parent
    dialog.reject()


def test_copy_on_a_card_copies_exactly_the_exported_text(
    qtbot: QtBot, window: object, draft_and_path: tuple[Draft, Path]
) -> None:
    draft, path = draft_and_path
    assert window.open_draft(path)  # type: ignore[attr-defined]
    for pid in ("vk", "weibo"):
        window.cards[pid].copy_action.trigger()  # type: ignore[attr-defined]
        assert QGuiApplication.clipboard().text() == draft.text_for(pid)
