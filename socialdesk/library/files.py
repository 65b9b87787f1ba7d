"""File operations on drafts in the library: names, duplicate, rename, delete to the trash."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from socialdesk.draft import SUFFIX, Draft, now_iso

MAX_NAME = 100
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}


class NoTrashError(Exception):
    """The file could not be moved to the trash; it is still there, untouched."""


def safe_file_stem(title: str) -> str:
    """A file name from a title, valid on Windows, macOS and Linux; keeps any script."""
    stem = _FORBIDDEN.sub("-", unicodedata.normalize("NFC", title)).strip(" .-")
    stem = re.sub(r"\s+", " ", stem)[:MAX_NAME].rstrip(" .") or "draft"
    if stem.upper() in _WINDOWS_RESERVED:
        stem += "-draft"
    return stem


def unique_path(folder: Path, stem: str, keep: Path | None = None) -> Path:
    """`folder/stem.sdraft`, numbered " (2)", " (3)" … when taken (by a file other than `keep`)."""
    candidate = folder / f"{stem}{SUFFIX}"
    number = 2
    while candidate.exists() and candidate != keep:
        candidate = folder / f"{stem} ({number}){SUFFIX}"
        number += 1
    return candidate


def duplicate_draft(path: Path) -> Path:
    """A copy beside the original, titled "… (copy)", with no publish history of its own."""
    draft = Draft.load(path)
    draft.title = f"{draft.title or path.stem} (copy)"
    draft.publish_log = []  # the copy is a new post: never "already published"
    draft.id = ""  # ...with a version history of its own
    draft.created = draft.modified = now_iso()
    target = unique_path(path.parent, safe_file_stem(draft.title))
    draft.save(target)
    return target


def rename_draft(path: Path, title: str) -> Path:
    """Give the draft a new title and a file name to match; returns the new path."""
    title = title.strip()
    if not title:
        raise ValueError("a draft needs a title")
    draft = Draft.load(path)
    draft.title = title
    draft.modified = now_iso()
    target = unique_path(path.parent, safe_file_stem(title), keep=path)
    draft.save(target)  # the new file is complete before the old one goes
    if target != path:
        path.unlink()
    return target


def move_to_trash(path: Path) -> None:
    """Into the OS trash, or NoTrashError saying why; never a silent permanent delete."""
    from send2trash import send2trash
    from send2trash.exceptions import TrashPermissionError

    if not path.exists():
        raise FileNotFoundError(f"{path}: file not found")
    try:
        send2trash(str(path))
    except (TrashPermissionError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise NoTrashError(
            f"{path.name} could not be moved to the trash ({reason}); it was not deleted"
        ) from exc
