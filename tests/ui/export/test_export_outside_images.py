"""Export dialog: the CSV kind (for a spreadsheet or exact) and the consent asked before
pictures from outside the draft's folder are exported."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_samples import sample_draft, tiny_png
from pytestqt.qtbot import QtBot

from socialdesk.draft import Draft, MediaItem
from socialdesk.media.consent import OutsideImage
from socialdesk.ui.export.dialog import ExportDialog


@pytest.fixture
def stranger(tmp_path: Path) -> tuple[Draft, Path, Path]:
    """The sample draft in a Downloads folder, attaching a private photo from elsewhere."""
    private = tmp_path / "Pictures" / "passport.png"
    private.parent.mkdir()
    private.write_bytes(tiny_png(10, 20, 30))
    folder = tmp_path / "Downloads"
    folder.mkdir()
    draft, path = sample_draft(folder)
    draft.media = [MediaItem("images/cup.png"), MediaItem(str(private))]
    draft.master = '=HYPERLINK("http://evil.example", "click")'
    for pid in draft.enabled_platforms():
        draft.revert_variant(pid)
    draft.save(path)
    return draft, path, private


@pytest.fixture
def dialog(qtbot: QtBot, stranger: tuple[Draft, Path, Path]) -> Iterator[ExportDialog]:
    draft, path, _ = stranger
    widget = ExportDialog(draft, path)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def asked(dialog: ExportDialog, answer: bool) -> list[list[OutsideImage]]:
    questions: list[list[OutsideImage]] = []

    def confirm(images: list[OutsideImage]) -> bool:
        questions.append(images)
        return answer

    dialog.confirm_outside = confirm  # type: ignore[method-assign]
    return questions


def test_declining_exports_nothing(
    qtbot: QtBot, dialog: ExportDialog, stranger: tuple[Draft, Path, Path], tmp_path: Path
) -> None:
    _, _, private = stranger
    questions = asked(dialog, False)
    dialog.set_format("zip")
    out = Path(dialog.destination.text())
    with qtbot.waitSignal(dialog.failed_export, timeout=5_000):
        dialog.export_button.click()
    assert [[image.real_path for image in q] for q in questions] == [[private.resolve()]]
    assert not out.exists()
    assert "Nothing was exported" in dialog.message.text()


def test_agreeing_exports_the_picture(
    qtbot: QtBot, dialog: ExportDialog, stranger: tuple[Draft, Path, Path]
) -> None:
    questions = asked(dialog, True)
    dialog.set_format("zip")
    out = Path(dialog.destination.text())
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
    assert len(questions) == 1
    names = zipfile.ZipFile(out).namelist()
    assert "media/02-passport.png" in names


def test_csv_kind_follows_the_choice(
    qtbot: QtBot, dialog: ExportDialog, stranger: tuple[Draft, Path, Path]
) -> None:
    draft, _, _ = stranger
    asked(dialog, True)
    dialog.set_format("pdf")
    assert not dialog.csv_mode.isEnabled()
    dialog.set_format("csv")
    assert dialog.csv_mode.isEnabled()
    assert dialog.csv_mode.currentData() == "spreadsheet"  # the safe one by default
    out = Path(dialog.destination.text())

    def texts() -> set[str]:
        rows = csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""))
        return {row["text"] for row in rows}

    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
    assert texts() == {"'" + draft.master}
    dialog.csv_mode.setCurrentIndex(dialog.csv_mode.findData("exact"))
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
    assert texts() == {draft.master}
