"""A plain undo stack of `DraftChange`s for one draft (the app may use Qt's QUndoStack
around the same changes instead; the rules are the same)."""

from __future__ import annotations

from socialdesk.draft import Draft
from socialdesk.undo.change import DraftChange


class UndoStack:
    def __init__(self, draft: Draft, limit: int = 500) -> None:
        self.draft = draft
        self.limit = limit
        self.steps: list[DraftChange] = []
        self.index = 0  # steps[:index] are done
        self.clean_index: int | None = 0  # where the draft matches its file

    def push(self, change: DraftChange | None) -> None:
        """Add a step already done to the draft (from `capture`)."""
        if change is None:
            return
        del self.steps[self.index :]
        if self.clean_index is not None and self.clean_index > self.index:
            self.clean_index = None  # the saved state can no longer be reached
        top = self.steps[-1] if self.steps else None
        if top is not None and self.clean_index != self.index and top.can_merge(change):
            top.merge(change)
            if top.empty:  # typed and deleted again: no step at all
                self.steps.pop()
                self.index -= 1
            return
        self.steps.append(change)
        self.index += 1
        if len(self.steps) > self.limit:
            drop = len(self.steps) - self.limit
            del self.steps[:drop]
            self.index -= drop
            if self.clean_index is not None:
                self.clean_index = self.clean_index - drop if self.clean_index >= drop else None

    def can_undo(self) -> bool:
        return self.index > 0

    def can_redo(self) -> bool:
        return self.index < len(self.steps)

    def undo_name(self) -> str:
        return self.steps[self.index - 1].name if self.can_undo() else ""

    def redo_name(self) -> str:
        return self.steps[self.index].name if self.can_redo() else ""

    def undo(self) -> DraftChange | None:
        if not self.can_undo():
            return None
        self.index -= 1
        change = self.steps[self.index]
        change.undo(self.draft)
        return change

    def redo(self) -> DraftChange | None:
        if not self.can_redo():
            return None
        change = self.steps[self.index]
        change.redo(self.draft)
        self.index += 1
        return change

    def set_clean(self) -> None:
        self.clean_index = self.index

    @property
    def clean(self) -> bool:
        return self.clean_index == self.index
