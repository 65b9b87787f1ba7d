"""Applying a template to a draft: master and variants, languages, and the writer's edits."""

from __future__ import annotations

from pathlib import Path

from templates_samples import SAMPLES

from socialdesk.draft import Draft
from socialdesk.templates import MASTER, PostTemplate, TemplateLibrary, apply_template

PER_PLATFORM = PostTemplate.from_source(
    "demo",
    "{% if platform == 'twitter' %}Short: {{ title }}{% else %}Long: {{ title }} — {{ body }}{% endif %}",
)


def test_same_output_everywhere_goes_to_the_master_only() -> None:
    draft = Draft()
    template = PostTemplate.from_source("plain", "{{ title }}!")
    apply_template(draft, template, {"title": "Hello"})
    assert draft.master == "Hello!"
    assert all(v.text is None for v in draft.variants.values())
    assert draft.template == "plain" and draft.fields == {"title": "Hello"}


def test_per_platform_parts_become_variants() -> None:
    draft = Draft()
    applied = apply_template(draft, PER_PLATFORM, {"title": "News", "body": "Details"})
    assert draft.master == "Long: News — Details"
    assert draft.variants["twitter"].text == "Short: News"
    assert draft.variants["twitter"].origin == "template"
    assert not draft.master_changed_since("twitter")
    assert draft.variants["facebook"].text is None  # same as the master: inherits
    assert applied.texts[MASTER] == draft.master


def test_each_audience_gets_its_language() -> None:
    draft = Draft(source_language="en")
    template = TemplateLibrary().load("event")
    apply_template(draft, template, SAMPLES["event"])
    assert draft.master.startswith("🗓 Latte Art Night — Saturday, 12 December 2026")
    assert draft.text_for("vk").startswith("🗓 Вечер латте-арта — суббота, 12 декабря 2026")
    assert draft.text_for("weibo").startswith("#柏林生活# #咖啡拉花#【拉花之夜】")
    assert draft.text_for("twitter").startswith("🗓 Latte Art Night · 12 December")
    for pid in draft.enabled_platforms():
        assert draft.variants[pid].origin in ("template", "master")


def test_reapplying_keeps_what_the_writer_edited() -> None:
    draft = Draft()
    first = apply_template(draft, PER_PLATFORM, {"title": "News", "body": "Details"})
    draft.set_variant_text("twitter", "My own tweet", origin="edited")
    second = apply_template(
        draft, PER_PLATFORM, {"title": "Big news", "body": "Details"}, previous=first.texts
    )
    assert draft.master == "Long: Big news — Details"
    assert draft.variants["twitter"].text == "My own tweet"
    assert second.kept == ["twitter"]
    draft.master = "I rewrote the master"
    third = apply_template(
        draft, PER_PLATFORM, {"title": "Bigger news", "body": "x"}, previous=second.texts
    )
    assert draft.master == "I rewrote the master" and MASTER in third.kept


def test_disabled_platforms_are_left_alone_and_the_draft_round_trips(tmp_path: Path) -> None:
    draft = Draft()
    draft.variants["weibo"].enabled = False
    draft.set_variant_text("weibo", "旧文本")
    apply_template(draft, PER_PLATFORM, {"title": "T", "body": "B"})
    assert draft.variants["weibo"].text == "旧文本"
    path = tmp_path / "made.sdraft"
    draft.save(path)
    again = Draft.load(path)
    assert again.template == "demo" and again.fields == {"title": "T", "body": "B"}
    assert again.variants["twitter"].origin == "template"


def test_empty_texts_are_always_filled() -> None:
    """A draft saved with fields but no text yet (made by a script, say) gets the text."""
    draft = Draft(fields={"title": "T", "body": "B"})
    stale = {MASTER: "what the template made before", "twitter": "old"}
    applied = apply_template(draft, PER_PLATFORM, previous=stale)
    assert draft.master == "Long: T — B" and draft.text_for("twitter") == "Short: T"
    assert applied.kept == []
