"""Templates in the main window: `install_templates(window)` puts the template chooser
and fields form above the window's free fields panel and adds Tools ▸ Templates…; the
Templates dialog loads when the writer first opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from socialdesk.platforms import PLATFORM_IDS
from socialdesk.templates.errors import TemplateError
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.editor.folding import pane_index
from socialdesk.ui.templates.fields_form import NO_TEMPLATE, TemplateFieldsForm


def install_templates(window: Any) -> TemplateFieldsForm:
    """Template chooser and fields above the window's free fields panel; Tools ▸ Templates…"""
    existing = getattr(window, "templates_form", None)
    if isinstance(existing, TemplateFieldsForm):
        return existing
    form = TemplateFieldsForm(window.document, parent=window, list_later=window.after_first_paint)
    window.templates_form = form
    window.editor_splitter.insertWidget(1, form)
    window.editor_splitter.setStretchFactor(1, 2)

    def show_free_fields(template_id: str) -> None:
        # the window's own panel edits free-form fields; a template brings its own form
        window.fields_panel.setVisible(not template_id)
        splitter = window.editor_splitter
        sizes = splitter.sizes()
        index = pane_index(splitter, form)
        total = sum(sizes)
        wanted = int(total * 0.45) if template_id else form.minimumSizeHint().height()
        if total and (sizes[index] < wanted if template_id else sizes[index] > wanted):
            sizes[index] = wanted
            sizes[0] = max(1, total - sum(s for i, s in enumerate(sizes) if i != 0))
            splitter.setSizes(sizes)

    form.template_changed.connect(show_free_fields)
    form.needs_fields.connect(lambda labels: _show_needed_on_cards(window, labels))
    show_free_fields(form.template.id if form.template else NO_TEMPLATE)
    window.document.draft_replaced.connect(form.reload)

    def open_dialog() -> Any:
        from socialdesk.ui.templates.dialog import TemplatesDialog

        draft = window.document.draft
        dialog = TemplatesDialog(
            library=form.library,
            engine=form.engine,
            fields=draft.fields,
            languages={pid: draft.variants[pid].language for pid in PLATFORM_IDS},
            select=draft.template,
            parent=window,
        )
        dialog.templates_changed.connect(form.refresh_templates)
        dialog.template_saved.connect(lambda template_id: _template_saved(form, template_id))
        window.templates_dialog = dialog
        dialog.open()
        return dialog

    window.open_templates_dialog = open_dialog
    form.manage_requested.connect(open_dialog)
    action = QAction(translate("FieldsForm", "&Templates…"), window)
    action.setToolTip(
        translate("FieldsForm", "Manage templates: edit them with a live preview on every platform")
    )
    action.triggered.connect(open_dialog)
    window.menus["tools"].addAction(action)
    window.toolbar.addAction(action)
    window.templates_action = action
    return form


def _template_saved(form: TemplateFieldsForm, template_id: str) -> None:
    """A template changed on disk: refresh the list; re-render if the draft uses it."""
    form.refresh_templates()
    if form.template is not None and form.template.id == template_id:
        try:
            form.template = form.library.load(template_id)
        except TemplateError as exc:
            form.show_status(str(exc), error=True)
            return
        form._rebuild_form(form.engine.fields(form.template))
        form.apply_now()


def _show_needed_on_cards(window: Any, labels: list[str]) -> None:
    """The cards say which required fields the template still waits for (and stop
    saying it once they are filled), rather than showing a post with holes."""
    shown = getattr(window, "_needed_notice", False)
    if not labels and not shown:
        return  # never clear a notice another feature put there
    text = (
        translate("FieldsForm", "Fill in {fields} in the template form to make this post.").format(
            fields=", ".join(labels)
        )
        if labels
        else ""
    )
    for card in window.cards.values():
        card.set_notice(text, "warning")
    window._needed_notice = bool(labels)
