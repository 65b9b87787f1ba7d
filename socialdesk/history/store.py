"""Version history of drafts: a snapshot on every save, publish, translate-all and
template apply, kept in the data folder beside the library index.

One JSON file per draft, named by the draft's id, so it follows the draft through
renames and moves. Texts are stored once and as changes against the version before
(see blobs.py); the rest of a version is small. The number of versions is bounded.
Writes replace the file atomically; a damaged file never stops a draft from opening:
what can be read is kept, the rest is reported and set aside on the next write.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from socialdesk import paths
from socialdesk.draft import Draft, DraftError, atomic_write, now_iso, read_limited
from socialdesk.history.blobs import BlobError, BlobStore
from socialdesk.history.diff import Segment, diff_texts

FORMAT = "socialdesk-history"
VERSION = 1
FOLDER = "history"
SUFFIX = ".sdhistory"
DEFAULT_MAX_VERSIONS = 50
MAX_FILE_BYTES = 64 * 1024 * 1024
SETTINGS_SECTION = "history"

Cause = Literal["save", "publish", "translate", "template", "restore"]
CAUSES: tuple[str, ...] = ("save", "publish", "translate", "template", "restore")
MASTER = ""  # the "platform" of the master text in `text_at`


class HistoryError(Exception):
    """The history could not be written; the message says why. The draft is unaffected."""


@dataclass(frozen=True)
class Version:
    """One snapshot: when, why (`cause` and a `detail` such as the template's name)."""

    number: int  # 1 for the oldest kept, counting up; stable while the version is kept
    time: str
    cause: str
    detail: str
    title: str
    manifest: str = field(repr=False, compare=False)  # hash of its state and texts
    state: dict[str, Any] = field(repr=False, compare=False)
    texts: dict[str, str] = field(repr=False, compare=False)  # slot → text hash

    @property
    def when(self) -> datetime:
        try:
            return datetime.fromisoformat(self.time)
        except ValueError:
            return datetime.fromtimestamp(0, UTC)


# -- a draft as state (everything but its texts) plus texts by slot ------------------------
def split(draft: Draft) -> tuple[dict[str, Any], dict[str, str]]:
    state = draft.to_json()
    for key in ("modified", "publish_log", "id"):
        state.pop(key, None)
    texts = {"master": state.pop("master")}
    for pid, variant in state["variants"].items():
        text = variant.pop("text")
        if text is not None:
            texts[f"variant/{pid}"] = text
    for name, value in state.pop("fields").items():
        texts[f"field/{name}"] = value
    return state, texts


def join(state: dict[str, Any], texts: dict[str, str], source: str) -> Draft:
    data = json.loads(json.dumps(state))  # never share the stored objects
    data["master"] = texts.get("master", "")
    for pid, variant in data.get("variants", {}).items():
        variant["text"] = texts.get(f"variant/{pid}")
    data["fields"] = {
        slot.partition("/")[2]: text for slot, text in texts.items() if slot.startswith("field/")
    }
    return Draft.from_json(data, source)


class History:
    """The kept versions of one draft, oldest first."""

    def __init__(self, draft_id: str, path: Path) -> None:
        self.draft_id = draft_id
        self.path = path
        self.versions: list[Version] = []
        self.blobs = BlobStore()
        self.problem: str | None = None  # what could not be read, for the writer
        self.damaged = False  # the file on disk is damaged: set it aside before writing

    # -- reading --------------------------------------------------------------------------
    def text(self, key: str) -> str:
        return self.blobs.get(key)

    def draft_at(self, version: Version) -> Draft:
        texts = {slot: self.blobs.get(key) for slot, key in version.texts.items()}
        return join(version.state, texts, f"{self.path} version {version.number}")

    def text_at(self, version: Version, pid: str = MASTER) -> str:
        """The text a platform gets in `version` (its own text or the master)."""
        key = version.texts.get(f"variant/{pid}") if pid else None
        return self.blobs.get(key if key is not None else version.texts["master"])

    def diff(self, old: Version, new: Version, pid: str = MASTER) -> list[Segment]:
        return diff_texts(self.text_at(old, pid), self.text_at(new, pid))

    def restored(self, version: Version, current: Draft) -> Draft:
        """`current` with the content of `version`; its id and publish record stay."""
        draft = self.draft_at(version)
        draft.id = current.id
        draft.publish_log = list(current.publish_log)
        draft.modified = now_iso()
        return draft

    # -- adding ---------------------------------------------------------------------------
    def add(self, draft: Draft, cause: str, detail: str = "", max_versions: int = 0) -> bool:
        """Keep a snapshot of `draft`; False when it is the same as the latest one."""
        state, texts = split(draft)
        latest = self.versions[-1] if self.versions else None
        keys: dict[str, str] = {}
        for slot, text in texts.items():
            near = latest.texts.get(slot) if latest else None
            if near is None and slot.startswith("variant/") and latest is not None:
                near = latest.texts.get("master")  # a new variant is often the master changed
            keys[slot] = self.blobs.put(text, near)
        if latest is not None and latest.state == state and latest.texts == keys:
            return False
        # the rest of the draft changes little between versions: stored as a delta too
        manifest = self.blobs.put(_manifest_text(state, keys), latest.manifest if latest else None)
        number = latest.number + 1 if latest else 1
        self.versions.append(
            Version(number, now_iso(), cause, detail, draft.title, manifest, state, keys)
        )
        limit = max_versions or DEFAULT_MAX_VERSIONS
        if len(self.versions) > limit:
            del self.versions[: len(self.versions) - limit]
        self.blobs.keep_only(key for v in self.versions for key in (v.manifest, *v.texts.values()))
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "draft": self.draft_id,
            "versions": [
                {
                    "number": v.number,
                    "time": v.time,
                    "cause": v.cause,
                    "detail": v.detail,
                    "title": v.title,
                    "manifest": v.manifest,
                }
                for v in self.versions
            ],
            "texts": self.blobs.blobs,
        }


