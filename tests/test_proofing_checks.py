"""Proofing as the writer set it up: saved options, the combined check, variant conversion."""

from __future__ import annotations

import pytest

from socialdesk.draft import Draft
from socialdesk.proofing.checks import ProofingOptions, load_options, proof, save_options
from socialdesk.proofing.chinese import convert_variant
from socialdesk.proofing.issues import ProofingError
from socialdesk.proofing.typography import TypographyOptions
from socialdesk.settings import Settings


def test_options_survive_a_restart_and_bad_values_keep_defaults() -> None:
    settings = Settings.load()
    options = ProofingOptions(
        spelling=False, rules=TypographyOptions(zh_latin_spacing="none", en_quotes="off")
    )
    save_options(settings, options)
    assert load_options(Settings.load()) == options

    settings = Settings.load()
    settings.data["proofing"].update(
        {"spelling": "yes", "zh_latin_spacing": "sometimes", "ru_quotes": False}
    )
    loaded = load_options(settings)
    assert loaded.spelling is True
    assert loaded.rules.zh_latin_spacing == "space"
    assert loaded.rules.ru_quotes is False


def test_proof_combines_script_and_typography_in_text_order() -> None:
    text = "我们的軟件,很好用"
    issues = proof(text, "zh-CN")
    assert [(i.kind, i.original, i.replacement) for i in issues] == [
        ("zh_script", "軟", "软"),
        ("zh_punctuation", ",", "，"),
    ]
    off = ProofingOptions(typography=False, chinese_script=False)
    assert proof(text, "zh-CN", off) == []


def test_converting_an_inheriting_variant_gives_it_its_own_taiwan_text() -> None:
    draft = Draft(master="新软件上线！关注@软件小组", source_language="zh-CN")
    convert_variant(draft, "facebook", "zh-TW")
    assert draft.text_for("facebook") == "新軟體上線！關注@软件小组"
    assert draft.variants["facebook"].language == "zh-TW"
    assert draft.master == "新软件上线！关注@软件小组"  # Weibo keeps zh-CN
    assert draft.text_for("weibo") == draft.master

    convert_variant(draft, "facebook", "zh-CN")  # and back, Taiwan vocabulary included
    assert draft.text_for("facebook") == "新软件上线！关注@软件小组"
    assert draft.variants["facebook"].language == "zh-CN"


def test_a_conversion_that_cannot_be_done_changes_nothing() -> None:
    draft = Draft(master="Fresh coffee", source_language="en")
    with pytest.raises(ProofingError, match="no Chinese"):
        convert_variant(draft, "facebook", "zh-TW")
    assert draft.variants["facebook"].inherits

    draft = Draft(master="軟體", source_language="zh-TW")
    draft.set_variant_text("facebook", "軟體")
    draft.variants["facebook"].language = "zh-TW"
    with pytest.raises(ProofingError, match="already"):
        convert_variant(draft, "facebook", "zh-TW")
