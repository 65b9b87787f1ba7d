"""What the features' installers share when they add an entry to the main window: where
a File menu item goes, and how the dialog behind an item opens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:  # read, PySide would make the class before the first paint
    from PySide6.QtWidgets import QDialog


def add_to_file_menu(window: Any, action: QAction) -> None:
    """Put `action` in File, above Quit and set off from it (at the end if Quit is not there)."""
    file_menu = window.menus["file"]
    quit_action = getattr(window, "quit_action", None)
    if quit_action is not None and quit_action in file_menu.actions():
        file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addAction(action)


def open_window_dialog(window: Any, name: str, dialog: QDialog) -> None:
    """Open `dialog` window-modal and reachable as `window.<name>`; it is freed when it
    closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    setattr(window, name, dialog)
    dialog.open()


__all__ = ["add_to_file_menu", "open_window_dialog"]
