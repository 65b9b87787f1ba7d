"""Reading a file named by someone else (a draft, its images, a template) safely.

A path in a draft can name a FIFO (opening it for reading waits forever), `/dev/zero`
or `/dev/urandom` (reading never ends), a folder, a name with a NUL byte or one longer
than the system allows. Every read goes through here: the file is opened without
blocking, must be a regular file, its size is checked before reading and the read
stops one byte past the limit, so a file that grows meanwhile is refused as well.

`FileProblem`'s message is the reason only ("is a named pipe (FIFO), not a file");
the caller puts the draft and the entry in front of it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class FileProblem(Exception):
    """A path that cannot be read as a file; the message says why, in a few words."""

    def __init__(self, reason: str, *, missing: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.missing = missing


def describe_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def describe_limit(size: int) -> str:
    """A limit as people write it: "20 MB", "256 KB"."""
    for unit, name in ((1024 * 1024, "MB"), (1024, "KB")):
        if size >= unit and size % unit == 0:
            return f"{size // unit} {name}"
    return describe_size(size)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is not a regular file"


def _reason(exc: OSError) -> FileProblem:
    if isinstance(exc, FileNotFoundError):
        return FileProblem("file not found", missing=True)
    if isinstance(exc, IsADirectoryError):
        return FileProblem("is a folder, not a file")
    if isinstance(exc, PermissionError):
        return FileProblem("permission denied")
    if exc.errno == errno.ENAMETOOLONG:
        return FileProblem("the path is longer than the system allows")
    if exc.errno == errno.ENOTDIR:
        return FileProblem("file not found (a part of the path is not a folder)", missing=True)
    if exc.errno == errno.ELOOP:
        return FileProblem("the path loops through symbolic links")
    return FileProblem(f"cannot read ({exc.strerror or exc})")


def check_path(path: str | os.PathLike[str]) -> None:
    """Refuse a path no system call would take, before making one."""
    text = os.fspath(path)
    if "\x00" in text:
        raise FileProblem("the path contains a NUL character")
    if not text:
        raise FileProblem("the path is empty")


def open_regular(path: str | os.PathLike[str], max_bytes: int, what: str = "file") -> BinaryIO:
    """A regular file opened for reading, at most `max_bytes` long (else FileProblem)."""
    check_path(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _reason(exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(_kind(info.st_mode))
        if info.st_size > max_bytes:
            raise FileProblem(
                f"file is {describe_size(info.st_size)}, too large for a {what} "
                f"(at most {describe_limit(max_bytes)})"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads never wait anyway
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_stream(stream: BinaryIO, max_bytes: int, what: str = "file") -> bytes:
    """All of `stream`, refusing it once it passes `max_bytes` (never reads more)."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise _reason(exc) from None
    if data is None:
        data = b""
    if len(data) > max_bytes:
        raise FileProblem(f"more than {describe_limit(max_bytes)}: too large for a {what}")
    return data


def read_regular(path: str | os.PathLike[str], max_bytes: int, what: str = "file") -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` (else FileProblem)."""
    with open_regular(path, max_bytes, what) as f:
        return read_stream(f, max_bytes, what)


def problem_with(path: str | os.PathLike[str]) -> FileProblem | None:
    """Why nothing readable is at `path` (missing, a path the system refuses), or None."""
    try:
        check_path(path)
        os.stat(path)
    except FileProblem as exc:
        return exc
    except OSError as exc:
        return _reason(exc)
    return None


def exists(path: str | os.PathLike[str]) -> bool:
    """Whether anything is at `path`; a path the system cannot take is not there."""
    try:
        check_path(path)
        os.stat(path)
    except (OSError, ValueError, FileProblem):
        return False
    return True


def is_regular(path: Path) -> bool:
    try:
        check_path(path)
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError, FileProblem):
        return False
