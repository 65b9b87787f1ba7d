"""The library index: SQLite with FTS5 in the user data dir, a cache of the folder's drafts.

It is only ever a cache: the files are the truth. `refresh` compares each file's
modification time and size with what was indexed and re-reads only what changed, so
a refresh with nothing changed costs one directory scan. A damaged index is rebuilt.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from socialdesk.draft import SUFFIX, Draft, DraftError
from socialdesk.library.entry import (
    LibraryEntry,
    Problem,
    display_title,
    draft_languages,
    draft_status,
    searchable_texts,
)
from socialdesk.library.search_text import TOKENIZER, index_text, match_expression

SCHEMA_VERSION = "1"
BATCH = 500  # files per transaction while indexing
SORTS = {
    "modified": "mtime_ns",
    "title": "title COLLATE NOCASE",
    "status": "status",
    "size": "size",
}
ProgressCallback = Callable[[int, int], None]  # (files done, files to do)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,   -- relative to the library folder, '/' separated
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    title TEXT NOT NULL,
    platforms TEXT NOT NULL,     -- ' vk weibo ' so one platform is found with instr()
    languages TEXT NOT NULL,
    status TEXT NOT NULL,
    problem TEXT                 -- why the file is not a readable draft; NULL when it is
);
CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(title, body, tokenize='{TOKENIZER}');
"""


@dataclass
class RefreshResult:
    added: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass(frozen=True)
class _Known:
    mtime_ns: int
    size: int
    problem: bool


