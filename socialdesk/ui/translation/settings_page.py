"""The translation settings — the service, its address and key, and this draft's
languages — as a page (`TranslationSettingsPage`) that Settings ▸ Translation shows, and
as Tools ▸ Translation settings… (`TranslationSettingsDialog`: the page with OK/Cancel).

The service choice, addresses and ids go to Settings ("translation" section); the API
key goes only to the OS keyring (nothing is stored when there is no secure keyring,
and the dialog says so). The master language, each platform's target language and
whether hashtags are translated belong to the draft and change it through its
document.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialdesk.draft import Draft
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.settings import Settings
from socialdesk.translation import languages
from socialdesk.translation.config import TranslationConfig
from socialdesk.translation.errors import TranslationError
from socialdesk.translation.keys import get_api_key, set_api_key
from socialdesk.translation.languages import target_language
from socialdesk.translation.registry import BACKENDS
from socialdesk.ui.common.core_texts import core_text, language_label

KEEP_KEY = ""  # an empty key field keeps the stored key


class TranslationSettingsPage(QWidget):
    """The form; whoever shows it calls `store()`, saves the settings, then
    `apply_to_draft()`."""

    def __init__(self, settings: Settings, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document = document
        self.config = TranslationConfig.from_settings(settings)
        self._remove_key = False

        layout = QVBoxLayout(self)
        service = QGroupBox(self.tr("Translation service"))
        form = QFormLayout(service)
        self.backend_box = QComboBox()
        for info in BACKENDS.values():
            self.backend_box.addItem(core_text(info.title), info.id)
        self.backend_box.currentIndexChanged.connect(self._backend_changed)
        form.addRow(self.tr("Service"), self.backend_box)
        self.url_edit = QLineEdit()
        self.url_label = QLabel(self.tr("Server address"))
        form.addRow(self.url_label, self.url_edit)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label = QLabel(self.tr("API key"))
        form.addRow(self.key_label, self.key_edit)
        self.remove_key_button = QPushButton(self.tr("Remove stored key"))
        self.remove_key_button.clicked.connect(self._mark_key_removed)
        form.addRow("", self.remove_key_button)
        self.id_edit = QLineEdit()
        self.id_label = QLabel(self.tr("ID"))
        form.addRow(self.id_label, self.id_edit)
        self.timeout_box = QDoubleSpinBox()
        self.timeout_box.setRange(1, 300)
        self.timeout_box.setSuffix(self.tr(" s"))
        self.timeout_box.setValue(self.config.timeout)
        form.addRow(self.tr("Give up after"), self.timeout_box)
        layout.addWidget(service)

        draft_box = QGroupBox(self.tr("This draft"))
        draft_form = QFormLayout(draft_box)
        draft: Draft = document.draft
        self.source_box = self._language_box(draft.source_language or languages.AUTO, auto=True)
        draft_form.addRow(self.tr("Master written in"), self.source_box)
        self.target_boxes: dict[str, QComboBox] = {}
        for pid in PLATFORM_IDS:
            box = self._language_box(target_language(draft, pid), auto=False)
            self.target_boxes[pid] = box
            draft_form.addRow(self.tr("{name} in").format(name=get_platform(pid).name), box)
        self.hashtags_box = QCheckBox(self.tr("Translate the words of hashtags"))
        self.hashtags_box.setChecked(draft.translate_hashtags)
        draft_form.addRow("", self.hashtags_box)
        layout.addWidget(draft_box)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("SettingsMessage")
        layout.addWidget(self.message)

        index = self.backend_box.findData(self.config.backend)
        self.backend_box.setCurrentIndex(max(0, index))
        self._backend_changed()

    def _language_box(self, current: str, *, auto: bool) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)  # any code the service knows, not only the listed ones
        for code in languages.NAMES:
            if code == languages.AUTO and not auto:
                continue
            box.addItem(language_label(code), code)
        index = box.findData(current)
        if index < 0:
            box.addItem(current, current)
            index = box.count() - 1
        box.setCurrentIndex(index)
        return box

    @staticmethod
    def chosen_code(box: QComboBox) -> str:
        """The code picked, or typed (`uk`, `pt-BR`)."""
        index = box.findText(box.currentText())
        if index >= 0:
            return str(box.itemData(index))
        text = box.currentText().strip()
        if text.endswith(")") and "(" in text:
            text = text[text.rindex("(") + 1 : -1]
        return languages.normalize(text)

    @property
    def backend(self) -> str:
        return str(self.backend_box.currentData())

    def _backend_changed(self) -> None:
        info = BACKENDS[self.backend]
        self.url_edit.setText(self.config.urls.get(info.id, ""))
        self.url_edit.setPlaceholderText(
            "http://localhost:5000/"
            if info.url == "required"
            else self.tr("default: the service's own")
        )
        for widget in (self.url_label, self.url_edit):
            widget.setVisible(bool(info.url))
        needs_key = info.key != "none"
        self.key_edit.clear()
        self._remove_key = False
        for widget in (self.key_label, self.key_edit, self.remove_key_button):
            widget.setVisible(needs_key)
        self.key_label.setText(
            self.tr("API key (optional)") if info.key == "optional" else self.tr("API key")
        )
        self.message.clear()
        if needs_key:
            try:
                stored = get_api_key(info.id)
            except TranslationError as exc:
                stored = None
                self.show_message(str(exc), error=True)
            self.key_edit.setPlaceholderText(
                self.tr("stored in the system keyring; type to replace")
                if stored
                else self.tr("not set")
            )
            self.remove_key_button.setEnabled(bool(stored))
        for widget in (self.id_label, self.id_edit):
            widget.setVisible(bool(info.id_label))
        self.id_label.setText(core_text(info.id_label) if info.id_label else self.tr("ID"))
        self.id_edit.setText(self.config.ids.get(info.id, ""))

    def _mark_key_removed(self) -> None:
        self._remove_key = True
        self.key_edit.clear()
        self.key_edit.setPlaceholderText(self.tr("will be removed when you press OK"))

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #C62828;" if error else "")

    def store(self) -> bool:
        """Check the service's entries, put the key in the keyring and the rest in the
        settings, unsaved (Settings ▸ Translation saves them with its other pages); on a
        problem say what and return False."""
        info = BACKENDS[self.backend]
        url = self.url_edit.text().strip()
        if info.url == "required" and not url:
            self.show_message(
                self.tr("{service} needs the address of its server.").format(
                    service=core_text(info.title)
                ),
                error=True,
            )
            return False
        if info.id_required and not self.id_edit.text().strip():
            self.show_message(
                self.tr("{service} needs its {id_label}.").format(
                    service=core_text(info.title), id_label=core_text(info.id_label)
                ),
                error=True,
            )
            return False
        key = self.key_edit.text().strip()
        try:
            if key:
                set_api_key(info.id, key)
            elif self._remove_key:
                set_api_key(info.id, "")
        except TranslationError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.config.backend = info.id
        if info.url:
            self.config.urls[info.id] = url
        if info.id_label:
            self.config.ids[info.id] = self.id_edit.text().strip()
        self.config.timeout = float(self.timeout_box.value())
        self.config.store(self.settings)
        return True

    def apply_to_draft(self) -> None:
        document = self.document
        draft: Draft = document.draft
        source = self.chosen_code(self.source_box) or languages.AUTO
        hashtags = self.hashtags_box.isChecked()
        if source != draft.source_language or hashtags != draft.translate_hashtags:

            def change(d: Draft) -> None:
                d.source_language = source
                d.translate_hashtags = hashtags

            document.edit(change, options=True, name=self.tr("Master language"))
        for pid, box in self.target_boxes.items():
            code = self.chosen_code(box)
            if code and code != languages.AUTO:
                document.set_variant_language(pid, code)


class TranslationSettingsDialog(QDialog):
    def __init__(self, settings: Settings, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translation settings"))
        self.settings = settings
        self.page = TranslationSettingsPage(settings, document, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(9, 0, 9, 9)
        layout.addWidget(buttons)

    def apply(self) -> bool:
        """Store everything; on a problem say what and keep the dialog open."""
        if not self.page.store():
            return False
        try:
            self.settings.save()
        except Exception as exc:  # DraftError from atomic_write: the message names the file
            self.page.show_message(str(exc), error=True)
            return False
        self.page.apply_to_draft()
        self.accept()
        return True
