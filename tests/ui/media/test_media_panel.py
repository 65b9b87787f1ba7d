"""Attaching pictures in the window: file picker, drag and drop, paste; reorder, remove,
alt text, per-platform choice; rule notices on the cards and "Make it fit"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from media_samples import noisy_jpeg, write_picture
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot
from window_helpers import drop_files

from socialdesk.draft import Draft, MediaItem
from socialdesk.media.probe import probe_image
from socialdesk.media.rules import MediaRules
from socialdesk.settings import Settings
from socialdesk.ui.media.controller import MediaController
from socialdesk.ui.media.install import install_media
from socialdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def media(window: MainWindow) -> MediaController:
    return install_media(window)


@pytest.fixture
def saved(window: MainWindow, tmp_path: Path) -> Path:
    """The window's draft saved in a project folder."""
    path = tmp_path / "project" / "launch.sdraft"
    path.parent.mkdir()
    Draft(master="Northern lights tours open today!").save(path)
    assert window.open_draft(path)
    return path


def pics(folder: Path, count: int, fmt: str = "jpg") -> list[Path]:
    return [
        write_picture(folder / f"pic{i}.{fmt}", str(i), (400, 300), i) for i in range(1, count + 1)
    ]


def test_file_picker_attaches_with_paths_relative_to_the_draft(
    window: MainWindow, media: MediaController, saved: Path
) -> None:
    files = pics(saved.parent / "photos", 2)
    media.ask_image_paths = lambda: files  # type: ignore[method-assign]
    window.media.attach_action.trigger()  # type: ignore[attr-defined]
    assert [m.path for m in window.document.draft.media] == ["photos/pic1.jpg", "photos/pic2.jpg"]
    assert window.document.dirty
    assert len(media.panel.rows) == 2
    assert media.panel.title.text() == "Images (2)"
    assert "JPEG · 400×300" in media.panel.rows[0].info_label.text()
    assert len(window.cards["twitter"].media_grid.images) == 2
    window.save()
    assert [m.path for m in Draft.load(saved).media] == ["photos/pic1.jpg", "photos/pic2.jpg"]


