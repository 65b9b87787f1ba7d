"""Tools ▸ Settings… (Preferences on macOS): everything a writer can configure in one
place. General: interface language, theme, autosave interval, library folder.
Translation: the translation settings page (service, key, this draft's languages per
platform), the same page the Translation settings dialog shows. Scheduling: market time
zones, the grace period for missed posts, the OS scheduler entry
(`ui/schedule/settings_page.py`).

Each value keeps living where its feature reads it: the interface language and the
autosave interval in Settings ("interface", "editor"), the library folder through
`socialdesk.library`, the theme through the window (window.ini), translation through
`TranslationConfig` and the keyring.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socialdesk.interface_language import LANGUAGES, SYSTEM, store_choice, stored_choice
from socialdesk.library import library_folder, set_library_folder
from socialdesk.settings import Settings

AUTOSAVE_RANGE = (1, 600)  # seconds
DEFAULT_AUTOSAVE = 5
VERSIONS_RANGE = (1, 1000)


class SettingsDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self.window_ = window
        self.settings: Settings = getattr(window, "app_settings", None) or Settings.load()
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.translation_page = self._translation_page()
        if self.translation_page is not None:
            self.tabs.addTab(self.translation_page, self.tr("Translation"))
        from socialdesk.ui.schedule.settings_page import SchedulingPage

        self.scheduling_page = SchedulingPage(self.settings, self)
        self.tabs.addTab(self.scheduling_page, self.tr("Scheduling"))

        self.message = QLabel()
        self.message.setObjectName("SettingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # == pages ==========================================================================
    def _general_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Follow the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)  # each language in its own words
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(stored_choice(self.settings)))
        )
        form.addRow(self.tr("Interface language"), self.language_box)

        self.theme_box = QComboBox()
        for mode, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_box.addItem(label, mode)
        theme = getattr(getattr(self.window_, "theme", None), "mode", "system")
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(theme)))
        form.addRow(self.tr("Theme"), self.theme_box)

        self.autosave_box = QSpinBox()
        self.autosave_box.setRange(*AUTOSAVE_RANGE)
        self.autosave_box.setSuffix(self.tr(" s"))
        self.autosave_box.setValue(self.current_autosave_seconds())
        self.autosave_box.setToolTip(
            self.tr("Unsaved work is copied to the recovery folder this often.")
        )
        form.addRow(self.tr("Autosave every"), self.autosave_box)

        self.versions_box = QSpinBox()
        self.versions_box.setRange(*VERSIONS_RANGE)
        self.versions_box.setValue(self.current_max_versions())
        self.versions_box.setToolTip(
            self.tr("File ▸ History keeps this many versions of each draft; older ones go.")
        )
        form.addRow(self.tr("Versions kept per draft"), self.versions_box)

        folder_row = QHBoxLayout()
        self.library_edit = QLineEdit(str(library_folder(self.settings)))
        self.library_edit.setPlaceholderText(self.tr("Your documents folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse_library)
        folder_row.addWidget(self.library_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Library folder"), folder_row)
        return page

    def _translation_page(self) -> QWidget | None:
        document = getattr(self.window_, "document", None)
        if document is None:
            return None
        from socialdesk.ui.translation.settings_page import TranslationSettingsPage

        return TranslationSettingsPage(self.settings, document, self)

    # == values =========================================================================
    def current_autosave_seconds(self) -> int:
        value = self.settings.get("editor", "autosave_seconds", DEFAULT_AUTOSAVE)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return max(AUTOSAVE_RANGE[0], min(AUTOSAVE_RANGE[1], round(value)))
        return DEFAULT_AUTOSAVE

    def current_max_versions(self) -> int:
        from socialdesk.history import HistoryStore

        return HistoryStore.from_settings(self.settings, Path()).max_versions

    def ask_library_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Library folder"), self.library_edit.text()
        )
        return Path(name) if name else None

    def _browse_library(self) -> None:
        folder = self.ask_library_folder()
        if folder is not None:
            self.library_edit.setText(str(folder))

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #C62828;" if error else "")

    # == applying =======================================================================
    def apply(self) -> bool:
        """Store and apply everything; on a problem say what and stay open, with the
        settings as they were (nothing half-done)."""
        before = copy.deepcopy(self.settings.data)
        if not self._store():
            self.settings.data = before
            return False
        try:
            self.settings.save()
        except Exception as exc:  # DraftError from atomic_write names the file
            self.settings.data = before
            self._show(str(exc), error=True)
            return False
        # saved: now the window follows
        window = self.window_
        timer = getattr(window, "autosave_timer", None)
        if timer is not None:
            timer.setInterval(int(self.autosave_box.value()) * 1000)
        panel = getattr(window, "library_panel", None)
        if self._new_folder is not None and panel is not None:
            panel.set_folder(self._new_folder)
        if self.translation_page is not None:
            self.translation_page.apply_to_draft()
        scheduler_note = self.scheduling_page.apply()
        status = getattr(window, "statusBar", None)
        if scheduler_note and callable(status):
            status().showMessage(scheduler_note, 10000)
        set_theme = getattr(window, "set_theme", None)
        if callable(set_theme):
            set_theme(str(self.theme_box.currentData()))
        if self._language_changed:
            self.language_note(str(self.language_box.currentData()))
        self.accept()
        return True

    def _store(self) -> bool:
        """Put every choice in the settings (not yet saved); False, with a message, for
        a choice that cannot be."""
        folder_text = self.library_edit.text().strip()
        folder = Path(folder_text).expanduser() if folder_text else None
        if folder is not None and folder.exists() and not folder.is_dir():
            self.tabs.setCurrentIndex(0)
            self._show(self.tr("{path} is a file, not a folder.").format(path=folder), error=True)
            return False
        if self.translation_page is not None and not self.translation_page.store():
            # the page shows its own message (a missing server address, a keyring problem)
            self.tabs.setCurrentWidget(self.translation_page)
            return False
        if not self.scheduling_page.store():
            self.tabs.setCurrentWidget(self.scheduling_page)
            return False
        language = str(self.language_box.currentData())
        self._language_changed = language != stored_choice(self.settings)
        store_choice(self.settings, language)
        self.settings.set("editor", "autosave_seconds", int(self.autosave_box.value()))
        self.settings.set("history", "max_versions", int(self.versions_box.value()))
        self._new_folder = None
        if folder is not None and folder != library_folder(self.settings):
            set_library_folder(self.settings, folder)
            self._new_folder = folder
        return True

    def language_note(self, language: str) -> None:
        """The interface language changes at the next start; the status bar says so."""
        status = getattr(self.window_, "statusBar", None)
        if callable(status):
            status().showMessage(
                self.tr("The interface language changes when SocialDesk starts next time."),
                10000,
            )
        self.pending_language = language


def install_settings(window: Any) -> QAction:
    """Tools ▸ Settings… (Ctrl+,) — the Preferences item of the app menu on macOS."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Settings…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut("Ctrl+,")
    action.triggered.connect(lambda: SettingsDialog(window).exec())
    tools = window.menus["tools"]
    tools.addSeparator()
    tools.addAction(action)
    window.settings_action = action
    return action
