"""Autosave and crash recovery for the main window: the unsaved draft is copied to the
recovery folder every few seconds; after a crash each orphaned copy is offered back."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

from socialdesk.draft import DraftError
from socialdesk.recovery import RecoveryEntry, orphaned_entries
from socialdesk.ui.common.i18n import translate


def autosave_now(window: Any) -> bool:
    """Write the unsaved draft to the recovery folder if it changed since last time."""
    if not window.document.dirty:
        if window.recovery.has_file():
            window.recovery.clear()
        return False
    if window.document.revision == window.autosaved_revision:
        return False
    try:
        window.recovery.save(window.document.draft, window.document.path)
    except DraftError as exc:
        window.autosave_label.setText(translate("MainWindow", "Autosave failed"))
        window.autosave_label.setToolTip(str(exc))
        return False
    window.autosaved_revision = window.document.revision
    window.autosave_label.setText(
        translate("MainWindow", "Autosaved {strftime}").format(strftime=time.strftime("%H:%M:%S"))
    )
    window.autosave_label.setToolTip(str(window.recovery.draft_path))
    return True


def offer_recovery(window: Any) -> bool:
    """After a crash: offer each orphaned autosave; True if one was restored."""
    for entry in orphaned_entries():
        try:
            draft = entry.load()
        except DraftError as exc:
            window.show_error(
                translate("MainWindow", "An autosaved draft is damaged"),
                translate(
                    "MainWindow", "{exc}\n\nIt stays in the recovery folder: {parent}"
                ).format(exc=exc, parent=entry.draft_path.parent),
            )
            _set_aside(entry)
            continue
        choice = window.ask_restore(entry)
        if choice == "restore":
            if not window.maybe_save():
                return False
            original = Path(entry.original) if entry.original else None
            window.document.replace(draft, original, dirty=True)
            entry.discard()
            window.autosave_now()
            window.statusBar().showMessage(
                translate("MainWindow", "Restored the autosaved draft"), 6000
            )
            return True
        if choice == "discard":
            entry.discard()
    return False


def _set_aside(entry: RecoveryEntry) -> None:
    """Keep a damaged autosave but stop offering it."""
    for path in (entry.draft_path, entry.meta_path):
        with contextlib.suppress(OSError):
            path.rename(path.with_name(path.name + ".damaged"))
