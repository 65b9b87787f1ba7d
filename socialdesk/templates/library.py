"""The templates on disk: built-in ones in `resources/templates/` (read-only) and the
writer's own in the user data dir's `templates/` folder.

A template's id is its file name without `.sdtemplate`; drafts record the id. User
templates get ids made safe for every operating system, and never take a built-in's
id, so a built-in can be duplicated but not overwritten.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from socialdesk import paths
from socialdesk.draft import DraftError, atomic_write
from socialdesk.readfile import FileProblem, exists, read_regular
from socialdesk.resources import resource_path
from socialdesk.templates.errors import TemplateError, TemplateFileError
from socialdesk.templates.template_file import SUFFIX, PostTemplate, with_name

MAX_TEMPLATE_BYTES = 256 * 1024
MAX_ID_LENGTH = 60
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}

STARTER_SOURCE = """{#
{
  "name": "New template",
  "description": "What this template is for.",
  "languages": ["en", "ru", "zh"],
  "fields": {
    "headline": {"label": "Headline", "placeholder": "The one thing to say"},
    "body": {"label": "Details", "type": "multiline"},
    "link": {"label": "Link", "type": "url"},
    "hashtags": {"label": "Hashtags", "type": "tags", "help": "Comma-separated"}
  }
}
#}
{% if platform == "twitter" %}
{{ headline }}

{{ body|fit }}
{% else %}
{{ headline }}

{{ body }}
{% endif %}
{% if link %}

{{ link|link }}
{% endif %}
{% if hashtags %}

{{ hashtags|hashtags }}
{% endif %}
"""


@dataclass(frozen=True)
class TemplateEntry:
    """A row in the template list; `problem` says why it cannot be used, if so."""

    id: str
    name: str
    description: str
    builtin: bool
    path: Path
    problem: str | None = None


def builtin_dir() -> Path:
    return resource_path("templates")


def user_dir() -> Path:
    return _made(paths.data_dir() / "templates")


def _made(folder: Path) -> Path:
    # A file in the folder's place: no template of the writer's is read, and saving one
    # says why (`_write`), rather than every listing failing.
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def slugify(name: str) -> str:
    """A file-name-safe id for a template name: "Запуск продукта!" → "запуск-продукта"."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w]+", "-", text).strip("-_.")
    text = re.sub(r"-{2,}", "-", text)[:MAX_ID_LENGTH].strip("-_.")
    if not text:
        return "template"
    if text in _WINDOWS_RESERVED:
        text += "-template"
    return text


