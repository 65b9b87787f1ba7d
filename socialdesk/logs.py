"""The app's log file: `socialdesk.log` in the user log folder, rotated, secrets redacted.

At the default level (INFO) the app logs what happened (opened a file, published to a
platform, a service failed), never post text. Whatever a message or a traceback
carries, tokens, keys and passwords are replaced by `[redacted]` before a line is
written, so the log can be attached to a problem report as it is.
`SOCIALDESK_LOG_LEVEL=DEBUG` turns on more detail.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path
from types import TracebackType

from socialdesk import paths

LOG_FILE = "socialdesk.log"
LEVEL_ENV = "SOCIALDESK_LOG_LEVEL"
MAX_BYTES = 1_000_000
BACKUPS = 3
REDACTED = "[redacted]"
LOGGER = "socialdesk"

# name=value and "name": "value" where the name says it is a secret
_SECRET_NAMES = (
    r"(?:access_?token|refresh_?token|id_?token|token|api_?key|auth_?key|apikey|secret|"
    r"client_?secret|consumer_?secret|password|passwd|pwd|oauth_\w+|signature|sig|key|"
    r"verifier)"
)
_NAMED = re.compile(
    rf"""(?ix)
    (?P<name>["']?\b\w*{_SECRET_NAMES}["']?)      # access_token, "api_key", oauth_token
    (?P<sep>\s*[=:]\s*["']?)                          # = or : or ": "
    (?P<value>[^\s"'&,;)}}\]]+)                       # up to a delimiter
    """
)
_AUTH_HEADER = re.compile(r"(?i)\b(bearer|basic|oauth|token)\s+[A-Za-z0-9._~+/=%-]{8,}")
# opaque credentials: long runs of token characters mixing letters and digits
_OPAQUE = re.compile(r"(?<![\w/.-])[A-Za-z0-9][A-Za-z0-9_\-.~+=]{23,}(?![\w/])")


def _looks_opaque(candidate: str) -> bool:
    if "." in candidate and candidate.replace(".", "").isalpha():
        return False  # a domain or dotted name, not a token
    has_digit = any(c.isdigit() for c in candidate)
    has_alpha = any(c.isalpha() for c in candidate)
    return has_digit and has_alpha


def redact(text: str) -> str:
    """`text` with anything that looks like a token, key or password replaced."""
    text = _NAMED.sub(lambda m: f"{m['name']}{m['sep']}{REDACTED}", text)
    text = _AUTH_HEADER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _OPAQUE.sub(lambda m: REDACTED if _looks_opaque(m.group(0)) else m.group(0), text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) with secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
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
    handler = logging.handlers.RotatingFileHandler(
        log_path(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.socialdesk_file = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level if level is not None else default_level())
    _log_uncaught()
    from socialdesk import __version__

    logger.info(
        "SocialDesk %s started (Python %s, %s)", __version__, sys.version.split()[0], sys.platform
    )
    return handler


def _log_uncaught() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger(LOGGER).error("Uncaught error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    if getattr(previous, "socialdesk_hook", False):
        return
    hook.socialdesk_hook = True  # type: ignore[attr-defined]
    sys.excepthook = hook
