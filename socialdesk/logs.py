"""The app's log file: `socialdesk.log` in the user log folder, rotated, secrets redacted.

At the default level (INFO) the app logs what happened (opened a file, published to a
platform, a service failed), never post text. Whatever a message or a traceback
carries, tokens, keys and passwords — in any encoding, see socialdesk.redaction — are
replaced by `[redacted]` before a line is written, so the log can be attached to a problem report as it is.
`SOCIALDESK_LOG_LEVEL=DEBUG` turns on more detail.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from socialdesk import paths

LOG_FILE = "socialdesk.log"
LEVEL_ENV = "SOCIALDESK_LOG_LEVEL"
MAX_BYTES = 1_000_000
BACKUPS = 3
LOGGER = "socialdesk"


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) with secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        # loaded with the first record, after the first paint: its patterns take ~1 ms
        from socialdesk.redaction import redact

        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RotatingLogFile(logging.FileHandler):
    """A log file that, when the next line would take it past `max_bytes`, becomes `.1`
    (`.1` becoming `.2`, and so on, `backups` kept): what logging.handlers'
    RotatingFileHandler does, without importing that module, whose network handlers load
    socket and pickle (~9 ms at every start)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record) + self.terminator  # formatted (and redacted) once
            if self.stream is None:
                self.stream = self._open()
            written = self.stream.tell()
            if written > 0 and written + len(line.encode("utf-8", "replace")) > self.max_bytes:
                self._rotate()
            self.stream.write(line)
            self.flush()
        except RecursionError:  # as logging does
            raise
        except Exception:  # as logging does: a failing log line never stops the app
            self.handleError(record)

    def close(self) -> None:
        # the buffered lines of a full disk are lost: closing must not fail because of them
        with contextlib.suppress(OSError):
            super().close()

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        base = Path(self.baseFilename)
        for index in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{index}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{index + 1}"))
        base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()


def log_path() -> Path:
    return paths.log_dir() / LOG_FILE


def log_files() -> list[Path]:
    """The current log and its rotated predecessors, newest first."""
    current = log_path()
    found = [current] if current.exists() else []
    for index in range(1, BACKUPS + 1):
        older = current.with_name(f"{current.name}.{index}")
        if older.exists():
            found.append(older)
    return found


def default_level() -> int:
    name = os.environ.get(LEVEL_ENV, "INFO").strip().upper()
    level = logging.getLevelName(name)
    return level if isinstance(level, int) else logging.INFO


def start_logging(level: int | None = None) -> logging.Handler:
    """Send the app's log records to the rotating file; uncaught errors are logged too.
    Calling it again replaces the previous file handler."""
    logger = logging.getLogger(LOGGER)
    for old in [h for h in logger.handlers if getattr(h, "socialdesk_file", False)]:
        logger.removeHandler(old)
        old.close()
    handler = RotatingLogFile(log_path(), MAX_BYTES, BACKUPS)
    handler.socialdesk_file = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level if level is not None else default_level())
    _log_uncaught()
    return handler


def log_started() -> None:
    """The line that opens a session in the log (the app writes it once its window has
    painted: the redaction it goes through is loaded then)."""
    from socialdesk import __version__

    logging.getLogger(LOGGER).info(
        "SocialDesk %s started (Python %s, %s)", __version__, sys.version.split()[0], sys.platform
    )


def _log_uncaught() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger(LOGGER).error("Uncaught error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    if getattr(previous, "socialdesk_hook", False):
        return
    hook.socialdesk_hook = True  # type: ignore[attr-defined]
    sys.excepthook = hook
