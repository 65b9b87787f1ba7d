"""The operating system's scheduler runs `socialdesk queue run` every few minutes and at
wake-up, so queued posts go out with the app closed — and the app needs no daemon.

Linux: a systemd user service + timer (`Persistent=true` catches up after sleep);
macOS: a launchd agent (`StartInterval`; launchd runs a missed interval on wake);
Windows: a Task Scheduler task (`StartWhenAvailable`). `entries()` generates the files
for any system; `install()`/`remove()` write or delete them for this one.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

INTERVAL_MINUTES = 5
NAME = "socialdesk-queue"
LAUNCHD_LABEL = "app.socialdesk.queue"
WINDOWS_TASK = "SocialDesk Queue"


@dataclass(frozen=True)
class Entry:
    path: Path
    content: str


def queue_command() -> list[str]:
    """How to run `socialdesk queue run` with this very installation."""
    if getattr(sys, "frozen", False):  # the built app: its executable takes verbs itself
        return [sys.executable, "queue", "run"]
    return [sys.executable, "-m", "socialdesk", "queue", "run"]


def _environment() -> dict[str, str]:
    """What the scheduled run must share with the app (a portable data folder)."""
    home = os.environ.get("SOCIALDESK_HOME")
    return {"SOCIALDESK_HOME": home} if home else {}


def systemd_entries(config_home: Path, command: list[str]) -> list[Entry]:
    folder = config_home / "systemd" / "user"
    env = "".join(f"Environment={shlex.quote(f'{k}={v}')}\n" for k, v in _environment().items())
    service = (
        "[Unit]\n"
        "Description=SocialDesk: send queued posts that are due\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"{env}"
        f"ExecStart={shlex.join(command)}\n"
    )
    timer = (
        "[Unit]\n"
        "Description=SocialDesk: check the post queue every few minutes\n\n"
        "[Timer]\n"
        "OnBootSec=2min\n"
        f"OnUnitActiveSec={INTERVAL_MINUTES}min\n"
        "Persistent=true\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return [
        Entry(folder / f"{NAME}.service", service),
        Entry(folder / f"{NAME}.timer", timer),
    ]


def launchd_entries(home: Path, command: list[str]) -> list[Entry]:
    args = "".join(f"\n    <string>{escape(a)}</string>" for a in command)
    env = "".join(
        f"\n    <key>{escape(k)}</key>\n    <string>{escape(v)}</string>"
        for k, v in _environment().items()
    )
    plist = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>{LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key>
  <array>{args}
  </array>
  <key>EnvironmentVariables</key>
  <dict>{env}
  </dict>
  <key>StartInterval</key>
  <integer>{INTERVAL_MINUTES * 60}</integer>
  <key>RunAtLoad</key>
  <true/>
</dict>
</plist>
"""
    return [Entry(home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist", plist)]


def windows_entries(folder: Path, command: list[str]) -> list[Entry]:
    program, *arguments = command
    task = f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo><Description>SocialDesk: send queued posts that are due</Description></RegistrationInfo>
  <Triggers>
    <TimeTrigger>
      <StartBoundary>2026-01-01T00:00:00</StartBoundary>
      <Repetition><Interval>PT{INTERVAL_MINUTES}M</Interval></Repetition>
      <Enabled>true</Enabled>
    </TimeTrigger>
  </Triggers>
  <Settings>
    <StartWhenAvailable>true</StartWhenAvailable>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <ExecutionTimeLimit>PT30M</ExecutionTimeLimit>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(program)}</Command>
      <Arguments>{escape(subprocess.list2cmdline(arguments))}</Arguments>
    </Exec>
  </Actions>
</Task>
"""
    return [Entry(folder / f"{NAME}.xml", task)]


def entries(system: str | None = None, command: list[str] | None = None) -> list[Entry]:
    """The files that make `system` ("linux", "darwin", "win32") run the queue."""
    system = system or sys.platform
    command = command or queue_command()
    home = Path.home()
    if system == "darwin":
        return launchd_entries(home, command)
    if system == "win32":
        from socialdesk import paths

        return windows_entries(paths.data_dir(), command)
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return systemd_entries(config, command)


def installed(system: str | None = None) -> bool:
    return all(entry.path.exists() for entry in entries(system))


def install(*, activate: bool = True) -> list[Path]:
    """Write this system's entries and (with `activate`) tell the scheduler about them."""
    written = []
    for entry in entries():
        entry.path.parent.mkdir(parents=True, exist_ok=True)
        encoding = "utf-16" if entry.path.suffix == ".xml" else "utf-8"
        entry.path.write_text(entry.content, encoding=encoding)
        written.append(entry.path)
    if activate:
        _tell_scheduler(written, on=True)
    return written


def remove(*, activate: bool = True) -> list[Path]:
    present = [entry.path for entry in entries() if entry.path.exists()]
    if activate:
        _tell_scheduler(present, on=False)
    for path in present:
        path.unlink(missing_ok=True)
    return present


def _tell_scheduler(files: list[Path], on: bool) -> None:
    """Best effort: the files are what counts; a scheduler that is not running (a
    container, no user session bus) picks them up at the next login."""
    if sys.platform == "darwin":
        commands = [["launchctl", "load" if on else "unload", str(p)] for p in files]
    elif sys.platform == "win32":
        commands = (
            [["schtasks", "/Create", "/TN", WINDOWS_TASK, "/XML", str(files[0]), "/F"]]
            if on and files
            else [["schtasks", "/Delete", "/TN", WINDOWS_TASK, "/F"]]
        )
    else:
        if not (os.environ.get("DBUS_SESSION_BUS_ADDRESS") or os.environ.get("XDG_RUNTIME_DIR")):
            return  # no user session manager to tell: systemd reads the files at next login
        action = ["enable", "--now"] if on else ["disable", "--now"]
        commands = [
            ["systemctl", "--user", *action, f"{NAME}.timer"],
            ["systemctl", "--user", "daemon-reload"],
        ]
        if on:
            commands.reverse()
    for command in commands:
        if shutil.which(command[0]) is None:
            return
        try:
            subprocess.run(command, capture_output=True, timeout=15, check=False)
        except (OSError, subprocess.SubprocessError):
            return
