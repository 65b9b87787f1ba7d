"""Pictures in the main window: `install_media(window)` adds the Images panel under the
editor, Edit ▸ Attach Images… (Ctrl+Shift+I) and Edit ▸ Paste Image (Ctrl+Shift+V), and
attaches pictures dropped on the window or the editor or pasted into the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDropEvent, QGuiApplication, QKeyEvent, QKeySequence

from socialdesk.ui.common.i18n import translate
from socialdesk.ui.media.controller import MediaController
from socialdesk.ui.media.panel import dropped_images


class _DropAndPasteFilter(QObject):
    """Pictures dropped on the window or the editor, or pasted into the editor, attach."""

    def __init__(self, controller: MediaController) -> None:
        super().__init__(controller)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if dropped_images(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = dropped_images(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.controller.attach_files(files)
                return True
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and _clipboard_is_picture()
        ):
            return self.controller.paste()
        return False


def _clipboard_is_picture() -> bool:
    """A picture and no text: plain Ctrl+V in the editor still pastes text as usual."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return False
    if dropped_images(mime):
        return True
    return mime.hasImage() and not mime.hasText()


def install_media(window: Any) -> MediaController:
    existing = getattr(window, "media", None)
    if isinstance(existing, MediaController):
        return existing  # installed already
    controller = MediaController(window)
    window.media = controller  # type: ignore[attr-defined]
    window.editor_splitter.addWidget(controller.panel)
    window.editor_splitter.setStretchFactor(window.editor_splitter.count() - 1, 1)

    attach = QAction(translate("MediaActions", "Attach &Images…"), window)
    attach.setShortcut(QKeySequence("Ctrl+Shift+I"))
    attach.triggered.connect(controller.choose_files)
    paste = QAction(translate("MediaActions", "Paste Ima&ge"), window)
    paste.setShortcut(QKeySequence("Ctrl+Shift+V"))
    paste.triggered.connect(lambda: controller.paste() or _nothing_to_paste(window))
    edit_menu = window.menus["edit"]
    edit_menu.addSeparator()
    edit_menu.addAction(attach)
    edit_menu.addAction(paste)
    window.addAction(attach)
    window.addAction(paste)
    controller.attach_action, controller.paste_action = attach, paste  # type: ignore[attr-defined]

    drops = _DropAndPasteFilter(controller)
    window.installEventFilter(drops)
    window.master_editor.installEventFilter(drops)
    window.master_editor.viewport().installEventFilter(drops)
    window.shutdown_hooks.append(controller.wait)
    return controller


def _nothing_to_paste(window: Any) -> None:
    window.statusBar().showMessage(
        translate("MediaActions", "The clipboard holds no picture; copy an image first."), 6000
    )
