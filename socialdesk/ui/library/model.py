"""The library list's table model and the pool-thread job that does library work."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    SignalInstance,
)

from socialdesk.library import STATUSES, LibraryEntry, Problem, RefreshResult
from socialdesk.platforms import get_platform
from socialdesk.ui.common.i18n import translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class JobDone:
    """A finished duplicate, rename or delete: what to say, and what changed."""

    message: str
    select: Path | None = None  # the new file, to select once listed
    renamed: tuple[Path, Path, str] | None = None  # old path, new path, new title
    deleted: Path | None = None


@dataclass
class Listing:
    entries: list[LibraryEntry]
    problems: list[Problem]
    total: int  # readable drafts in the folder, whatever the filter
    folders: list[str]  # to watch
    changes: RefreshResult | None = None


class LibraryJob(QRunnable):
    """One unit of library work on the pool thread; reports `(kind, generation, outcome)`."""

    def __init__(
        self, kind: str, generation: int, work: Callable[[], object], report: SignalInstance
    ) -> None:
        super().__init__()
        self.kind, self.generation, self.work, self.report = kind, generation, work, report

    def run(self) -> None:
        try:
            outcome = self.work()
        except Exception as exc:  # shown to the user by the panel
            outcome = exc
        with contextlib.suppress(RuntimeError):  # the panel is gone
            self.report.emit(self.kind, self.generation, outcome)


STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("LibraryModel", "Draft"),
    "scheduled": QT_TRANSLATE_NOOP("LibraryModel", "Scheduled"),
    "published": QT_TRANSLATE_NOOP("LibraryModel", "Published"),
}


def status_label(status: str) -> str:
    """A draft's status as the list shows it, in the interface language."""
    label = STATUS_LABELS.get(status)
    return translate("LibraryModel", label) if label else status.capitalize()


class LibraryModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Title"),
        QT_TRANSLATE_NOOP("LibraryModel", "Platforms"),
        QT_TRANSLATE_NOOP("LibraryModel", "Languages"),
        QT_TRANSLATE_NOOP("LibraryModel", "Status"),
        QT_TRANSLATE_NOOP("LibraryModel", "Modified"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LibraryEntry] = []

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                entry.title,
                ", ".join(get_platform(pid).name for pid in entry.platforms),
                ", ".join(entry.languages),
                status_label(entry.status),
                datetime.fromtimestamp(entry.modified).strftime("%Y-%m-%d %H:%M"),
            )[column]
        if role == SORT_ROLE:
            return (
                entry.title.casefold(),
                len(entry.platforms),
                ",".join(entry.languages),
                STATUSES.index(entry.status),
                entry.modified,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.path)
        return None
