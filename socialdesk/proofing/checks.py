"""Which proofing runs on a text, as the writer set it up (settings section "proofing").

The checks themselves (typography, Chinese script: their patterns take ~20 ms to
compile) are imported by the first `proof()`, after the window's first paint, not
by the window's menus that only show these options.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

from socialdesk.proofing.issues import ProofIssue
from socialdesk.settings import Settings

SECTION = "proofing"
_CHOICES: dict[str, tuple[Any, ...]] = {
    "zh_latin_spacing": ("space", "none", "off"),
    "en_quotes": ("curly", "straight", "off"),
}


@dataclass(frozen=True)
class TypographyOptions:
    """The typography house rules (socialdesk/proofing/typography.py checks them)."""

    zh_fullwidth_punctuation: bool = True
    # "space": 用 iPhone 拍 (the common house rule); "none": 用iPhone拍; "off": not checked
    zh_latin_spacing: Literal["space", "none", "off"] = "space"
    ru_quotes: bool = True
    ru_dashes: bool = True
    en_quotes: Literal["curly", "straight", "off"] = "curly"


@dataclass(frozen=True)
class ProofingOptions:
    spelling: bool = True
    typography: bool = True
    chinese_script: bool = True
    rules: TypographyOptions = field(default_factory=TypographyOptions)


def proof(text: str, language: str, options: ProofingOptions | None = None) -> list[ProofIssue]:
    """Typography and Chinese-script findings for `text` in `language`, in text order."""
    from socialdesk.proofing.chinese import check_script
    from socialdesk.proofing.typography import check_typography

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
