"""Writing export files: atomically, with one clear message when the disk says no."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from socialdesk.draft import DraftError, atomic_write


class ExportError(Exception):
    """An export that could not be written; the message names the path and the reason."""


def write_file(path: Path, data: bytes) -> None:
    """Replace `path` with `data`; a failure leaves any previous file as it was."""
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name to export to")
    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise ExportError(f"{parent}: is a file, not a folder")
    if not parent.is_dir():
        raise ExportError(f"{parent}: folder does not exist")
    try:
        atomic_write(path, data)
    except DraftError as exc:
        raise ExportError(str(exc)) from exc
    # atomic_write's temporary file is private (0600); an export is meant to be shared
    with contextlib.suppress(OSError):
        path.chmod(0o666 & ~current_umask())


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def ensure_folder(path: Path) -> None:
    """Create the export folder if needed; refuse a path that is a file."""
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path}: is a file; plain-text export writes a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{path}: cannot create folder ({describe_os_error(exc)})") from exc
    if not os.access(path, os.W_OK):
        raise ExportError(f"{path}: folder is not writable (permission denied)")


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)
