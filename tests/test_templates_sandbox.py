"""Hostile and broken templates: escapes fail clearly, loops and floods stop, lines are named."""

from __future__ import annotations

import os
import time

import pytest

from socialdesk.draft import Draft
from socialdesk.templates import (
    Limits,
    PostTemplate,
    TemplateBudgetError,
    TemplateEngine,
    TemplateError,
    TemplateSecurityError,
    TemplateSyntaxProblem,
    apply_template,
)
from socialdesk.templates.engine import suspended_line
from socialdesk.templates.sandbox import Budget, activate, deactivate


def render(
    source: str,
    fields: dict[str, str] | None = None,
    engine: TemplateEngine | None = None,
    **kw: object,
) -> str:
    template = PostTemplate.from_source("hostile", source)
    return (engine or TemplateEngine()).render(template, fields or {}, "twitter", "en", **kw).text  # type: ignore[arg-type]


ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__ }}",
    "{{ x.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].environ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ self.__init__.__globals__ }}",
    "{{ config }}",
    "{{ config.__class__.__init__.__globals__['os'] }}",
    "{{ request.application.__globals__ }}",
    "{{ '{0.__class__.__mro__}'.format(x) }}",
    "{{ '{0.__class__}'.format_map({'0': x}) }}",
    "{{ x|attr('__class__') }}",
    "{{ (x|attr('__class__')).__base__ }}",
    "{{ dict.__base__.__subclasses__() }}",
    "{{ range.__self__ }}",
    "{{ x.encode('utf-8') }}",
    "{{ x.translate({120: 'y'}) }}",
    "{% set l = [1] %}{{ l.append(2) }}{{ l }}",
    "{% set d = {} %}{{ d.update({'a': 1}) }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}",
    "{% from 'x' import y %}",
    "{% extends '../../secret' %}",
    "{{ __builtins__ }}",
    "{{ _x }}",
]


@pytest.mark.parametrize("payload", ESCAPES)
def test_sandbox_escape_attempts_fail_with_our_error(payload: str) -> None:
    with pytest.raises(TemplateError) as info:
        render(payload, {"x": "text"})
    message = str(info.value)
    assert "hostile" in message and "line 1" in message
    # nothing of the host leaks into the message
    assert os.environ.get("HOME", "/nonexistent") not in message
    assert "root:" not in message and "<module" not in message


def test_internals_are_reported_as_blocked_for_safety() -> None:
    with pytest.raises(TemplateSecurityError, match="blocked for safety"):
        render("{{ ''.__class__ }}")
    with pytest.raises(TemplateSecurityError, match=r"\{% include %\} is not allowed"):
        render("\n\n{% include 'x' %}")


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ("{{ 'x' * 10**9 }}", "repeating"),
        ("{{ [1] * 10**9 }}", "repeating"),
        ("{{ 9 ** 9 ** 9 }}", None),
        ("{{ 9 ** (9 ** 9) }}", "too large"),
        ("{{ range(10**9)|list }}", "range of 1,000,000,000"),
        ("{{ '%999999999d' % 1 }}", "format width"),
        ("{{ '%*d' % (999999999, 1) }}", "computed widths"),
        ("{{ '{:>999999999}'.format(1) }}", "format width"),
        ("{{ '{:{w}}'.format(1, w=999999999) }}", "nested format"),
        ("{{ 'x'|center(999999999) }}", "too large"),
        ("{{ 'x'.ljust(999999999) }}", "ljust"),
        ("{{ ('x' * 99999)|indent(99999, true) }}", None),
        ("{{ ('ab' * 50000).replace('a', 'aaaaaaaaaa') }}", "replace"),
        ("{{ ('ab' * 50000)|replace('', 'zz') }}", "replace"),
        ("{% set s = 'x' * 100000 %}{{ ([s] * 100000)|join }}", "join"),
        ("{% set s = 'x' * 100000 %}{{ ','.join([s] * 1000) }}", "join"),
        ("{% set s = 'x' * 100000 %}{{ [s] * 1000 }}", "printing"),
        ("{% set s = 'x' * 100000 %}{{ s ~ s }}", "100,000"),
        ("{% set s = 'x' * 60000 %}{{ s + s }}", "joining texts"),
        ("{{ [1]|batch(10**9, 'x')|list }}", "too large"),
        ("{{ {'a': 'x' * 90000}|tojson(indent=90000) }}", None),
    ],
)
def test_huge_values_are_refused_before_they_are_built(payload: str, words: str | None) -> None:
    started = time.perf_counter()
    try:
        render(payload)
    except TemplateBudgetError as exc:
        if words:
            assert words in str(exc)
    else:
        assert words is None, "expected the template to be stopped"
    assert time.perf_counter() - started < 1.0


def test_nested_loops_stop_at_the_step_limit() -> None:
    src = (
        "line 1\n{% for a in range(10000) %}\n{% for b in range(10000) %}{% endfor %}\n{% endfor %}"
    )
    with pytest.raises(TemplateBudgetError, match="loops ran more than 200,000 times") as info:
        render(src)
    assert info.value.line == 3


