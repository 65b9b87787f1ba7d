"""Choosing a template for the draft, and the form of the fields it uses.

The form is built from the template itself (declared fields with labels and help,
plus any other name the text reads). Every edit is stored in the draft's fields and
re-renders the template into the master and the platform texts, so every card follows
live. Texts the writer changed by hand since the last render are kept, and a
template that fails leaves the draft as it was and says why, with the line.

`install_templates(window)` (templates/install.py) hooks this, and the Templates dialog,
into the main window.
The chooser lists templates from their files' headers; Jinja2 and the compiling of a
template wait until a draft uses one (only that one is compiled).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.templates.errors import TemplateError
from socialdesk.templates.library import TemplateLibrary
from socialdesk.templates.localefmt import base_language, parse_date, parse_number, parse_time
from socialdesk.templates.template_file import FieldSpec, PostTemplate
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.widgets import RED
from socialdesk.ui.shell.document import DraftDocument
from socialdesk.ui.templates.texts import template_text

if TYPE_CHECKING:
    from socialdesk.templates.engine import TemplateEngine

APPLY_DELAY_MS = 60  # coalesce a burst of keystrokes into one render
RENDER_SECONDS = 0.5
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("TemplateFieldsForm", "English"),
    "ru": QT_TRANSLATE_NOOP("TemplateFieldsForm", "Russian"),
    "zh": QT_TRANSLATE_NOOP("TemplateFieldsForm", "Chinese"),
}
NO_TEMPLATE = ""
GREY = "#6E7781"


def _check_value(spec: FieldSpec, value: str) -> str:
    """Why a typed value will not work for its field type, or ""."""
    if not value.strip():
        return ""
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
        self.set_value("", "")

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
        if problem:
            self.hint.setText(problem)
            self.hint.setStyleSheet(f"color: {RED};")
        else:
            self.hint.setText(template_text(self.spec.help))
            self.hint.setStyleSheet(f"color: {GREY};")
        self.hint.setVisible(bool(self.hint.text()))
        self.input.setProperty("invalid", bool(problem))
        self.input.setStyleSheet(f"border: 1px solid {RED}; border-radius: 3px;" if problem else "")


class TemplateFieldsForm(QWidget):
    """The template chooser and the form of the chosen template's fields."""

    manage_requested = Signal()
    template_changed = Signal(str)  # the draft's template id ("" for none)
    applied = Signal()

    def __init__(
        self,
        document: DraftDocument,
        library: TemplateLibrary | None = None,
        engine: TemplateEngine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateFieldsForm")
        self.document = document
        self.library = library or TemplateLibrary()
        self._engine = engine
        self.template: PostTemplate | None = None
        self.previous: dict[str, str] | None = None  # what the last render produced
        self.editors: dict[str, FieldEditor] = {}
        self.language = ""  # "" edits the value for every language; "ru" edits name@ru
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_DELAY_MS)
        self._timer.timeout.connect(self.apply_now)
        self._build()
        self.refresh_templates()
        self.reload()

    @property
    def engine(self) -> TemplateEngine:
        """The template engine, made (Jinja2 imported) when a template is first used."""
        if self._engine is None:
            from socialdesk.templates.engine import default_engine

            self._engine = default_engine()
        return self._engine

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        label = QLabel(self.tr("<b>Template</b>"))
        top.addWidget(label)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("TemplateChooser")
        self.template_combo.setMinimumContentsLength(18)
        self.template_combo.activated.connect(
            lambda i: self.choose(str(self.template_combo.itemData(i) or NO_TEMPLATE))
        )
        top.addWidget(self.template_combo, 1)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("FieldLanguage")
        self.language_combo.setToolTip(
            self.tr("Give a field a different value for one audience, e.g. the Russian text for VK")
        )
        self.language_combo.activated.connect(
            lambda i: self.set_language(str(self.language_combo.itemData(i)))
        )
        top.addWidget(self.language_combo)
        self.manage_button = QPushButton(self.tr("Templates…"))
        self.manage_button.clicked.connect(self.manage_requested.emit)
        top.addWidget(self.manage_button)
        layout.addLayout(top)

        self.fields_host = QWidget()
        self.form = QFormLayout(self.fields_host)
        self.form.setContentsMargins(0, 4, 4, 4)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.fields_host)
        layout.addWidget(self.scroll, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("TemplateFormStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

    # -- the list of templates ------------------------------------------------------------
    def refresh_templates(self) -> None:
        current = self.template.id if self.template else self.document.draft.template
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("None — write freely"), NO_TEMPLATE)
        entries = self.library.entries(check=False)  # a broken one says so when chosen
        for builtin, group in ((True, self.tr("Built-in")), (False, self.tr("Mine"))):
            rows = [e for e in entries if e.builtin == builtin]
            if not rows:
                continue
            self.template_combo.insertSeparator(self.template_combo.count())
            for entry in rows:
                shown = template_text if entry.builtin else str
                self.template_combo.addItem(shown(entry.name), entry.id)
                index = self.template_combo.count() - 1
                tip = f"{group}: {shown(entry.description)}" if entry.description else group
                if entry.problem:
                    tip += f"\n⚠ {entry.problem}"
                self.template_combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self._select_in_combo(current)
        self.template_combo.blockSignals(False)

    def _select_in_combo(self, template_id: str | None) -> None:
        index = self.template_combo.findData(template_id or NO_TEMPLATE)
        self.template_combo.setCurrentIndex(max(0, index))

    # -- following the draft --------------------------------------------------------------
    def reload(self) -> None:
        """Show the draft's template and values (a draft was opened or replaced)."""
        self._timer.stop()
        draft = self.document.draft
        self.template = None
        self.previous = None
        if draft.template:
            try:
                self.template = self.library.load(draft.template)
            except TemplateError as exc:
                self._select_in_combo(None)
                self._rebuild_form([])
                self.show_status(
                    self.tr(
                        "This draft was made with the template “{template}”, which is "
                        "not available ({problem}). Its texts are unchanged."
                    ).format(template=draft.template, problem=exc.message),
                    error=True,
                )
                self.template_changed.emit(NO_TEMPLATE)
                return
            # what the template makes of the saved fields: texts that differ were edited
            from socialdesk.templates.apply import render_for_draft

            try:
                self.previous = render_for_draft(
                    self.template, draft, engine=self.engine, seconds=RENDER_SECONDS
                )
            except TemplateError:
                self.previous = None
        self._fill_languages()
        self._select_in_combo(draft.template)
        self._rebuild_form(self.engine.fields(self.template) if self.template else [])
        self.show_status("", error=False)
        self.template_changed.emit(self.template.id if self.template else NO_TEMPLATE)

    def _fill_languages(self) -> None:
        draft = self.document.draft
        by_language: dict[str, list[str]] = {}
        for pid in PLATFORM_IDS:
            lang = base_language(draft.variants[pid].language)
            by_language.setdefault(lang, []).append(get_platform(pid).name)
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("Same in every language"), "")
        for lang, names in by_language.items():
            name = self.tr(LANGUAGE_NAMES[lang]) if lang in LANGUAGE_NAMES else lang
            self.language_combo.addItem(
                self.tr("{name} only ({join})").format(name=name, join=", ".join(names)), lang
            )
        index = self.language_combo.findData(self.language)
        if index < 0:
            self.language = ""
            index = 0
        self.language_combo.setCurrentIndex(index)
        self.language_combo.setVisible(self.template is not None)

    def _rebuild_form(self, specs: list[FieldSpec]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        for spec in specs:
            editor = FieldEditor(spec)
            editor.edited.connect(self._field_edited)
            label = QLabel(template_text(spec.label))
            label.setToolTip(template_text(spec.help) or spec.name)
            self.form.addRow(label, editor)
            self.editors[spec.name] = editor
        self.scroll.setVisible(bool(specs))
        self._show_values()

    def _show_values(self) -> None:
        fields = self.document.draft.fields
        for name, editor in self.editors.items():
            base = fields.get(name, "")
            if self.language:
                editor.set_value(fields.get(f"{name}@{self.language}", ""), base)
            else:
                editor.set_value(base, "")

    def set_language(self, language: str) -> None:
        """Edit the values for every language (""), or the override for one ("ru")."""
        self.language = language
        index = self.language_combo.findData(language)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.setCurrentIndex(index)
        self._show_values()

    def key_for(self, name: str) -> str:
        return f"{name}@{self.language}" if self.language else name

    # -- choosing and applying ------------------------------------------------------------
    def choose(self, template_id: str) -> bool:
        """The writer picked a template ("" for none) for this draft."""
        draft = self.document.draft
        if template_id == (draft.template or NO_TEMPLATE):
            return True
        if not template_id:
            self.document.edit(lambda d: setattr(d, "template", None), fields=True)
            self.template, self.previous = None, None
            self._rebuild_form([])
            self.language_combo.setVisible(False)
            self.show_status(self.tr("No template: the texts stay as they are."), error=False)
            self.template_changed.emit(NO_TEMPLATE)
            return True
        try:
            template = self.library.load(template_id)
            self.engine.check(template)
        except TemplateError as exc:
            self._select_in_combo(draft.template)
            self.show_status(
                self.tr("Cannot use this template: {problem}").format(problem=exc), error=True
            )
            return False
        specs = self.engine.fields(template)
        if not self._keep_existing_text(specs):
            self._select_in_combo(draft.template)
            return False
        self.template, self.previous = template, None
        self._select_in_combo(template.id)
        self._fill_languages()
        self._rebuild_form(specs)
        self.template_changed.emit(template.id)
        return self.apply_now()

    def _keep_existing_text(self, specs: list[FieldSpec]) -> bool:
        """Choosing a template must not throw away what the writer wrote: the master text
        moves into the template's first empty multi-line field, or the writer confirms."""
        draft = self.document.draft
        if not draft.master.strip() or draft.template:
            return True
        fields = draft.fields
        target = next(
            (s for s in specs if s.type == "multiline" and not fields.get(s.name, "").strip()),
            None,
        )
        if target is not None:
            self.document.set_field(target.name, draft.master)
            return True
        return self.ask_replace_text()

    def _field_edited(self, name: str, value: str) -> None:
        self.document.set_field(self.key_for(name), value)
        self._timer.start()

    def apply_now(self) -> bool:
        """Render the template into the draft; on failure the draft is left as it was."""
        self._timer.stop()
        template = self.template
        if template is None:
            return False
        from socialdesk.templates.apply import MASTER, apply_template

        results: list[Any] = []

        def change(draft: Any) -> None:
            results.append(
                apply_template(
                    draft,
                    template,
                    previous=self.previous,
                    engine=self.engine,
                    seconds=RENDER_SECONDS,
                )
            )

        enabled = self.document.draft.enabled_platforms()
        try:
            self.document.edit(change, master=True, variants=enabled, fields=True)
        except TemplateError as exc:
            self.show_status(self._describe(exc), error=True)
            return False
        applied = results[0]
        self.previous = applied.texts
        kept = [
            self.tr("the master text") if part == MASTER else get_platform(part).name
            for part in applied.kept
        ]
        if kept:
            self.show_status(
                self.tr(
                    "Kept your own edits of {parts}; revert a card to let the "
                    "template fill it again."
                ).format(parts=", ".join(kept)),
                error=False,
            )
        else:
            self.show_status("", error=False)
        self.applied.emit()
        return True

    @staticmethod
    def _describe(exc: TemplateError) -> str:
        where = (
            translate("TemplateFieldsForm", " (line {line})").format(line=exc.line)
            if exc.line
            else ""
        )
        return translate(
            "TemplateFieldsForm",
            "The template could not fill the post{where}: {problem}. Nothing was changed.",
        ).format(where=where, problem=exc.message)

    def show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.status_label.setStyleSheet(f"color: {RED if error else GREY};")

    # -- seams (tests replace these) ------------------------------------------------------
    def ask_replace_text(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Use this template?"),
            self.tr(
                "This template has no field for your current text, so it will replace it. "
                "Continue? (Edit ▸ Undo does not bring it back.)"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


# -- the main window hook -----------------------------------------------------------------


__all__ = ["TemplateFieldsForm"]
