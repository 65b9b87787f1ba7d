"""Run hostile input through the app in a child process with a memory ceiling and a
timeout, so that a regression fails one test instead of exhausting the machine."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MEMORY_MB = 768  # address space: the interpreter and its libraries take ~300 MB of it
SECONDS = 30.0


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def _limit(memory_mb: int) -> Any:
    def apply() -> None:
        ceiling = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))

    return apply


def run(
    argv: list[str],
    *,
    stdin: bytes | int | None = None,
    memory_mb: int = MEMORY_MB,
    seconds: float = SECONDS,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Finished:
    """`argv` run with the ceiling; a run that passes `seconds` fails the test."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    started = time.monotonic()
    try:
        done = subprocess.run(
            argv,
            input=stdin if isinstance(stdin, bytes) else None,
            stdin=stdin if isinstance(stdin, int) else None,
            capture_output=True,
            timeout=seconds,
            preexec_fn=_limit(memory_mb),
            env=environment,
            cwd=cwd,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"{argv[1:]} still running after {seconds:g} s") from None
    return Finished(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
        time.monotonic() - started,
    )


def cli(*args: str, **kwargs: Any) -> Finished:
    return run([sys.executable, "-m", "socialdesk", *args], **kwargs)


def python(code: str, payload: Any = None, **kwargs: Any) -> Any:
    """Run `code` (which reads JSON from stdin and prints JSON as its last line)."""
    done = run([sys.executable, "-c", code], stdin=json.dumps(payload).encode("utf-8"), **kwargs)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
