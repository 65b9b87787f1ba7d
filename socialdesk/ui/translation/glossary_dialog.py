"""Tools ▸ Glossary…: terms never translated and terms with a fixed translation per language.

One row per term; one column per language. An empty cell means "keep the term as it
is" in that language. Saving writes the glossary file in the data folder; a problem
(a duplicate term, a damaged file) is explained in the dialog and nothing is lost: a
damaged file is kept beside the new one.
"""

from __future__ import annotations

import shutil
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialdesk.translation import languages
from socialdesk.translation.glossary import (
    Glossary,
    GlossaryError,
    GlossaryTerm,
    default_path,
    validate,
)
from socialdesk.ui.common.core_texts import language_label

TERM_COL, CASE_COL, NOTE_COL = 0, 1, 2
FIRST_LANGUAGE_COL = 3


class GlossaryDialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None, draft_languages: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(760, 440)
        self.path = default_path()
        self.damaged = False
        try:
            self.glossary = Glossary.load(self.path)
            problem = ""
        except GlossaryError as exc:
            self.glossary = Glossary([], self.path)
            self.damaged = True
            problem = self.tr(
                "{problem}. Saving keeps a copy of the damaged file beside the new one."
            ).format(problem=exc)
        wanted = [c for c in (draft_languages or []) if c and c != languages.AUTO]
        in_file = [c for t in self.glossary.terms for c in t.translations]
        self.languages: list[str] = list(dict.fromkeys([*wanted, *in_file]))

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Terms listed here are never sent for translation. Leave a language empty to "
                "keep the term as written (brand and product names); fill it to always use "
                "that translation."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, FIRST_LANGUAGE_COL + len(self.languages))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(TERM_COL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add term"))
        self.add_button.clicked.connect(lambda: self.add_term(""))
        self.remove_button = QPushButton(self.tr("Remove term"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.language_box = QComboBox()
        for code in languages.NAMES:
            if code != languages.AUTO:
                self.language_box.addItem(language_label(code), code)
        self.add_language_button = QPushButton(self.tr("Add language"))
        self.add_language_button.clicked.connect(
            lambda: self.add_language(str(self.language_box.currentData()))
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.language_box)
        buttons.addWidget(self.add_language_button)
        layout.addLayout(buttons)

        self.message = QLabel(problem)
        self.message.setWordWrap(True)
        self.message.setObjectName("GlossaryMessage")
        self.message.setStyleSheet("color: #C62828;" if problem else "")
        layout.addWidget(self.message)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self._fill()

    # -- table ----------------------------------------------------------------------------
    def _headers(self) -> None:
        labels = [
            self.tr("Term"),
            self.tr("Match case"),
            self.tr("Note"),
            *(language_label(c) for c in self.languages),
        ]
        self.table.setHorizontalHeaderLabels(labels)

    def _fill(self) -> None:
        self.table.setRowCount(0)
        self._headers()
        for term in self.glossary.terms:
            self._add_row(term)

    def _add_row(self, term: GlossaryTerm) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, TERM_COL, QTableWidgetItem(term.term))
        case = QTableWidgetItem()
        case.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        case.setCheckState(
            Qt.CheckState.Checked if term.case_sensitive else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, CASE_COL, case)
        self.table.setItem(row, NOTE_COL, QTableWidgetItem(term.note))
        for offset, code in enumerate(self.languages):
            self.table.setItem(
                row, FIRST_LANGUAGE_COL + offset, QTableWidgetItem(term.translations.get(code, ""))
            )
        return row

    def add_term(self, text: str, translations: dict[str, str] | None = None) -> int:
        for code in translations or {}:
            self.add_language(code)
        row = self._add_row(GlossaryTerm(text, dict(translations or {})))
        self.table.setCurrentCell(row, TERM_COL)
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def add_language(self, code: str) -> None:
        code = languages.normalize(code)
        if not code or code in self.languages or code == languages.AUTO:
            return
        self.languages.append(code)
        column = self.table.columnCount()
        self.table.insertColumn(column)
        for row in range(self.table.rowCount()):
            self.table.setItem(row, column, QTableWidgetItem(""))
        self._headers()

    def terms(self) -> list[GlossaryTerm]:
        """The table as glossary terms (empty rows skipped)."""
        out = []
        for row in range(self.table.rowCount()):
            text = _cell(self.table, row, TERM_COL).strip()
            if not text:
                continue
            case_item = self.table.item(row, CASE_COL)
            case = case_item is None or case_item.checkState() == Qt.CheckState.Checked
            translations = {
                code: value
                for offset, code in enumerate(self.languages)
                if (value := _cell(self.table, row, FIRST_LANGUAGE_COL + offset).strip())
            }
            note = _cell(self.table, row, NOTE_COL).strip()
            out.append(GlossaryTerm(text, translations, case, note))
        return out

    # -- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        terms = self.terms()
        problems = validate(terms)
        if problems:
            self._problem(self.tr("Not saved: {problem}.").format(problem=problems[0]))
            return False
        if self.damaged and self.path.exists():
            try:
                shutil.copy2(
                    self.path, self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
                )
            except OSError as exc:
                self._problem(
                    self.tr("Not saved: cannot keep a copy of the damaged file ({exc}).").format(
                        exc=exc
                    )
                )
                return False
        try:
            Glossary(terms, self.path).save()
        except GlossaryError as exc:
            self._problem(str(exc))
            return False
        self.damaged = False
        self.saved.emit()
        self.accept()
        return True

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #C62828;")


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
