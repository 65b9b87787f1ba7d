"""The one error type templates raise: what went wrong, and on which line when known."""

from __future__ import annotations


class TemplateError(Exception):
    """A template that cannot be read, compiled or rendered.

    `line` is the 1-based line in the template file when known; `template` names it.
    """

    kind = "error"

    def __init__(self, message: str, *, line: int | None = None, template: str = "") -> None:
        self.message = message
        self.line = line
        self.template = template
        super().__init__(self.describe())

    def describe(self) -> str:
        where = f"template {self.template!r}: " if self.template else ""
        at = f"line {self.line}: " if self.line else ""
        return f"{where}{at}{self.message}"

    def naming(self, template: str) -> TemplateError:
        """The same error, naming the template it came from."""
        copy = type(self)(self.message, line=self.line, template=template)
        copy.__cause__ = self.__cause__
        return copy


class TemplateSyntaxProblem(TemplateError):
    """The template text does not parse (an unclosed tag, a bad header)."""

    kind = "syntax"


class TemplateSecurityError(TemplateError):
    """The template reached for something a post template may not touch."""

    kind = "security"


class TemplateBudgetError(TemplateError):
    """The template ran too long or produced too much: stopped, nothing lost."""

    kind = "budget"


class TemplateFileError(TemplateError):
    """A template file that cannot be found, read, written or named that way."""

    kind = "file"


class TemplateFieldsMissing(TemplateError):
    """Required fields are empty: the template would make a broken post, so it makes none.

    `fields` are the labels of the fields to fill in, in the form's order.
    """

    kind = "missing"

    def __init__(
        self,
        message: str = "",
        *,
        line: int | None = None,
        template: str = "",
        fields: tuple[str, ...] = (),
    ) -> None:
        self.fields = fields
        super().__init__(
            message or f"fill in {', '.join(fields)} first", line=line, template=template
        )

    def naming(self, template: str) -> TemplateError:
        return TemplateFieldsMissing(
            self.message, line=self.line, template=template, fields=self.fields
        )
