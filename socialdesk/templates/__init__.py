"""Post templates: Jinja2 in a sandbox, with filters that know the platforms.

Qt-free. `TemplateLibrary` finds and manages template files, `TemplateEngine`
compiles and renders them safely, `apply_template` puts the output into a draft.

The names below load on first use: listing templates and reading their headers needs
no Jinja2, so the editor window can show the template chooser without importing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialdesk.lazy import lazy_names

if TYPE_CHECKING:
    from socialdesk.templates.apply import (
        MASTER,
        Applied,
        apply_template,
        missing_fields,
        render_for_draft,
    )
    from socialdesk.templates.engine import Rendering, TemplateEngine, default_engine
    from socialdesk.templates.errors import (
        TemplateBudgetError,
        TemplateError,
        TemplateFieldsMissing,
        TemplateFileError,
        TemplateSecurityError,
        TemplateSyntaxProblem,
    )
    from socialdesk.templates.library import TemplateEntry, TemplateLibrary, slugify
    from socialdesk.templates.sandbox import Limits
    from socialdesk.templates.template_file import FieldSpec, PostTemplate, TemplateMeta

__getattr__ = lazy_names(
    globals(),
    {
        "apply": ("MASTER", "Applied", "apply_template", "missing_fields", "render_for_draft"),
        "engine": ("Rendering", "TemplateEngine", "default_engine"),
        "errors": (
            "TemplateBudgetError",
            "TemplateError",
            "TemplateFieldsMissing",
            "TemplateFileError",
            "TemplateSecurityError",
            "TemplateSyntaxProblem",
        ),
        "library": ("TemplateEntry", "TemplateLibrary", "slugify"),
        "sandbox": ("Limits",),
        "template_file": ("FieldSpec", "PostTemplate", "TemplateMeta"),
    },
)

__all__ = [
    "MASTER",
    "Applied",
    "FieldSpec",
    "Limits",
    "PostTemplate",
    "Rendering",
    "TemplateBudgetError",
    "TemplateEngine",
    "TemplateEntry",
    "TemplateError",
    "TemplateFieldsMissing",
    "TemplateFileError",
    "TemplateLibrary",
    "TemplateMeta",
    "TemplateSecurityError",
    "TemplateSyntaxProblem",
    "apply_template",
    "default_engine",
    "missing_fields",
    "render_for_draft",
    "slugify",
]
