"""A template file: Jinja text with an optional JSON header inside a leading comment.

    {#
    {
      "name": "Product launch",
      "description": "A new product: what it is, why it matters, where to get it.",
      "languages": ["en", "ru", "zh"],
      "fields": {
        "product": {"label": "Product name", "placeholder": "Aurora Cold Brew",
                    "required": true},
        "date": {"label": "On sale from", "type": "date"}
      },
      "strings": {"en": {"new": "New"}, "ru": {"new": "Новинка"}}
    }
    #}
    {% if platform == "twitter" %}...{% endif %}

The header is a Jinja comment, so the whole file is the template and line numbers
in errors are the file's own. Everything in the header is optional.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socialdesk.templates.errors import TemplateError, TemplateSyntaxProblem

SUFFIX = ".sdtemplate"
FIELD_TYPES = (
    "text",
    "multiline",
    "date",
    "time",
    "datetime",
    "number",
    "money",
    "url",
    "tags",
    "mention",
    "choice",
)
_HEADER_START = re.compile(r"\A\s*\{#-?\s*(?=\{)")
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class FieldSpec:
    """One value the template asks for; `declared` is False when only found in the text.

    A `required` field must be filled before the template can make a post (no "Meet ."),
    an optional one falls back to its `default`, and when that is empty too the
    template leaves its part out.
    """

    name: str
    label: str
    type: str = "text"
    help: str = ""
    placeholder: str = ""
    default: str = ""
    choices: tuple[str, ...] = ()
    declared: bool = True
    required: bool = False


@dataclass(frozen=True)
class TemplateMeta:
    name: str = ""
    description: str = ""
    languages: tuple[str, ...] = ()
    fields: tuple[FieldSpec, ...] = ()
    strings: dict[str, dict[str, str]] = field(default_factory=dict)

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class PostTemplate:
    """A template as loaded: its id (the file name), text, parsed header and origin."""

    id: str
    source: str
    builtin: bool = False
    path: Path | None = None
    meta: TemplateMeta = field(default_factory=TemplateMeta)
    problem: TemplateError | None = None  # why the header could not be read

    @classmethod
    def from_source(
        cls, template_id: str, source: str, *, builtin: bool = False, path: Path | None = None
    ) -> PostTemplate:
        try:
            meta = parse_header(source)
            problem = None
        except TemplateError as exc:
            meta, problem = TemplateMeta(), exc.naming(template_id)
        return cls(template_id, source, builtin, path, meta, problem)

    @property
    def name(self) -> str:
        return self.meta.name or self.id

    def with_source(self, source: str) -> PostTemplate:
        return PostTemplate.from_source(self.id, source, builtin=self.builtin, path=self.path)


def guess_field(name: str) -> FieldSpec:
    """A field found only in the template text: a label and type from its name."""
    lowered = name.lower()
    kind = "text"
    if lowered in ("date", "deadline", "until", "starts", "ends") or lowered.endswith("_date"):
        kind = "date"
    elif lowered == "time" or lowered.endswith("_time"):
        kind = "time"
    elif lowered in ("price", "cost", "salary") or lowered.endswith("_price"):
        kind = "money"
    elif lowered in ("link", "url") or lowered.endswith(("_link", "_url")):
        kind = "url"
    elif lowered in ("hashtags", "tags", "topics"):
        kind = "tags"
    elif lowered in ("mention", "mentions", "handle"):
        kind = "mention"
    elif lowered in ("body", "summary", "description", "details", "text"):
        kind = "multiline"
    label = name.replace("_", " ").strip().capitalize()
    return FieldSpec(name=name, label=label, type=kind, declared=False)


def header_span(source: str) -> tuple[int, int] | None:
    """Where the JSON header sits: from its `{` to just before the comment's `#}`."""
    m = _HEADER_START.match(source)
    if not m:
        return None
    end = source.find("#}", m.end())
    if end < 0:
        return None  # an unclosed comment: Jinja reports it with its line
    if source[end - 1] == "-":
        end -= 1
    return m.end(), len(source[:end].rstrip())


def parse_header(source: str) -> TemplateMeta:
    span = header_span(source)
    if span is None:
        return TemplateMeta()
    start, end = span
    first_line = source.count("\n", 0, start) + 1
    try:
        data = json.loads(source[start:end])
    except json.JSONDecodeError as exc:
        raise TemplateSyntaxProblem(
            f"the header is not valid JSON ({exc.msg}, column {exc.colno})",
            line=first_line + exc.lineno - 1,
        ) from None
    except (ValueError, RecursionError) as exc:
        # lists nested thousands deep, numbers with thousands of digits
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
        raise TemplateSyntaxProblem(f"the header cannot be read ({why})", line=first_line) from None
    return _HeaderReader(first_line).read(data)


