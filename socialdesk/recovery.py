"""Autosave and crash recovery, Qt-free.

Each running editor session owns two files in the recovery folder: `<session>.sdraft`
(the draft as it was at the last autosave) and `<session>.json` (who wrote it: process id,
the file the draft belongs to, when). A clean exit deletes them. A later start finds
*orphaned* sessions — their process is gone — and offers to restore them.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

from socialdesk import paths
from socialdesk.draft import Draft, DraftError, atomic_write, now_iso

META_FORMAT = "socialdesk-recovery"


class RecoveryEntry(NamedTuple):
    """An autosaved draft left behind by a session."""

    session: str
    draft_path: Path
    meta_path: Path
    pid: int
    original: str | None  # the .sdraft file the draft was opened from, if any
    title: str
    saved_at: str  # ISO time of the autosave

    def load(self) -> Draft:
        return Draft.load(self.draft_path)

    def discard(self) -> None:
        for path in (self.draft_path, self.meta_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    @property
    def saved_at_local(self) -> str:
        """The autosave time in the user's time zone, for a dialog."""
        from datetime import datetime  # a restore is offered after the first paint

        try:
            when = datetime.fromisoformat(self.saved_at).astimezone()
        except ValueError:
            return self.saved_at
        return when.strftime("%Y-%m-%d %H:%M:%S")


class RecoverySession:
    """The autosave slot of one running editor."""

    def __init__(self, folder: Path | None = None, session: str | None = None) -> None:
        self.folder = folder if folder is not None else paths.recovery_dir()
        self.session = session or f"{os.getpid()}-{os.urandom(6).hex()}"
        self.draft_path = self.folder / f"{self.session}.sdraft"
        self.meta_path = self.folder / f"{self.session}.json"

    def save(self, draft: Draft, original: Path | None) -> None:
        """Write the draft and then its description; raises DraftError if the disk refuses."""
        self.folder.mkdir(parents=True, exist_ok=True)
        draft.save(self.draft_path)
        meta = {
            "format": META_FORMAT,
            "pid": os.getpid(),
            "original": str(original) if original is not None else None,
            "title": draft.title,
            "saved_at": now_iso(),
        }
        atomic_write(self.meta_path, (json.dumps(meta, ensure_ascii=False) + "\n").encode())

    def clear(self) -> None:
        """Nothing left to recover (saved, or a clean exit)."""
        for path in (self.meta_path, self.draft_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass  # a stale file is offered again next start; never block quitting

    def has_file(self) -> bool:
        return self.draft_path.exists()


def orphaned_entries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Autosaves whose session ended without cleaning up, newest first.

    A session of this very process counts as orphaned only if it is not `live`
    (tests start several windows in one process).
    """
    folder = folder if folder is not None else paths.recovery_dir()
    entries = []
    for meta_path in folder.glob("*.json"):
        entry = _read_entry(meta_path)
        if entry is None or entry.session in _live_sessions:
            continue
        if entry.pid != os.getpid() and pid_alive(entry.pid):
            continue  # another SocialDesk is running and owns it
        entries.append(entry)
    entries.sort(key=lambda e: e.saved_at, reverse=True)
    return entries


def _read_entry(meta_path: Path) -> RecoveryEntry | None:
    draft_path = meta_path.with_suffix(".sdraft")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(meta, dict) or meta.get("format") != META_FORMAT:
        return None
    if not draft_path.exists():
        return None
    pid = meta.get("pid")
    original = meta.get("original")
    return RecoveryEntry(
        session=meta_path.stem,
        draft_path=draft_path,
        meta_path=meta_path,
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else -1,
        original=original if isinstance(original, str) else None,
        title=str(meta.get("title") or ""),
        saved_at=str(meta.get("saved_at") or ""),
    )


# Sessions of editors open in this process; their files are not orphans.
_live_sessions: set[str] = set()


def register_live(session: RecoverySession) -> None:
    _live_sessions.add(session.session)


def unregister_live(session: RecoverySession) -> None:
    _live_sessions.discard(session.session)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (a recycled id errs on the safe side)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


__all__ = [
    "DraftError",
    "RecoveryEntry",
    "RecoverySession",
    "orphaned_entries",
    "pid_alive",
    "register_live",
    "unregister_live",
]
