"""The drafts library: every `.sdraft` in a folder, listed, searched and kept in step.

`Library.refresh()` notices files added, changed or removed outside the app and is
cheap when nothing changed; the UI calls it on a file-watcher signal or a timer, off
the GUI thread. Files that are not readable drafts are listed as problems, never
modified. Deleting goes to the OS trash; where there is none, `NoTrashError` says so
and only an explicit `permanently=True` deletes for good.
"""

from __future__ import annotations

from pathlib import Path

from socialdesk import paths
from socialdesk.draft import Draft
from socialdesk.library.entry import STATUSES, LibraryEntry, Problem
from socialdesk.library.files import (
    NoTrashError,
    duplicate_draft,
    move_to_trash,
    rename_draft,
)
from socialdesk.library.index import SORTS, LibraryIndex, RefreshResult
from socialdesk.settings import Settings

SECTION = "library"
INDEX_FILE = "library-index.sqlite3"


def library_folder(settings: Settings | None = None) -> Path:
    """The folder chosen in settings ("library" → "folder"), else the user's documents."""
    settings = settings or Settings.load()
    chosen = settings.get(SECTION, "folder")
    if isinstance(chosen, str) and chosen:
        return Path(chosen).expanduser()
    return paths.documents_dir()


def set_library_folder(settings: Settings, folder: Path) -> None:
    settings.set(SECTION, "folder", str(folder))
    settings.save()


class LibraryError(Exception):
    """A library operation refused: the message says why; nothing was changed."""


class Library:
    def __init__(self, folder: Path | None = None, index_path: Path | None = None) -> None:
        self.folder = (folder or library_folder()).resolve()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.index = LibraryIndex(self.folder, index_path or paths.data_dir() / INDEX_FILE)
        # Listing is the index's own work, with its filters and sorts.
        self.refresh = self.index.refresh
        self.entries = self.index.entries
        self.problems = self.index.problems

    def close(self) -> None:
        self.index.close()

    def search(self, query: str) -> list[LibraryEntry]:
        return self.index.entries(query=query)

    # -- operations on one draft -------------------------------------------------------
    def _inside(self, path: Path) -> Path:
        path = path.resolve()
        if not path.is_relative_to(self.folder):
            raise LibraryError(f"{path}: not in the library folder {self.folder}")
        return path

    def open(self, path: Path) -> Draft:
        return Draft.load(self._inside(path))

    def duplicate(self, path: Path) -> Path:
        target = duplicate_draft(self._inside(path))
        self.index.update_file(target)
        return target

    def rename(self, path: Path, title: str) -> Path:
        path = self._inside(path)
        try:
            target = rename_draft(path, title)
        except ValueError as exc:
            raise LibraryError(str(exc)) from exc
        self.index.update_file(path)
        self.index.update_file(target)
        return target

    def delete(self, path: Path, *, permanently: bool = False) -> str:
        """Move to the trash (or delete for good when asked); returns what happened."""
        path = self._inside(path)
        if permanently:
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise LibraryError(f"{path.name}: cannot delete ({exc.strerror})") from exc
            message = f"{path.name} was deleted permanently"
        else:
            move_to_trash(path)
            message = f"{path.name} was moved to the trash"
        self.index.update_file(path)
        return message


__all__ = [
    "SORTS",
    "STATUSES",
    "Library",
    "LibraryEntry",
    "LibraryError",
    "NoTrashError",
    "Problem",
    "RefreshResult",
    "library_folder",
    "set_library_folder",
]
