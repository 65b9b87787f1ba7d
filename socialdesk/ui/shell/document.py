"""The open draft as a Qt object: every change goes through here, marks the document
dirty and tells the widgets what changed by signals.

Other features change the draft through these methods (or `edit()` for anything else),
never by touching `document.draft` behind its back, so cards, title and autosave follow.
Every change is one named step on `undo_stack` (typing in one place coalesces), so
Undo takes back anything: a template, a translation, a restored version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

import socialdesk.media  # its modules load when first used (Save As with pictures)
from socialdesk.draft import Draft, MediaItem, now_iso
from socialdesk.platforms import get_platform
from socialdesk.ui.shell.undo_command import DraftCommand
from socialdesk.undo import COALESCE_SECONDS, DraftChange, capture

UNDO_LIMIT = 1000  # steps kept; a step holds only the parts it changed


class DraftDocument(QObject):
    """Holds the `Draft`, the file it lives in and whether it has unsaved changes."""

    changed = Signal()  # after any change to the draft (including a replaced draft)
    master_changed = Signal()
    variant_changed = Signal(str)  # platform id: its text, origin, language, account, enabled
    fields_changed = Signal()
    media_changed = Signal()
    options_changed = Signal()  # draft-wide options that affect every card (X Premium, title)
    draft_replaced = Signal()  # a different draft was loaded: rebuild everything
    path_changed = Signal()
    dirty_changed = Signal(bool)
    # a moment worth a version in the history: (cause, detail), e.g. ("template", name);
    # sent before a change that replaces texts, and after a save
    checkpoint = Signal(str, str)

    def __init__(self, draft: Draft | None = None, path: Path | None = None) -> None:
        super().__init__()
        self.draft = draft if draft is not None else Draft()
        self.path = path
        self.dirty = False
        self.revision = 0  # bumps on every change; autosave compares it
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._unsaved_outside = False  # a change that is not a step (the publish log)

    # -- identity -----------------------------------------------------------------------
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.stem
        return self.draft.title.strip() or self.tr("Untitled")

    # -- replacing and saving -----------------------------------------------------------
    def replace(self, draft: Draft, path: Path | None, dirty: bool = False) -> None:
        """Show another draft (opened, new or restored)."""
        self.draft = draft
        self._set_path(path)
        self.revision += 1
        self.undo_stack.clear()  # steps belong to the draft they were made on
        self._unsaved_outside = dirty
        self.draft_replaced.emit()
        self.changed.emit()
        self._set_dirty(dirty)

    def save(self, path: Path | None = None) -> None:
        """Write the draft to `path` (or its own file); raises DraftError, loses nothing."""
        target = path if path is not None else self.path
        if target is None:
            raise ValueError("no file to save to")
        previous, previous_media = self.draft.modified, self.draft.media
        self.draft.modified = now_iso()
        if target != self.path:  # Save As elsewhere: relative image paths must still find them
            self.draft.media = socialdesk.media.rebase_media(self.draft.media, self.path, target)
        try:
            self.draft.ensure_id()  # the version history finds the draft by it
            self.draft.save(target)
        except Exception:
            self.draft.modified, self.draft.media = previous, previous_media
            raise
        if self.path is not None and target != self.path:
            self._rebase_steps(self.path, target)
        self._set_path(target)
        if self.draft.media != previous_media:
            self.media_changed.emit()
        self._unsaved_outside = False
        self.undo_stack.setClean()
        self._set_dirty(False)
        self.checkpoint.emit("save", "")

    def _rebase_steps(self, old: Path, new: Path) -> None:
        """Images in the undo steps keep pointing at the same files after Save As."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, DraftCommand):
                for state in (command.change.before, command.change.after):
                    if "media" in state:
                        state["media"] = socialdesk.media.rebase_media(state["media"], old, new)

    def file_renamed(self, path: Path, title: str) -> None:
        """The file was renamed and retitled outside the editor (the library): follow it.
        Unsaved changes stay unsaved; a saved draft stays saved (the file has the title)."""
        if self.draft.title != title:
            self.draft.title = title
            self.revision += 1
            self.options_changed.emit()
            self.changed.emit()
        self._set_path(path)

    def file_deleted(self) -> None:
        """The file is gone (moved to the trash): the draft stays open, unsaved, with no
        file, so Save asks where to keep it. Images stored relative to the old file keep
        being found through absolute paths."""
        self.draft.media = socialdesk.media.rebase_media(self.draft.media, self.path, None)
        self._set_path(None)
        self.revision += 1
        self._unsaved_outside = True
        self._set_dirty(True)

    def _set_path(self, path: Path | None) -> None:
        if path != self.path:
            self.path = path
            self.path_changed.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def _touched(self) -> None:
        self.revision += 1
        self.changed.emit()
        self._set_dirty(True)

    def _clean_changed(self, clean: bool) -> None:
        # undone back to what the file holds: nothing to save
        self._set_dirty(not clean or self._unsaved_outside)

    # -- undo -----------------------------------------------------------------------------
    def _step(
        self,
        name: str,
        action: Callable[[Draft], object],
        merge_key: str | None = None,
        size: int | None = None,
        window: float = COALESCE_SECONDS,
    ) -> DraftChange | None:
        """Run `action` on the draft as one undoable step named `name`; signal what it
        touched. A failing action changes nothing and raises."""
        change = capture(self.draft, name, action, merge_key=merge_key, size=size, window=window)
        if change is None:
            return None
        if not self._merge_into_top(change):
            command = DraftCommand(lambda: self.draft, change, self._replayed)
            self.undo_stack.push(command)
            if command.merged:
                # Qt deleted the merged command, but PySide keeps its Python side as long
                # as the stack: let go of its copies of the texts (the names of the parts
                # stay for the callers)
                change.before.update(dict.fromkeys(change.before))
                change.after.update(dict.fromkeys(change.after))
        self._announce(change)
        return change

    def _merge_into_top(self, change: DraftChange) -> bool:
        """Join a keystroke to the typing step on top of the stack, as the stack would
        merge it, without a new command: a command Qt merges and deletes stays alive on
        the Python side (with the step it holds) as long as the stack, one per keystroke.
        Where Qt's own rules apply (inside a group, a redo to drop, the saved state),
        leaves it to the stack."""
        stack = self.undo_stack
        index = stack.index()
        if not stack.canUndo() or index != stack.count() or index == stack.cleanIndex():
            return False  # canUndo() is False inside a group (a macro) too
        top = stack.command(index - 1)
        if not isinstance(top, DraftCommand) or not top.change.can_merge(change):
            return False
        top.change.merge(change)
        if top.change.empty:  # typed and deleted again: no step
            top.setObsolete(True)
            stack.undo()  # an obsolete command is dropped, not undone
        return True

    def _replayed(self, change: DraftChange) -> None:
        """A step was undone or redone: tell the widgets, as if it had just happened."""
        self._announce(change)

    def _announce(self, change: DraftChange) -> None:
        parts = change.parts
        if "master" in parts:
            self.master_changed.emit()
        for part in parts:
            if part.startswith("variant/"):
                self.variant_changed.emit(part.partition("/")[2])
        if "fields" in parts or "template" in parts:
            self.fields_changed.emit()
        if "media" in parts:
            self.media_changed.emit()
        if {"title", "twitter_premium", "source_language", "translate_hashtags"} & set(parts):
            self.options_changed.emit()
        self.revision += 1
        self.changed.emit()
        # typed and deleted again, or undone to the saved state: nothing to save
        self._set_dirty(not self.undo_stack.isClean() or self._unsaved_outside)

    def step_group(self, name: str) -> _StepGroup:
        """`with document.step_group(name):` — the changes inside are one undo step."""
        return _StepGroup(self.undo_stack, name)

    def _platform(self, pid: str) -> str:
        return get_platform(pid).name

    # -- master and variants ------------------------------------------------------------
    def set_master(self, text: str) -> None:
        if text == self.draft.master:
            return
        self._step(self.tr("Typing"), lambda d: setattr(d, "master", text), merge_key="type:master")

    def set_variant_text(self, pid: str, text: str, origin: str = "edited") -> None:
        """Give platform `pid` its own text; `origin` is "edited", "translated" or "template"."""
        variant = self.draft.variants[pid]
        if variant.text == text and variant.origin == origin:
            return
        name = self._platform(pid)
        if origin == "edited":
            step, key = self.tr("Typing in {platform}").format(platform=name), f"type:{pid}"
        elif origin == "translated":
            step, key = self.tr("Translate {platform}").format(platform=name), None
        else:
            step, key = self.tr("Change {platform} text").format(platform=name), None
        self._step(step, lambda d: d.set_variant_text(pid, text, origin), merge_key=key)

    def revert_variant(self, pid: str) -> None:
        """Platform `pid` inherits the master again."""
        if self.draft.variants[pid].inherits:
            return
        name = self.tr("Revert {platform} to master").format(platform=self._platform(pid))
        self._step(name, lambda d: d.revert_variant(pid))

    def set_variant_enabled(self, pid: str, enabled: bool) -> None:
        if self.draft.variants[pid].enabled == enabled:
            return
        name = (
            self.tr("Turn on {platform}") if enabled else self.tr("Turn off {platform}")
        ).format(platform=self._platform(pid))
        self._step(name, lambda d: setattr(d.variants[pid], "enabled", enabled))

    def set_variant_language(self, pid: str, language: str) -> None:
        if self.draft.variants[pid].language == language:
            return
        name = self.tr("{platform} language: {language}").format(
            platform=self._platform(pid), language=language
        )
        self._step(name, lambda d: setattr(d.variants[pid], "language", language))

    def set_variant_account(self, pid: str, account: str | None) -> None:
        if self.draft.variants[pid].account == account:
            return
        name = self.tr("{platform} account").format(platform=self._platform(pid))
        self._step(name, lambda d: setattr(d.variants[pid], "account", account))

    # -- fields, media, options ---------------------------------------------------------
    def set_field(self, name: str, value: str) -> None:
        if self.draft.fields.get(name) == value:
            return
        step = self.tr("Edit field “{field}”").format(field=name.partition("@")[0])

        def change(d: Draft) -> None:
            d.fields[name] = value

        self._step(step, change, merge_key=f"field:{name}")

    def remove_field(self, name: str) -> None:
        if name not in self.draft.fields:
            return
        step = self.tr("Remove field “{field}”").format(field=name)
        self._step(step, lambda d: d.fields.pop(name))

    def add_media(self, item: MediaItem) -> None:
        name = self.tr("Add image “{name}”").format(name=Path(item.path).name)
        self._step(name, lambda d: d.media.append(item))

    def remove_media(self, index: int) -> None:
        name = self.tr("Remove image “{name}”").format(name=Path(self.draft.media[index].path).name)
        self._step(name, lambda d: d.media.pop(index))

    def set_twitter_premium(self, premium: bool) -> None:
        if self.draft.twitter_premium == premium:
            return
        self._step(self.tr("X Premium"), lambda d: setattr(d, "twitter_premium", premium))

    def set_weibo_path(self, path: str) -> None:
        """How Weibo gets this post: "api" (the sharing API) or "by_hand" (its composer)."""
        if self.draft.weibo_path == path:
            return
        self.draft.weibo_path = path
        self.options_changed.emit()
        self.media_changed.emit()  # the images are held to the new path's rules
        self._touched()

    def set_title(self, title: str) -> None:
        if self.draft.title == title:
            return
        self._step(self.tr("Edit title"), lambda d: setattr(d, "title", title), merge_key="title")

    def edit(
        self,
        change: Callable[[Draft], object],
        *,
        master: bool = False,
        variants: Iterable[str] = (),
        fields: bool = False,
        media: bool = False,
        options: bool = False,
        name: str = "",
        merge_key: str | None = None,
        size: int | None = None,
        window: float = COALESCE_SECONDS,
    ) -> None:
        """Any other change: run `change(draft)` as one undoable step called `name`.

        The step's signals follow from what it changed; the flags add signals for
        parts it may touch without changing them. A change to what is not content
        (the publish log) is no step, but still needs saving. If `change` raises,
        the draft is as it was.
        """
        step = self._step(name or self.tr("Edit"), change, merge_key, size, window)
        touched = set(step.parts) if step is not None else set()
        if master and "master" not in touched:
            self.master_changed.emit()
        for pid in variants:
            if f"variant/{pid}" not in touched:
                self.variant_changed.emit(pid)
        if fields and not touched & {"fields", "template"}:
            self.fields_changed.emit()
        if media and "media" not in touched:
            self.media_changed.emit()
        if options and not touched & {"title", "twitter_premium", "source_language"}:
            self.options_changed.emit()
        if step is None:
            self._unsaved_outside = True
            self._touched()


class _StepGroup:
    def __init__(self, stack: QUndoStack, name: str) -> None:
        self.stack, self.name = stack, name

    def __enter__(self) -> None:
        self.stack.beginMacro(self.name)

    def __exit__(self, *exc: object) -> None:
        self.stack.endMacro()
        index = self.stack.index()
        last = self.stack.command(index - 1) if index else None
        if last is not None and last.childCount() == 0:  # nothing happened: no step
            last.setObsolete(True)
            self.stack.undo()  # an obsolete command is dropped, not undone
