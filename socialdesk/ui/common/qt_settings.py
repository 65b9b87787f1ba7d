"""Window state (geometry, splitters, recent files, theme) in an INI file under the
app's config folder, so SOCIALDESK_HOME (tests, portable installs) keeps it too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from socialdesk import paths

MAX_RECENT = 10


def qt_settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def read_recent(settings: QSettings) -> list[Path]:
    value = settings.value("recent_files", [])
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, list):
        return []
    return [Path(str(v)) for v in value if v]


def add_recent(settings: QSettings, path: Path) -> list[Path]:
    resolved = path.resolve()
    recent = [p for p in read_recent(settings) if p != resolved]
    recent.insert(0, resolved)
    del recent[MAX_RECENT:]
    settings.setValue("recent_files", [str(p) for p in recent])
    return recent


def clear_recent(settings: QSettings) -> None:
    settings.setValue("recent_files", [])
