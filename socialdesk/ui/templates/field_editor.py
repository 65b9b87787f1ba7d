"""One field of a template's form: the right input for its type, its help, a hint when
the value is not valid, and a mark when the template needs it filled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.widgets import RED
from socialdesk.ui.templates.texts import template_text

if TYPE_CHECKING:
    from socialdesk.templates.template_file import FieldSpec

GREY = "#6E7781"


def _check_value(spec: FieldSpec, value: str) -> str:
    """Why a typed value will not work for its field type, or ""."""
    if not value.strip():
        return ""
    # here: the locale formats (and `decimal`) load with the first template field
    from socialdesk.templates.localefmt import parse_date, parse_number, parse_time

    try:
        if spec.type in ("date", "datetime"):
            parse_date(value)
        elif spec.type == "time":
            parse_time(value)
        elif spec.type in ("number", "money"):
            parse_number(value)
        elif spec.type == "url" and " " in value.strip():
            return translate("TemplateFieldsForm", "A link has no spaces")
    except ValueError as exc:
        return str(exc)[:1].upper() + str(exc)[1:]
    return ""


class FieldEditor(QWidget):
    """One field: the right input for its type, its help, and a hint when invalid."""

    edited = Signal(str, str)  # field name, value

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.input: QLineEdit | QPlainTextEdit | QComboBox
        if spec.type == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            edit.textChanged.connect(lambda: self._changed(edit.toPlainText()))
            self.input = edit
        elif spec.type == "choice":
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(choice or "—", choice)
            combo.activated.connect(lambda i: self._changed(str(combo.itemData(i))))
            self.input = combo
        else:
            line = QLineEdit()
            line.textEdited.connect(self._changed)
            self.input = line
        self.input.setObjectName(f"field_{spec.name}")
        if spec.help:
            self.input.setToolTip(template_text(spec.help))
        layout.addWidget(self.input)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        small = QFont(self.hint.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        self.hint.setFont(small)
        layout.addWidget(self.hint)
        self._programmatic = False
        self.needed = False  # a required field the post is waiting for
        self.set_value("", "")

    def set_needed(self, needed: bool) -> None:
        """Mark a required field the template cannot make the post without."""
        self.needed = needed
        self._show_hint(self.value())

    def value(self) -> str:
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        if isinstance(self.input, QComboBox):
            return str(self.input.currentData() or "")
        return self.input.text()

    def set_value(self, value: str, inherited: str) -> None:
        """Show `value`; `inherited` is what applies when it is empty (shown greyed)."""
        self._programmatic = True
        try:
            placeholder = inherited or template_text(self.spec.placeholder)
            if isinstance(self.input, QPlainTextEdit):
                if self.input.toPlainText() != value:
                    self.input.setPlainText(value)
                self.input.setPlaceholderText(placeholder)
            elif isinstance(self.input, QComboBox):
                index = self.input.findData(value or inherited or self.spec.default)
                self.input.setCurrentIndex(max(0, index))
            else:
                if self.input.text() != value:
                    self.input.setText(value)
                self.input.setPlaceholderText(placeholder)
        finally:
            self._programmatic = False
        self._show_hint(value)

    def _changed(self, value: str) -> None:
        if self._programmatic:
            return
        self._show_hint(value)
        self.edited.emit(self.spec.name, value)

    def _show_hint(self, value: str) -> None:
        problem = _check_value(self.spec, value)
        if not problem and self.needed and not value.strip():
            problem = translate("TemplateFieldsForm", "Needed: the post cannot do without it.")
        if problem:
            self.hint.setText(problem)
            self.hint.setStyleSheet(f"color: {RED};")
        else:
            self.hint.setText(template_text(self.spec.help))
            self.hint.setStyleSheet(f"color: {GREY};")
        self.hint.setVisible(bool(self.hint.text()))
        self.input.setProperty("invalid", bool(problem))
        self.input.setStyleSheet(f"border: 1px solid {RED}; border-radius: 3px;" if problem else "")
