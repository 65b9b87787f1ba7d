"""Limits on a template's text, checked on its tokens before Jinja parses it.

Jinja's parser and code generator recurse once per nested block, bracket, filter,
operator and attribute lookup, and Python refuses more than 20 nested loops in the
code Jinja generates: a hostile template ends in a RecursionError or SyntaxError, or
takes seconds to compile. The lexer is a flat loop, so its tokens can be counted
first and the template refused with the line where it goes too far.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from jinja2 import Environment

from socialdesk.templates.errors import TemplateBudgetError, TemplateSyntaxProblem


@dataclass(frozen=True)
class SourceLimits:
    """What one template text may contain. Each is many times what a post template uses
    (the built-ins: under 1,000 tokens, 3 levels of blocks, 4 operators in a tag)."""

    max_chars: int = 200_000
    max_tokens: int = 5_000  # names, operators, literals: ~0.5 s to compile, 10× the built-ins
    max_depth: int = 12  # nested blocks ({% if %}, {% for %}, {% macro %} ...)
    max_brackets: int = 12  # nested (), [] and {}
    max_operators: int = 60  # operators, filters, tests, attribute lookups in one tag
    max_digits: int = 30  # in a number literal
    seconds: float = 2.0  # reading, checking and compiling together


DEFAULT_SOURCE_LIMITS = SourceLimits()

# block tags that open a level closed by an `end...` tag
_OPENERS = frozenset(
    ["if", "for", "macro", "call", "filter", "with", "block", "autoescape", "trans", "raw"]
)
# words that are operators inside an expression
_WORD_OPERATORS = frozenset(["not", "and", "or", "is", "in", "if"])
_OPENING = "([{"
_CLOSING = ")]}"
_QUIET = frozenset(["whitespace", "data", "comment", "linecomment"])


class _Scan:
    def __init__(self, limits: SourceLimits, deadline: float) -> None:
        self.limits = limits
        self.deadline = deadline
        self.tokens = 0
        self.depth = 0
        self.brackets = 0
        self.operators = 0
        self.tag: list[str] = []  # the names and operators of the block tag being read

    def token(self, line: int, kind: str, value: str) -> None:
        limits = self.limits
        if kind in _QUIET:
            return
        self.tokens += 1
        if self.tokens > limits.max_tokens:
            raise TemplateSyntaxProblem(
                f"the template is too long: more than {limits.max_tokens:,} names, "
                "operators and values",
                line=line,
            )
        if self.tokens % 256 == 0 and time.monotonic() > self.deadline:
            raise TemplateBudgetError(
                f"stopped after {limits.seconds:g} s: the template takes too long to read",
                line=line,
            )
        if kind in ("block_begin", "variable_begin"):
            self.operators = self.brackets = 0
            self.tag = []
        elif kind == "block_end":
            self._block(line)
        elif kind in ("integer", "float"):
            self._number(line, value)
        elif kind == "operator":
            self._operator(line, value)
        elif kind == "name":
            self.tag.append(value)
            if value in _WORD_OPERATORS:
                self._count_operator(line)

    def _number(self, line: int, value: str) -> None:
        plain = value.replace("_", "")
        too_big = len(plain) > self.limits.max_digits
        if not too_big and not plain.lower().startswith("0x") and "e" in plain.lower():
            too_big = math.isinf(float(plain))
        if too_big:
            shown = value if len(value) <= 20 else value[:20] + "…"
            raise TemplateSyntaxProblem(f"the number {shown} is too large", line=line)

    def _operator(self, line: int, value: str) -> None:
        if value in _OPENING:
            self.brackets += 1
            if self.brackets > self.limits.max_brackets:
                raise TemplateSyntaxProblem(
                    f"brackets are nested more than {self.limits.max_brackets} deep", line=line
                )
        elif value in _CLOSING:
            self.brackets = max(0, self.brackets - 1)
        if value == "=":
            self.tag.append("=")
        if value not in ",:=" + _CLOSING:
            self._count_operator(line)

    def _count_operator(self, line: int) -> None:
        self.operators += 1
        if self.operators > self.limits.max_operators:
            raise TemplateSyntaxProblem(
                f"an expression with more than {self.limits.max_operators} operators, filters "
                "and lookups; split it with {% set %}",
                line=line,
            )

    def _block(self, line: int) -> None:
        first = self.tag[0] if self.tag else ""
        opens = first in _OPENERS or (first == "set" and "=" not in self.tag)
        if first.startswith("end"):
            self.depth = max(0, self.depth - 1)
        elif opens:
            self.depth += 1
            if self.depth > self.limits.max_depth:
                raise TemplateSyntaxProblem(
                    f"blocks are nested more than {self.limits.max_depth} deep", line=line
                )


def check_source(
    env: Environment, source: str, limits: SourceLimits = DEFAULT_SOURCE_LIMITS
) -> float:
    """Refuse a template text past `limits`; returns the deadline for compiling it."""
    deadline = time.monotonic() + limits.seconds
    if len(source) > limits.max_chars:
        raise TemplateSyntaxProblem(
            f"the template is {len(source):,} characters long; at most "
            f"{limits.max_chars:,} are allowed"
        )
    scan = _Scan(limits, deadline)
    for line, kind, value in env.lexer.tokeniter(source, None):
        scan.token(line, kind, value)
    return deadline


def check_deadline(deadline: float, limits: SourceLimits = DEFAULT_SOURCE_LIMITS) -> None:
    if time.monotonic() > deadline:
        raise TemplateBudgetError(
            f"stopped after {limits.seconds:g} s: the template takes too long to compile"
        )
