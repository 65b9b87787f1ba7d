"""Simplified ↔ traditional Chinese with OpenCC, and wrong-script checks."""

from __future__ import annotations

import pytest

from socialdesk.proofing.chinese import check_script, config_for, convert, script_of
from socialdesk.proofing.issues import apply_fixes


@pytest.mark.parametrize(
    ("simplified", "taiwan"),
    [
        ("软件", "軟體"),
        ("鼠标", "滑鼠"),
        ("信息", "資訊"),
        ("网络", "網路"),
        ("打印机", "印表機"),
        ("头发", "頭髮"),
        ("出租车", "計程車"),
    ],
)
def test_taiwan_conversion_swaps_characters_and_vocabulary(simplified: str, taiwan: str) -> None:
    assert convert(simplified, "zh-TW") == taiwan
    assert convert(taiwan, "zh-CN", source="zh-TW") == simplified


def test_hong_kong_conversion_keeps_hong_kong_vocabulary() -> None:
    assert convert("软件和网络信息", "zh-HK") == "軟件和網絡信息"
    assert convert("軟件和網絡信息", "zh-CN", source="zh-HK") == "软件和网络信息"


def test_phrase_level_conversion_picks_the_right_character() -> None:
    # 发 is 髮 in hair and 發 in develop; 后 is 後 in after but stays in 皇后
    assert convert("头发 发展 皇后 后来", "zh-TW") == "頭髮 發展 皇后 後來"


def test_mentions_links_and_template_tags_stay_as_written() -> None:
    text = "关注@软件小组 访问 https://example.com/soft {{ 软件 }} #软件推荐# 软件"
    assert convert(text, "zh-TW") == (
        "關注@软件小组 訪問 https://example.com/soft {{ 软件 }} #軟體推薦# 軟體"
    )


def test_configs_by_source_and_target() -> None:
    assert config_for("zh-TW") == "s2twp"
    assert config_for("zh-HK") == "s2hk"
    assert config_for("zh-CN", source="zh-TW") == "tw2sp"
    assert config_for("zh-CN", source="zh-HK") == "hk2s"
    assert config_for("zh-CN", source="zh-Hant") == "t2s"
    assert (script_of("zh-CN"), script_of("zh-TW"), script_of("zh-Hant"), script_of("ru")) == (
        "simplified",
        "traditional",
        "traditional",
        None,
    )


def test_simplified_text_with_traditional_characters_is_flagged() -> None:
    text = "我们的新軟件很好用，欢迎下載。"
    issues = check_script(text, "zh-CN")
    assert [(i.original, i.replacement) for i in issues] == [("軟", "软"), ("載", "载")]
    assert all(text[i.start : i.end] == i.original for i in issues)
    assert apply_fixes(text, issues) == "我们的新软件很好用，欢迎下载。"
    assert check_script("我们的新软件很好用。乾隆年间。", "zh-CN") == []


def test_traditional_text_with_simplified_characters_is_flagged() -> None:
    text = "我們的新軟体很好用，歡迎下载。台北見！"
    issues = check_script(text, "zh-TW")
    assert [(i.original, i.replacement) for i in issues] == [("体", "體"), ("载", "載")]
    assert "simplified" in issues[0].message
    assert apply_fixes(text, issues) == "我們的新軟體很好用，歡迎下載。台北見！"
    assert check_script("我們的新軟件，歡迎下載。", "zh-HK") == []


def test_script_check_ignores_other_languages_and_entities() -> None:
    assert check_script("軟件 software", "en") == []
    assert check_script("欢迎@軟件組 来 {{ 軟件 }}", "zh-CN") == []
