"""Proofing as the writer set it up: saved options and the combined check."""

from __future__ import annotations

from socialdesk.proofing.checks import ProofingOptions, load_options, proof, save_options
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
