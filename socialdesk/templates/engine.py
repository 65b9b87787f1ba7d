"""Compiling and rendering post templates in the sandbox, within a budget.

`render()` gives a template the draft's fields, the `platform` id ("" for the master
text), the audience `language` ("en", "ru", "zh"; the full tag is `locale`), the
platform's `limit` and `strings`, the header's texts for that language. Every failure
comes out as a `TemplateError` with the template line where it happened.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError

from socialdesk.platforms import Platform
from socialdesk.templates import filters as platform_filters
from socialdesk.templates.errors import (
    TemplateBudgetError,
    TemplateError,
    TemplateSecurityError,
    TemplateSyntaxProblem,
)
from socialdesk.templates.sandbox import (
    DEFAULT_LIMITS,
    Budget,
    BudgetExceeded,
    ForbiddenTag,
    GuardInserter,
    Limits,
    PostSandbox,
    activate,
    deactivate,
    guard_filter,
)
from socialdesk.templates.source_limits import (
    DEFAULT_SOURCE_LIMITS,
    SourceLimits,
    check_deadline,
    check_source,
)
from socialdesk.templates.template_file import FieldSpec, PostTemplate, guess_field
from socialdesk.translation.languages import base_language

TEMPLATE_FILENAME = "<template>"
CONTEXT_NAMES = frozenset(
    {"platform", "platform_name", "language", "locale", "limit", "strings", "publish_path"}
)
# Names that look like server or Python objects: never fields, so using one is an error.
RESERVED_NAMES = frozenset(
    [
        "config",
        "request",
        "session",
        "settings",
        "environ",
        "env",
        "os",
        "sys",
        "builtins",
        "globals",
        "import",
        "open",
        "eval",
        "exec",
        "compile",
        "getattr",
        "setattr",
        "lipsum",
        "cycler",
        "joiner",
        "self",
        "caller",
        "loop",
        "varargs",
        "kwargs",
        "super",
    ]
)


@dataclass(frozen=True)
class Compiled:
    template: jinja2.Template
    variables: tuple[str, ...]  # names the text reads from its context, in order of use


@dataclass(frozen=True)
class Rendering:
    text: str
    platform: str  # "" for the master text
    language: str  # the language the template actually wrote in


def _template_line(exc: BaseException) -> int | None:
    line = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def suspended_line(template: jinja2.Template, generator: Any) -> int | None:
    """The template line `template`'s rendering generator is paused at (what a traceback
    from inside it would name), following `yield from` into blocks and macros."""
    line = None
    while generator is not None:
        frame = getattr(generator, "gi_frame", None)
        if frame is not None and frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = template.get_corresponding_lineno(frame.f_lineno)
        generator = getattr(generator, "gi_yieldfrom", None)
    return line


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ZeroDivisionError):
        return "division by zero"
    if isinstance(exc, TypeError | AttributeError | KeyError | IndexError):
        return f"cannot do that with these values ({exc})"
    if isinstance(exc, OverflowError):
        return f"a number is out of range ({exc})"
    return str(exc) or type(exc).__name__


def as_template_error(exc: BaseException) -> TemplateError:
    """Any failure inside a render, as one of our errors with its template line."""
    line = _template_line(exc)
    if isinstance(exc, TemplateError):
        return exc
    if isinstance(exc, BudgetExceeded):
        return TemplateBudgetError(str(exc), line=line)
    if isinstance(exc, SecurityError):
        return TemplateSecurityError(
            f"blocked for safety: {str(exc).rstrip('.')}. Templates cannot reach Python internals, "
            "files, the environment or the network.",
            line=line,
        )
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(f"{exc}", line=line)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateSyntaxProblem(exc.message or str(exc), line=exc.lineno)
    if isinstance(exc, RecursionError):
        return TemplateBudgetError("stopped: macros call themselves too deeply", line=line)
    if isinstance(exc, MemoryError):
        return TemplateBudgetError("stopped: the template needs too much memory", line=line)
    return TemplateError(_describe(exc), line=line)


class TemplateEngine:
    """One sandbox with the platform filters, and a small cache of compiled texts."""

    def __init__(
        self,
        limits: Limits = DEFAULT_LIMITS,
        cache_size: int = 64,
        source_limits: SourceLimits = DEFAULT_SOURCE_LIMITS,
    ) -> None:
        self.env = PostSandbox(limits)
        self.source_limits = source_limits
        self.env.filters.update(
            {
                name: guard_filter(func, name)
                for name, func in platform_filters.PLATFORM_FILTERS.items()
            }
        )
        self._cache: OrderedDict[str, Compiled] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    # -- compiling ------------------------------------------------------------------------
    def compile(self, source: str) -> Compiled:
        with self._lock:
            cached = self._cache.get(source)
            if cached is not None:
                self._cache.move_to_end(source)
                return cached
        compiled = self._compile(source)
        with self._lock:
            self._cache[source] = compiled
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return compiled

    def _compile(self, source: str) -> Compiled:
        limits = self.source_limits
        try:
            source = keep_inline_newlines(source)
            deadline = check_source(self.env, source, limits)
            ast = self.env.parse(source)
            check_deadline(deadline, limits)
            undeclared = meta.find_undeclared_variables(ast)
            GuardInserter().visit(ast)
            ast.set_environment(self.env)
            template = self.env.from_string(ast)
            check_deadline(deadline, limits)
        except TemplateError:
            raise
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateSyntaxProblem(exc.message or str(exc), line=exc.lineno) from None
        except ForbiddenTag as exc:
            raise TemplateSecurityError(str(exc), line=exc.line) from None
        except RecursionError:
            raise TemplateSyntaxProblem("the template is nested too deeply") from None
        except Exception as exc:  # Python's own compiler limits, numbers it cannot read
            message = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
            raise TemplateSyntaxProblem(f"the template cannot be compiled ({message})") from None
        ordered: list[str] = []
        for name_node in ast.find_all(nodes.Name):
            name = name_node.name
            if name in undeclared and name not in ordered:
                ordered.append(name)
        return Compiled(template, tuple(ordered))

    def check(self, template: PostTemplate) -> None:
        """Raise the template's first header or syntax problem, if any."""
        if template.problem is not None:
            raise template.problem
        try:
            self.compile(template.source)
        except TemplateError as exc:
            raise exc.naming(template.name) from None

    # -- fields ---------------------------------------------------------------------------
    def fields(self, template: PostTemplate) -> list[FieldSpec]:
        """The values the template asks for: declared ones first, then any it reads."""
        specs = list(template.meta.fields)
        try:
            used = self.compile(template.source).variables
        except TemplateError:
            used = ()
        known = {spec.name for spec in specs}
        for name in used:
            if is_field_name(name) and name not in known:
                specs.append(guess_field(name))
                known.add(name)
        return specs

    # -- rendering ------------------------------------------------------------------------
    def render(
        self,
        template: PostTemplate,
        fields: Mapping[str, str],
        platform: str | Platform | None = None,
        language: str = "en",
        limit: int | None = None,
        seconds: float | None = None,
        path: str = "by_hand",
    ) -> Rendering:
        """The post `template` makes for `platform` ("" or None: the master text);
        `path` is how it is published (Weibo: "api" or "by_hand")."""
        if template.problem is not None:
            raise template.problem
        try:
            compiled = self.compile(template.source)
            target = platform_filters.resolve_platform(platform)
            lang = choose_language(template.meta.languages, language)
            context = self._context(template, compiled, fields, target, lang, language, limit)
            context["publish_path"] = path
            text = self._run(compiled, context, target, limit, seconds)
        except TemplateError as exc:
            raise exc.naming(template.name) from None
        except ValueError as exc:  # an unknown platform id
            raise TemplateError(str(exc), template=template.name) from None
        return Rendering(text=text, platform=target.id if target else "", language=lang)

    def _context(
        self,
        template: PostTemplate,
        compiled: Compiled,
        fields: Mapping[str, str],
        target: Platform | None,
        lang: str,
        locale: str,
        limit: int | None,
    ) -> dict[str, Any]:
        context: dict[str, Any] = {}
        names = [spec.name for spec in template.meta.fields] + list(compiled.variables)
        longest = self.env.limits.max_text
        for name in names:
            if is_field_name(name):
                spec = template.meta.field(name)
                value = field_value(fields, name, lang, locale, spec.default if spec else "")
                if len(value) > longest:
                    raise TemplateBudgetError(
                        f"the field {name!r} is {len(value):,} characters long; a template "
                        f"takes at most {longest:,}"
                    )
                context[name] = value
        strings = template.meta.strings
        table = {**strings.get("en", {}), **strings.get(lang, {})}
        context.update(
            platform=target.id if target else "",
            platform_name=target.name if target else "",
            language=lang,
            locale=locale,
            limit=(limit if limit is not None else target.limit) if target else None,
            strings=table,
        )
        return context

    def _run(
        self,
        compiled: Compiled,
        context: dict[str, Any],
        target: Platform | None,
        limit: int | None,
        seconds: float | None,
    ) -> str:
        limits = self.env.limits
        budget = Budget(limits, seconds)
        token = activate(budget)
        session, fit_token = platform_filters.start_fit_session()
        try:
            parts: list[str] = []
            size = 0
            chunks = compiled.template.generate(context)
            for chunk in chunks:
                size += len(chunk)
                if size > limits.max_output:
                    raise BudgetExceeded(
                        f"stopped: the post is longer than {limits.max_output:,} characters"
                    )
                try:
                    budget.tick()
                except BudgetExceeded as exc:  # between two chunks: the line it stopped at
                    raise TemplateBudgetError(
                        str(exc), line=suspended_line(compiled.template, chunks)
                    ) from None
                parts.append(chunk)
            text = tidy("".join(parts))
            if session.texts:
                room = context["limit"] if limit is None else limit
                text = resolve_fits(text, session, target, room, limits.max_output)
            return text
        except Exception as exc:
            raise as_template_error(exc) from None
        finally:
            platform_filters.end_fit_session(fit_token)
            deactivate(token)