class HistoryStore:
    """The history files in one folder (default: the data folder's `history`)."""

    def __init__(self, folder: Path | None = None, max_versions: int = DEFAULT_MAX_VERSIONS):
        self.folder = folder if folder is not None else paths.data_dir() / FOLDER
        self.max_versions = max(1, max_versions)

    @classmethod
    def from_settings(cls, settings: Any, folder: Path | None = None) -> HistoryStore:
        value = settings.get(SETTINGS_SECTION, "max_versions", DEFAULT_MAX_VERSIONS)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            value = DEFAULT_MAX_VERSIONS
        return cls(folder, value)

    def path_for(self, draft_id: str) -> Path:
        return self.folder / f"{draft_id}{SUFFIX}"

    def load(self, draft_id: str) -> History:
        """The draft's history; never raises: a damaged file gives what could be read."""
        path = self.path_for(draft_id)
        history = History(draft_id, path)
        if not draft_id:
            return history
        try:
            raw = read_limited(path, MAX_FILE_BYTES, "version history")
        except DraftError as exc:
            if path.exists():
                history.problem = f"The version history could not be read: {exc}"
                history.damaged = True
            return history
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            history.problem = (
                f"The version history of this draft is damaged ({path.name}); "
                "it starts again from the next save. The draft itself is fine."
            )
            history.damaged = True
            return history
        _read_into(history, data)
        return history

    def record(self, draft: Draft, cause: str, detail: str = "") -> History:
        """Add a snapshot of `draft` (giving it an id if it has none) and write the file.

        Raises HistoryError if the file cannot be written; the draft is never touched
        except for its id.
        """
        history = self.load(draft.ensure_id())
        if not history.add(draft, cause, detail, self.max_versions):
            return history
        self.write(history)
        return history

    def write(self, history: History) -> None:
        payload = json.dumps(history.to_json(), ensure_ascii=False, separators=(",", ":"))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if history.damaged and history.path.exists():
                # keep the damaged file for a look, out of the way of the new one
                aside = history.path.with_suffix(f".damaged-{datetime.now(UTC):%Y%m%d%H%M%S}")
                with contextlib.suppress(OSError):
                    os.replace(history.path, aside)
            atomic_write(history.path, payload.encode("utf-8", "surrogatepass"))
        except (OSError, DraftError) as exc:
            raise HistoryError(f"The version history could not be saved: {exc}") from exc
        history.damaged = False


def _read_into(history: History, data: Any) -> None:
    """Fill `history` from parsed JSON, keeping every version that reads back whole."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        history.problem = "The version history file is not one SocialDesk wrote; it was set aside."
        history.damaged = True
        return
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        history.problem = (
            "The version history was written by a newer SocialDesk; it is shown only there."
        )
        history.damaged = True
        return
    blobs = data.get("texts")
    history.blobs = BlobStore(blobs if isinstance(blobs, dict) else {})
    raw_versions = data.get("versions")
    lost = 0
    for raw in raw_versions if isinstance(raw_versions, list) else []:
        try:
            version_obj = _version(raw, history.blobs)
            if version_obj is None:
                lost += 1
                continue
            history.draft_at(version_obj)  # every text resolves and the draft reads
        except (BlobError, DraftError, TypeError, ValueError, KeyError, RecursionError):
            lost += 1
            continue
        history.versions.append(version_obj)
    if lost or not isinstance(raw_versions, list):
        history.damaged = True
        history.problem = (
            f"{lost} version(s) in this draft's history were damaged and are left out."
            if lost
            else "The version history was damaged; it starts again from the next save."
        )


def _manifest_text(state: dict[str, Any], texts: dict[str, str]) -> str:
    # one value per line, so that a changed value is a small delta
    return json.dumps(
        {"state": state, "texts": texts}, ensure_ascii=False, indent=0, sort_keys=True
    )


def _version(raw: Any, blobs: BlobStore) -> Version | None:
    if not isinstance(raw, dict):
        return None
    number, manifest = raw.get("number"), raw.get("manifest")
    if not isinstance(manifest, str):
        return None
    content = json.loads(blobs.get(manifest))
    if not isinstance(content, dict):
        return None
    state, texts = content.get("state"), content.get("texts")
    strings = [raw.get(k) for k in ("time", "cause", "detail", "title")]
    if (
        not isinstance(number, int)
        or not isinstance(state, dict)
        or not isinstance(texts, dict)
        or "master" not in texts
        or not all(isinstance(s, str) for s in strings)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items())
    ):
        return None
    time, cause, detail, title = (str(s) for s in strings)
    return Version(number, time, cause, detail, title, manifest, state, dict(texts))
