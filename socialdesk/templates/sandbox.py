"""A Jinja2 sandbox for post templates that colleagues share, so may be hostile.

Jinja's `ImmutableSandboxedEnvironment` already refuses Python internals
(`__class__`, `__globals__`, `mro`, format-string field access) and mutation of
lists and dicts. On top of it this module stops the cheap denial-of-service tricks:

- every loop iteration, output piece, call, attribute access and operator
  checks a per-render `Budget` (a time budget, a cap on loop steps and on the
  characters produced, including text captured into `{% set %}` blocks and macros);
- operators and methods that multiply size (`'x' * 10**9`, `9**9**9`,
  `'%999999999d' % 1`, `str.center`, `replace`, `join`, the `indent` filter ...)
  are refused *before* they allocate, by estimating the size of their result;
- `{% include %}`, `{% import %}` and `{% extends %}` are refused: a template is
  one self-contained file and never reads another.

The guards are put in by rewriting the parsed template: loop iterables, output
nodes and `~` concatenations are wrapped in internal filters that consult the budget.
The template text itself is checked before parsing (see source_limits).
"""

from __future__ import annotations

import contextvars
import functools
import itertools
import math
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Any

import jinja2
from jinja2 import nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace
from jinja2.visitor import NodeTransformer


@dataclass(frozen=True)
class Limits:
    """How much one render may do. Posts are a few thousand characters at most."""

    seconds: float = 1.0
    max_output: int = 100_000  # characters in the rendered post
    max_text: int = 100_000  # characters in any one value built while rendering
    max_work: int = 2_000_000  # characters emitted in all, including captured blocks
    max_items: int = 100_000  # items in a list or sequence
    max_loop_steps: int = 200_000  # loop iterations in all, nested loops included
    max_range: int = 10_000
    max_int_bits: int = 1024  # about 10**308: plenty for prices and dates


DEFAULT_LIMITS = Limits()


class BudgetExceeded(Exception):
    """Raised inside a render when it passes a limit; turned into TemplateBudgetError."""


class Budget:
    """The running account of one render against its `Limits`."""

    def __init__(self, limits: Limits, seconds: float | None = None) -> None:
        self.limits = limits
        self.seconds = limits.seconds if seconds is None else seconds
        self.deadline = time.monotonic() + self.seconds
        self.emitted = 0
        self.loop_steps = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(
                f"stopped after {self.seconds:g} s: the template takes too long "
                "(a loop that runs too long?)"
            )

    def emit(self, size: int) -> None:
        self.emitted += size
        if self.emitted > self.limits.max_work:
            raise BudgetExceeded(
                f"stopped: the template produced more than {self.limits.max_work:,} "
                "characters while rendering (a loop or macro that writes too much?)"
            )

    def step(self) -> None:
        self.loop_steps += 1
        if self.loop_steps > self.limits.max_loop_steps:
            raise BudgetExceeded(
                f"stopped: loops ran more than {self.limits.max_loop_steps:,} times in all"
            )
        if self.loop_steps % 64 == 0:
            self.tick()


_current_budget: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "socialdesk_template_budget", default=None
)


def current_budget() -> Budget:
    """The budget of the render in progress; an unlimited-time one outside a render."""
    budget = _current_budget.get()
    if budget is None:  # compile-time evaluation or a direct call from Python
        return Budget(DEFAULT_LIMITS, seconds=math.inf)
    return budget


def activate(budget: Budget) -> contextvars.Token[Budget | None]:
    return _current_budget.set(budget)


def deactivate(token: contextvars.Token[Budget | None]) -> None:
    _current_budget.reset(token)


# -- size estimates, made before anything big is allocated ------------------------------


