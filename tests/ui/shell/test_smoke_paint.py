"""`SOCIALDESK_SMOKE_TEST=paint socialdesk`: the real command starts, paints its window
once, says so and quits cleanly — what benchmarks/preview_latency.py times."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from socialdesk.ui.shell.smoke import REPORT_PREFIX, SMOKE_ENV

REPO = Path(__file__).resolve().parents[3]


def test_paint_mode_reports_the_first_paint_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, SOCIALDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env[SMOKE_ENV] = "paint"
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "socialdesk"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [REPORT_PREFIX + "painted"]
