"""View ▸ Calendar with 1,000 scheduled posts: time to open it, painted.

1,000 posts spread over four weeks (all four platforms, every status the calendar shows)
in a throwaway SOCIALDESK_HOME; the dialog is built, shown and painted once, without the
network refresh (that runs in the background and does not hold the window up).
  open_ms_week_1000  — the week view, every post of the week as a chip (≈250);
  open_ms_month_1000 — the month view (at most four chips a day, then "+N more").
Target: ≤ 200 ms. Medians of 7 runs. The last line of output is one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-bench-")

from PySide6.QtWidgets import QApplication

from socialdesk.schedule.queue import Queue, QueuedPost
from socialdesk.settings import Settings
from socialdesk.ui.schedule.calendar_dialog import CalendarDialog

RUNS = 7
BERLIN = ZoneInfo("Europe/Berlin")
PLATFORMS = ("vk", "weibo", "twitter", "facebook")
STATUSES = ("queued", "scheduled", "published", "missed")


def fill(queue: Queue, start: datetime) -> None:
    for n in range(1000):
        due = start + timedelta(minutes=40 * n)  # 1,000 × 40 min ≈ four weeks
        queue.add(
            QueuedPost(
                draft_path=f"/drafts/{n % 50}.sdraft",
                title=f"Campaign {n % 50}: autumn menu",
                platform=PLATFORMS[n % 4],
                account_id="a",
                text="Northern lights tours open today ✨ https://aurora.example.com",
                text_hash=str(n),
                due=due,
                market_zone="Asia/Shanghai" if n % 4 == 1 else "",
            ),
            status=STATUSES[n % 4],
        )


def open_once(app: QApplication, queue: Queue, mode: str, anchor: datetime) -> float:
    begin = time.perf_counter()
    dialog = CalendarDialog(Settings.load(), queue, sync=False, where=BERLIN, mode=mode)
    dialog.anchor = anchor.date()
    dialog.reload()
    dialog.resize(1280, 720)
    dialog.show()
    dialog.repaint()
    elapsed = (time.perf_counter() - begin) * 1000
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    queue = Queue(Path(os.environ["SOCIALDESK_HOME"]) / "data" / "queue.sqlite3")
    start = datetime(2026, 6, 1, 8, 0, tzinfo=BERLIN)
    fill(queue, start)
    anchor = start + timedelta(days=8)
    open_once(app, queue, "week", anchor)  # warm-up: first paint loads fonts
    figures = {}
    for mode in ("week", "month"):
        times = [open_once(app, queue, mode, anchor) for _ in range(RUNS)]
        figures[f"open_ms_{mode}_1000"] = round(statistics.median(times), 1)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
