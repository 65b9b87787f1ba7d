"""The draft: one master text, a variant per platform, template fields, media.

Stored as `*.sdraft`: UTF-8 JSON, `{"format": "socialdesk-draft", "version": 1, ...}`.
Loading validates every field and never half-reads a file; saving is atomic.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.readfile import FileProblem, read_regular

FORMAT = "socialdesk-draft"
VERSION = 1
SUFFIX = ".sdraft"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a post is kilobytes; anything this big is not a draft
# One text (the master, a platform's text, a template field): 2**16 characters is more
# than any platform takes (Facebook's 63,206 is the largest) with room to open a text a
# little over and shorten it; checking one that long takes well under a second.
MAX_TEXT_CHARS = 65_536

ORIGINS = ("master", "edited", "translated", "template")


class DraftError(Exception):
    """A draft file that cannot be read or written; the message names the file and the problem."""


def now_iso() -> str:
    """Now in UTC, as `datetime.now(UTC).isoformat(timespec="seconds")` writes it
    (without loading `datetime` before the first paint)."""
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())


def text_fingerprint(text: str) -> str:
    """Short hash of a text, to notice when the master changed under a variant."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _random_hex(nbytes: int) -> str:
    # what secrets.token_hex does, without importing `secrets` (and hmac) at start-up
    return os.urandom(nbytes).hex()


@dataclass
class Variant:
    """One platform's version of the post.

    `text` None means the variant inherits the master. `origin` says where its own
    text came from; `based_on` is the fingerprint of the master it was made from.
    """

    enabled: bool = True
    language: str = ""
    text: str | None = None
    origin: str = "master"
    based_on: str | None = None
    account: str | None = None
    # links whose card the writer removed (the platforms allow posting without one);
    # kept by URL, so a new link in the text gets its card again
    removed_link_cards: list[str] = field(default_factory=list)

    @property
    def inherits(self) -> bool:
        return self.text is None


@dataclass
class MediaItem:
    """An attached image: `path` relative to the draft file when possible (see
    socialdesk.media.locate), its alt text, and the platforms it is left out of."""

    path: str
    alt: str = ""
    excluded: list[str] = field(default_factory=list)  # platform ids that don't get it
    thread_part: int = 0  # the X thread part it goes on (1-based); 0: the first

    def goes_to(self, pid: str) -> bool:
        return pid not in self.excluded

    def thread_post(self, posts: int) -> int:
        """The post (1-based) of an X thread of `posts` posts this image goes on: the one
        it names, else the first; past the last one (the thread got shorter), the last."""
        return min(max(self.thread_part, 1), posts)


@dataclass
class PublishRecord:
    platform: str
    time: str
    status: str  # "published", "scheduled", "failed", "unknown", "outbox"
    post_id: str = ""
    url: str = ""
    text_hash: str = ""
    message: str = ""
    part: int = 0  # for a part of an X thread: its number (1-based) and how many parts
    parts: int = 0


def default_variants() -> dict[str, Variant]:
    return {pid: Variant(language=get_platform(pid).default_language) for pid in PLATFORM_IDS}


