"""Where SocialDesk keeps its files. `SOCIALDESK_HOME` puts them all under one folder
(tests and portable installs); otherwise the OS conventions via platformdirs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP = "SocialDesk"


def _home() -> Path | None:
    value = os.environ.get("SOCIALDESK_HOME")
    return Path(value) if value else None


def _dir(kind: str) -> Path:
    home = _home()
    if home is not None:
        path = home / kind
    else:
        finders: dict[str, Callable[..., str]] = {
            "data": platformdirs.user_data_dir,
            "config": platformdirs.user_config_dir,
            "log": platformdirs.user_log_dir,
        }
        path = Path(finders[kind](APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def log_dir() -> Path:
    return _dir("log")


def recovery_dir() -> Path:
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "Documents"
    return Path(platformdirs.user_documents_dir()) / APP
