"""The local queue: X and Weibo posts waiting for their time, one SQLite row each.

The same table is the calendar's memory: posts that VK or Facebook hold for later
('scheduled', with the platform's post id) and posts already sent ('published') get a
row too, so the calendar reads one small file instead of every draft.

A row keeps the exact text, the images (absolute paths and alt text), the account and
the due instant (UTC), so what goes out is what the writer saw when scheduling, even if
the draft changes or moves later. An X thread keeps its posts as they were split
(`parts`) and each image the post it goes on. Status moves one way:

    queued → sending → published | failed | unknown
    queued → missed (past its grace period: waits for the writer) → sending | cancelled
    queued → cancelled

Claiming rows for sending happens in one `BEGIN IMMEDIATE` transaction, so two runs
at once can never both take the same row: no post is sent twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from socialdesk import paths

QueueStatus = Literal[
    "queued", "sending", "published", "failed", "unknown", "missed", "cancelled", "scheduled"
]
WAITING: tuple[QueueStatus, ...] = ("queued", "missed")
SCHEMA = """
CREATE TABLE IF NOT EXISTS posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_path TEXT NOT NULL,
    title TEXT NOT NULL,
    platform TEXT NOT NULL,
    account_id TEXT NOT NULL,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    media TEXT NOT NULL,
    due TEXT NOT NULL,
    market_zone TEXT NOT NULL,
    status TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    post_id TEXT NOT NULL DEFAULT '',
    parts TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS posts_due ON posts (status, due);
