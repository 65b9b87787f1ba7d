"""Applying a template to a draft: its output becomes the master text, and a platform's
own text where the template writes something different for it (another language,
X's short form, Weibo's topics).

Everything is rendered before the draft is touched, so a broken template changes
nothing. Parts the writer edited since the last application are kept.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from socialdesk.draft import Draft
from socialdesk.templates.engine import (
    TemplateEngine,
    choose_language,
    default_engine,
    field_value,
)
from socialdesk.templates.errors import TemplateFieldsMissing
from socialdesk.templates.template_file import FieldSpec, PostTemplate

MASTER = ""  # key of the master text in a rendering


@dataclass
class Applied:
    """What one application produced: texts by platform ("" for the master) and the
    parts left alone because the writer had edited them."""

    texts: dict[str, str] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)


def missing_fields(
    template: PostTemplate, fields: Mapping[str, str], languages: Collection[str] = ("",)
) -> list[FieldSpec]:
    """Required fields that are empty in any of `languages` (a `name@ru` value fills
    it for Russian only; "" means the value for every language)."""
    missing = []
    for spec in template.meta.fields:
        if not spec.required:
            continue
        for locale in languages:
            lang = choose_language(template.meta.languages, locale) if locale else ""
            if not field_value(fields, spec.name, lang, locale, spec.default).strip():
                missing.append(spec)
                break
    return missing


def draft_languages(draft: Draft) -> list[str]:
    """The languages a template writes in for this draft: the master's and each card's."""
    wanted = [draft.source_language] + [
        draft.variants[pid].language for pid in draft.enabled_platforms()
    ]
    return list(dict.fromkeys(code or "en" for code in wanted))


def check_required(template: PostTemplate, draft: Draft, fields: Mapping[str, str]) -> None:
    """Raise TemplateFieldsMissing naming the required fields still empty."""
    missing = missing_fields(template, fields, draft_languages(draft))
    if missing:
        raise TemplateFieldsMissing(
            template=template.name, fields=tuple(spec.label for spec in missing)
        )


def render_for_draft(
    template: PostTemplate,
    draft: Draft,
    fields: Mapping[str, str] | None = None,
    engine: TemplateEngine | None = None,
    seconds: float | None = None,
) -> dict[str, str]:
    """The master text and each enabled platform's text, in its audience's language."""
    engine = engine or default_engine()
    values = draft.fields if fields is None else fields
    texts = {
        MASTER: engine.render(template, values, None, draft.source_language, seconds=seconds).text
    }
    for pid in draft.enabled_platforms():
        texts[pid] = engine.render(
            template,
            values,
            pid,
            draft.variants[pid].language,
            limit=draft.limit_for(pid),
            seconds=seconds,
            path=draft.weibo_path if pid == "weibo" else "",
        ).text
    return texts


def apply_template(
    draft: Draft,
    template: PostTemplate,
    fields: Mapping[str, str] | None = None,
    *,
    previous: Mapping[str, str] | None = None,
    keep_origins: Collection[str] = (),
    engine: TemplateEngine | None = None,
    seconds: float | None = None,
    require_fields: bool = False,
) -> Applied:
    """Render `template` with `fields` (default: the draft's) into `draft`.

    `previous` is what the last application produced: a part whose text no longer
    matches it was edited by the writer and is kept. Variants whose origin is in
    `keep_origins` (e.g. "edited", "translated") are kept too. With `require_fields`
    an empty required field raises TemplateFieldsMissing instead of making a post
    with a hole in it. Raises TemplateError with the draft unchanged.
    """
    values = dict(draft.fields if fields is None else fields)
    if require_fields:
        check_required(template, draft, values)
    texts = render_for_draft(template, draft, values, engine, seconds)
    applied = Applied(texts=texts)

    draft.template = template.id
    draft.fields = values
    # an empty text has nothing to lose: the template may always fill it
    if (
        previous is not None
        and MASTER in previous
        and draft.master.strip()
        and draft.master != previous[MASTER]
    ):
        applied.kept.append(MASTER)
    else:
        draft.master = texts[MASTER]

    for pid, text in texts.items():
        if pid == MASTER:
            continue
        variant = draft.variants[pid]
        hand_made = bool(variant.text and variant.text.strip()) and (
            variant.origin in keep_origins
            or (previous is not None and pid in previous and variant.text != previous[pid])
        )
        if hand_made:
            applied.kept.append(pid)
        elif text == draft.master:
            draft.revert_variant(pid)
        else:
            draft.set_variant_text(pid, text, origin="template")
    return applied
