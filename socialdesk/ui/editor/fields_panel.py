"""The draft's template fields (title, link, call to action…) as an editable form."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class FieldsPanel(QWidget):
    """One line per field; edits are reported, the document owns the values."""

    field_edited = Signal(str, str)  # name, value
    field_added = Signal(str)
    field_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        header = QHBoxLayout()
        title = QLabel(self.tr("<b>Template fields</b>"))
        header.addWidget(title)
        header.addStretch(1)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+ Add field"))
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self._ask_new_field)
        header.addWidget(self.add_button)
        layout.addLayout(header)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self.form)
        self.empty_label = QLabel(
            self.tr("No fields. Templates fill {{ placeholders }} from these.")
        )
        self.empty_label.setEnabled(False)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        self.edits: dict[str, QLineEdit] = {}

    def set_fields(self, fields: dict[str, str]) -> None:
        """Show these fields; keeps the widget being typed in when only values changed."""
        if list(fields) == list(self.edits):
            for name, value in fields.items():
                edit = self.edits[name]
                if edit.text() != value:
                    edit.setText(value)
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edits = {}
        for name, value in fields.items():
            edit = QLineEdit(value)
            edit.setObjectName(f"field_{name}")
            edit.textEdited.connect(lambda text, n=name: self.field_edited.emit(n, text))
            remove = QToolButton()
            remove.setText("×")
            remove.setToolTip(self.tr("Remove the field “{name}”").format(name=name))
            remove.setAutoRaise(True)
            remove.clicked.connect(lambda _=False, n=name: self.field_removed.emit(n))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(remove)
            self.form.addRow(name, row)
            self.edits[name] = edit
        self.empty_label.setVisible(not fields)

    def ask_field_name(self) -> str | None:
        """Seam for tests: the name of a new field, or None."""
        from PySide6.QtWidgets import QInputDialog  # its class is made when first read: here

        name, ok = QInputDialog.getText(
            self, self.tr("Add field"), self.tr("Field name (letters, digits, _):")
        )
        return name.strip() if ok else None

    def _ask_new_field(self) -> None:
        name = self.ask_field_name()
        if not name:
            return
        if not FIELD_NAME.match(name):
            self.empty_label.setText(
                self.tr("“{name}” is not a field name: use letters, digits and _.").format(
                    name=name
                )
            )
            self.empty_label.setVisible(True)
            return
        if name in self.edits:
            self.edits[name].setFocus()
            return
        self.field_added.emit(name)
