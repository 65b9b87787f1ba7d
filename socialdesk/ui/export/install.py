"""File ▸ Export… (Ctrl+E) in the main window. Only the action: the dialog, and with it
the export formats and the PDF printer, load when the writer first chooses it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.menu_entries import add_to_file_menu, open_window_dialog


def install_export(window: Any) -> QAction:
    """Add File ▸ Export… (uses `window.menus` and `window.document`); once per window."""
    existing = getattr(window, "export_action", None)
    if isinstance(existing, QAction):
        return existing
    action = QAction(translate("ExportAction", "&Export…"), window)
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setStatusTip(
        translate("ExportAction", "Export the final texts as files or as a proof for a client")
    )

    def open_dialog() -> None:
        from socialdesk.ui.export.dialog import ExportDialog

        document = window.document
        open_window_dialog(
            window, "export_dialog", ExportDialog(document.draft, document.path, window)
        )

    action.triggered.connect(open_dialog)
    add_to_file_menu(window, action)
    window.export_action = action
    return action


__all__ = ["install_export"]
