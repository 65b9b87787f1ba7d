"""View ▸ Library (Ctrl+L): docks the drafts library beside the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from socialdesk.ui.common.i18n import translate

if TYPE_CHECKING:
    from socialdesk.ui.library.panel import LibraryPanel

# window.ini: whether the library dock was open when the writer last left it
LIBRARY_VISIBLE_KEY = "library_visible"


def library_left_open(window: Any) -> bool:
    """Whether the writer left the library dock open (the window then shows it at once)."""
    qsettings = getattr(window, "settings", None)
    return qsettings is not None and bool(qsettings.value(LIBRARY_VISIBLE_KEY, False, type=bool))


def install_library(window: Any) -> LibraryPanel:
    """Dock the library beside the editor; View ▸ Library shows or hides it. Once per
    window; the folder is first indexed after the window's first paint."""
    # made here: the window reads library_left_open before its first paint, with the
    # dock (and PySide6's class for it) only after it, unless the dock was left open
    from PySide6.QtWidgets import QDockWidget

    from socialdesk.ui.library.panel import LibraryPanel

    existing = getattr(window, "library_panel", None)
    if isinstance(existing, LibraryPanel):
        return existing
    panel = LibraryPanel(parent=None, settings=getattr(window, "app_settings", None), scan=False)
    dock = QDockWidget(translate("LibraryPanel", "Library"), window)
    dock.setObjectName("LibraryDock")
    dock.setWidget(panel)
    panel.setMinimumWidth(360)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    # Closed until the writer opens it (an empty list beside the editor squeezed the
    # previews and made the window wider than a 1280-pixel screen); then remembered.
    # The dock reports only hides it was told to, not the window's closing or minimising.
    qsettings = getattr(window, "settings", None)
    if qsettings is not None:
        dock.setVisible(library_left_open(window))
        dock.visibilityChanged.connect(
            lambda visible: qsettings.setValue(LIBRARY_VISIBLE_KEY, bool(visible))
        )
    toggle = dock.toggleViewAction()
    toggle.setText(translate("LibraryPanel", "&Library"))
    toggle.setShortcut(QKeySequence("Ctrl+L"))
    window.menus["view"].addAction(toggle)
    panel.open_requested.connect(window.open_draft)
    # the open draft renamed or deleted here: the editor saves to the right place
    panel.draft_renamed.connect(window.follow_renamed_file)
    panel.draft_deleted.connect(window.forget_deleted_file)
    # saving into the library folder shows up at once, without waiting for the watcher
    window.document.path_changed.connect(panel.request_refresh)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(panel.shutdown)
    window.library_panel = panel
    window.library_dock = dock
    after_first_paint = getattr(window, "after_first_paint", None)
    if after_first_paint is not None:
        after_first_paint(panel.request_refresh)
    else:
        panel.request_refresh()
    return panel