@dataclass
class Draft:
    title: str = ""
    master: str = ""
    source_language: str = "en"
    variants: dict[str, Variant] = field(default_factory=default_variants)
    template: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    media: list[MediaItem] = field(default_factory=list)
    twitter_premium: bool = False
    weibo_path: str = "by_hand"  # "api" (statuses/share) or "by_hand" (Weibo's composer)
    twitter_thread: bool = False  # post an X text over the limit as a thread
    twitter_thread_numbering: bool = False  # end each part with "1/4"
    translate_hashtags: bool = False
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    publish_log: list[PublishRecord] = field(default_factory=list)
    # Stable identity for the version history, kept through renames and moves. Files from
    # before it existed have none; `ensure_id` gives one, written with the next save.
    id: str = ""

    def ensure_id(self) -> str:
        if not self.id:
            self.id = _random_hex(16)
        return self.id

    # -- texts --------------------------------------------------------------------------
    def text_for(self, pid: str) -> str:
        """The text that platform `pid` gets: its own text, or the master."""
        variant = self.variants[pid]
        return self.master if variant.text is None else variant.text

    def set_variant_text(self, pid: str, text: str, origin: str = "edited") -> None:
        variant = self.variants[pid]
        variant.text = whole_characters(text)  # a translation's answer may hold half an emoji
        variant.origin = origin
        variant.based_on = text_fingerprint(self.master)

    def revert_variant(self, pid: str) -> None:
        variant = self.variants[pid]
        variant.text, variant.origin, variant.based_on = None, "master", None

    def master_changed_since(self, pid: str) -> bool:
        variant = self.variants[pid]
        return variant.text is not None and variant.based_on != text_fingerprint(self.master)

    def link_card_removed(self, pid: str, url: str) -> bool:
        return url in self.variants[pid].removed_link_cards

    def set_link_card_removed(self, pid: str, url: str, removed: bool = True) -> None:
        cards = self.variants[pid].removed_link_cards
        if removed and url not in cards:
            cards.append(url)
        elif not removed and url in cards:
            cards.remove(url)

    def enabled_platforms(self) -> list[str]:
        return [pid for pid in PLATFORM_IDS if pid in self.variants and self.variants[pid].enabled]

    def limit_for(self, pid: str) -> int:
        platform = get_platform(pid)
        if pid == "weibo" and self.weibo_path == "api":
            return int(getattr(platform, "share_api_limit", platform.limit))
        if pid == "twitter" and self.twitter_premium:
            return int(getattr(platform, "premium_limit", platform.limit))
        return platform.limit

    # -- file format --------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        body = asdict(self)
        return {"format": FORMAT, "version": VERSION, **body}

    def overlong_text(self) -> str | None:
        """Which text is longer than a draft keeps (MAX_TEXT_CHARS), if any."""
        texts = [("the main text", self.master)]
        texts += [(f"the {pid} text", v.text or "") for pid, v in self.variants.items()]
        texts += [(f"field {name!r}", value) for name, value in self.fields.items()]
        for where, text in texts:
            if len(text) > MAX_TEXT_CHARS:
                return too_long(where, len(text))
        return None

    @classmethod
    def from_json(cls, data: Any, source: str = "draft") -> Draft:
        return _DraftReader(source).read(data)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically: a temporary file beside the target, fsync, then replace."""
        target = Path(path)
        overlong = self.overlong_text()
        if overlong:
            raise DraftError(f"{target}: not saved: {overlong}")
        payload = json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"
        try:
            data = payload.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise DraftError(
                f"{target}: text contains a character that cannot be saved ({exc.reason})"
            ) from exc
        atomic_write(target, data)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Draft:
        source = Path(path)
        raw = read_limited(source, MAX_FILE_BYTES, "draft")
        if b"\x00" in raw[:8192]:
            raise DraftError(f"{source}: this is a binary file, not a SocialDesk draft")
        try:
            text = raw.decode("utf-8-sig")  # a byte order mark from Windows editors is fine
        except UnicodeDecodeError as exc:
            raise DraftError(f"{source}: not UTF-8 text (bad byte at offset {exc.start})") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DraftError(
                f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                "the file may be truncated or damaged"
            ) from exc
        except (ValueError, RecursionError) as exc:
            # numbers with thousands of digits, or lists nested thousands deep
            raise DraftError(f"{source}: not a SocialDesk draft ({exc})") from exc
        return _DraftReader(str(source)).read(data)


def too_long(where: str, length: int) -> str:
    return (
        f"{where} is {length:,} characters long; a draft keeps at most {MAX_TEXT_CHARS:,} "
        "(no platform takes more than 63,206)"
    )


_DRAFT_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str) -> str:
    """`text` with each lone UTF-16 surrogate replaced by U+FFFD, as a browser shows it.

    JSON can escape half an emoji ("\\ud83d", from a tool that cut a text in UTF-16):
    not a character, so it could be neither counted nor saved.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def read_limited(path: Path, max_bytes: int, what: str) -> bytes:
    """The file's bytes, read safely (see socialdesk.readfile); DraftError names it."""
    try:
        return read_regular(path, max_bytes, what)
    except FileProblem as exc:
        raise DraftError(f"{path}: {exc.reason}") from None


