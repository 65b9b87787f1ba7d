"""The main window's layout between runs (window.ini): geometry, the splitters and the
preview layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray

from socialdesk.ui.common.screen_fit import resize_to_fit


def restore_window_state(window: Any) -> None:
    """Where the writer left the window: size, splitters, preview layout."""
    geometry = window.settings.value("geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        resize_to_fit(window, 1440, 900)

    def restore_splitters() -> None:
        for name, splitter in (
            ("main_splitter", window.main_splitter),
            ("editor_splitter", window.editor_splitter),
        ):
            state = window.settings.value(name)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        column = getattr(window, "editor_column", None)
        if column is not None:
            column.fit()  # the editor keeps its lines whatever the saved sizes say

    restore_splitters()
    # again once shown at its size: the first layout spreads the new width by stretch
    window.after_first_paint(restore_splitters)
    layout = str(window.settings.value("preview_layout", "grid"))
    window.set_preview_layout(layout if layout in ("grid", "row") else "grid")
    window.preview_grid.restore_state(window.settings.value("preview_columns"))


def save_window_state(window: Any) -> None:
    window.settings.setValue("geometry", window.saveGeometry())
    window.settings.setValue("main_splitter", window.main_splitter.saveState())
    window.settings.setValue("editor_splitter", window.editor_splitter.saveState())
    window.settings.setValue("preview_columns", window.preview_grid.save_state())
    window.settings.sync()
