"""Version history of drafts (snapshots, compact storage, diffs, restore). Qt-free."""

from socialdesk.history.diff import Segment, diff_texts
from socialdesk.history.store import (
    CAUSES,
    MASTER,
    History,
    HistoryError,
    HistoryStore,
    Version,
)

__all__ = [
    "CAUSES",
    "MASTER",
    "History",
    "HistoryError",
    "HistoryStore",
    "Segment",
    "Version",
    "diff_texts",
]
