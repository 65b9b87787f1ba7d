"""The main window's questions to the writer: save changes?, restore an autosave?, which
file to open or save as. The window's `ask_*` methods call these; tests replace the
methods, so no test ever waits on a dialog.

Each imports its Qt class as it opens: PySide makes a class (and its enum types) when its
name is first read, and the window imports this module before its first paint."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from socialdesk import paths
from socialdesk.draft import SUFFIX
from socialdesk.recovery import RecoveryEntry
from socialdesk.ui.common.i18n import translate

SaveChoice = Literal["save", "discard", "cancel"]
RestoreChoice = Literal["restore", "discard", "later"]


def ask_save_changes(window: Any) -> SaveChoice:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Unsaved changes"))
    box.setText(
        translate("MainWindow", "Save the changes to “{display_name}”?").format(
            display_name=window.document.display_name()
        )
    )
    box.setInformativeText(
        translate("MainWindow", "Your changes will be lost if you don't save them.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_restore(window: Any, entry: RecoveryEntry) -> RestoreChoice:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MainWindow", "Restore unsaved work?"))
    title = entry.title or translate("MainWindow", "Untitled")
    where = entry.original or translate("MainWindow", "never saved to a file")
    box.setText(
        translate("MainWindow", "SocialDesk did not close normally. Restore “{title}”?").format(
            title=title
        )
    )
    box.setInformativeText(
        translate(
            "MainWindow",
            "It was autosaved at {saved_at_local} ({where}). Discard deletes the autosave; Not now keeps it for the next start.",
        ).format(saved_at_local=entry.saved_at_local, where=where)
    )
    restore = box.addButton(translate("MainWindow", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("MainWindow", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("MainWindow", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return "restore"
    if clicked is discard:
        return "discard"
    return "later"


def _file_filter(window: Any) -> str:
    return translate("MainWindow", "SocialDesk drafts (*{suffix});;All files (*)").format(
        suffix=SUFFIX
    )


def ask_open_path(window: Any) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    start = str(window.document.path.parent if window.document.path else paths.documents_dir())
    name, _ = QFileDialog.getOpenFileName(
        window, translate("MainWindow", "Open draft"), start, _file_filter(window)
    )
    return Path(name) if name else None


def ask_save_path(window: Any) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    folder = window.document.path.parent if window.document.path else paths.documents_dir()
    suggestion = folder / f"{_safe_name(window.document.display_name())}{SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Save draft"), str(suggestion), _file_filter(window)
    )
    return Path(name) if name else None


def show_error(window: Any, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(window, title, text)


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return cleaned or "Untitled"
