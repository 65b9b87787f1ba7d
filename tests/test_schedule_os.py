"""The OS scheduler entries that send queued posts with the app closed."""

from __future__ import annotations

import plistlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from socialdesk.schedule import os_scheduler

NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.mark.skipif(sys.platform != "linux", reason="writes systemd user units")
def test_install_writes_a_systemd_timer_that_catches_up_after_sleep_and_remove_deletes_it(
    config_home: Path, socialdesk_home: Path
) -> None:
    written = os_scheduler.install(activate=False)
    units = config_home / "systemd" / "user"
    assert sorted(p.name for p in written) == ["socialdesk-queue.service", "socialdesk-queue.timer"]
    service = (units / "socialdesk-queue.service").read_text()
    timer = (units / "socialdesk-queue.timer").read_text()
    assert f"ExecStart={sys.executable} -m socialdesk queue run" in service
    assert f"Environment=SOCIALDESK_HOME={socialdesk_home}" in service
    assert "Persistent=true" in timer and "OnUnitActiveSec=5min" in timer
    assert os_scheduler.installed()

    removed = os_scheduler.remove(activate=False)
    assert sorted(removed) == sorted(written)
    assert not any(units.iterdir())
    assert not os_scheduler.installed()


def test_the_launchd_agent_runs_the_queue_every_five_minutes_and_at_load(tmp_path: Path) -> None:
    (entry,) = os_scheduler.launchd_entries(tmp_path, ["/Apps/SocialDesk", "queue", "run"])
    assert entry.path == tmp_path / "Library/LaunchAgents/app.socialdesk.queue.plist"
    plist = plistlib.loads(entry.content.encode())
    assert plist["ProgramArguments"] == ["/Apps/SocialDesk", "queue", "run"]
    assert plist["StartInterval"] == 300 and plist["RunAtLoad"] is True


def test_the_windows_task_starts_when_available_and_quotes_its_arguments(tmp_path: Path) -> None:
    command = [r"C:\Program Files\SocialDesk\SocialDesk.exe", "queue", "run"]
    (entry,) = os_scheduler.windows_entries(tmp_path, command)
    root = ET.fromstring(entry.content.replace('encoding="UTF-16"', ""))
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == command[0]
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == "queue run"
    assert root.findtext("t:Settings/t:StartWhenAvailable", namespaces=NS) == "true"
    assert (
        root.findtext("t:Triggers/t:TimeTrigger/t:Repetition/t:Interval", namespaces=NS) == "PT5M"
    )
