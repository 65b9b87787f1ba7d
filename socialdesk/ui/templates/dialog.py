"""The Templates dialog: the built-in and the writer's templates, a code editor, and a
live preview of the post on every platform with errors (and their line) as you type.

Built-in templates open read-only; Duplicate makes an editable copy. The writer's
templates are saved as they are, errors and all, when they switch away or close.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.templates import (
    FieldSpec,
    PostTemplate,
    TemplateBudgetError,
    TemplateEngine,
    TemplateEntry,
    TemplateError,
    TemplateLibrary,
    default_engine,
)
from socialdesk.ui.cards.card import PlatformCard
from socialdesk.ui.common.screen_fit import resize_to_fit
from socialdesk.ui.common.widgets import RED
from socialdesk.ui.templates.code_editor import CodeEditor, is_dark
from socialdesk.ui.templates.texts import template_text

PREVIEW_DELAY_MS = 200
PREVIEW_SECONDS = 0.3  # per platform: a looping template must not freeze the dialog
GREEN = "#1A7F37"
PREVIEW_LANGUAGES = (
    ("audience", QT_TRANSLATE_NOOP("TemplatesDialog", "Each platform's audience")),
    ("en", QT_TRANSLATE_NOOP("TemplatesDialog", "English")),
    ("ru", QT_TRANSLATE_NOOP("TemplatesDialog", "Russian")),
    ("zh-CN", QT_TRANSLATE_NOOP("TemplatesDialog", "Chinese")),
)
ITEM_ID = Qt.ItemDataRole.UserRole


# -- preview values ----------------------------------------------------------------------

_SAMPLE_BY_TYPE = {
    "date": lambda: date.today().isoformat(),
    "datetime": lambda: date.today().isoformat() + " 18:00",
    "time": lambda: "18:00",
    "money": lambda: "49",
    "number": lambda: "5",
    "url": lambda: "https://example.com/post",
    "tags": lambda: "news, launch",
}


def preview_values(specs: list[FieldSpec], fields: Mapping[str, str]) -> dict[str, str]:
    """Values to preview a template with: the draft's, else the field's example."""
    values = dict(fields)
    for spec in specs:
        if str(values.get(spec.name, "")).strip():
            continue
        if spec.type in ("date", "datetime", "time", "money", "number", "url"):
            values[spec.name] = _SAMPLE_BY_TYPE[spec.type]()
        elif spec.type == "choice":
            values[spec.name] = spec.default or next((c for c in spec.choices if c), "")
        elif spec.name == "community":
            values[spec.name] = ""  # optional by nature: #tag@… only when given
        else:
            values[spec.name] = (
                spec.placeholder
                or spec.default
                or (_SAMPLE_BY_TYPE["tags"]() if spec.type == "tags" else f"[{spec.label}]")
            )
    return values


# -- the dialog --------------------------------------------------------------------------


def short_problem(entry: TemplateEntry, width: int = 70) -> str:
    """Why a template cannot be used, in one short line under its name in the list."""
    problem = str(entry.problem or "")
    for prefix in (f"template {entry.name!r}: ", f"template {entry.id!r}: ", f"{entry.path}: "):
        problem = problem.removeprefix(prefix)
    problem = " ".join(problem.split())
    return problem if len(problem) <= width else problem[: width - 1] + "…"


class TemplatesDialog(QDialog):
    """Manage templates and edit them with a live per-platform preview."""

    template_saved = Signal(str)  # id of a template written to disk
    templates_changed = Signal()  # the list changed (new, renamed, deleted)

    def __init__(
        self,
        library: TemplateLibrary | None = None,
        engine: TemplateEngine | None = None,
        fields: Mapping[str, str] | None = None,
        languages: Mapping[str, str] | None = None,
        select: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        self.setObjectName("TemplatesDialog")
        self.library = library or TemplateLibrary()
        self.engine = engine or default_engine()
        self.fields = dict(fields or {})
        self.languages = {
            pid: (languages or {}).get(pid) or get_platform(pid).default_language
            for pid in PLATFORM_IDS
        }
        self.current: PostTemplate | None = None
        self.dirty = False
        self.last_error: TemplateError | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self.reload_list(select)
        resize_to_fit(self, 1440, 880)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        # the list
        side = QWidget()
        side.setObjectName("TemplateSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 12, 6, 12)
        heading = QLabel(self.tr("Templates"))
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() + 3)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        side_layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("TemplateList")
        self.list.setSpacing(1)
        self.list.setWordWrap(True)  # a broken template's reason, under its name, in full
        self.list.currentItemChanged.connect(self._selection_changed)
        side_layout.addWidget(self.list, 1)
        buttons = QGridLayout()
        buttons.setSpacing(6)
        self.new_button = QPushButton(self.tr("New"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button.clicked.connect(self.duplicate_template)
        self.rename_button.clicked.connect(self.rename_template)
        self.delete_button.clicked.connect(self.delete_template)
        for i, button in enumerate(
            (self.new_button, self.duplicate_button, self.rename_button, self.delete_button)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        side_layout.addLayout(buttons)
        side.setMinimumWidth(230)
        splitter.addWidget(side)

        # the editor
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(6, 12, 6, 12)
        middle_layout.setSpacing(6)
        self.name_label = QLabel()
        name_font = QFont(self.name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() + 2)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        middle_layout.addWidget(self.name_label)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setEnabled(False)
        middle_layout.addWidget(self.description_label)
        self.banner = QLabel()
        self.banner.setObjectName("BuiltinBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#BuiltinBanner { background: rgba(9,105,218,0.10); border: 1px solid "
            "rgba(9,105,218,0.35); border-radius: 6px; padding: 6px 10px; }"
        )
        middle_layout.addWidget(self.banner)
        self.editor = CodeEditor()
        self.editor.setObjectName("TemplateEditor")
        self.editor.textChanged.connect(self._text_changed)
        middle_layout.addWidget(self.editor, 1)
        status_row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("TemplateStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row.addWidget(self.status_label, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_current)
        status_row.addWidget(self.save_button)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        status_row.addWidget(close)
        middle_layout.addLayout(status_row)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_current)
        splitter.addWidget(middle)

        # the preview
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 12)
        right_layout.setSpacing(6)
        header = QHBoxLayout()
        preview_title = QLabel(self.tr("Preview"))
        preview_title.setFont(name_font)
        header.addWidget(preview_title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Language")))
        self.language_combo = QComboBox()
        for key, label in PREVIEW_LANGUAGES:
            self.language_combo.addItem(self.tr(label), key)
        self.language_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        header.addWidget(self.language_combo)
        right_layout.addLayout(header)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.cards: dict[str, PlatformCard] = {}
        for i, pid in enumerate(PLATFORM_IDS):
            card = PlatformCard(get_platform(pid))
            # a preview only: no editing, reverting or "inherits master" state here
            card.edit_button.hide()
            card.menu_button.hide()
            card.state_label.hide()
            card.set_dark(is_dark(self))
            self.cards[pid] = card
            grid.addWidget(card, i // 2, i % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        right_layout.addWidget(scroll, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([240, 560, 640])

    # -- the list -------------------------------------------------------------------------
    def reload_list(self, select: str | None = None) -> None:
        keep = select or (self.current.id if self.current else None)
        self.list.blockSignals(True)
        self.list.clear()
        entries = self.library.entries()
        for title, group in (
            (self.tr("BUILT-IN"), [e for e in entries if e.builtin]),
            (self.tr("MY TEMPLATES"), [e for e in entries if not e.builtin]),
        ):
            header = QListWidgetItem(title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(header.font())
            font.setBold(True)
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
            header.setFont(font)
            self.list.addItem(header)
            if not group:
                hint = QListWidgetItem(self.tr("    None yet — New or Duplicate"))
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(hint)
            for entry in group:
                self.list.addItem(self._entry_item(entry))
        self.list.blockSignals(False)
        target = self._find_item(keep) or self._first_template_item()
        if target is not None:
            self.list.setCurrentItem(target)

    def _entry_item(self, entry: TemplateEntry) -> QListWidgetItem:
        shown = template_text if entry.builtin else str
        name = shown(entry.name)
        label = name if entry.problem is None else f"{name}  ⚠\n      {short_problem(entry)}"
        item = QListWidgetItem(f"  {label}")
        item.setData(ITEM_ID, entry.id)
        tip = shown(entry.description) or name
        item.setToolTip(f"{tip}\n\n{entry.problem}" if entry.problem else tip)
        return item

    def _find_item(self, template_id: str | None) -> QListWidgetItem | None:
        if template_id is None:
            return None
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ITEM_ID) == template_id:
                return item
        return None

    def _first_template_item(self) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ITEM_ID):
                return item
        return None

    def _selection_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None or not item.data(ITEM_ID):
            return
        self.save_if_needed()
        self.open_template(str(item.data(ITEM_ID)))

    def select(self, template_id: str) -> None:
        item = self._find_item(template_id)
        if item is not None:
            self.list.setCurrentItem(item)

    # -- one template ---------------------------------------------------------------------
    def open_template(self, template_id: str) -> None:
        try:
            template = self.library.load(template_id)
        except TemplateError as exc:
            self.show_status(str(exc), error=True)
            return
        self.current = template
        self._loading = True
        self.editor.setPlainText(template.source)
        self._loading = False
        self.editor.setReadOnly(template.builtin)
        self.dirty = False
        shown = template_text if template.builtin else str
        self.name_label.setText(shown(template.name))
        self.description_label.setText(shown(template.meta.description))
        self.description_label.setVisible(bool(template.meta.description))
        self.banner.setText(
            self.tr("Built-in template: read-only. Duplicate it to make your own version.")
            if template.builtin
            else self.tr("Your template. Changes are saved when you switch templates or close.")
        )
        self.duplicate_button.setEnabled(True)
        self.rename_button.setEnabled(not template.builtin)
        self.delete_button.setEnabled(not template.builtin)
        self.save_button.setEnabled(False)
        self.refresh_preview()

    def _text_changed(self) -> None:
        if self._loading or self.current is None or self.current.builtin:
            return
        self.dirty = True
        self.save_button.setEnabled(True)
        self._timer.start()

    def editing_template(self) -> PostTemplate | None:
        if self.current is None:
            return None
        return self.current.with_source(self.editor.toPlainText())

    def refresh_preview(self) -> None:
        """Render the editor's text for every platform; show the first error and its line."""
        self._timer.stop()
        template = self.editing_template()
        if template is None:
            return
        self.last_error = None
        try:
            self.engine.check(template)
        except TemplateError as exc:
            self._show_error(exc)
            for card in self.cards.values():
                card.set_notice(self.tr("Not updated: the template has an error"), "error")
            return
        specs = self.engine.fields(template)
        values = preview_values(specs, self.fields)
        choice = self.language_combo.currentData()
        for pid, card in self.cards.items():
            language = self.languages[pid] if choice == "audience" else str(choice)
            try:
                result = self.engine.render(
                    template, values, pid, language, seconds=PREVIEW_SECONDS
                )
            except TemplateError as exc:
                if self.last_error is None:
                    self._show_error(exc, pid)
                card.set_notice(
                    self.tr("Not rendered: {message}").format(message=exc.message), "error"
                )
                if isinstance(exc, TemplateBudgetError):
                    break  # the others would hang just as long
                continue
            card.set_notice("")
            card.set_text(result.text, get_platform(pid).limit)
            card.language_label.setText(result.language)
        if self.last_error is None:
            self.editor.mark_error_line(None)
            names = ", ".join(spec.name for spec in specs) or self.tr("none")
            self.show_status(
                self.tr("✓ No problems. Fields: {names}").format(names=names), error=False
            )

    def _show_error(self, exc: TemplateError, pid: str | None = None) -> None:
        self.last_error = exc
        self.editor.mark_error_line(exc.line)
        kind = {
            "syntax": self.tr("Syntax error"),
            "security": self.tr("Blocked"),
            "budget": self.tr("Stopped"),
        }.get(exc.kind, self.tr("Error"))
        where = self.tr(" on line {line}").format(line=exc.line) if exc.line else ""
        platform = (
            self.tr(" (rendering for {platform})").format(platform=get_platform(pid).name)
            if pid
            else ""
        )
        self.show_status(f"{kind}{where}{platform}: {exc.message}", error=True)

    def show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {RED if error else GREEN};")

    # -- saving and managing --------------------------------------------------------------
    def save_current(self) -> bool:
        if self.current is None or self.current.builtin or not self.dirty:
            return True
        try:
            saved = self.library.save(self.current.id, self.editor.toPlainText())
        except TemplateError as exc:
            self.show_error(self.tr("Cannot save the template"), str(exc))
            return False
        self.current = saved
        self.dirty = False
        self.save_button.setEnabled(False)
        self.name_label.setText(saved.name)
        item = self._find_item(saved.id)
        if item is not None:
            item.setText(f"  {saved.name}")
        self.template_saved.emit(saved.id)
        return True

    def save_if_needed(self) -> None:
        if self.dirty:
            self.save_current()

    def new_template(self) -> None:
        name = self.ask_name(
            self.tr("New template"), self.tr("Name of the new template:"), self.tr("My template")
        )
        if not name:
            return
        self._manage(lambda: self.library.create(name))

    def duplicate_template(self) -> None:
        if self.current is None:
            return
        self.save_if_needed()
        name = self.ask_name(
            self.tr("Duplicate template"),
            self.tr("Name of the copy:"),
            self.tr("{name} (copy)").format(name=self.current.name),
        )
        if not name:
            return
        source_id = self.current.id
        self._manage(lambda: self.library.duplicate(source_id, name))

    def rename_template(self) -> None:
        if self.current is None or self.current.builtin:
            return
        self.save_if_needed()
        name = self.ask_name(self.tr("Rename template"), self.tr("New name:"), self.current.name)
        if not name or name == self.current.name:
            return
        current_id = self.current.id
        self._manage(lambda: self.library.rename(current_id, name))

    def delete_template(self) -> None:
        if self.current is None or self.current.builtin:
            return
        if not self.confirm_delete(self.current.name):
            return
        try:
            self.library.delete(self.current.id)
        except TemplateError as exc:
            self.show_error(self.tr("Cannot delete the template"), str(exc))
            return
        self.current, self.dirty = None, False
        self.reload_list()
        self.templates_changed.emit()

    def _manage(self, change: object) -> None:
        try:
            template = change()  # type: ignore[operator]
        except TemplateError as exc:
            self.show_error(self.tr("Templates"), str(exc))
            return
        self.dirty = False
        self.reload_list(template.id)
        self.templates_changed.emit()
        self.template_saved.emit(template.id)

    def done(self, result: int) -> None:
        self.save_if_needed()
        self._timer.stop()
        super().done(result)

    # -- seams (tests replace these) ------------------------------------------------------
    def ask_name(self, title: str, label: str, default: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, text=default)
        return name.strip() if ok and name.strip() else None

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete “{name}”? It is moved to the templates/.deleted folder.").format(
                name=name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
