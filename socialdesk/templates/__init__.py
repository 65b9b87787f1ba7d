"""Post templates: Jinja2 in a sandbox, with filters that know the platforms.

Qt-free. `TemplateLibrary` finds and manages template files, `TemplateEngine`
compiles and renders them safely, `apply_template` puts the output into a draft.
"""

from socialdesk.templates.apply import MASTER, Applied, apply_template, render_for_draft
from socialdesk.templates.engine import Rendering, TemplateEngine, default_engine
from socialdesk.templates.errors import (
    TemplateBudgetError,
    TemplateError,
    TemplateFileError,
    TemplateSecurityError,
    TemplateSyntaxProblem,
)
from socialdesk.templates.library import TemplateEntry, TemplateLibrary, slugify
from socialdesk.templates.sandbox import Limits
from socialdesk.templates.template_file import FieldSpec, PostTemplate, TemplateMeta

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
    "TemplateFileError",
    "TemplateLibrary",
    "TemplateMeta",
    "TemplateSecurityError",
    "TemplateSyntaxProblem",
    "apply_template",
    "default_engine",
    "render_for_draft",
    "slugify",
]