def test_unusable_files_are_refused_with_reasons(
    window: MainWindow, media: MediaController, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    bitmap = tmp_path / "scan.bmp"
    QImage(10, 10, QImage.Format.Format_RGB32).save(str(bitmap))
    good = pics(tmp_path, 1)[0]
    told: list[tuple[str, str]] = []
    media.tell = lambda title, text: told.append((title, text))  # type: ignore[method-assign]
    media.attach_files([notes, bitmap, good, good])
    assert [Path(m.path).name for m in window.document.draft.media] == ["pic1.jpg"]
    ((title, text),) = told
    assert title == "Some files were not attached"
    assert "notes.txt: not an image" in text and "BMP" in text
    assert "pic1.jpg: already attached" in text


def test_dropping_pictures_on_the_panel_or_the_editor_attaches_them(
    qtbot: QtBot, window: MainWindow, media: MediaController, tmp_path: Path
) -> None:
    files = pics(tmp_path, 3)
    assert drop_files(media.panel, files[:1])
    viewport = window.master_editor.viewport()
    before = window.master_editor.toPlainText()
    assert drop_files(viewport, files[1:])
    assert window.master_editor.toPlainText() == before  # no file names typed into the post
    assert [Path(m.path).name for m in window.document.draft.media] == [p.name for p in files]
    # unsaved draft: absolute paths until it is saved
    assert all(Path(m.path).is_absolute() for m in window.document.draft.media)


def test_pasting_a_picture_saves_it_beside_the_draft(
    qtbot: QtBot, window: MainWindow, media: MediaController, saved: Path
) -> None:
    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#2A9D8F"))
    QGuiApplication.clipboard().setImage(image)
    media.panel.setFocus()
    qtbot.keyClick(media.panel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (item,) = window.document.draft.media
    assert item.path.startswith("launch images/pasted-") and item.path.endswith(".png")
    stored = saved.parent / item.path
    assert probe_image(stored).width == 120
    # Ctrl+V in the editor with a picture (and no text) on the clipboard attaches it too
    window.master_editor.setFocus()
    qtbot.keyClick(window.master_editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.draft.media) == 2
    QGuiApplication.clipboard().setText("just words")
    qtbot.keyClick(window.master_editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.draft.media) == 2
    assert "just words" in window.master_editor.toPlainText()


def test_reorder_remove_alt_text_and_platform_choice(
    qtbot: QtBot, window: MainWindow, media: MediaController, tmp_path: Path
) -> None:
    files = pics(tmp_path, 3)
    media.attach_files(files)
    panel = media.panel
    panel.rows[2].up_button.click()
    assert [Path(m.path).name for m in window.document.draft.media] == [
        "pic1.jpg",
        "pic3.jpg",
        "pic2.jpg",
    ]
    assert not panel.rows[0].up_button.isEnabled() and not panel.rows[2].down_button.isEnabled()
    row = panel.rows[0]
    row.alt_edit.setFocus()
    qtbot.keyClicks(row.alt_edit, "Aurora")
    assert window.document.draft.media[0].alt == "Aurora"
    assert panel.rows[0].alt_edit.hasFocus()  # typing is not interrupted by the refresh
    assert "Aurora" in window.cards["twitter"].media_grid.canvas.tooltip_for(0)
    panel.rows[1].platform_buttons["weibo"].click()
    panel.rows[2].platform_buttons["weibo"].click()
    assert window.document.draft.media[1].excluded == ["weibo"]
    assert len(window.cards["weibo"].media_grid.images) == 1
    assert not window.cards["weibo"].media_grid.notice.isVisible()
    panel.rows[1].remove_button.click()
    assert [Path(m.path).name for m in window.document.draft.media] == ["pic1.jpg", "pic2.jpg"]
    assert files[2].exists()  # removing from the draft never deletes the file


def test_card_notices_follow_the_rules_and_make_it_fit_copies(
    qtbot: QtBot, window: MainWindow, media: MediaController, saved: Path
) -> None:
    big = noisy_jpeg(saved.parent / "beach.jpg", (1800, 1400))
    original = big.read_bytes()
    webp = write_picture(saved.parent / "poster.webp", "W", (400, 300))
    window.document.set_weibo_path("api")  # the sharing API: one picture a post
    media.attach_files([big, webp])
    vk, weibo = (window.cards[p].media_grid for p in ("vk", "weibo"))
    assert "is WebP; VK takes JPEG, PNG or GIF" in vk.notice.text()
    assert "sharing API takes one picture" in weibo.notice.text()
    # leave the big photo out for Weibo: the WebP is left, which Weibo does not take
    media.panel.rows[0].platform_buttons["weibo"].click()
    assert "is WebP; Weibo takes JPEG, PNG or GIF" in weibo.notice.text()
    assert weibo.fix_button.isVisible()
    with qtbot.waitSignal(window.document.media_changed, timeout=20_000):
        weibo.fix_button.click()
    media.wait()
    qtbot.waitUntil(lambda: not weibo.notice.isVisible(), timeout=10_000)
    assert window.document.draft.media[1].path == "poster-fit.jpg"
    assert not vk.notice.isVisible()  # one copy suits every platform it goes to
    assert webp.exists() and big.read_bytes() == original  # originals untouched
    assert window.document.draft.media[1].excluded == []


def test_a_too_large_photo_gets_a_smaller_copy(
    qtbot: QtBot,
    window: MainWindow,
    media: MediaController,
    saved: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = noisy_jpeg(saved.parent / "lake.jpg", (900, 700))
    size = photo.stat().st_size
    real = MediaRules.for_platform

    def smaller(pid: str, path: str = "") -> MediaRules:  # the same rule, a smaller number
        found = real(pid, path)
        return replace(found, max_bytes=size // 2) if pid == "weibo" else found

    monkeypatch.setattr(MediaRules, "for_platform", staticmethod(smaller))
    media.attach_files([photo])
    grid = window.cards["weibo"].media_grid
    assert "Make a smaller copy" in grid.notice.text() and grid.fix_button.isVisible()
    task = media.fit_for("weibo")
    assert task is not None
    qtbot.waitUntil(lambda: window.document.draft.media[0].path == "lake-fit.jpg", timeout=20_000)
    assert (saved.parent / "lake-fit.jpg").stat().st_size <= size // 2
    assert photo.stat().st_size == size


def test_save_as_elsewhere_keeps_pictures_found(
    window: MainWindow, media: MediaController, saved: Path, tmp_path: Path
) -> None:
    media.attach_files(pics(saved.parent / "photos", 1))
    window.save()
    elsewhere = tmp_path / "archive" / "copy.sdraft"
    elsewhere.parent.mkdir()
    window.document.save(elsewhere)
    (item,) = Draft.load(elsewhere).media
    assert (elsewhere.parent / item.path).resolve() == (saved.parent / "photos" / "pic1.jpg")
    assert not window.cards["vk"].media_grid.images[0].missing
    assert not media.panel.rows[0].info_label.text().startswith("Missing")


def test_a_moved_picture_shows_in_the_panel_and_on_cards(
    window: MainWindow, media: MediaController, tmp_path: Path
) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    draft = Draft(master="hi")
    draft.media = [MediaItem("gone/cup.jpg", "A cup")]
    draft.save(folder / "d.sdraft")
    assert window.open_draft(folder / "d.sdraft")
    row = media.panel.rows[0]
    assert row.info_label.text().startswith("Missing: no file at")
    assert row.thumb.text() == "missing"
    assert window.cards["facebook"].media_grid.images[0].missing
    assert "moved or renamed" in window.cards["facebook"].media_grid.notice.text()


def test_the_privacy_setting_is_saved(window: MainWindow, media: MediaController) -> None:
    box = media.panel.strip_box
    assert box.isChecked()
    box.click()
    assert Settings.load().get("media", "strip_metadata") is False
    box.click()
    assert Settings.load().get("media", "strip_metadata") is True
