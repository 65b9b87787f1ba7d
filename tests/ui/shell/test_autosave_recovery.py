"""No lost work: autosave to the recovery folder, restore after a crash or kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from support import REPO
from window_helpers import card_text, type_text

from socialdesk import paths
from socialdesk.draft import Draft
from socialdesk.recovery import RecoveryEntry, RecoverySession, orphaned_entries


def dead_pid() -> int:
    """The id of a process that has exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def leave_crashed_autosave(master: str, original: Path | None = None) -> RecoverySession:
    """What a crashed session leaves behind: its autosave, owned by a dead process."""
    session = RecoverySession(session=f"{dead_pid()}-crashed")
    draft = Draft(title="Crashed draft", master=master)
    session.save(draft, original)
    meta = session.meta_path.read_text(encoding="utf-8")
    session.meta_path.write_text(
        meta.replace(f'"pid": {os.getpid()}', f'"pid": {int(session.session.split("-")[0])}'),
        encoding="utf-8",
    )
    return session


def test_autosave_writes_the_unsaved_draft_and_saving_clears_it(
    qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    window = make_window(autosave_seconds=0.05)  # type: ignore[operator]
    assert not window.recovery.has_file()  # nothing to recover yet
    type_text(qtbot, window.master_editor, "Не потерять ни слова")
    qtbot.waitUntil(window.recovery.has_file, timeout=3000)
    assert Draft.load(window.recovery.draft_path).master == "Не потерять ни слова"
    assert window.autosave_label.text().startswith("Autosaved")
    # a window of this process that is still open is not a crash
    assert orphaned_entries() == []

    qtbot.keyClicks(window.master_editor, "!")
    qtbot.waitUntil(
        lambda: Draft.load(window.recovery.draft_path).master == "Не потерять ни слова!",
        timeout=3000,
    )
    window.ask_save_path = lambda: tmp_path / "kept.sdraft"
    assert window.save()
    assert not window.recovery.has_file()  # saved: nothing left to recover
    window.close()
    assert list(paths.recovery_dir().iterdir()) == []  # a clean exit leaves nothing


def test_restore_after_a_crash(qtbot: QtBot, make_window: object) -> None:
    leave_crashed_autosave("Almost lost #draft")
    window = make_window()  # type: ignore[operator]
    offered: list[RecoveryEntry] = []

    def ask(entry: RecoveryEntry) -> str:
        offered.append(entry)
        return "restore"

    window.ask_restore = ask
    assert window.offer_recovery()
    assert [e.title for e in offered] == ["Crashed draft"]
    assert window.master_editor.text() == "Almost lost #draft"
    assert card_text(window.cards["twitter"]) == "Almost lost #draft"
    assert window.isWindowModified()  # restored work is not saved yet
    assert window.windowTitle() == "Crashed draft[*] — SocialDesk"
    # the orphan is adopted: only this window's own autosave remains
    assert orphaned_entries() == []
    assert window.recovery.has_file()
    assert Draft.load(window.recovery.draft_path).master == "Almost lost #draft"


def test_recovery_keeps_the_original_file_and_not_now_keeps_the_autosave(
    qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    original = tmp_path / "campaign.sdraft"
    Draft(master="on disk").save(original)
    leave_crashed_autosave("newer than on disk", original)
    window = make_window()  # type: ignore[operator]
    window.ask_restore = lambda entry: "later"
    assert not window.offer_recovery()
    assert len(orphaned_entries()) == 1  # offered again next start

    window.ask_restore = lambda entry: "restore"
    assert window.offer_recovery()
    assert window.document.path == original
    assert window.windowTitle() == "campaign[*] — SocialDesk"
    assert window.save()  # goes to the original file
    assert Draft.load(original).master == "newer than on disk"


def test_discarding_a_recovery_deletes_it(qtbot: QtBot, make_window: object) -> None:
    crashed = leave_crashed_autosave("not wanted")
    window = make_window()  # type: ignore[operator]
    window.ask_restore = lambda entry: "discard"
    assert not window.offer_recovery()
    assert not crashed.draft_path.exists() and not crashed.meta_path.exists()
    assert window.master_editor.text() == ""


def test_restore_in_the_real_dialog(qtbot: QtBot, make_window: object) -> None:
    leave_crashed_autosave("from the dialog")
    window = make_window()  # type: ignore[operator]
    del window.ask_restore  # the real QMessageBox
    texts: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click_restore)
            return
        texts.append(box.text())
        restore = next(b for b in box.findChildren(QPushButton) if b.text() == "Restore")
        restore.click()

    QTimer.singleShot(0, click_restore)
    assert window.offer_recovery()
    assert "did not close normally" in texts[0]
    assert window.master_editor.text() == "from the dialog"


def test_a_killed_app_is_offered_on_the_next_start(
    qtbot: QtBot, make_window: object, socialdesk_home: Path
) -> None:
    """A real process types, autosaves and is killed; the next window offers its work."""
    script = textwrap.dedent(
        """
        import os, signal, sys
        from PySide6.QtWidgets import QApplication
        from socialdesk.ui.shell.app import create_application
        from socialdesk.ui.shell.main_window import MainWindow
        app = create_application()
        window = MainWindow(autosave_seconds=0.05)
        window.show()
        window.master_editor.insertPlainText("typed before the crash ☕ 咖啡")
        while not window.recovery.has_file():
            app.processEvents()
        print("autosaved", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOCIALDESK_HOME=str(socialdesk_home))
    proc = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "autosaved" in proc.stdout

    window = make_window()  # type: ignore[operator]
    window.ask_restore = lambda entry: "restore"
    assert window.offer_recovery()
    assert window.master_editor.text() == "typed before the crash ☕ 咖啡"


def test_a_damaged_autosave_is_reported_and_set_aside(qtbot: QtBot, make_window: object) -> None:
    crashed = leave_crashed_autosave("x")
    crashed.draft_path.write_text("{ not json", encoding="utf-8")
    window = make_window()  # type: ignore[operator]
    errors: list[str] = []
    window.show_error = lambda title, text: errors.append(text)
    window.ask_restore = lambda entry: pytest.fail("offered a damaged file")
    assert not window.offer_recovery()
    assert errors and "not valid JSON" in errors[0]
    assert orphaned_entries() == []
    assert (crashed.draft_path.parent / (crashed.draft_path.name + ".damaged")).exists()
