"""Translation memory: every segment once translated, in SQLite in the user data dir.

Keyed by (backend, source language, target language, segment) where the segment is
the masked sentence numbered from ⟦1⟧, so unchanged sentences are never sent twice
and anything translated before is available offline. It is a cache: a damaged file
is moved aside and a fresh one started.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from socialdesk import paths

FILENAME = "translation-memory.sqlite3"
_BATCH = 500  # stay well under SQLite's limit of bound parameters

_SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (
    backend TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    segment TEXT NOT NULL,
    translation TEXT NOT NULL,
    stored REAL NOT NULL,
    PRIMARY KEY (backend, source, target, segment)
) WITHOUT ROWID
"""


def default_path() -> Path:
    return paths.data_dir() / FILENAME


class TranslationMemory:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.problem: str | None = None  # set when a damaged file was moved aside
        self._lock = threading.Lock()
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            try:
                self.path.replace(aside)
            except OSError:
                aside = self.path
            self.problem = (
                f"The translation memory {self.path} was damaged ({exc}); "
                f"it was moved to {aside.name} and a new one started."
            )
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by the fan-out threads, serialised by our lock.
        db = sqlite3.connect(self.path, check_same_thread=False, timeout=5.0)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # the CLI and the app may share it
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(_SCHEMA)
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def lookup(
        self, backend: str, source: str, target: str, segments: Iterable[str]
    ) -> dict[str, str]:
        """The remembered translations of those `segments` that have one."""
        wanted = list(dict.fromkeys(segments))
        found: dict[str, str] = {}
        with self._lock:
            for start in range(0, len(wanted), _BATCH):
                chunk = wanted[start : start + _BATCH]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    "SELECT segment, translation FROM segments WHERE backend=? AND source=? "
                    f"AND target=? AND segment IN ({marks})",
                    (backend, source, target, *chunk),
                )
                found.update(rows)
        return found

    def store(self, backend: str, source: str, target: str, pairs: Mapping[str, str]) -> None:
        if not pairs:
            return
        now = time.time()
        rows = [(backend, source, target, seg, tr, now) for seg, tr in pairs.items()]
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO segments VALUES (?, ?, ?, ?, ?, ?)", rows)
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT COUNT(*) FROM segments").fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()