def estimated_text_size(value: Any, cap: int) -> int:
    """About how many characters `str(value)` makes; stops counting once past `cap`."""
    total = 0
    stack = [value]
    while stack and total <= cap:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, Mapping):
            total += 4 * len(item) + 2
            stack.extend(itertools.islice(item.keys(), cap))
            stack.extend(itertools.islice(item.values(), cap))
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 * len(item) + 2
            stack.extend(itertools.islice(item, cap))
        elif isinstance(item, int) and not isinstance(item, bool):
            total += max(1, item.bit_length() * 3 // 10 + 1)
        else:
            total += 24
    return total


def check_value(value: Any, limits: Limits) -> Any:
    """Refuse a value that is bigger than any post needs."""
    if isinstance(value, str):
        if len(value) > limits.max_text:
            raise BudgetExceeded(
                f"a text of {len(value):,} characters is longer than the "
                f"{limits.max_text:,} a template may build"
            )
    elif isinstance(value, list | tuple | dict | set | frozenset):
        if len(value) > limits.max_items:
            raise BudgetExceeded(
                f"a list of {len(value):,} items is longer than the "
                f"{limits.max_items:,} a template may build"
            )
    elif (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value.bit_length() > limits.max_int_bits
    ):
        raise BudgetExceeded("a number is too large (more than about 300 digits)")
    return value


def _too_big(what: str, size: int, cap: int) -> BudgetExceeded:
    return BudgetExceeded(f"{what} would make {size:,} characters, more than the {cap:,} allowed")


def _int_arg(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)", re.DOTALL)
# conversions that can write one character as up to ten (`'\U0001f600'`)
_ESCAPING = frozenset("ra")


def _formatted_size(literal: int, fields: int, widest: int, args: Any, escaping: bool) -> int:
    """An upper bound for a formatted text: every field may print all the arguments
    (`'{0}{0}{0}'`, `'%(a)s%(a)s'`) or its width, whichever is more."""
    cap = 100_000_000
    values = estimated_text_size(args, cap) * (10 if escaping else 1)
    return literal + fields * max(widest, values)


def check_printf_format(fmt: str, args: Any, limits: Limits) -> None:
    """`'%999999999d' % 1` allocates a gigabyte, and so does `'%(a)s' * 50000 % {'a': text}`:
    refuse them from the format and the arguments' sizes, before formatting."""
    fields = widest = 0
    escaping = False
    for m in _PRINTF_SPEC.finditer(fmt):
        width, precision, conversion = m.groups()
        if conversion == "%":
            continue
        fields += 1
        escaping = escaping or conversion in _ESCAPING
        for part in (width, precision):
            if part == "*":
                raise BudgetExceeded("computed widths ('%*d') are not allowed in templates")
            if part is not None:
                widest = max(widest, int(part))
    if widest > limits.max_text:
        raise _too_big("a format width", widest, limits.max_text)
    size = _formatted_size(len(fmt), fields, widest, args, escaping)
    if size > limits.max_text:
        raise _too_big("formatting", size, limits.max_text)


def check_brace_format(fmt: str, args: Any, limits: Limits) -> None:
    """The same for `'{:>999999999}'.format(x)`, `'{0}{0}…'.format(text)`, `format_map`
    and nested `{:{width}}` specs."""
    try:
        parsed = list(Formatter().parse(fmt))
    except ValueError:
        return  # str.format will raise the same error with a clear message
    fields = widest = literal = 0
    escaping = False
    for text, field_name, spec, conversion in parsed:
        literal += len(text)
        if field_name is None:
            continue
        fields += 1
        escaping = escaping or (conversion or "") in _ESCAPING
        if spec and "{" in spec:
            raise BudgetExceeded("nested format fields ('{:{width}}') are not allowed in templates")
        for digits in re.findall(r"\d+", spec or ""):
            widest = max(widest, int(digits))
    if widest > limits.max_text:
        raise _too_big("a format width", widest, limits.max_text)
    size = _formatted_size(literal, fields, widest, args, escaping)
    if size > limits.max_text:
        raise _too_big("formatting", size, limits.max_text)


def check_replace(text: str, old: Any, new: Any, count: Any, limits: Limits) -> None:
    if not isinstance(old, str) or not isinstance(new, str):
        return
    hits = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    size = len(text) + hits * (len(new) - len(old))
    if size > limits.max_text:
        raise _too_big("replace()", size, limits.max_text)


def materialize(items: Any, limits: Limits) -> list[Any]:
    """An iterable as a list, refusing more items than allowed."""
    taken = list(itertools.islice(iter(items), limits.max_items + 1))
    if len(taken) > limits.max_items:
        raise BudgetExceeded(f"more than {limits.max_items:,} items")
    return taken


def check_join(separator: str, items: list[Any], limits: Limits) -> None:
    size = len(separator) * max(0, len(items) - 1) + estimated_text_size(items, limits.max_text)
    if size > limits.max_text:
        raise _too_big("join()", size, limits.max_text)


# String methods a template may call; everything else on a string is refused.
_SAFE_STR_METHODS = frozenset(
    [
        "capitalize",
        "casefold",
        "center",
        "count",
        "endswith",
        "find",
        "format",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "islower",
        "isnumeric",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
        "zfill",
    ]
)
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill"})


# -- the environment --------------------------------------------------------------------


class PostSandbox(ImmutableSandboxedEnvironment):
    """The sandbox plus budget checks on every operation that can grow or loop."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(
            autoescape=False,  # posts are plain text, not HTML
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            extensions=["jinja2.ext.loopcontrols"],
        )
        self.limits = limits
        self.globals.clear()
        self.globals.update(range=self.guarded_range, dict=dict, namespace=Namespace)
        self.filters = {name: guard_filter(func, name) for name, func in self.filters.items()}
        self.filters.update(
            _sd_iter=_guard_iter, _sd_out=_guard_out, _sd_text=_guard_text, _sd_concat=_concat
        )

    # ranges and loops
    def guarded_range(self, *args: Any) -> range:
        current_budget().tick()
        numbers = range(*args)
        if len(numbers) > self.limits.max_range:
            raise BudgetExceeded(
                f"range of {len(numbers):,} numbers is longer than the "
                f"{self.limits.max_range:,} a template may loop over"
            )
        return numbers

    # operators
    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        limits = self.limits
        current_budget().tick()
        if operator == "*":
            self._check_multiply(left, right)
        elif operator == "**":
            self._check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            check_printf_format(left, right, limits)
        elif operator == "+":
            if isinstance(left, str) and isinstance(right, str):
                if len(left) + len(right) > limits.max_text:
                    raise _too_big("joining texts", len(left) + len(right), limits.max_text)
            elif (
                isinstance(left, list | tuple)
                and isinstance(right, list | tuple)
                and len(left) + len(right) > limits.max_items
            ):
                raise BudgetExceeded(f"a list longer than {limits.max_items:,} items")
        return check_value(self.binop_table[operator](left, right), limits)

    def _check_multiply(self, left: Any, right: Any) -> None:
        limits = self.limits
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(times, int):
                cap = limits.max_text if isinstance(seq, str) else limits.max_items
                if len(seq) * max(times, 0) > cap:
                    raise _too_big("repeating", len(seq) * times, cap)
        if (
            isinstance(left, int)
            and isinstance(right, int)
            and abs(left).bit_length() + abs(right).bit_length() > limits.max_int_bits
        ):
            raise BudgetExceeded("a number is too large (more than about 300 digits)")

    def _check_power(self, left: Any, right: Any) -> None:
        if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
            bits = right * (abs(left).bit_length() - 1)
            if bits > self.limits.max_int_bits:
                raise BudgetExceeded("a number is too large (more than about 300 digits)")

    # attribute access and calls
    def getattr(self, obj: Any, attribute: str) -> Any:
        current_budget().tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        current_budget().tick()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt: str = value.__self__
        limits = self.limits

        @functools.wraps(wrapped)
        def checked(*args: Any, **kwargs: Any) -> str:
            check_brace_format(fmt, (args, kwargs), limits)
            return str(check_value(wrapped(*args, **kwargs), limits))

        return checked

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        current_budget().tick()
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, bytes | bytearray):
            raise SecurityError("byte strings are not available in templates")
        if isinstance(owner, str) and callable(__obj) and type(__obj).__name__.endswith("method"):
            # Jinja passes its own bookkeeping along; a builtin method must not see it
            kwargs.pop("_loop_vars", None)
            kwargs.pop("_block_vars", None)
            result = __self._call_str_method(owner, name, __obj, args, kwargs)
        else:
            result = super().call(__context, __obj, *args, **kwargs)
        return check_value(result, __self.limits)

    def _call_str_method(
        self, text: str, name: str, method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        limits = self.limits
        if name not in _SAFE_STR_METHODS:
            raise SecurityError(f"the text method {name!r} is not available in templates")
        if name in _WIDTH_METHODS:
            width = _int_arg(args[0] if args else kwargs.get("width"))
            if width > limits.max_text:
                raise _too_big(f"{name}()", width, limits.max_text)
        elif name == "replace":
            old = args[0] if args else kwargs.get("old")
            new = args[1] if len(args) > 1 else kwargs.get("new")
            count = args[2] if len(args) > 2 else kwargs.get("count", -1)
            check_replace(text, old, new, count, limits)
        elif name == "join" and args:
            items = materialize(args[0], limits)
            check_join(text, items, limits)
            return text.join(items)
        return method(*args, **kwargs)


# -- internal filters the rewritten template calls ---------------------------------------


@pass_context
def _guard_iter(context: Context, iterable: Any) -> Iterator[Any]:
    budget = current_budget()
    budget.tick()
    if isinstance(iterable, jinja2.Undefined):
        iterable = iter(iterable)  # StrictUndefined raises its clear "is undefined" here
    for item in iterable:
        budget.step()
        yield item


def _as_text(value: Any, limits: Limits) -> str:
    if isinstance(value, str):
        text = value
    else:
        size = estimated_text_size(value, limits.max_text)
        if size > limits.max_text:
            raise _too_big("printing this value", size, limits.max_text)
        text = str(value)
    check_value(text, limits)
    return text


@pass_context
def _guard_out(context: Context, value: Any) -> str:
    budget = current_budget()
    budget.tick()
    text = _as_text(value, budget.limits)
    budget.emit(len(text))
    return text


@pass_context
def _guard_text(context: Context, value: Any) -> str:
    budget = current_budget()
    budget.tick()
    return _as_text(value, budget.limits)


@pass_context
def _concat(context: Context, parts: list[Any]) -> str:
    """`a ~ b ~ c`: each part as text, their total checked before they are joined."""
    budget = current_budget()
    budget.tick()
    limits = budget.limits
    texts = [_as_text(part, limits) for part in parts]
    size = sum(map(len, texts))
    if size > limits.max_text:
        raise _too_big("joining texts with ~", size, limits.max_text)
    return "".join(texts)


def guard_filter(func: Callable[..., Any], name: str) -> Callable[..., Any]:
    """Wrap the filter `name`: budget tick, refuse gigantic inputs and arguments, check
    the result."""

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        budget = current_budget()
        budget.tick()
        limits = budget.limits
        values = [a for a in args if not isinstance(a, Context | EvalContext | jinja2.Environment)]
        if name == "join" and values and not isinstance(values[0], str | list | tuple | Mapping):
            # a generator (`map`, `select`): its items must be counted before joining
            listed = materialize(values[0], limits)
            args = tuple(listed if a is values[0] else a for a in args)
            values[0] = listed
        size = estimated_text_size([values, list(kwargs.values())], limits.max_work)
        if size > limits.max_work:
            raise _too_big(f"the filter {name!r}", size, limits.max_work)
        for extra in [*values[1:], *kwargs.values()]:
            if _int_arg(extra) > limits.max_items:
                raise BudgetExceeded(f"the number {extra:,} is too large for the filter {name!r}")
        _check_filter_growth(name, values, kwargs, limits)
        result = func(*args, **kwargs)
        return check_value(result, limits)

    return guarded


def _check_filter_growth(
    name: str, values: list[Any], kwargs: dict[str, Any], limits: Limits
) -> None:
    """Filters whose output can be many times their input."""
    if not values:
        return
    value = values[0]
    text = value if isinstance(value, str) else ""
    if name == "indent":
        width = values[1] if len(values) > 1 else kwargs.get("width", 4)
        per_line = len(width) if isinstance(width, str) else _int_arg(width)
        size = len(text) + per_line * (text.count("\n") + 1)
        if size > limits.max_text:
            raise _too_big("indent", size, limits.max_text)
    elif name == "wordwrap":
        wrapstring = values[3] if len(values) > 3 else kwargs.get("wrapstring") or "\n"
        width = max(1, _int_arg(values[1] if len(values) > 1 else kwargs.get("width", 79)))
        breaks = len(text) // width + text.count(" ") + 1
        size = len(text) + breaks * len(str(wrapstring))
        if size > limits.max_text:
            raise _too_big("wordwrap", size, limits.max_text)
    elif name == "replace" and isinstance(value, str):
        old = values[1] if len(values) > 1 else kwargs.get("old")
        new = values[2] if len(values) > 2 else kwargs.get("new")
        count = values[3] if len(values) > 3 else kwargs.get("count")
        check_replace(value, old, new, count, limits)
    elif name == "format" and isinstance(value, str):
        check_printf_format(value, [values[1:], kwargs], limits)
    elif name == "join":
        separator = values[1] if len(values) > 1 else kwargs.get("d", "")
        items = value if isinstance(value, list | tuple) else []
        size = len(str(separator)) * max(0, len(items) - 1) + estimated_text_size(
            items, limits.max_text
        )
        if size > limits.max_text:
            raise _too_big("join", size, limits.max_text)
    elif name == "tojson":
        indent = _int_arg(values[1] if len(values) > 1 else kwargs.get("indent"))
        size = estimated_text_size(value, limits.max_text) * (1 + indent)
        if size > limits.max_text:
            raise _too_big("tojson", size, limits.max_text)


# -- rewriting the parsed template -------------------------------------------------------

_FORBIDDEN_TAGS: dict[type[nodes.Node], str] = {
    nodes.Extends: "{% extends %}",
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from ... import %}",
}


class ForbiddenTag(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _filter(node: nodes.Node, name: str) -> nodes.Filter:
    return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)


class GuardInserter(NodeTransformer):
    """Wraps loop iterables, printed values and `~` operands in the budget filters."""

    def generic_visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> nodes.Node:
        for kind, tag in _FORBIDDEN_TAGS.items():
            if isinstance(node, kind):
                raise ForbiddenTag(
                    f"{tag} is not allowed: a template is one self-contained file",
                    node.lineno,
                )
        return super().generic_visit(node, *args, **kwargs)

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = _filter(node.iter, "_sd_iter")
        return node

    def visit_Output(self, node: nodes.Output) -> nodes.Node:
        self.generic_visit(node)
        node.nodes = [_filter(child, "_sd_out") for child in node.nodes]
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        parts = nodes.List(list(node.nodes), lineno=node.lineno)
        return _filter(parts, "_sd_concat")
