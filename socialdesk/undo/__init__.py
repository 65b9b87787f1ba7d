"""Undo for the whole draft, Qt-free: every action is one named step (see actions.py)."""

from socialdesk.undo.change import COALESCE_SECONDS, DraftChange, capture, parts
from socialdesk.undo.stack import UndoStack

__all__ = ["COALESCE_SECONDS", "DraftChange", "UndoStack", "capture", "parts"]
