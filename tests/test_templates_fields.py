"""Template fields say what they need: required ones stop the template with a clear
message; empty optional ones leave no trace ("Meet .", "【】", a dangling "·")."""

from __future__ import annotations

import copy
import re

import pytest

from socialdesk.draft import Draft
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.templates import (
    TemplateFieldsMissing,
    TemplateLibrary,
    apply_template,
    default_engine,
    missing_fields,
)
from socialdesk.templates.errors import TemplateSyntaxProblem
from socialdesk.templates.template_file import FieldSpec, PostTemplate, parse_header

LIBRARY = TemplateLibrary()
BUILTIN = sorted(LIBRARY.builtin_ids())
LANGUAGES = ("en", "ru", "zh-CN")

SAMPLES = {
    "text": "Aurora",
    "multiline": "Bright and smooth. Twelve hours in the making.",
    "date": "2026-12-12",
    "time": "19:00",
    "number": "6",
    "money": "12.50",
    "url": "https://aurora.example/shop",
    "tags": "coffee, berlin",
    "mention": "@aurora",
}

# what an empty part must never leave behind
ARTIFACTS = [
    (re.compile(r"【\s*[｜|]?\s*】|【\s*[｜|]|[｜|]\s*】"), "empty 【】 brackets"),
    (re.compile(r"《\s*》|（\s*）|\(\s*\)|「\s*」"), "empty brackets"),
    (re.compile(r"[ \t][.,;:!?](?=\s|$)"), "punctuation after a space"),
    (re.compile(r"[:：]\s*[（(]"), "a bracket where a part is missing"),
    (re.compile(r"[·｜|:：—–,，、]\s*$", re.MULTILINE), "a line ending in a separator"),
    (re.compile(r"^\s*[·｜|:：,，、.。]", re.MULTILINE), "a line starting with a separator"),
    (re.compile(r"\S[ \t]{2,}\S"), "a double space"),
    (re.compile(r"None|undefined|\{\{|\}\}|\{%"), "template leftovers"),
    (re.compile(r"^[^\w\n]+$", re.MULTILINE), "a line without words"),
]


def sample(spec: FieldSpec) -> str:
    if spec.type == "choice":
        return next((c for c in spec.choices if c), "")
    return SAMPLES.get(spec.type, "Aurora")


def render_everywhere(template: PostTemplate, fields: dict[str, str]) -> list[tuple[str, str]]:
    engine = default_engine()
    out = []
    for language in LANGUAGES:
        for pid in ("", *PLATFORM_IDS):
            text = engine.render(template, fields, pid or None, language).text
            out.append((f"{pid or 'master'}/{language}", text))
    return out


def artifacts(text: str) -> list[str]:
    return [f"{what}: {m.group()!r}" for pattern, what in ARTIFACTS for m in pattern.finditer(text)]


@pytest.mark.parametrize("template_id", BUILTIN)
def test_every_builtin_template_says_which_fields_it_needs(template_id: str) -> None:
    template = LIBRARY.load(template_id)
    required = [f for f in template.meta.fields if f.required]
    assert required, "a built-in template names the fields a post cannot do without"
    assert missing_fields(template, {}, LANGUAGES) == required


@pytest.mark.parametrize("template_id", BUILTIN)
def test_empty_optional_fields_leave_no_trace_in_any_language(template_id: str) -> None:
    template = LIBRARY.load(template_id)
    specs = template.meta.fields
    full = {s.name: sample(s) for s in specs}
    cases = {"only required": {s.name: sample(s) for s in specs if s.required}}
    for spec in specs:
        if not spec.required:
            cases[f"without {spec.name}"] = {k: v for k, v in full.items() if k != spec.name}
    cases["everything"] = full
    problems = []
    for case, fields in cases.items():
        for where, text in render_everywhere(template, fields):
            problems += [f"{case}, {where}: {p}\n{text}" for p in artifacts(text)]
    assert not problems, "\n\n".join(problems[:5])


def test_applying_with_a_required_field_empty_names_it_and_changes_nothing() -> None:
    draft = Draft(master="My own words", source_language="en")
    draft.fields = {"tagline": "smooth and bright"}
    before = copy.deepcopy(draft)
    with pytest.raises(TemplateFieldsMissing) as caught:
        apply_template(draft, LIBRARY.load("product-launch"), require_fields=True)
    assert caught.value.fields == ("Product",)
    assert "fill in Product" in str(caught.value)
    assert draft == before


def test_a_value_for_one_language_only_is_still_missing_in_the_others() -> None:
    template = LIBRARY.load("event")
    fields = {"event@ru": "Вечер латте-арта", "date": "2026-12-12"}
    assert [f.name for f in missing_fields(template, fields, ["ru"])] == []
    assert [f.name for f in missing_fields(template, fields, ["ru", "en"])] == ["event"]


def test_a_default_fills_a_required_field() -> None:
    header = '{#\n{"fields": {"who": {"label": "Who", "required": true, "default": "you"}}}\n#}'
    template = PostTemplate.from_source("t", header + "\nHi {{ who }}!")
    assert missing_fields(template, {}) == []


def test_required_must_be_true_or_false() -> None:
    with pytest.raises(TemplateSyntaxProblem, match="'required' must be true or false"):
        parse_header('{#\n{"fields": {"who": {"required": "yes"}}}\n#}')


def test_render_command_names_the_missing_field() -> None:
    import subprocess
    import sys

    from support import REPO

    done = subprocess.run(
        [sys.executable, "-m", "socialdesk", "render", "-t", "product-launch", "-p", "vk"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 2
    assert "needs Product (--set product=...)" in done.stderr
    assert done.stdout == ""