_BLOCK_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}")
_LINE_END_TAG = re.compile(r"(?<![-+])%\}(\s*)$")


def keep_inline_newlines(source: str) -> str:
    """Let a block tag that ends a line of text keep the line's newline.

    The sandbox trims the newline after block tags so that `{% if %}` lines vanish;
    but `Price: {{ p }}{% endif %}` must still end its line. Such tags get Jinja's
    `+%}`, which keeps the newline; line numbers are unchanged.
    """
    lines = source.split("\n")
    for i, line in enumerate(lines):
        if "%}" in line and _BLOCK_TAG.sub("", line).strip():
            lines[i] = _LINE_END_TAG.sub(r"+%}\1", line)
    return "\n".join(lines)


def is_field_name(name: str) -> bool:
    return not (name.startswith("_") or name in RESERVED_NAMES or name in CONTEXT_NAMES)


def field_value(
    fields: Mapping[str, str], name: str, lang: str, locale: str, default: str = ""
) -> str:
    """A field's value for a language: `name@zh-CN`, then `name@zh`, then `name`."""
    for key in (f"{name}@{locale}", f"{name}@{lang}", name):
        value = fields.get(key)
        if value is not None and str(value).strip():
            return str(value)
    return default


def choose_language(supported: tuple[str, ...], wanted: str) -> str:
    """The template's language for an audience: the audience's if written, else its first."""
    lang = base_language(wanted)
    if not supported or lang in supported:
        return lang
    return supported[0]


