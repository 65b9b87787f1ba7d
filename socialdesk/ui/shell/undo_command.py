"""A core `DraftChange` as a QUndoCommand, so the document's QUndoStack names, merges
and replays every change to the draft. The change has already happened when it is
pushed: the stack's first redo() does nothing."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from socialdesk.draft import Draft
from socialdesk.undo import DraftChange


class DraftCommand(QUndoCommand):
    def __init__(
        self,
        draft: Callable[[], Draft],
        change: DraftChange,
        applied: Callable[[DraftChange], None],
    ) -> None:
        super().__init__(change.name)
        self.change = change
        self._draft = draft
        self._applied = applied  # tells the widgets what the step touched
        self._first = True
        self.merged = False  # taken into the step before it (see DraftDocument._step)

    def id(self) -> int:
        key = self.change.merge_key
        return -1 if key is None else zlib.crc32(key.encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftCommand) or not self.change.can_merge(other.change):
            return False
        self.change.merge(other.change)
        other.merged = True
        self.setObsolete(self.change.empty)  # typed and deleted again: no step
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.change.redo(self._draft())
        self._applied(self.change)

    def undo(self) -> None:
        self.change.undo(self._draft())
        self._applied(self.change)
