"""Typography house rules for Chinese, Russian and English, with their one-click fixes."""

from __future__ import annotations

import pytest

from socialdesk.proofing.issues import ProofingError, apply_fix, apply_fixes
from socialdesk.proofing.typography import NBSP, TypographyOptions, check_typography


def fixed(text: str, language: str, options: TypographyOptions | None = None) -> str:
    return apply_fixes(text, check_typography(text, language, options))


def test_chinese_half_width_punctuation_becomes_full_width() -> None:
    text = '你好,世界!今天吃什么? 我们去"咖啡馆"(新开的).'
    assert fixed(text, "zh-CN") == "你好，世界！今天吃什么？我们去“咖啡馆”（新开的）。"


def test_chinese_punctuation_in_numbers_and_latin_is_left_alone() -> None:
    options = TypographyOptions(zh_latin_spacing="off")
    assert check_typography("Hello, world. 价格 3.5 元 v1.2 版 (new).", "zh-CN", options) == []


def test_chinese_latin_spacing_house_rules() -> None:
    assert fixed("用iPhone拍了10张照片", "zh-CN") == "用 iPhone 拍了 10 张照片"
    none = TypographyOptions(zh_latin_spacing="none")
    assert fixed("用 iPhone 拍了 10 张照片", "zh-CN", none) == "用iPhone拍了10张照片"
    off = TypographyOptions(zh_latin_spacing="off", zh_fullwidth_punctuation=False)
    assert check_typography("用iPhone拍,好", "zh-TW", off) == []


def test_chinese_rules_never_touch_entities() -> None:
    text = "关注@咖啡小组A 今天开业,见https://t.cn/A6abc,d 和#新店开业#{{ 店名 }}好"
    issues = check_typography(text, "zh-CN")
    assert [i.original for i in issues] == [","]  # 业, → 业，; nothing next to the entities
    for issue in issues:
        for entity in ("@咖啡小组A", "https://t.cn/A6abc,d", "#新店开业#", "{{ 店名 }}"):
            s = text.index(entity)
            assert issue.end <= s or issue.start >= s + len(entity)
    assert "https://t.cn/A6abc,d" in apply_fixes(text, issues)


def test_russian_quotes_become_yolochki() -> None:
    assert fixed('Он сказал "привет" и ушёл.', "ru") == "Он сказал «привет» и ушёл."
    assert fixed("Кафе “Аврора” открыто", "ru") == "Кафе «Аврора» открыто"
    # „нижние“ are the nested Russian quotes: kept
    assert check_typography("«Кафе „Аврора” открыто»", "ru") == []


def test_russian_hyphen_used_as_dash_becomes_em_dash_with_nbsp() -> None:
    text = "Кофе - это жизнь, а чай – тоже. Москва -- столица"
    assert fixed(text, "ru") == f"Кофе{NBSP}— это жизнь, а чай{NBSP}— тоже. Москва{NBSP}— столица"
    # hyphens inside words, minus signs and list bullets stay
    assert check_typography("кто-то, 5-6 чашек, -5 градусов\n- пункт списка", "ru") == []


def test_russian_em_dash_gets_a_non_breaking_space_before_it() -> None:
    issues = check_typography("Кофе — это жизнь", "ru")
    assert [(i.kind, i.original, i.replacement) for i in issues] == [("ru_dash_space", " ", NBSP)]
    assert check_typography(f"Кофе{NBSP}— это жизнь\n— Реплика диалога", "ru") == []


def test_russian_rules_can_be_turned_off() -> None:
    off = TypographyOptions(ru_quotes=False, ru_dashes=False)
    assert check_typography('Кофе - это "жизнь"', "ru", off) == []


def test_english_quotes_curly_or_straight_by_option() -> None:
    text = "She said \"it's the '90s\" and 'left'."
    assert fixed(text, "en") == "She said “it’s the ’90s” and ‘left’."
    straight = TypographyOptions(en_quotes="straight")
    assert fixed("She said “it’s ‘fine’”", "en-GB", straight) == "She said \"it's 'fine'\""
    assert check_typography(text, "en", TypographyOptions(en_quotes="off")) == []


def test_template_tags_and_links_keep_their_straight_quotes() -> None:
    text = 'Read {{ "intro" | upper }} at https://example.com/a_b now'
    assert check_typography(text, "en") == []


def test_other_languages_have_no_rules() -> None:
    assert check_typography('Das ist "gut" - oder?', "de") == []


def test_a_fix_applies_to_its_text_only_and_refuses_a_changed_text() -> None:
    text = 'Он сказал "привет"'
    first = check_typography(text, "ru")[0]
    assert apply_fix(text, first) == 'Он сказал «привет"'
    with pytest.raises(ProofingError, match="changed"):
        apply_fix("Другой текст совсем", first)
