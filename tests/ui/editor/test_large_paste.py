"""Pasting 1 MB of text: the paste completes, the window keeps processing events, and the
cards catch up with the exact counts (counted off the GUI thread)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from socialdesk.platforms import get_platform
from socialdesk.ui.shell.main_window import MainWindow

LINE = "Aurora Coffee открылась в Берлине 柏林咖啡 #AuroraCoffee @aurora https://example.com/a ☕\n"


def test_pasting_a_megabyte_keeps_the_window_responsive(qtbot: QtBot, window: MainWindow) -> None:
    text = LINE * (1_000_000 // len(LINE) + 1)
    assert len(text) >= 1_000_000
    expected = get_platform("facebook").count(text)  # before the paste: not to block the loop
    QGuiApplication.clipboard().setText(text)
    ticks_while_counting: list[float] = []

    def tick() -> None:
        if window.updater.busy():
            ticks_while_counting.append(time.perf_counter())

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(tick)
    heartbeat.start()
    try:
        window.master_editor.setFocus()
        window.master_editor.paste()
        assert window.document.draft.master == text  # the paste itself completed
        assert window.cards["twitter"].is_busy()  # counting goes on in the background
        qtbot.waitUntil(lambda: not window.updater.busy(), timeout=60_000)
    finally:
        heartbeat.stop()
    # the event loop kept turning while the long text was counted off the GUI thread
    assert len(ticks_while_counting) >= 2, ticks_while_counting
    fb = window.cards["facebook"]
    assert fb.count_label.text() == f"{expected:,} / 63,206"
    assert fb.count_state == "over"
    assert not window.cards["twitter"].is_busy()
    assert window.cards["twitter"].count_state == "over"
    # the editor marks the part past X's limit once the count arrives
    assert window.master_editor.highlighter.over_position is not None
    # typing after the paste still works and updates the draft
    window.master_editor.moveCursor(window.master_editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.master_editor, "!")
    assert window.document.draft.master.endswith("☕\n!")
    qtbot.waitUntil(lambda: not window.updater.busy(), timeout=60_000)
    assert fb.count_label.text() == f"{expected + 1:,} / 63,206"


def test_undoing_a_huge_paste_before_it_is_counted(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.master_editor, "short")
    window.master_editor.insertPlainText(LINE * 2000)  # ~170,000 characters
    assert window.cards["vk"].is_busy()
    window.undo_action.trigger()  # back to the short text before the count arrives
    assert window.document.draft.master == "short"
    assert not window.cards["vk"].is_busy()
    qtbot.waitUntil(lambda: not window.updater.busy(), timeout=30_000)
    qtbot.wait(50)  # a stale result may still arrive; it must not win
    assert window.cards["vk"].count_label.text() == "5 / 16,384"
    assert not window.cards["vk"].is_busy()