def test_loops_over_long_strings_are_counted_too() -> None:
    src = "{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}"
    with pytest.raises(TemplateBudgetError, match="loops ran more than"):
        render(src)


def test_slow_template_is_stopped_by_the_time_budget() -> None:
    # each step is heavy but allowed; only the clock stops it
    src = (
        "{% for a in range(5000) %}{% for b in range(30) %}"
        "{{ ('x' * 20000).replace('x', 'yz')|length|string|length }}"
        "{% endfor %}{% endfor %}"
    )
    started = time.perf_counter()
    with pytest.raises(TemplateBudgetError, match=r"stopped after 0.2 s") as info:
        render(src, seconds=0.2)
    assert time.perf_counter() - started < 1.0
    assert info.value.line == 1


def test_output_size_is_limited() -> None:
    with pytest.raises(TemplateBudgetError, match="longer than 100,000 characters"):
        render("{% for i in range(5000) %}{{ 'word ' * 10 }}{% endfor %}")
    small = TemplateEngine(Limits(max_output=1000))
    with pytest.raises(TemplateBudgetError, match="longer than 1,000"):
        render("{% for i in range(300) %}abcd{% endfor %}", engine=small)


def test_captured_output_counts_against_the_budget() -> None:
    src = "{% set big %}{% for i in range(10000) %}{{ 'y' * 1000 }}{% endfor %}{% endset %}{{ big|length }}"
    with pytest.raises(TemplateBudgetError, match="more than 2,000,000 characters"):
        render(src)


def test_doubling_a_string_is_stopped() -> None:
    src = (
        "{% set ns = namespace(s='x' * 1000) %}"
        "{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"
    )
    with pytest.raises(TemplateBudgetError, match="more than the 100,000"):
        render(src)


def test_recursion_is_stopped() -> None:
    with pytest.raises(TemplateBudgetError, match="too deeply"):
        render("{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}")


def test_syntax_errors_name_the_line() -> None:
    source = "{# header #}\nHello {{ name }}\n\n{% if platform == 'vk' %}\nVK only\n"
    with pytest.raises(TemplateSyntaxProblem) as info:
        render(source)
    assert info.value.line == 5  # where the template ended without {% endif %}
    assert "endif" in str(info.value)
    with pytest.raises(TemplateSyntaxProblem) as info:
        render("one\ntwo {{ name | }}\nthree")
    assert info.value.line == 2
    assert str(info.value).startswith("template 'hostile': line 2:")


def test_runtime_errors_name_the_line() -> None:
    source = "first\nsecond\n{{ 1 // 0 }}"
    with pytest.raises(TemplateError, match="line 3: division by zero"):
        render(source)
    with pytest.raises(TemplateError, match=r"line 2: .* has no attribute 'missing'"):
        render("ok\n{{ name.missing.deeper }}", {"name": "x"})


def test_header_errors_name_the_line() -> None:
    source = '{#\n{\n  "name": "Broken",\n  "fields": {"a": {"type": "colour"}}\n}\n#}\n{{ a }}'
    template = PostTemplate.from_source("broken", source)
    assert template.problem is not None
    with pytest.raises(TemplateSyntaxProblem, match="unknown type 'colour'"):
        TemplateEngine().render(template, {}, "vk", "ru")
    bad_json = '{#\n{\n  "name": "Broken",\n  "fields": {,}\n}\n#}\nHi'
    problem = PostTemplate.from_source("broken", bad_json).problem
    assert problem is not None and problem.line == 4


def test_broken_template_never_loses_the_draft() -> None:
    draft = Draft(master="My carefully written post", fields={"name": "Aurora"})
    draft.set_variant_text("vk", "Мой текст", origin="edited")
    before = draft.to_json()
    for source in (
        "Hello {{ name }",  # syntax
        "{{ name.__class__ }}",  # security
        "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}",  # loop
        "{% if platform == 'weibo' %}{{ 1 // 0 }}{% else %}fine{% endif %}",  # one platform fails
    ):
        with pytest.raises(TemplateError):
            apply_template(draft, PostTemplate.from_source("bad", source))
        assert draft.to_json() == before


def test_a_stop_between_two_pieces_of_output_names_the_line_it_came_from() -> None:
    """The clock is also read as each piece of the post comes out, when no loop or filter
    of the template is running: the error names the line the rendering was paused at."""
    engine = TemplateEngine()
    compiled = engine.compile("line one\n{% for i in range(3) %}{{ i }}\n{% endfor %}end")
    token = activate(Budget(engine.env.limits))
    try:
        chunks = compiled.template.generate({})
        pieces = [next(chunks) for _ in range(3)]
        assert "".join(pieces).startswith("line one")
        assert suspended_line(compiled.template, chunks) == 2  # inside the loop
    finally:
        deactivate(token)
