"""The Qt-free autosave slot: which autosaves count as left behind by a crash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from socialdesk import paths
from socialdesk.draft import Draft
from socialdesk.recovery import (
    RecoverySession,
    orphaned_entries,
    pid_alive,
    register_live,
    unregister_live,
)


def set_owner(session: RecoverySession, pid: int) -> None:
    meta = json.loads(session.meta_path.read_text(encoding="utf-8"))
    meta["pid"] = pid
    session.meta_path.write_text(json.dumps(meta), encoding="utf-8")


def test_live_sessions_are_not_orphans_and_clean_exit_leaves_nothing() -> None:
    session = RecoverySession()
    register_live(session)
    session.save(Draft(master="typing"), None)
    assert session.draft_path.parent == paths.recovery_dir()
    assert orphaned_entries() == []
    unregister_live(session)
    # same process but the window is gone without cleaning up: a crash
    entries = orphaned_entries()
    assert [e.session for e in entries] == [session.session]
    assert entries[0].load().master == "typing"
    session.clear()
    assert list(paths.recovery_dir().iterdir()) == []


def test_another_running_process_owns_its_autosave(tmp_path: Path) -> None:
    session = RecoverySession(folder=tmp_path)
    session.save(Draft(master="elsewhere"), Path("/drafts/a.sdraft"))
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        set_owner(session, child.pid)
        assert pid_alive(child.pid)
        assert orphaned_entries(tmp_path) == []
    finally:
        child.kill()
        child.wait()
    assert not pid_alive(child.pid)
    entries = orphaned_entries(tmp_path)
    assert len(entries) == 1 and entries[0].original == "/drafts/a.sdraft"
    entries[0].discard()
    assert orphaned_entries(tmp_path) == []


def test_unreadable_descriptions_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "junk.json").write_text("{", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"format": "something-else"}', encoding="utf-8")
    lonely = RecoverySession(folder=tmp_path)
    lonely.save(Draft(master="x"), None)
    lonely.draft_path.unlink()  # description without its draft
    assert orphaned_entries(tmp_path) == []
