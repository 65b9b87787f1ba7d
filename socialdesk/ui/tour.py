"""First-run tour (placeholder until the tour lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def maybe_start_tour(window: QMainWindow) -> bool:
    return False
