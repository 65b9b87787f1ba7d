"""`socialdesk queue run` as the OS scheduler calls it every few minutes.

Whole processes, alternated in one run with a bare `python -c pass` (the floor):
  queue_run_empty_ms   — no queue file yet (most machines, most of the time);
  queue_run_idle_ms    — 1,000 posts queued, none due;
  python_floor_ms      — the interpreter starting and stopping, nothing else.
Target: queue run with nothing due ≤ 300 ms. Medians of 15 runs each.
The last line of output is one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from socialdesk.schedule.queue import Queue, QueuedPost

RUNS = 15


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as empty_home, tempfile.TemporaryDirectory() as busy_home:
        queue = Queue(Path(busy_home) / "data" / "queue.sqlite3")
        later = datetime.now(UTC) + timedelta(days=3)
        for n in range(1000):
            queue.add(
                QueuedPost(
                    draft_path=f"/drafts/{n}.sdraft",
                    title=f"Post {n}",
                    platform="twitter" if n % 2 else "weibo",
                    account_id="twitter-1",
                    text=f"Scheduled post number {n} https://example.com/{n}",
                    text_hash=str(n),
                    due=later + timedelta(minutes=n),
                    market_zone="Asia/Shanghai",
                )
            )
        command = [sys.executable, "-m", "socialdesk", "queue", "run"]
        envs = {
            "empty": dict(os.environ, SOCIALDESK_HOME=empty_home),
            "idle": dict(os.environ, SOCIALDESK_HOME=busy_home),
        }
        times: dict[str, list[float]] = {"empty": [], "idle": [], "floor": []}
        for _ in range(RUNS):  # alternated, so machine noise hits all three alike
            times["empty"].append(timed(command, envs["empty"]))
            times["idle"].append(timed(command, envs["idle"]))
            times["floor"].append(timed([sys.executable, "-c", "pass"], envs["empty"]))
    figures = {
        "queue_run_empty_ms": round(statistics.median(times["empty"]), 1),
        "queue_run_idle_ms": round(statistics.median(times["idle"]), 1),
        "python_floor_ms": round(statistics.median(times["floor"]), 1),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
