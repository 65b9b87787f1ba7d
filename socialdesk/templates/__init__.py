"""Post templates: Jinja2 in a sandbox, with filters that know the platforms.

Qt-free. `TemplateLibrary` finds and manages template files, `TemplateEngine`
compiles and renders them safely, `apply_template` puts the output into a draft.

The names below load on first use: listing templates and reading their headers needs
no Jinja2, so the editor window can show the template chooser without importing it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_WHERE = {
    "MASTER": "apply",
    "Applied": "apply",
    "apply_template": "apply",
    "render_for_draft": "apply",
    "Rendering": "engine",
    "TemplateEngine": "engine",
    "default_engine": "engine",
    "TemplateBudgetError": "errors",
    "TemplateError": "errors",
    "TemplateFileError": "errors",
    "TemplateSecurityError": "errors",
    "TemplateSyntaxProblem": "errors",
    "TemplateEntry": "library",
    "TemplateLibrary": "library",
    "slugify": "library",
    "Limits": "sandbox",
    "FieldSpec": "template_file",
    "PostTemplate": "template_file",
    "TemplateMeta": "template_file",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once found, an ordinary module attribute
    return value


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