class _HeaderReader:
    def __init__(self, line: int) -> None:
        self.line = line

    def fail(self, problem: str) -> TemplateSyntaxProblem:
        return TemplateSyntaxProblem(f"header: {problem}", line=self.line)

    def text(self, obj: dict[str, Any], key: str, where: str = "") -> str:
        value = obj.get(key, "")
        if not isinstance(value, str):
            raise self.fail(f"{where}{key!r} must be text")
        return value

    def read(self, data: Any) -> TemplateMeta:
        if not isinstance(data, dict):
            raise self.fail("must be a JSON object")
        languages = data.get("languages", [])
        if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
            raise self.fail('"languages" must be a list of language codes like ["en", "ru"]')
        raw_fields = data.get("fields", {})
        if not isinstance(raw_fields, dict):
            raise self.fail('"fields" must be an object of field name → settings')
        strings = data.get("strings", {})
        if not isinstance(strings, dict) or not all(
            isinstance(table, dict) and all(isinstance(v, str) for v in table.values())
            for table in strings.values()
        ):
            raise self.fail('"strings" must map a language to an object of texts')
        return TemplateMeta(
            name=self.text(data, "name").strip(),
            description=self.text(data, "description").strip(),
            languages=tuple(x.strip().lower() for x in languages if x.strip()),
            fields=tuple(self.field(name, spec) for name, spec in raw_fields.items()),
            strings={str(lang).lower(): dict(table) for lang, table in strings.items()},
        )

    def field(self, name: str, spec: Any) -> FieldSpec:
        if not _FIELD_NAME.match(name):
            raise self.fail(
                f"field name {name!r} must start with a letter and use only letters, digits and _"
            )
        if isinstance(spec, str):
            spec = {"label": spec}
        if not isinstance(spec, dict):
            raise self.fail(f'field {name!r} must be an object like {{"label": "..."}}')
        where = f"field {name!r}: "
        kind = self.text(spec, "type", where) or "text"
        if kind not in FIELD_TYPES:
            raise self.fail(f"{where}unknown type {kind!r} (use one of {', '.join(FIELD_TYPES)})")
        choices = spec.get("choices", [])
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise self.fail(f"{where}'choices' must be a list of texts")
        default = spec.get("default", "")
        if not isinstance(default, str | int | float) or isinstance(default, bool):
            raise self.fail(f"{where}'default' must be text or a number")
        required = spec.get("required", False)
        if not isinstance(required, bool):
            raise self.fail(f"{where}'required' must be true or false")
        guessed = guess_field(name)
        return FieldSpec(
            name=name,
            label=self.text(spec, "label", where) or guessed.label,
            type=kind if "type" in spec else guessed.type,
            help=self.text(spec, "help", where),
            placeholder=self.text(spec, "placeholder", where),
            default=str(default),
            choices=tuple(choices),
            declared=True,
            required=required,
        )


def with_name(source: str, name: str) -> str:
    """The source with its header's "name" set (adding a header if there is none)."""
    span = header_span(source)
    if span is None:
        header = json.dumps({"name": name}, ensure_ascii=False, indent=2)
        return "{#\n" + header + "\n#}\n" + source
    start, end = span
    try:
        data = json.loads(source[start:end])
    except (ValueError, RecursionError):  # broken, too deep, numbers too long
        data = None
    if not isinstance(data, dict):
        # keep the broken header for the writer to fix; the name goes in a new one above
        header = json.dumps({"name": name}, ensure_ascii=False, indent=2)
        return "{#\n" + header + "\n#}\n" + source
    header = source[start:end]
    # change just the name, keeping the writer's layout of the header
    quoted = json.dumps(name, ensure_ascii=False)
    edited = _NAME_VALUE.sub(lambda m: m.group(1) + quoted, header, count=1)
    if _top_level_name(edited) != name:
        data = {"name": name, **{k: v for k, v in data.items() if k != "name"}}
        edited = json.dumps(data, ensure_ascii=False, indent=2)
    return source[:start] + edited + source[end:]


_NAME_VALUE = re.compile(r'("name"\s*:\s*)"(?:[^"\\]|\\.)*"')


def _top_level_name(header: str) -> object:
    try:
        data = json.loads(header)
    except (ValueError, RecursionError):
        return None
    return data.get("name") if isinstance(data, dict) else None
