"""Help ▸ Report a problem: the log and a description of this installation, without
secrets, as a zip to attach or a text to paste.

Settings are summarised by section and key names only (values may name accounts or
private servers); log lines are redacted once more on the way out, in case a line was
written by an older version or another program.
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from socialdesk import __version__, paths
from socialdesk.logs import log_files
from socialdesk.redaction import redact
from socialdesk.settings import Settings

MAX_LOG_CHARS = 400_000  # per file in the zip; the end of the log is what matters


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Version and platform facts (the UI adds Qt's version and the interface language)."""
    import platform  # ~7 ms, only when a report is made: not at every start

    info = {
        "SocialDesk": __version__,
        "Python": sys.version.split()[0],
        "Platform": platform.platform(),
        "Machine": platform.machine(),
        "Frozen": "yes" if getattr(sys, "frozen", False) else "no",
        "Keyring": _keyring_backend(),
    }
    info.update(extra or {})
    return info


def _keyring_backend() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # any backend failure is itself worth reporting
        return f"unavailable ({type(exc).__name__})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def settings_outline(settings: Settings | None = None) -> dict[str, list[str]]:
    """Which settings are set, by section, without their values."""
    settings = settings or Settings.load()
    outline: dict[str, list[str]] = {}
    for section, values in sorted(settings.data.items()):
        outline[section] = sorted(values) if isinstance(values, dict) else []
    return outline


def log_tail(path: Path, limit: int = MAX_LOG_CHARS) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(cannot read {path.name}: {exc.strerror or exc})\n"
    if len(text) > limit:
        text = text[-limit:]
        text = text[text.find("\n") + 1 :]
    return redact(text)


def report_text(extra: Mapping[str, str] | None = None, log_lines: int = 60) -> str:
    """A short plain-text report for the clipboard: environment and the log's last lines."""
    lines = [f"{key}: {value}" for key, value in environment(extra).items()]
    outline = settings_outline()
    lines.append("Settings: " + (", ".join(f"{s}({len(k)})" for s, k in outline.items()) or "none"))
    logs = log_files()
    if logs:
        tail = log_tail(logs[0]).splitlines()[-log_lines:]
        lines += ["", f"Last {len(tail)} log lines:", *tail]
    else:
        lines += ["", "No log file yet."]
    return "\n".join(lines) + "\n"


def default_report_path() -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return paths.documents_dir() / f"socialdesk-report-{stamp}.zip"


def write_report(target: Path, extra: Mapping[str, str] | None = None) -> Path:
    """Write the zip: `report.txt`, `environment.json`, `settings-outline.json`, logs."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("report.txt", report_text(extra))
        archive.writestr(
            "environment.json", json.dumps(environment(extra), ensure_ascii=False, indent=2)
        )
        archive.writestr(
            "settings-outline.json", json.dumps(settings_outline(), ensure_ascii=False, indent=2)
        )
        for path in log_files():
            archive.writestr(f"logs/{path.name}", log_tail(path))
    partial.replace(target)
    return target
