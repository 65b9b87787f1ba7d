"""The Publish dialog lists every picture each platform gets, and asks before uploading
pictures from outside the draft's folder (publishing for real to the loopback APIs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_samples import write_picture
from publish_env import Apis, make_accounts, sample_draft, settings_for
from pytestqt.qtbot import QtBot

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, MediaItem
from socialdesk.media.consent import OutsideImage
from socialdesk.ui.publishing.dialog import PublishDialog
from socialdesk.ui.shell.document import DraftDocument

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def private(tmp_path: Path) -> Path:
    return write_picture(tmp_path / "Pictures" / "passport.jpg", "passport")


@pytest.fixture
def dialog(qtbot: QtBot, apis: Apis, tmp_path: Path, private: Path) -> PublishDialog:
    settings = settings_for(apis, timeout=2.0)
    store = AccountStore(settings)
    make_accounts(store)
    folder = tmp_path / "Downloads"
    write_picture(folder / "media" / "cup.jpg", "cup")
    draft = sample_draft()
    draft.media = [MediaItem("media/cup.jpg"), MediaItem(str(private), excluded=["vk", "weibo"])]
    path = folder / "from-a-stranger.sdraft"
    draft.save(path)
    widget = PublishDialog(
        DraftDocument(Draft.load(path), path), settings, store, outbox=tmp_path / "Outbox"
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def answer(dialog: PublishDialog, yes: bool) -> list[list[OutsideImage]]:
    questions: list[list[OutsideImage]] = []

    def confirm(images: list[OutsideImage]) -> bool:
        questions.append(images)
        return yes

    dialog.confirm_outside = confirm  # type: ignore[method-assign]
    return questions


def test_each_platform_lists_its_pictures(dialog: PublishDialog, private: Path) -> None:
    vk = dialog.rows["vk"].images_label.text()
    x = dialog.rows["twitter"].images_label.text()
    assert vk.splitlines() == ["Pictures: 1", "1. cup.jpg"]
    assert x.splitlines() == [
        "Pictures: 2",
        "1. cup.jpg",
        f"2. {private.resolve()} ⚠ outside the draft's folder",
    ]


def test_declining_sends_nothing(
    qtbot: QtBot, dialog: PublishDialog, apis: Apis, private: Path
) -> None:
    questions = answer(dialog, False)
    assert dialog.publish_button.isEnabled()
    dialog.publish_button.click()
    assert [[image.real_path for image in q] for q in questions] == [[private.resolve()]]
    assert not dialog.publishing
    assert all(apis.posts(pid) == [] for pid in ("vk", "weibo", "twitter", "facebook"))
    assert "Nothing was sent" in dialog.summary.text()
    assert dialog.document.draft.publish_log == []


def test_agreeing_uploads_them(qtbot: QtBot, dialog: PublishDialog, apis: Apis) -> None:
    questions = answer(dialog, True)
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: not dialog.publishing, timeout=20_000)
    assert len(questions) == 1
    statuses = {r.platform: r.status for r in dialog.document.draft.publish_log}
    assert statuses["twitter"] == "published", dialog.rows["twitter"].status_label.text()
    assert len(apis["twitter"].state["uploads"]) == 2  # the cup and the passport
