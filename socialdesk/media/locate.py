"""Where a draft's images are: paths stored relative to the draft file when possible.

A draft and its pictures usually travel together (a campaign folder, a shared drive),
so an image inside the draft's folder — or beside it, in a sibling folder of the same
project — is stored relative to the draft; anything else keeps its absolute path.
Paths in the file always use forward slashes so drafts move between Windows and macOS.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath, PureWindowsPath

from socialdesk.draft import MediaItem


def _is_absolute(stored: str) -> bool:
    return Path(stored).is_absolute() or PureWindowsPath(stored).is_absolute()


def resolve_path(draft_path: Path | None, stored: str) -> Path:
    """The file a stored media path points at, for a draft saved at `draft_path`."""
    return resolve_in_folder(draft_path.parent if draft_path is not None else None, stored)


def _expand_home(stored: str) -> str:
    """`~/x` is in the writer's own home folder. `~name/x` (someone else's home) and
    file names that start with `~` are taken as written, relative to the draft."""
    if stored == "~" or stored.startswith(("~/", "~\\")):
        return os.path.expanduser(stored)  # unchanged when no home folder is known
    return stored


def resolve_in_folder(folder: Path | None, stored: str) -> Path:
    """The file a stored media path points at, for a draft kept in `folder`."""
    candidate = Path(_expand_home(stored))
    if _is_absolute(stored) or candidate.is_absolute() or folder is None:
        return candidate
    # stored with forward slashes; Path accepts them on every system
    return Path(os.path.normpath(folder / PurePosixPath(stored)))


def resolve_media(draft_path: Path | None, item: MediaItem) -> Path:
    return resolve_path(draft_path, item.path)


def media_path_for_save(draft_path: Path | None, image_path: Path) -> str:
    """How to store `image_path` in a draft saved at `draft_path`.

    Relative when the image lies in the draft's folder or a folder beside it (one level
    up, unless that is the home folder or a drive root); absolute otherwise.
    """
    image = Path(os.path.abspath(image_path))
    if draft_path is None:
        return str(image)
    folder = Path(os.path.abspath(draft_path)).parent
    for base, prefix in ((folder, ""), (folder.parent, "../")):
        if base == folder.parent and not _shareable_parent(base):
            continue
        try:
            inside = image.relative_to(base)
        except ValueError:
            continue
        return prefix + inside.as_posix()
    return str(image)


def _shareable_parent(folder: Path) -> bool:
    """A folder that can be a project root: not a drive root, not the home folder itself."""
    if folder.parent == folder:
        return False
    try:
        return folder != Path.home()
    except RuntimeError:  # no home folder known
        return True


def rebase_media(
    items: Iterable[MediaItem], old_draft_path: Path | None, new_draft_path: Path | None
) -> list[MediaItem]:
    """The items re-expressed for a draft that moves from `old_draft_path` to the new one
    (Save As into another folder), so relative paths keep pointing at the same files."""
    rebased = []
    for item in items:
        target = resolve_media(old_draft_path, item)
        if old_draft_path is None and not target.is_absolute():
            rebased.append(item)  # relative to nothing known: leave it as written
            continue
        rebased.append(replace(item, path=media_path_for_save(new_draft_path, target)))
    return rebased


@dataclass(frozen=True)
class Located:
    number: int  # 1-based position in the draft
    item: MediaItem
    path: Path

    @property
    def label(self) -> str:
        """How messages name it: 'image 2 (cup.jpg)'."""
        return f"image {self.number} ({PurePosixPath(self.item.path.replace(chr(92), '/')).name})"


def locate_all(items: Iterable[MediaItem], draft_path: Path | None) -> list[Located]:
    return [
        Located(number, item, resolve_media(draft_path, item))
        for number, item in enumerate(items, start=1)
    ]


def missing_message(found: Located) -> str:
    where = found.item.path
    shown = f"{where} (looked at {found.path})" if str(found.path) != where else where
    return (
        f"{found.label.capitalize()} is missing: no file at {shown}. It may have been "
        "moved or renamed; attach it again or remove it from the draft."
    )
