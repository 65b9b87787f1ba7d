"""Every change the writer can make to a draft, as one undoable step with a name.

Each function changes the draft and returns the `DraftChange` to push on the undo
stack (None when nothing changed). `name` overrides the English step name (the app
passes its translated one). A failing action leaves the draft as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING

from socialdesk.draft import Draft, MediaItem
from socialdesk.platforms import get_platform
from socialdesk.undo.change import DraftChange, capture

if TYPE_CHECKING:  # heavy modules the caller has already imported when it uses these
    from socialdesk.history.store import History, Version
    from socialdesk.templates.apply import Applied
    from socialdesk.templates.engine import TemplateEngine
    from socialdesk.templates.template_file import PostTemplate
    from socialdesk.translation.apply import ApplyOutcome
    from socialdesk.translation.fanout import PlatformResult
    from socialdesk.translation.glossary import Glossary


def _platform(pid: str) -> str:
    return get_platform(pid).name


def type_master(
    draft: Draft, text: str, *, name: str | None = None, now: float | None = None
) -> DraftChange | None:
    def change(d: Draft) -> None:
        d.master = text

    return capture(draft, name or "Typing", change, merge_key="type:master", now=now)


def type_variant(
    draft: Draft, pid: str, text: str, *, name: str | None = None, now: float | None = None
) -> DraftChange | None:
    def change(d: Draft) -> None:
        if d.variants[pid].text != text:
            d.set_variant_text(pid, text, "edited")

    step = name or f"Typing in {_platform(pid)}"
    return capture(draft, step, change, merge_key=f"type:{pid}", now=now)


def revert_to_master(draft: Draft, pid: str, *, name: str | None = None) -> DraftChange | None:
    return capture(
        draft, name or f"Revert {_platform(pid)} to master", lambda d: d.revert_variant(pid)
    )


def set_field(
    draft: Draft, key: str, value: str, *, name: str | None = None, now: float | None = None
) -> DraftChange | None:
    def change(d: Draft) -> None:
        if value:
            d.fields[key] = value
        else:
            d.fields.pop(key, None)

    step = name or f"Edit field '{key.partition('@')[0]}'"
    return capture(draft, step, change, merge_key=f"field:{key}", now=now)


def apply_template(
    draft: Draft,
    template: PostTemplate,
    *,
    previous: Mapping[str, str] | None = None,
    keep_origins: Collection[str] = (),
    engine: TemplateEngine | None = None,
    seconds: float | None = None,
    name: str | None = None,
) -> tuple[DraftChange | None, Applied]:
    from socialdesk.templates.apply import apply_template as apply

    results: list[Applied] = []

    def change(d: Draft) -> None:
        results.append(
            apply(
                d,
                template,
                previous=previous,
                keep_origins=keep_origins,
                engine=engine,
                seconds=seconds,
                require_fields=True,
            )
        )

    step = capture(draft, name or f"Apply template '{template.name}'", change)
    return step, results[0]


def translate_cards(
    draft: Draft,
    results: Collection[PlatformResult],
    *,
    glossary: Glossary | None = None,
    overwrite_edited: bool = False,
    name: str | None = None,
) -> tuple[DraftChange | None, list[ApplyOutcome]]:
    """Put one card's translation (or all of them) in as one step."""
    from socialdesk.translation.apply import apply_result

    outcomes: list[ApplyOutcome] = []

    def change(d: Draft) -> None:
        for result in results:
            outcomes.append(
                apply_result(d, result, glossary=glossary, overwrite_edited=overwrite_edited)
            )

    if name is None:
        pids = [r.pid for r in results]
        name = f"Translate {_platform(pids[0])}" if len(pids) == 1 else "Translate all"
    return capture(draft, name, change), outcomes


def add_image(
    draft: Draft, item: MediaItem, *, index: int | None = None, name: str | None = None
) -> DraftChange | None:
    def change(d: Draft) -> None:
        d.media.insert(len(d.media) if index is None else index, item)

    return capture(draft, name or f"Add image '{PurePath(item.path).name}'", change)


def remove_image(draft: Draft, index: int, *, name: str | None = None) -> DraftChange | None:
    shown = PurePath(draft.media[index].path).name
    return capture(draft, name or f"Remove image '{shown}'", lambda d: d.media.pop(index))


def move_image(
    draft: Draft, source: int, target: int, *, name: str | None = None
) -> DraftChange | None:
    shown = PurePath(draft.media[source].path).name

    def change(d: Draft) -> None:
        d.media.insert(target, d.media.pop(source))

    return capture(draft, name or f"Move image '{shown}'", change)


def set_language(
    draft: Draft, pid: str, language: str, *, name: str | None = None
) -> DraftChange | None:
    def change(d: Draft) -> None:
        d.variants[pid].language = language

    return capture(draft, name or f"{_platform(pid)} language: {language}", change)


def set_enabled(
    draft: Draft, pid: str, enabled: bool, *, name: str | None = None
) -> DraftChange | None:
    def change(d: Draft) -> None:
        d.variants[pid].enabled = enabled

    step = name or f"{'Turn on' if enabled else 'Turn off'} {_platform(pid)}"
    return capture(draft, step, change)


def restore_version(
    draft: Draft, history: History, version: Version, *, name: str | None = None
) -> DraftChange | None:
    restored = history.restored(version, draft)

    def change(d: Draft) -> None:
        for key, value in vars(restored).items():
            if key not in ("id", "publish_log", "created", "modified"):
                setattr(d, key, value)

    return capture(draft, name or f"Restore version {version.number}", change)
