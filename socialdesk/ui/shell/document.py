"""The open draft as a Qt object: every change goes through here, marks the document
dirty and tells the widgets what changed by signals.

Other features change the draft through these methods (or `edit()` for anything else),
never by touching `document.draft` behind its back, so cards, title and autosave follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from socialdesk.draft import Draft, MediaItem, now_iso
from socialdesk.media.locate import rebase_media


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

    def __init__(self, draft: Draft | None = None, path: Path | None = None) -> None:
        super().__init__()
        self.draft = draft if draft is not None else Draft()
        self.path = path
        self.dirty = False
        self.revision = 0  # bumps on every change; autosave compares it

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
            self.draft.media = rebase_media(self.draft.media, self.path, target)
        try:
            self.draft.save(target)
        except Exception:
            self.draft.modified, self.draft.media = previous, previous_media
            raise
        self._set_path(target)
        if self.draft.media != previous_media:
            self.media_changed.emit()
        self._set_dirty(False)

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
        self.draft.media = rebase_media(self.draft.media, self.path, None)
        self._set_path(None)
        self.revision += 1
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

    # -- master and variants ------------------------------------------------------------
    def set_master(self, text: str) -> None:
        if text == self.draft.master:
            return
        self.draft.master = text
        self.master_changed.emit()
        self._touched()

    def set_variant_text(self, pid: str, text: str, origin: str = "edited") -> None:
        """Give platform `pid` its own text; `origin` is "edited", "translated" or "template"."""
        variant = self.draft.variants[pid]
        if variant.text == text and variant.origin == origin:
            return
        self.draft.set_variant_text(pid, text, origin)
        self.variant_changed.emit(pid)
        self._touched()

    def revert_variant(self, pid: str) -> None:
        """Platform `pid` inherits the master again."""
        if self.draft.variants[pid].inherits:
            return
        self.draft.revert_variant(pid)
        self.variant_changed.emit(pid)
        self._touched()

    def set_variant_enabled(self, pid: str, enabled: bool) -> None:
        variant = self.draft.variants[pid]
        if variant.enabled == enabled:
            return
        variant.enabled = enabled
        self.variant_changed.emit(pid)
        self._touched()

    def set_variant_language(self, pid: str, language: str) -> None:
        variant = self.draft.variants[pid]
        if variant.language == language:
            return
        variant.language = language
        self.variant_changed.emit(pid)
        self._touched()

    def set_variant_account(self, pid: str, account: str | None) -> None:
        variant = self.draft.variants[pid]
        if variant.account == account:
            return
        variant.account = account
        self.variant_changed.emit(pid)
        self._touched()

    # -- fields, media, options ---------------------------------------------------------
    def set_field(self, name: str, value: str) -> None:
        if self.draft.fields.get(name) == value:
            return
        self.draft.fields[name] = value
        self.fields_changed.emit()
        self._touched()

    def remove_field(self, name: str) -> None:
        if name not in self.draft.fields:
            return
        del self.draft.fields[name]
        self.fields_changed.emit()
        self._touched()

    def add_media(self, item: MediaItem) -> None:
        self.draft.media.append(item)
        self.media_changed.emit()
        self._touched()

    def remove_media(self, index: int) -> None:
        del self.draft.media[index]
        self.media_changed.emit()
        self._touched()

    def set_twitter_premium(self, premium: bool) -> None:
        if self.draft.twitter_premium == premium:
            return
        self.draft.twitter_premium = premium
        self.options_changed.emit()
        self._touched()

    def set_weibo_path(self, path: str) -> None:
        """How Weibo gets this post: "api" (the sharing API) or "by_hand" (its composer)."""
        if self.draft.weibo_path == path:
            return
        self.draft.weibo_path = path
        self.options_changed.emit()
        self._touched()

    def set_title(self, title: str) -> None:
        if self.draft.title == title:
            return
        self.draft.title = title
        self.options_changed.emit()
        self._touched()

    def edit(
        self,
        change: Callable[[Draft], object],
        *,
        master: bool = False,
        variants: Iterable[str] = (),
        fields: bool = False,
        media: bool = False,
        options: bool = False,
    ) -> None:
        """Any other change: run `change(draft)`, then say what it touched."""
        change(self.draft)
        if master:
            self.master_changed.emit()
        for pid in variants:
            self.variant_changed.emit(pid)
        if fields:
            self.fields_changed.emit()
        if media:
            self.media_changed.emit()
        if options:
            self.options_changed.emit()
        self._touched()