def read_template_file(path: Path, *, builtin: bool) -> PostTemplate:
    try:
        raw = read_regular(path, MAX_TEMPLATE_BYTES, "template")
    except FileProblem as exc:
        raise TemplateFileError(f"{path}: {exc.reason}") from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateFileError(
            f"{path}: not UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    return PostTemplate.from_source(path.name[: -len(SUFFIX)], source, builtin=builtin, path=path)


def _first_problem(template: PostTemplate) -> str | None:
    from socialdesk.templates.engine import default_engine  # Jinja2: only when checking

    try:
        default_engine().check(template)
    except TemplateError as exc:
        return str(exc)
    return None


class TemplateLibrary:
    """Listing, loading and managing templates. Built-ins are never written."""

    def __init__(self, builtin: Path | None = None, user: Path | None = None) -> None:
        self.builtin_dir = builtin or builtin_dir()
        self._user_dir = user

    @property
    def user_dir(self) -> Path:
        return _made(self._user_dir) if self._user_dir else user_dir()

    # -- reading --------------------------------------------------------------------------
    def _files(self, folder: Path) -> list[Path]:
        try:
            return sorted(p for p in folder.glob(f"*{SUFFIX}") if p.is_file())
        except OSError:
            return []

    def builtin_ids(self) -> set[str]:
        return {p.name[: -len(SUFFIX)] for p in self._files(self.builtin_dir)}

    def entries(self, check: bool = True) -> list[TemplateEntry]:
        """Built-in templates, then the writer's, each sorted by name. With `check`, each
        is compiled to say what is wrong with it (tens of ms each); without, only the
        files and headers are read and a template's problems show when it is used."""
        builtin_ids = self.builtin_ids()
        rows: list[TemplateEntry] = []
        for folder, is_builtin in ((self.builtin_dir, True), (self.user_dir, False)):
            group = []
            for path in self._files(folder):
                template_id = path.name[: -len(SUFFIX)]
                try:
                    template = read_template_file(path, builtin=is_builtin)
                except TemplateFileError as exc:
                    group.append(
                        TemplateEntry(template_id, template_id, "", is_builtin, path, str(exc))
                    )
                    continue
                problem = _first_problem(template) if check else None
                if not is_builtin and template_id in builtin_ids:
                    problem = "has the same file name as a built-in template; rename it to use it"
                group.append(
                    TemplateEntry(
                        template_id,
                        template.name,
                        template.meta.description,
                        is_builtin,
                        path,
                        problem,
                    )
                )
            rows += sorted(group, key=lambda e: e.name.casefold())
        return rows

    def _path(self, template_id: str, builtin: bool) -> Path:
        if not template_id or slugify(template_id) != template_id.casefold():
            raise TemplateFileError(f"{template_id!r} is not a template id")
        return (self.builtin_dir if builtin else self.user_dir) / f"{template_id}{SUFFIX}"

    def load(self, template_id: str) -> PostTemplate:
        """The template with this id: a built-in first, else the writer's."""
        for builtin in (True, False):
            try:
                path = self._path(template_id, builtin)
            except TemplateFileError:
                break
            if path.is_file():
                return read_template_file(path, builtin=builtin)
        known = ", ".join(e.id for e in self.entries(check=False)) or "none"
        raise TemplateFileError(f"no template {template_id!r} (known: {known})")

    def find(self, name: str) -> PostTemplate:
        """By id, by display name (any case), or by the path of a `.sdtemplate` file."""
        if name.endswith(SUFFIX) and exists(Path(name)):
            return read_template_file(Path(name), builtin=False)
        wanted = name.strip().casefold()
        for entry in self.entries(check=False):  # ids and names only: compile none
            if wanted in (entry.id.casefold(), entry.name.casefold()):
                return self.load(entry.id)
        return self.load(slugify(name))

    # -- changing the writer's templates --------------------------------------------------
    def _free_id(self, name: str) -> str:
        base = slugify(name)
        taken = self.builtin_ids() | {p.name[: -len(SUFFIX)] for p in self._files(self.user_dir)}
        candidate, n = base, 2
        while candidate in taken:
            suffix = f"-{n}"
            candidate = base[: MAX_ID_LENGTH - len(suffix)] + suffix
            n += 1
        return candidate

    def _write(self, path: Path, source: str) -> None:
        try:
            atomic_write(path, source.encode("utf-8"))
        except DraftError as exc:
            raise TemplateFileError(str(exc)) from None

    def _own(self, template_id: str) -> Path:
        if template_id in self.builtin_ids():
            raise TemplateFileError(
                f"{template_id!r} is a built-in template and cannot be changed; duplicate it "
                "and change the copy"
            )
        path = self._path(template_id, builtin=False)
        if not path.is_file():
            raise TemplateFileError(f"no template {template_id!r} of yours to change")
        return path

    def create(self, name: str, source: str | None = None) -> PostTemplate:
        name = name.strip() or "New template"
        text = with_name(STARTER_SOURCE if source is None else source, name)
        path = self.user_dir / f"{self._free_id(name)}{SUFFIX}"
        self._write(path, text)
        return read_template_file(path, builtin=False)

    def duplicate(self, template_id: str, name: str | None = None) -> PostTemplate:
        original = self.load(template_id)
        return self.create(name or f"{original.name} (copy)", original.source)

    def save(self, template_id: str, source: str) -> PostTemplate:
        """Write the writer's template as it is, errors and all: work in progress is kept."""
        path = self._own(template_id)
        if len(source.encode("utf-8")) > MAX_TEMPLATE_BYTES:
            raise TemplateFileError(
                f"the template is too large to save (at most {MAX_TEMPLATE_BYTES // 1024} KB)"
            )
        self._write(path, source)
        return read_template_file(path, builtin=False)

    def rename(self, template_id: str, new_name: str) -> PostTemplate:
        path = self._own(template_id)
        new_name = new_name.strip()
        if not new_name:
            raise TemplateFileError("a template needs a name")
        template = read_template_file(path, builtin=False)
        new_id = slugify(new_name)
        if new_id != template_id:
            new_id = self._free_id(new_name)
        new_path = self.user_dir / f"{new_id}{SUFFIX}"
        self._write(new_path, with_name(template.source, new_name))
        if new_path != path:
            path.unlink(missing_ok=True)
        return read_template_file(new_path, builtin=False)

    def delete(self, template_id: str) -> Path:
        """Move the writer's template to `templates/.deleted/`; returns where it went."""
        path = self._own(template_id)
        trash = self.user_dir / ".deleted"
        trash.mkdir(exist_ok=True)
        target = trash / path.name
        n = 2
        while target.exists():
            target = trash / f"{template_id}-{n}{SUFFIX}"
            n += 1
        try:
            path.replace(target)
        except OSError as exc:
            raise TemplateFileError(f"{path}: cannot delete ({exc.strerror or exc})") from None
        return target
