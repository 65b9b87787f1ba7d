"""`make run` on a real X display: the installed `socialdesk` command opens its window
through Qt's xcb platform plugin (not offscreen), paints the sample draft and exits.

Offscreen tests cannot catch a missing system library of the xcb plugin
(libxcb-cursor0 and friends); this one runs the app under Xvfb to do so."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: .ci/run installs it (package xvfb)")
        pytest.skip("Xvfb is not installed (Debian package xvfb)")
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it to the pipe when ready
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as ready:
            number = ready.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_app_opens_its_window_on_a_real_x_display(x_display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=x_display, SOCIALDESK_HOME=str(tmp_path), SOCIALDESK_SMOKE_TEST="1")
    done = subprocess.run(
        [sys.executable, "-m", "socialdesk"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report_line = next(
        line for line in done.stdout.splitlines() if line.startswith("socialdesk-smoke:")
    )
    report = json.loads(report_line.split(":", 1)[1])
    assert report["title"].startswith("Aurora Coffee opens in Berlin")
    assert {pid: card["visible"] for pid, card in report["cards"].items()} == {
        "vk": True,
        "weibo": True,
        "twitter": True,
        "facebook": True,
    }
    assert report["cards"]["twitter"]["count"] > 0