_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, nothing around the post."""
    return _BLANK_RUNS.sub("\n\n", _TRAILING_SPACE.sub("", text)).strip()


def resolve_fits(
    text: str,
    session: platform_filters.FitSession,
    platform: Platform | None,
    limit: int | None,
    max_output: int = DEFAULT_LIMITS.max_output,
) -> str:
    """Put the texts `fit` held back into the post, shortened to share the room left."""

    pattern = session.pattern

    def fill(texts: list[str]) -> str:
        def one(m: re.Match[str]) -> str:
            index = int(m.group(1))
            return texts[index] if index < len(texts) else ""

        return pattern.sub(one, text)

    # a template may print one `fit` many times: size the result before building it
    size = len(text) + sum(len(session.texts[int(i)][0]) for i in pattern.findall(text))
    if size > max_output:
        raise BudgetExceeded(f"stopped: the post is longer than {max_output:,} characters")

    full = [t for t, _ in session.texts]
    if platform is None or limit is None:
        return fill(full)
    count = platform.count
    if count(fill(full)) <= limit:
        return fill(full)
    rest = count(fill([""] * len(full)))
    sizes = [max(1, count(t)) for t in full]
    total = sum(sizes)
    room = max(0, limit - rest)
    shares = [room * size // total for size in sizes]
    result = fill(full)
    for _ in range(8):  # counts are not quite additive (links, Weibo's halves)
        result = fill(
            [
                platform_filters.shorten(t, share, platform, mark)
                for (t, mark), share in zip(session.texts, shares, strict=True)
            ]
        )
        over = count(result) - limit
        if over <= 0:
            return result
        shares = [
            max(0, share - (over * size // total) - 1)
            for share, size in zip(shares, sizes, strict=True)
        ]
    return result


_default_engine: TemplateEngine | None = None


def default_engine() -> TemplateEngine:
    global _default_engine
    if _default_engine is None:
        _default_engine = TemplateEngine()
    return _default_engine
