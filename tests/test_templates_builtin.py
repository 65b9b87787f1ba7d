"""The built-in library: every template, on every platform, in every language, fits."""

from __future__ import annotations

import re

import pytest
from templates_samples import SAMPLES

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.templates import TemplateLibrary, default_engine

LANGUAGES = ("en", "ru", "zh-CN")
BUILTIN_IDS = sorted(SAMPLES)


def test_library_has_the_six_kinds_of_post() -> None:
    entries = TemplateLibrary().entries()
    builtin = {e.id for e in entries if e.builtin}
    assert builtin >= set(BUILTIN_IDS)
    assert all(e.problem is None for e in entries if e.builtin)
    assert all(e.description for e in entries if e.builtin)


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
@pytest.mark.parametrize("pid", PLATFORM_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_builtin_renders_within_the_platform_limit(
    template_id: str, pid: str, language: str
) -> None:
    template = TemplateLibrary().load(template_id)
    fields = SAMPLES[template_id]
    result = default_engine().render(template, fields, pid, language)
    text = result.text
    check = get_platform(pid).check(text)
    assert check.over_by == 0, f"{template_id} on {pid} in {language}:\n{text}"
    assert not check.problems
    # nothing leaked from the machinery: no placeholders, no Python values
    assert "\ue000" not in text and "None" not in text and "Undefined" not in text
    assert "\n\n\n" not in text and text == text.strip()
    # the link made it in, whole
    assert "https://aurora-coffee.example/" in text
    # the post is in the audience's language
    if language == "ru":
        assert re.search("[а-яё]", text)
    if language == "zh-CN":
        assert re.search("[\u4e00-\u9fff]", text)
    # tags in the platform's own syntax
    platform = get_platform(pid)
    kinds = {e.kind for e in platform.entities(text)}
    assert ("topic" if pid == "weibo" else "hashtag") in kinds
    if pid == "vk":
        assert "@aurora_coffee" in text
    if pid == "twitter":
        assert len(re.findall(r"(?<!\w)#\w", text)) <= 2


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_x_version_is_shorter_than_the_facebook_version(template_id: str) -> None:
    template = TemplateLibrary().load(template_id)
    engine = default_engine()
    fields = SAMPLES[template_id]
    x_text = engine.render(template, fields, "twitter", "en").text
    fb_text = engine.render(template, fields, "facebook", "en").text
    assert len(x_text) < len(fb_text)


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_weibo_in_chinese_leads_with_topics(template_id: str) -> None:
    template = TemplateLibrary().load(template_id)
    text = default_engine().render(template, SAMPLES[template_id], "weibo", "zh-CN").text
    assert re.match(r"#[^#\s]+#", text), text
    assert "【" in text


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_x_shortens_a_long_body_to_fit(template_id: str) -> None:
    template = TemplateLibrary().load(template_id)
    fields = dict(SAMPLES[template_id])
    long_field = next(f for f in ("body", "summary") if f in fields)
    fields[long_field] = (fields[long_field] + " ") * 6
    text = default_engine().render(template, fields, "twitter", "en").text
    assert get_platform("twitter").check(text).over_by == 0
    assert "…" in text or text.count(".") >= 1


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_fields_are_discovered_with_labels(template_id: str) -> None:
    template = TemplateLibrary().load(template_id)
    fields = default_engine().fields(template)
    names = [f.name for f in fields]
    assert "link" in names and "hashtags" in names
    assert all(f.label for f in fields)
    # the sample fills every field the template asks for
    assert set(names) <= {key.split("@")[0] for key in SAMPLES[template_id]} | {
        "cta",
        "currency",
        "mention",
    }


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_builtin_renders_with_only_the_main_field_filled(template_id: str, pid: str) -> None:
    """A writer fills the form top to bottom: every step must render, not fail."""
    template = TemplateLibrary().load(template_id)
    first = template.meta.fields[0].name
    text = default_engine().render(template, {first: "Something new"}, pid, "en").text
    assert "Something new" in text
    assert "None" not in text
