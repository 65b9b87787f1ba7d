"""Translation: each platform's text in its audience's language (Qt-free).

The pieces, from the outside in:
- `fanout.translate_draft` translates a draft for all its platforms concurrently;
  `apply.apply_result` stores a result without losing the writer's work;
- `engine.TranslationEngine` does one language: masking (`masking`), sentences
  (`segments`), the translation memory (`memory`), the glossary (`glossary`);
- `base.Translator` is our interface to a service; `registry.create_translator`
  builds the configured one (`config`, keys from `keys`); every failure is an
  `errors.TranslationError`;
- `quality.check_translation` flags lost links, mentions, numbers, terms, and length.

The names below load on first use, so `from socialdesk.translation import languages`
(the window's language menus) does not import the engine, its SQLite memory or the
clients.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialdesk.lazy import lazy_names

if TYPE_CHECKING:
    from socialdesk.translation.apply import ApplyOutcome, apply_result
    from socialdesk.translation.base import Translator
    from socialdesk.translation.config import TranslationConfig
    from socialdesk.translation.engine import LanguageTranslation, TranslationEngine
    from socialdesk.translation.errors import TranslationError
    from socialdesk.translation.fanout import PlatformResult, translate_draft
    from socialdesk.translation.glossary import Glossary, GlossaryError, GlossaryTerm
    from socialdesk.translation.memory import TranslationMemory
    from socialdesk.translation.quality import QualityIssue, check_translation
    from socialdesk.translation.registry import BACKENDS, create_translator

__getattr__ = lazy_names(
    globals(),
    {
        "apply": ("ApplyOutcome", "apply_result"),
        "base": ("Translator",),
        "config": ("TranslationConfig",),
        "engine": ("LanguageTranslation", "TranslationEngine"),
        "errors": ("TranslationError",),
        "fanout": ("PlatformResult", "translate_draft"),
        "glossary": ("Glossary", "GlossaryError", "GlossaryTerm"),
        "memory": ("TranslationMemory",),
        "quality": ("QualityIssue", "check_translation"),
        "registry": ("BACKENDS", "create_translator"),
    },
)

__all__ = [
    "BACKENDS",
    "ApplyOutcome",
    "Glossary",
    "GlossaryError",
    "GlossaryTerm",
    "LanguageTranslation",
    "PlatformResult",
    "QualityIssue",
    "TranslationConfig",
    "TranslationEngine",
    "TranslationError",
    "TranslationMemory",
    "Translator",
    "apply_result",
    "check_translation",
    "create_translator",
    "translate_draft",
]