"""
# columns added since the first queue files were written: (name, definition)
ADDED_COLUMNS = (("parts", "TEXT NOT NULL DEFAULT '[]'"),)


class QueueError(Exception):
    """The queue file cannot be used, or a row cannot change as asked."""


@dataclass(frozen=True)
class QueuedImage:
    path: str  # absolute
    alt: str = ""
    post: int = 0  # the post of an X thread it goes on (1-based); 0: the first


@dataclass
class QueuedPost:
    draft_path: str
    title: str
    platform: str
    account_id: str
    text: str
    text_hash: str
    due: datetime  # aware, UTC
    market_zone: str
    media: list[QueuedImage] = field(default_factory=list)
    status: QueueStatus = "queued"
    id: int = 0
    created: str = ""
    updated: str = ""
    message: str = ""
    url: str = ""
    post_id: str = ""
    damaged: str = ""  # why the stored images cannot be read back; such a row is never sent
    parts: list[str] = field(default_factory=list)  # an X thread's posts, in order; [] for one


def queue_path() -> Path:
    return paths.data_dir() / "queue.sqlite3"


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def _now() -> str:
    return _iso(datetime.now(UTC))


class Queue:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else queue_path()

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise QueueError(f"The queue at {self.path} cannot be opened: {exc}") from None
        with closing(connection):
            try:
                connection.executescript(SCHEMA)
                _add_columns(connection)
                yield connection
            except sqlite3.DatabaseError as exc:
                raise QueueError(f"The queue at {self.path} cannot be used: {exc}") from None

    def add(self, post: QueuedPost, status: QueueStatus = "queued") -> QueuedPost:
        """A new row: 'queued' waits for the runner; 'scheduled' (held by the platform)
        and 'published' only feed the calendar."""
        now = _now()
        with self._db() as db:
            cursor = db.execute(
                "INSERT INTO posts (draft_path, title, platform, account_id, text, text_hash,"
                " media, due, market_zone, status, created, updated, url, post_id, parts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    post.draft_path,
                    post.title,
                    post.platform,
                    post.account_id,
                    post.text,
                    post.text_hash,
                    json.dumps([_image_json(m) for m in post.media]),
                    _iso(post.due),
                    post.market_zone,
                    status,
                    now,
                    now,
                    post.url,
                    post.post_id,
                    json.dumps(post.parts),
                ),
            )
            post.id = int(cursor.lastrowid or 0)
        post.status, post.created, post.updated = status, now, now
        return post

    def posts(
        self,
        statuses: Sequence[QueueStatus] = (),
        between: tuple[datetime, datetime] | None = None,
    ) -> list[QueuedPost]:
        """Rows by due time; only those in `statuses` and due in [start, end) when given."""
        where: list[str] = []
        params: list[str] = list(statuses)
        if statuses:
            where.append(f"status IN ({', '.join('?' * len(statuses))})")
        if between is not None:
            where.append("due >= ? AND due < ?")
            params += [_iso(between[0]), _iso(between[1])]
        query = "SELECT * FROM posts" + (" WHERE " + " AND ".join(where) if where else "")
        with self._db() as db:
            db.row_factory = sqlite3.Row
            rows = db.execute(query + " ORDER BY due, id", params).fetchall()
        return [_post(row) for row in rows]

    def get(self, post_id: int) -> QueuedPost:
        with self._db() as db:
            db.row_factory = sqlite3.Row
            row = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
        if row is None:
            raise QueueError(f"No queued post {post_id}; `socialdesk queue list` shows them.")
        return _post(row)

    def has_work(self, now: datetime) -> bool:
        """Anything due (or left midway by a stopped run)? Cheap: the OS scheduler asks
        every few minutes, and the answer is almost always no."""
        if not self.path.exists():
            return False
        with self._db() as db:
            row = db.execute(
                "SELECT 1 FROM posts WHERE (status = 'queued' AND due <= ?) OR status = 'sending'"
                " LIMIT 1",
                (_iso(now),),
            ).fetchone()
        return row is not None

    def waiting_for(self, draft_path: str, platform: str, text_hash: str) -> QueuedPost | None:
        """A row still waiting to send this same text: scheduling it again would post twice."""
        for post in self.posts(WAITING):
            if (post.draft_path, post.platform, post.text_hash) == (
                draft_path,
                platform,
                text_hash,
            ):
                return post
        return None

    def cancel(self, post_id: int) -> QueuedPost:
        return self._move(post_id, WAITING, "cancelled", "Cancelled by the writer.")

    def reschedule(self, post_id: int, due: datetime) -> QueuedPost:
        """A new time for a waiting post (a missed one waits again), or for the calendar's
        row of a post the platform holds (after the platform moved it)."""
        with self._db() as db:
            changed = db.execute(
                "UPDATE posts SET due = ?, updated = ?,"
                " status = CASE status WHEN 'missed' THEN 'queued' ELSE status END"
                " WHERE id = ? AND status IN ('queued', 'missed', 'scheduled')",
                (_iso(due), _now(), post_id),
            ).rowcount
        if not changed:
            self._refuse(post_id, "rescheduled")
        return self.get(post_id)

    def claim_due(
        self, now: datetime, grace: timedelta, chosen: Sequence[int] = ()
    ) -> tuple[list[QueuedPost], list[QueuedPost]]:
        """Take the posts to send now (status → sending) and mark those past their grace
        period as missed, in one transaction. `chosen`: send exactly these waiting rows
        now, due or not (the writer's decision on missed posts)."""
        cutoff = now - grace
        with self._db() as db:
            db.row_factory = sqlite3.Row
            db.execute("BEGIN IMMEDIATE")
            try:
                if chosen:
                    marks = ", ".join("?" * len(chosen))
                    rows = db.execute(
                        f"SELECT * FROM posts WHERE id IN ({marks})"
                        " AND status IN ('queued', 'missed', 'failed') ORDER BY due, id",
                        tuple(chosen),
                    ).fetchall()
                    missed_rows = []
                else:
                    rows = db.execute(
                        "SELECT * FROM posts WHERE status = 'queued' AND due <= ? ORDER BY due, id",
                        (_iso(now),),
                    ).fetchall()
                    missed_rows = [r for r in rows if _parse(r["due"]) < cutoff]
                    rows = [r for r in rows if _parse(r["due"]) >= cutoff]
                stamp = _iso(now)
                for row in rows:
                    db.execute(
                        "UPDATE posts SET status = 'sending', updated = ? WHERE id = ?",
                        (stamp, row["id"]),
                    )
                for row in missed_rows:
                    db.execute(
                        "UPDATE posts SET status = 'missed', updated = ?, message = ? WHERE id = ?",
                        (stamp, _missed_message(grace), row["id"]),
                    )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        sending = [_post(r, status="sending") for r in rows]
        missed = [_post(r, status="missed") for r in missed_rows]
        for post in missed:
            post.message = _missed_message(grace)
        return sending, missed

    def native(self, platform: str, account_id: str) -> dict[str, QueuedPost]:
        """This account's posts held by the platform, by the platform's post id."""
        return {
            post.post_id: post
            for post in self.posts(("scheduled",))
            if post.platform == platform and post.account_id == account_id
        }

    def finish(
        self, post_id: int, status: QueueStatus, message: str, url: str = "", post_url_id: str = ""
    ) -> None:
        with self._db() as db:
            db.execute(
                "UPDATE posts SET status = ?, message = ?, url = ?, post_id = ?, updated = ?"
                " WHERE id = ?",
                (status, message, url, post_url_id, _now(), post_id),
            )

    def abandon_sending(self, message: str) -> list[QueuedPost]:
        """Rows left 'sending' by a run that stopped midway: they may be out, so they
        become 'unknown' and are never sent again automatically."""
        stuck = self.posts(("sending",))
        for post in stuck:
            self.finish(post.id, "unknown", message)
            post.status, post.message = "unknown", message
        return stuck

    def _move(
        self, post_id: int, allowed: Sequence[QueueStatus], status: QueueStatus, message: str
    ) -> QueuedPost:
        marks = ", ".join("?" * len(allowed))
        with self._db() as db:
            changed = db.execute(
                f"UPDATE posts SET status = ?, message = ?, updated = ?"
                f" WHERE id = ? AND status IN ({marks})",
                (status, message, _now(), post_id, *allowed),
            ).rowcount
        if not changed:
            self._refuse(post_id, status)
        return self.get(post_id)

    def _refuse(self, post_id: int, action: str) -> None:
        post = self.get(post_id)  # raises for an unknown id
        raise QueueError(
            f"Queued post {post_id} ({post.platform}) is {post.status}; it cannot be {action}."
        )


def _missed_message(grace: timedelta) -> str:
    hours = grace.total_seconds() / 3600
    span = f"{hours:g} hours" if hours >= 1 else f"{grace.total_seconds() / 60:g} minutes"
    return (
        f"Missed: this computer was off or asleep for more than {span} after its time. "
        "Send it now, reschedule it or cancel it."
    )


def _parse(raw: str) -> datetime:
    return datetime.fromisoformat(raw).astimezone(UTC)


def _add_columns(db: sqlite3.Connection) -> None:
    """Bring a queue file written by an earlier version up to date."""
    present = {row[1] for row in db.execute("PRAGMA table_info(posts)")}
    for name, definition in ADDED_COLUMNS:
        if name not in present:
            db.execute(f"ALTER TABLE posts ADD COLUMN {name} {definition}")


def _image_json(image: QueuedImage) -> dict[str, Any]:
    stored: dict[str, Any] = {"path": image.path, "alt": image.alt}
    if image.post:
        stored["post"] = image.post
    return stored


def _post(row: Any, status: QueueStatus | None = None) -> QueuedPost:
    damaged = ""
    try:
        media = [
            QueuedImage(str(m["path"]), str(m.get("alt", "")), int(m.get("post", 0)))
            for m in json.loads(row["media"])
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        media, damaged = [], "the queue's list of its images is damaged"
    try:
        parts = json.loads(row["parts"])
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise ValueError(parts)
    except ValueError:
        parts, damaged = [], "the queue's list of the thread's posts is damaged"
    return QueuedPost(
        draft_path=row["draft_path"],
        title=row["title"],
        platform=row["platform"],
        account_id=row["account_id"],
        text=row["text"],
        text_hash=row["text_hash"],
        due=_parse(row["due"]),
        market_zone=row["market_zone"],
        media=media,
        status=status or row["status"],
        id=int(row["id"]),
        created=row["created"],
        updated=row["updated"],
        message=row["message"],
        url=row["url"],
        post_id=row["post_id"],
        damaged=damaged,
        parts=parts,
    )
