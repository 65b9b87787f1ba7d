"""One undoable step on a draft: the parts it changed, before and after.

A change is made by running an action on the draft between two snapshots of its
parts (`capture`), so every action — typing, a template, a translation, a restored
version — undoes the same way, and nothing it touched can be missed. Only the parts
that differ are kept. Dates and the publish record are not content: never undone.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from socialdesk.draft import Draft

COALESCE_SECONDS = 2.0  # typing in one place with pauses shorter than this is one step
TYPING_MAX_CHARS = 20  # a bigger change at once (a paste, a cut) is a step of its own

_SCALARS = ("title", "source_language", "template", "twitter_premium", "translate_hashtags")


def parts(draft: Draft) -> dict[str, Any]:
    """The draft's content as independent copies, by part: "master", "variant/vk", ..."""
    result: dict[str, Any] = {name: getattr(draft, name) for name in _SCALARS}
    result["master"] = draft.master
    for pid, variant in draft.variants.items():
        result[f"variant/{pid}"] = replace(variant)
    result["fields"] = dict(draft.fields)
    result["media"] = [replace(item, excluded=list(item.excluded)) for item in draft.media]
    return result


def _put(draft: Draft, name: str, value: Any) -> None:
    value = copy.deepcopy(value)  # the draft never shares an object with the stored steps
    if name.startswith("variant/"):
        draft.variants[name.partition("/")[2]] = value
    else:
        setattr(draft, name, value)


@dataclass
class DraftChange:
    """`name` is what Edit ▸ Undo says ("Apply template 'Product launch'"). `merge_key`
    is set for typing: steps with the same key in quick succession become one."""

    name: str
    before: dict[str, Any]
    after: dict[str, Any]
    merge_key: str | None = None
    started: float = field(default_factory=time.monotonic)
    last: float = field(default_factory=time.monotonic)
    size: int = 0  # characters the last keystroke (or paste) added or removed
    window: float = COALESCE_SECONDS  # how long after the last one a step may still join

    @property
    def parts(self) -> list[str]:
        """What it touched ("master", "variant/vk", "fields", "media", ...)."""
        return list(self.after)

    @property
    def empty(self) -> bool:
        return self.before == self.after

    def redo(self, draft: Draft) -> None:
        for name, value in self.after.items():
            _put(draft, name, value)

    def undo(self, draft: Draft) -> None:
        for name, value in self.before.items():
            _put(draft, name, value)

    def can_merge(self, other: DraftChange) -> bool:
        return (
            self.merge_key is not None
            and other.merge_key == self.merge_key
            and 0 <= other.started - self.last <= self.window
            and self.size <= TYPING_MAX_CHARS
            and other.size <= TYPING_MAX_CHARS
        )

    def merge(self, other: DraftChange) -> None:
        """Take `other` (a later step) into this one: its end state, this start."""
        for name, value in other.after.items():
            self.before.setdefault(name, other.before[name])
            self.after[name] = value
        self.last = other.last
        self.size = other.size


def capture(
    draft: Draft,
    name: str,
    action: Callable[[Draft], object],
    *,
    merge_key: str | None = None,
    now: float | None = None,
    size: int | None = None,
    window: float = COALESCE_SECONDS,
) -> DraftChange | None:
    """Run `action(draft)` and return the step it made, or None if it changed nothing.

    `size` says how big the change counts for coalescing (default: the characters it
    added or removed); a template re-filled as a field is typed counts as the keystroke.
    `window` is how long a later step with the same key may join it (the cards of one
    Translate all arrive over several seconds and are one step).

    If the action raises, the draft is put back as it was and the error goes on.
    """
    before = parts(draft)
    try:
        action(draft)
    except BaseException:
        for key, value in before.items():
            _put(draft, key, value)
        raise
    after = parts(draft)
    changed = [key for key in after if after[key] != before[key]]
    if not changed:
        return None
    moment = time.monotonic() if now is None else now
    if size is None:
        size = sum(_text_size(after[key]) - _text_size(before[key]) for key in changed)
    return DraftChange(
        name,
        {key: before[key] for key in changed},
        {key: after[key] for key in changed},
        merge_key,
        moment,
        moment,
        abs(size) or 1,
        window,
    )


def _text_size(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    text = getattr(value, "text", None)  # a platform's variant
    return len(text) if isinstance(text, str) else 0
