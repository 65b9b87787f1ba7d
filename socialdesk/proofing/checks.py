"""Which proofing runs on a text, as the writer set it up (settings section "proofing")."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from socialdesk.proofing.chinese import check_script
from socialdesk.proofing.issues import ProofIssue
from socialdesk.proofing.typography import TypographyOptions, check_typography
from socialdesk.settings import Settings

SECTION = "proofing"
_CHOICES: dict[str, tuple[Any, ...]] = {
    "zh_latin_spacing": ("space", "none", "off"),
    "en_quotes": ("curly", "straight", "off"),
}


@dataclass(frozen=True)
class ProofingOptions:
    spelling: bool = True
    typography: bool = True
    chinese_script: bool = True
    rules: TypographyOptions = field(default_factory=TypographyOptions)


def proof(text: str, language: str, options: ProofingOptions | None = None) -> list[ProofIssue]:
    """Typography and Chinese-script findings for `text` in `language`, in text order."""
    options = options or ProofingOptions()
    found: list[ProofIssue] = []
    if options.chinese_script:
        found += check_script(text, language)
    if options.typography:
        found += check_typography(text, language, options.rules)
    return sorted(found, key=lambda i: (i.start, i.end))


def load_options(settings: Settings) -> ProofingOptions:
    """The saved options; a value of the wrong type or unknown choice keeps its default."""
    saved = settings.section(SECTION)
    default = ProofingOptions()
    top = {
        f.name: saved[f.name]
        for f in fields(ProofingOptions)
        if f.name != "rules" and isinstance(saved.get(f.name), bool)
    }
    rules: dict[str, Any] = {}
    for f in fields(TypographyOptions):
        value = saved.get(f.name)
        choices = _CHOICES.get(f.name)
        if (value in choices) if choices else isinstance(value, bool):
            rules[f.name] = value
    return replace(default, **top, rules=replace(default.rules, **rules))


def save_options(settings: Settings, options: ProofingOptions) -> None:
    section = settings.section(SECTION)
    for f in fields(ProofingOptions):
        if f.name != "rules":
            section[f.name] = getattr(options, f.name)
    for f in fields(TypographyOptions):
        section[f.name] = getattr(options.rules, f.name)
    settings.save()