class LibraryIndex:
    """Index of one folder. Use one instance from one thread at a time."""

    def __init__(self, folder: Path, index_path: Path) -> None:
        self.folder = folder
        self.index_path = index_path
        self.conn = self._connect()
        self._known: dict[str, _Known] | None = None

    # -- the database ----------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            return self._open()
        except sqlite3.DatabaseError:
            # the index is a cache: a damaged one is thrown away and rebuilt from the files
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.index_path}{suffix}")
            return self._open()

    def _open(self) -> sqlite3.Connection:
        self.index_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.index_path, timeout=10, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("folder") != str(self.folder) or meta.get("schema") != SCHEMA_VERSION:
                with conn:
                    conn.execute("DELETE FROM files")
                    conn.execute("DELETE FROM texts")
                    conn.executemany(
                        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                        [("folder", str(self.folder)), ("schema", SCHEMA_VERSION)],
                    )
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self.conn.close()

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def _abs(self, rel: str) -> Path:
        return self.folder.joinpath(*rel.split("/"))

    def _load_known(self) -> dict[str, _Known]:
        if self._known is None:
            rows = self.conn.execute("SELECT path, mtime_ns, size, problem FROM files")
            self._known = {r[0]: _Known(r[1], r[2], r[3] is not None) for r in rows}
        return self._known

    # -- keeping in step with the folder ---------------------------------------------
    def scan(self) -> dict[str, tuple[int, int]]:
        """Every draft file under the folder: relative path → (mtime_ns, size)."""
        found: dict[str, tuple[int, int]] = {}
        pending = [(str(self.folder), "")]
        while pending:
            folder, prefix = pending.pop()
            try:
                listing = os.scandir(folder)
            except OSError:
                continue  # an unreadable subfolder: nothing in it can be listed
            with listing:
                for item in listing:
                    name = item.name
                    if name.startswith("."):
                        continue  # hidden files and atomic_write's temporaries
                    try:
                        if item.is_dir(follow_symlinks=False):
                            pending.append((item.path, f"{prefix}{name}/"))
                            continue
                    except OSError:
                        continue
                    if not name.endswith(SUFFIX):
                        continue
                    try:
                        st = item.stat()
                        found[prefix + name] = (st.st_mtime_ns, st.st_size)
                    except OSError:
                        found[prefix + name] = (0, 0)  # a dangling link: indexed as a problem
        return found

    def refresh(self, progress: ProgressCallback | None = None) -> RefreshResult:
        known = self._load_known()
        on_disk = self.scan() if self.folder.is_dir() else {}
        result = RefreshResult()
        removed = [rel for rel in known if rel not in on_disk]
        todo: list[tuple[str, bool]] = []  # (relative path, new?)
        for rel, (mtime_ns, size) in on_disk.items():
            old = known.get(rel)
            if old is None:
                todo.append((rel, True))
            elif old.problem or (old.mtime_ns, old.size) != (mtime_ns, size):
                todo.append((rel, False))  # problems are retried: permissions may be fixed
        if removed:
            with self.conn:
                for rel in removed:
                    self._delete_row(rel)
                    result.removed.append(self._abs(rel))
        for start in range(0, len(todo), BATCH):
            with self.conn:
                for rel, new in todo[start : start + BATCH]:
                    mtime_ns, size = on_disk[rel]
                    if self._index_file(rel, mtime_ns, size):
                        (result.added if new else result.changed).append(self._abs(rel))
            if progress is not None:
                progress(min(start + BATCH, len(todo)), len(todo))
        return result

    def update_file(self, path: Path) -> None:
        """Re-index one file now (after the app itself wrote, renamed or deleted it)."""
        rel = self._rel(path)
        with self.conn:
            try:
                st = path.stat()
            except FileNotFoundError:
                self._delete_row(rel)
                return
            except OSError:
                st = None
            self._index_file(rel, st.st_mtime_ns if st else 0, st.st_size if st else 0)

    def _delete_row(self, rel: str) -> None:
        row = self.conn.execute("SELECT id FROM files WHERE path = ?", (rel,)).fetchone()
        if row is not None:
            self.conn.execute("DELETE FROM texts WHERE rowid = ?", (row[0],))
            self.conn.execute("DELETE FROM files WHERE id = ?", (row[0],))
        self._load_known().pop(rel, None)

    def _index_file(self, rel: str, mtime_ns: int, size: int) -> bool:
        """Store what the file is now; False when it was, and still is, the same problem."""
        path = self._abs(rel)
        try:
            if not _is_regular_or_missing(path):
                # a pipe or device named *.sdraft: opening it could block forever
                raise DraftError(f"{path}: not a regular file")
            draft = Draft.load(path)
        except DraftError as exc:
            reason = str(exc).removeprefix(f"{path}: ")
            previous = self.conn.execute(
                "SELECT problem, mtime_ns, size FROM files WHERE path = ?", (rel,)
            ).fetchone()
            if previous == (reason, mtime_ns, size):
                return False
            self._upsert(rel, mtime_ns, size, path.stem, "", "", "draft", reason, None)
            return True
        body = "\n".join(index_text(t) for t in searchable_texts(draft))
        self._upsert(
            rel,
            mtime_ns,
            size,
            display_title(draft, path),
            _spaced(draft.enabled_platforms()),
            _spaced(draft_languages(draft)),
            draft_status(draft),
            None,
            body,
        )
        return True

    def _upsert(
        self,
        rel: str,
        mtime_ns: int,
        size: int,
        title: str,
        platforms: str,
        languages: str,
        status: str,
        problem: str | None,
        body: str | None,
    ) -> None:
        self._delete_row(rel)
        cur = self.conn.execute(
            "INSERT INTO files (path, mtime_ns, size, title, platforms, languages, status,"
            " problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (rel, mtime_ns, size, title, platforms, languages, status, problem),
        )
        if body is not None:
            self.conn.execute(
                "INSERT INTO texts (rowid, title, body) VALUES (?, ?, ?)",
                (cur.lastrowid, index_text(title), body),
            )
        self._load_known()[rel] = _Known(mtime_ns, size, problem is not None)

    # -- reading -----------------------------------------------------------------------
    def entries(
        self,
        *,
        query: str = "",
        sort: str = "modified",
        descending: bool = True,
        platform: str | None = None,
        status: str | None = None,
        language: str | None = None,
    ) -> list[LibraryEntry]:
        """Readable drafts, filtered and sorted; with `query`, only those whose texts match."""
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
        where = ["problem IS NULL"]
        params: list[str] = []
        if platform:
            where.append("instr(platforms, ?) > 0")
            params.append(f" {platform} ")
        if language:
            where.append("instr(languages, ?) > 0")
            params.append(f" {language} ")
        if status:
            where.append("status = ?")
            params.append(status)
        expression = match_expression(query) if query.strip() else ""
        if query.strip() and not expression:
            return []  # only punctuation: nothing can match
        if expression:
            where.append("id IN (SELECT rowid FROM texts WHERE texts MATCH ?)")
            params.append(expression)
        order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'}, path"
        sql = (
            "SELECT path, title, platforms, languages, status, mtime_ns, size FROM files "
            f"WHERE {' AND '.join(where)} ORDER BY {order}"
        )
        folder = self.folder
        return [
            LibraryEntry(
                folder, rel, title, tuple(pids.split()), tuple(langs.split()), st, ns / 1e9, size
            )
            for rel, title, pids, langs, st, ns, size in self.conn.execute(sql, params)
        ]

    def problems(self) -> list[Problem]:
        rows = self.conn.execute(
            "SELECT path, problem, mtime_ns FROM files WHERE problem IS NOT NULL ORDER BY path"
        )
        return [Problem(self._abs(r[0]), r[1], r[2] / 1e9) for r in rows]

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM files").fetchone()[0])

    def paths(self) -> Iterator[Path]:
        for (rel,) in self.conn.execute("SELECT path FROM files"):
            yield self._abs(rel)


def _is_regular_or_missing(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # Draft.load names the problem (not found, permission denied)


def _spaced(values: list[str] | tuple[str, ...]) -> str:
    return f" {' '.join(values)} " if values else ""
