"""The Publish dialog with an X thread, publishing for real to the loopback X API: the
confirmation shows the numbered posts; a post that fails leaves links to the live ones
and Retry posts only the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from publish_env import Apis, make_accounts, settings_for
from pytestqt.qtbot import QtBot

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft
from socialdesk.platforms.twitter.thread import split_thread
from socialdesk.ui.publishing.dialog import PublishDialog
from socialdesk.ui.shell.document import DraftDocument

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEXT = " ".join(
    f"Day {n}: northern lights tours, with guides who know every valley." for n in range(1, 10)
)


def test_thread_confirmation_failure_links_and_retry(
    qtbot: QtBot, apis: Apis, tmp_path: Path
) -> None:
    settings = settings_for(apis, timeout=2.0)
    store = AccountStore(settings)
    make_accounts(store)
    draft = Draft(title="Thread", master=TEXT, twitter_thread=True)
    for pid in ("vk", "weibo", "facebook"):
        draft.variants[pid].enabled = False
    path = tmp_path / "thread.sdraft"
    draft.save(path)
    document = DraftDocument(Draft.load(path), path)
    dialog = PublishDialog(document, settings, store, outbox=tmp_path / "Outbox")
    qtbot.addWidget(dialog)
    dialog.show()

    row = dialog.rows["twitter"]
    texts = split_thread(TEXT).texts
    assert row.text_view.toPlainText().startswith(f"[1/3]\n{texts[0]}\n\n[2/3]\n")
    assert "Posted as a thread of 3 parts" in row.notes_label.text()

    apis.twitter.state["refuse_after"] = 1
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: not dialog.publishing, timeout=10_000)
    status = row.status_label.text()
    first = document.draft.publish_log[0].url
    assert "Failed" in status and "Part 1 of 3 is live" in status
    assert f'<a href="{first}">{first}</a>.' in status  # the live post's link opens it

    apis.twitter.state.pop("refuse_after")
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: not dialog.publishing, timeout=10_000)
    assert "Published" in row.status_label.text()
    assert [p["text"] for p in apis.posts("twitter")] == texts  # type: ignore[index]
