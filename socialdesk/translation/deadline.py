"""Run a blocking call with a deadline.

deep-translator passes no timeout to `requests`, so a server that accepts the
connection and never answers blocks the call forever. We run the call in a daemon
thread and stop waiting at the deadline. The abandoned thread ends when its socket
closes; being a daemon, it never holds up the app's exit (a ThreadPoolExecutor
worker would: the interpreter joins those at exit).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from socialdesk.translation.errors import TranslationError, describe

T = TypeVar("T")


class DeadlineExceeded(Exception):
    """The call did not finish in time; it may still be running in its thread."""


class Cancelled(Exception):
    """The caller gave up waiting (the app is closing)."""


_POLL_S = 0.05  # how quickly a waiting caller notices `cancel`


def call_with_deadline(
    fn: Callable[[], T],
    timeout: float,
    name: str = "translation",
    cancel: threading.Event | None = None,
) -> T:
    result: list[T] = []
    failure: list[BaseException] = []
    finished = threading.Event()

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)
        finally:
            finished.set()

    worker = threading.Thread(target=run, name=f"socialdesk-{name}", daemon=True)
    worker.start()
    deadline = time.monotonic() + timeout
    while not finished.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(f"no answer within {timeout:g} s")
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled")
        finished.wait(min(left, _POLL_S) if cancel is not None else left)
    if failure:
        raise failure[0]
    return result[0]


def translate_within(
    fn: Callable[[], T],
    timeout: float,
    backend: str,
    title: str,
    cancel: threading.Event | None = None,
) -> T:
    """`call_with_deadline` for a backend: running late or being cancelled is a
    `TranslationError` naming the service `title`."""
    try:
        return call_with_deadline(fn, timeout, backend, cancel)
    except DeadlineExceeded:
        raise TranslationError(
            "timeout", describe("timeout", title, timeout=timeout), backend=backend
        ) from None
    except Cancelled:
        raise TranslationError("cancelled", describe("cancelled", title), backend=backend) from None