def atomic_write(target: Path, data: bytes) -> None:
    """Replace `target` with `data` so that a crash leaves the old file or the new, never a mix."""
    if target.is_symlink():
        target = Path(os.path.realpath(target))  # replace the file, keep the link
    folder = target.parent
    tmp_name = None
    try:
        fd, tmp_name = _create_temporary(folder, target.name)
        with os.fdopen(fd, "wb") as f:
            _keep_permissions(target, f.fileno())
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DraftError(
            f"{target}: could not save ({reason}); the previous file is unchanged"
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new empty file beside the target, with the permissions a new file normally gets.

    (mkstemp's files are private to their owner: every save would quietly make a shared
    draft private.) The name is cut so that a long name plus the suffix stays legal.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        path = folder / f".{name[:64]}.{_random_hex(6)}.tmp"
        try:
            return os.open(path, flags, 0o666), str(path)
        except FileExistsError:
            continue


def _keep_permissions(target: Path, fd: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.fchmod(fd, stat.S_IMODE(target.stat().st_mode))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class _DraftReader:
    """Validates a parsed JSON document field by field, naming the first problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, problem: str) -> DraftError:
        return DraftError(f"{self.source}: {problem}")

    def expect(self, value: Any, kind: type | tuple[type, ...], where: str) -> Any:
        # bool is an int in Python; never accept it where a number or text is wanted
        if isinstance(value, bool) and kind is not bool:
            raise self.fail(f"{where} must be {_kind_name(kind)}, not true/false")
        if not isinstance(value, kind):
            raise self.fail(f"{where} must be {_kind_name(kind)}, not {_json_type(value)}")
        return whole_characters(value) if isinstance(value, str) else value

    def text(self, obj: dict[str, Any], key: str, where: str, default: str | None = "") -> Any:
        if key not in obj:
            return default
        value = obj[key]
        if value is None and default is None:
            return None
        return self.long_text(self.expect(value, str, f"{where}{key!r}"), f"{where}{key!r}")

    def long_text(self, value: str, where: str) -> str:
        if len(value) > MAX_TEXT_CHARS:
            raise self.fail(too_long(where, len(value)))
        return value

    def read(self, data: Any) -> Draft:
        if not isinstance(data, dict):
            raise self.fail(f"not a SocialDesk draft (top level is {_json_type(data)})")
        if data.get("format") != FORMAT:
            raise self.fail(f'not a SocialDesk draft ("format" is not "{FORMAT}")')
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise self.fail('"version" must be a whole number')
        if version > VERSION:
            raise self.fail(
                f"written by a newer SocialDesk (draft format version {version}; "
                f"this app reads up to {VERSION}). Update SocialDesk to open it."
            )
        if version < 1:
            raise self.fail(f"unknown draft format version {version}")

        draft = Draft(
            title=self.text(data, "title", ""),
            master=self.text(data, "master", ""),
            source_language=self.text(data, "source_language", "", default="en"),
            template=self.text(data, "template", "", default=None),
            twitter_premium=self.flag(data, "twitter_premium"),
            weibo_path=self.choice(data, "weibo_path", ("api", "by_hand"), "by_hand"),
            twitter_thread=self.flag(data, "twitter_thread"),
            twitter_thread_numbering=self.flag(data, "twitter_thread_numbering"),
            translate_hashtags=self.flag(data, "translate_hashtags"),
            created=self.text(data, "created", "", default=now_iso()),
            modified=self.text(data, "modified", "", default=now_iso()),
            id=self.draft_id(data),
        )
        draft.variants = self.variants(data.get("variants", {}))
        draft.fields = self.fields(data.get("fields", {}))
        draft.media = self.media(data.get("media", []))
        draft.publish_log = self.publish_log(data.get("publish_log", []))
        return draft

    def choice(self, obj: dict[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(obj, key, "", default=default)
        if value not in allowed:
            raise self.fail(f"{key!r} must be one of {', '.join(allowed)} (found {value!r})")
        return str(value)

    def draft_id(self, data: dict[str, Any]) -> str:
        value = str(self.text(data, "id", ""))
        if value and not _DRAFT_ID.fullmatch(value):
            raise self.fail("'id' must be 8 to 64 letters, digits, '-' or '_'")
        return value

    def flag(self, obj: dict[str, Any], key: str, where: str = "", default: bool = False) -> bool:
        if key not in obj:
            return default
        return bool(self.expect(obj[key], bool, f"{where}{key!r}"))

    def count(self, obj: dict[str, Any], key: str, where: str = "") -> int:
        """A whole number of at least 0 (0 when absent)."""
        if key not in obj:
            return 0
        value = self.expect(obj[key], int, f"{where}{key!r}")
        if value < 0:
            raise self.fail(f"{where}{key!r} must be 0 or more, not {value}")
        return int(value)

    def variants(self, raw: Any) -> dict[str, Variant]:
        self.expect(raw, dict, '"variants"')
        unknown = [pid for pid in raw if pid not in PLATFORM_IDS]
        if unknown:
            raise self.fail(
                f'unknown platform {unknown[0]!r} in "variants" (known: {", ".join(PLATFORM_IDS)})'
            )
        variants = default_variants()
        for pid, obj in raw.items():
            where = f'variants "{pid}" '
            self.expect(obj, dict, f"variants {pid!r}")
            origin = self.text(obj, "origin", where, default="master")
            if origin not in ORIGINS:
                raise self.fail(f"{where}'origin' must be one of {', '.join(ORIGINS)}")
            variants[pid] = Variant(
                enabled=self.flag(obj, "enabled", where, default=True),
                language=self.text(obj, "language", where, default=variants[pid].language),
                text=self.text(obj, "text", where, default=None),
                origin=origin,
                based_on=self.text(obj, "based_on", where, default=None),
                account=self.text(obj, "account", where, default=None),
                removed_link_cards=self.texts(obj, "removed_link_cards", where),
            )
        return variants

    def texts(self, obj: dict[str, Any], key: str, where: str) -> list[str]:
        """A list of texts (absent in older files: empty)."""
        raw = obj.get(key, [])
        self.expect(raw, list, f"{where}{key!r}")
        return list(dict.fromkeys(self.expect(item, str, f"{where}{key!r} entry") for item in raw))

    def fields(self, raw: Any) -> dict[str, str]:
        self.expect(raw, dict, '"fields"')
        return {
            whole_characters(key): self.long_text(
                self.expect(value, str, f"field {key!r}"), f"field {key!r}"
            )
            for key, value in raw.items()
        }

    def media(self, raw: Any) -> list[MediaItem]:
        self.expect(raw, list, '"media"')
        items = []
        for i, obj in enumerate(raw):
            self.expect(obj, dict, f"media item {i + 1}")
            path = self.text(obj, "path", f"media item {i + 1} ")
            if not path:
                raise self.fail(f"media item {i + 1} has no 'path'")
            excluded = obj.get("excluded", [])
            self.expect(excluded, list, f"media item {i + 1} 'excluded'")
            for pid in excluded:
                self.expect(pid, str, f"media item {i + 1} 'excluded' entry")
                if pid not in PLATFORM_IDS:
                    raise self.fail(
                        f"media item {i + 1} 'excluded' names unknown platform {pid!r} "
                        f"(known: {', '.join(PLATFORM_IDS)})"
                    )
            items.append(
                MediaItem(
                    path=path,
                    alt=self.text(obj, "alt", f"media item {i + 1} "),
                    excluded=list(dict.fromkeys(excluded)),
                    thread_part=self.count(obj, "thread_part", f"media item {i + 1} "),
                )
            )
        return items

    def publish_log(self, raw: Any) -> list[PublishRecord]:
        self.expect(raw, list, '"publish_log"')
        records = []
        for i, obj in enumerate(raw):
            where = f"publish_log entry {i + 1} "
            self.expect(obj, dict, f"publish_log entry {i + 1}")
            platform = self.text(obj, "platform", where)
            if platform not in PLATFORM_IDS:
                raise self.fail(f"{where}names unknown platform {platform!r}")
            records.append(
                PublishRecord(
                    platform=platform,
                    time=self.text(obj, "time", where),
                    status=self.text(obj, "status", where),
                    post_id=self.text(obj, "post_id", where),
                    url=self.text(obj, "url", where),
                    text_hash=self.text(obj, "text_hash", where),
                    message=self.text(obj, "message", where),
                    part=self.count(obj, "part", where),
                    parts=self.count(obj, "parts", where),
                )
            )
        return records


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", bool: "true or false", dict: "an object", list: "a list", int: "a number"}
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )
