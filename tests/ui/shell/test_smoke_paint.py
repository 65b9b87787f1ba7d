"""`SOCIALDESK_SMOKE_TEST=paint socialdesk`: the real command starts, paints its window
once, says so and quits cleanly — what benchmarks/preview_latency.py times."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from socialdesk.ui.shell.smoke import REPORT_PREFIX, SMOKE_ENV

REPO = Path(__file__).resolve().parents[3]


def test_paint_mode_reports_the_first_paint_and_quits(tmp_path: Path) -> None:
    done = run_app(tmp_path, "paint")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [REPORT_PREFIX + "painted"]


def test_the_sample_opens_on_the_first_start_only(tmp_path: Path) -> None:
    """The first start shows the bundled sample, unsaved; later ones a new empty draft."""
    first, second = (smoke_report(tmp_path) for _ in range(2))
    assert first["title"] == "Aurora Coffee opens in Berlin — SocialDesk"
    assert first["cards"]["twitter"]["count"] > 100
    assert second["title"] == "Untitled — SocialDesk"
    assert {card["count"] for card in second["cards"].values()} == {0}


def test_the_log_says_the_app_started(tmp_path: Path) -> None:
    """Written once the window has painted (its redaction loads then), before any work."""
    smoke_report(tmp_path)
    (log,) = tmp_path.rglob("socialdesk.log")
    first = log.read_text(encoding="utf-8").splitlines()[0]
    assert " INFO socialdesk: SocialDesk " in first and " started (Python " in first


def run_app(home: Path, smoke: str) -> subprocess.CompletedProcess[str]:
    """The real app, started as `socialdesk` is, with `SOCIALDESK_SMOKE_TEST=smoke`."""
    env = dict(os.environ, SOCIALDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env[SMOKE_ENV] = smoke
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "socialdesk"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
        check=False,
    )


def smoke_report(home: Path) -> dict[str, Any]:
    done = run_app(home, "1")
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith(REPORT_PREFIX))
    report: dict[str, Any] = json.loads(line.removeprefix(REPORT_PREFIX))
    return report
