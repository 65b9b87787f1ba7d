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

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.templates.errors import TemplateError
from socialdesk.translation.languages import base_language
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.widgets import RED
from socialdesk.ui.shell.document import DraftDocument
from socialdesk.ui.templates.field_editor import GREY, FieldEditor
from socialdesk.ui.templates.texts import template_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialdesk.templates.engine import TemplateEngine
    from socialdesk.templates.library import TemplateLibrary
    from socialdesk.templates.template_file import FieldSpec, PostTemplate

APPLY_DELAY_MS = 60  # coalesce a burst of keystrokes into one render
RENDER_SECONDS = 0.5
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("TemplateFieldsForm", "English"),
    "ru": QT_TRANSLATE_NOOP("TemplateFieldsForm", "Russian"),
    "zh": QT_TRANSLATE_NOOP("TemplateFieldsForm", "Chinese"),
}
NO_TEMPLATE = ""


class TemplateFieldsForm(QWidget):
    """The template chooser and the form of the chosen template's fields."""

    manage_requested = Signal()
    template_changed = Signal(str)  # the draft's template id ("" for none)
    applied = Signal()
    needs_fields = Signal(list)  # labels of required fields still empty ([] when none)

    def __init__(
        self,
        document: DraftDocument,
        library: TemplateLibrary | None = None,
        engine: TemplateEngine | None = None,
        parent: QWidget | None = None,
        list_later: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        """`list_later(callback)`: when to list the templates for the chooser if the draft
        uses none (the window: after its first paint, which then reads no template file)."""
        super().__init__(parent)
        self.setObjectName("TemplateFieldsForm")
        self.document = document
        self._library = library
        self._listed = False  # whether the chooser lists the templates yet
        self._engine = engine
        self.template: PostTemplate | None = None
        self.previous: dict[str, str] | None = None  # what the last render produced
        self.editors: dict[str, FieldEditor] = {}
        self.language = ""  # "" edits the value for every language; "ru" edits name@ru
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_DELAY_MS)
        self._timer.timeout.connect(self._apply_after_typing)
        self.keep_origins: tuple[str, ...] = ()  # variant origins the template leaves alone
        self._edited_key = ""  # the field typed in last
        self._missing: list[str] = []  # required fields still empty
        self._busy = False  # changing the draft ourselves: don't follow our own echo
        self.document.fields_changed.connect(self._follow_fields)
        self._build()
        if list_later is None or document.draft.template:
            self.refresh_templates()
        else:
            list_later(self.refresh_templates)
        self.reload()

    @property
    def library(self) -> TemplateLibrary:
        """The templates on disk (the module, its dataclasses and patterns, loaded when
        first needed: not for the first paint of a draft without a template)."""
        if self._library is None:
            from socialdesk.templates.library import TemplateLibrary

            self._library = TemplateLibrary()
        return self._library

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
        self.template_combo.addItem(self.tr("None — write freely"), NO_TEMPLATE)
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
        self._listed = True
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
        if template_id and not self._listed:
            self.refresh_templates()  # after the first paint, unless a template comes sooner
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
        self.keep_origins = ()
        self._check_missing()
        self.template_changed.emit(self.template.id if self.template else NO_TEMPLATE)

    def _follow_fields(self) -> None:
        """The fields changed under the form (Undo, Redo, a restored version)."""
        if self._busy:
            return
        current = self.template.id if self.template else NO_TEMPLATE
        if (self.document.draft.template or NO_TEMPLATE) != current:
            self.reload()
            return
        self._show_values()
        if self.template is not None:
            from socialdesk.templates.apply import render_for_draft

            try:  # what the template makes of these fields: texts that differ were edited
                self.previous = render_for_draft(
                    self.template, self.document.draft, engine=self.engine, seconds=RENDER_SECONDS
                )
            except TemplateError:
                self.previous = None
        self._check_missing()

    def _check_missing(self) -> None:
        if self.template is None:
            self._show_missing([])
            return
        from socialdesk.templates.apply import draft_languages, missing_fields

        draft = self.document.draft
        missing = missing_fields(self.template, draft.fields, draft_languages(draft))
        self._show_missing([spec.label for spec in missing])

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
            label = QLabel(template_text(spec.label) + (" *" if spec.required else ""))
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
        """The writer picked a template ("" for none) for this draft: one undo step."""
        draft = self.document.draft
        if template_id == (draft.template or NO_TEMPLATE):
            return True
        if not template_id:
            self.document.edit(
                lambda d: setattr(d, "template", None),
                fields=True,
                name=self.tr("No template"),
            )
            self.template, self.previous = None, None
            self._rebuild_form([])
            self.language_combo.setVisible(False)
            self.show_status(self.tr("No template: the texts stay as they are."), error=False)
            self.needs_fields.emit([])
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
        keep = self._ask_about_edits()
        if keep is None:
            self._select_in_combo(draft.template)
            return False
        name = self.tr("Apply template “{name}”").format(name=template_text(template.name))
        self.document.checkpoint.emit("template", template.name)  # the texts it replaces
        with self.document.step_group(name), self._changing():
            if not self._keep_existing_text(specs):
                self._select_in_combo(draft.template)
                return False
            self.document.edit(
                lambda d: setattr(d, "template", template.id), fields=True, name=name
            )
            self.template, self.previous, self.keep_origins = template, None, keep
            self._select_in_combo(template.id)
            self._fill_languages()
            self._rebuild_form(specs)
            self.template_changed.emit(template.id)
            applied = self.apply_now(name=name)
        return applied or bool(self._missing)

    def _ask_about_edits(self) -> tuple[str, ...] | None:
        """Platforms whose text the writer edited by hand: keep them, or replace them
        with the template's? ("edited",) keeps, () replaces, None cancels."""
        draft = self.document.draft
        edited = [
            pid
            for pid in draft.enabled_platforms()
            if draft.variants[pid].origin == "edited" and (draft.variants[pid].text or "").strip()
        ]
        if not edited:
            return ()
        answer = self.ask_keep_edits(edited)
        if answer == "cancel":
            return None
        return ("edited",) if answer == "keep" else ()

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
        self._edited_key = self.key_for(name)
        with self._changing():
            self.document.set_field(self._edited_key, value)
        self._timer.start()

    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        busy, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = busy

    def _apply_after_typing(self) -> None:
        # the post re-filled from a field is part of typing in that field: one step
        key = self._edited_key
        self.apply_now(merge_key=f"field:{key}" if key else None)

    def apply_now(self, name: str = "", merge_key: str | None = None) -> bool:
        """Render the template into the draft; on failure the draft is left as it was."""
        self._timer.stop()
        template = self.template
        if template is None:
            return False
        from socialdesk.templates.apply import MASTER, apply_template
        from socialdesk.templates.errors import TemplateFieldsMissing

        results: list[Any] = []

        def change(draft: Any) -> None:
            results.append(
                apply_template(
                    draft,
                    template,
                    previous=self.previous,
                    keep_origins=self.keep_origins,
                    engine=self.engine,
                    seconds=RENDER_SECONDS,
                    require_fields=True,
                )
            )

        enabled = self.document.draft.enabled_platforms()
        step = name or self.tr("Apply template “{name}”").format(name=template_text(template.name))
        try:
            with self._changing():
                self.document.edit(
                    change,
                    master=True,
                    variants=enabled,
                    fields=True,
                    name=step,
                    merge_key=merge_key,
                    size=1 if merge_key else None,
                )
        except TemplateFieldsMissing as exc:
            self._show_missing(list(exc.fields))
            return False
        except TemplateError as exc:
            self.show_status(self._describe(exc), error=True)
            return False
        self._show_missing([])
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

    def _show_missing(self, labels: list[str]) -> None:
        """Required fields still empty: marked in the form and said on the cards; the
        texts stay as they are until they are filled."""
        self._missing = labels
        specs = {spec.name: spec for spec in (self.template.meta.fields if self.template else ())}
        for field_name, editor in self.editors.items():
            spec = specs.get(field_name)
            editor.set_needed(spec is not None and spec.required and spec.label in labels)
        if labels:
            shown = ", ".join(template_text(label) for label in labels)
            self.show_status(
                self.tr(
                    "Fill in {fields} to make the post; the texts stay as they are until then."
                ).format(fields=shown),
                error=False,
            )
        self.needs_fields.emit([template_text(label) for label in labels])

    def show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.status_label.setStyleSheet(f"color: {RED if error else GREY};")

    # -- seams (tests replace these) ------------------------------------------------------
    # QMessageBox is imported as a question opens: PySide makes a class (and its enum
    # types) when its name is first read, and this form is built before the first paint.
    def ask_keep_edits(self, pids: list[str]) -> str:
        """ "keep", "replace" or "cancel": what to do with texts the writer edited."""
        from PySide6.QtWidgets import QMessageBox

        names = ", ".join(get_platform(pid).name for pid in pids)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep your own texts?"))
        box.setText(
            self.tr(
                "You wrote the text for {names} yourself. The template would replace it."
            ).format(names=names)
        )
        box.setInformativeText(self.tr("Keep your texts and let the template fill the rest?"))
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Replace them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "replace" if clicked is replace else "cancel"

    def ask_replace_text(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Use this template?"),
            self.tr(
                "This template has no field for your current text, so it will replace it. "
                "Continue? (Edit ▸ Undo brings it back.)"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


# -- the main window hook -----------------------------------------------------------------


__all__ = ["TemplateFieldsForm"]
