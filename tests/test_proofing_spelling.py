"""Spell checking with the real Hunspell dictionaries (Debian hunspell-en-us, hunspell-ru)."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialdesk.proofing.issues import ProofingError
from socialdesk.proofing.spelling import SpellChecker


@pytest.fixture
def checker() -> SpellChecker:
    return SpellChecker()


def flagged(checker: SpellChecker, text: str, language: str) -> list[str]:
    return [m.word for m in checker.check(text, language)]


def test_installed_dictionaries_serve_our_language_codes(checker: SpellChecker) -> None:
    assert checker.dictionary_tag("ru") == "ru_RU"
    assert checker.dictionary_tag("en") == "en_US"
    assert checker.dictionary_tag("en-US") == "en_US"


def test_misspelt_russian_word_gets_the_right_suggestion_first(checker: SpellChecker) -> None:
    text = "Здраствуйте! Мы открыли новую кофейню в центре города."
    found = checker.check(text, "ru")
    assert [(m.start, m.end, m.word) for m in found] == [(0, 11, "Здраствуйте")]
    assert checker.suggest("Здраствуйте", "ru")[0] == "Здравствуйте"
    assert checker.suggest("пожалуста", "ru")[0] == "пожалуйста"


def test_misspelt_english_words_are_found_with_offsets(checker: SpellChecker) -> None:
    text = "We recieve\nteh best beans, definately."
    found = checker.check(text, "en")
    assert [(text[m.start : m.end], m.word) for m in found] == [
        ("recieve", "recieve"),
        ("teh", "teh"),
        ("definately", "definately"),
    ]
    assert checker.suggest("recieve", "en")[0] == "receive"
    assert checker.suggest("definately", "en")[0] == "definitely"


def test_entities_are_never_flagged(checker: SpellChecker) -> None:
    # every entity holds a "misspelt" word; only the plain word outside them is flagged
    text = (
        "Пишите @ivanovv_kofe и [id123|Ивааан Пеетров], #кофеейня #крутоой@aurora_cofe "
        "#话题词# https://примеер.рф/страаница mail.kofe@exampel.com {{ имяя }} "
        "{% if провеерка %}да{% endif %} 2024 100500 ошипка"
    )
    assert flagged(checker, text, "ru") == ["ошипка"]
    english = (
        "Ping @jhonn #coffe [club1|Aurrora] https://exampel.com/pagge {{ nmae }} 3rd 4K mistaek"
    )
    assert flagged(checker, english, "en") == ["mistaek"]


def test_words_of_another_script_and_abbreviations_pass(checker: SpellChecker) -> None:
    text = "Наш SocialDesk и кофе из Kenia, ООО «Ромашка», КБЖУ"
    assert flagged(checker, text, "ru") == []
    assert flagged(checker, "Our Кофейня opens, NASA-grade VKX beans", "en") == []


def test_personal_dictionary_survives_a_restart(socialdesk_home: Path) -> None:
    first = SpellChecker()
    assert flagged(first, "Кофейня Аврорка ждёт", "ru") == ["Аврорка"]
    first.add_to_dictionary("Аврорка", "ru")
    assert flagged(first, "Кофейня Аврорка ждёт", "ru") == []

    restarted = SpellChecker()  # a new app session reads the list from the data folder
    assert flagged(restarted, "Кофейня Аврорка ждёт", "ru") == []
    assert restarted.personal_words("ru") == ["Аврорка"]
    assert (socialdesk_home / "data" / "dictionary" / "ru.txt").read_text("utf-8") == "Аврорка\n"
    # per language: an English text does not accept it
    assert restarted.personal_words("en") == []


def test_personal_lowercase_word_covers_capitalised(checker: SpellChecker) -> None:
    checker.add_to_dictionary("frappuccino", "en-GB")  # shared by every English region
    assert flagged(checker, "Frappuccino or frappuccino", "en") == []


def test_ignore_lasts_for_the_session_only(checker: SpellChecker) -> None:
    checker.ignore("Ауроракофе", "ru")
    assert flagged(checker, "Ауроракофе открыт", "ru") == []
    assert flagged(SpellChecker(), "Ауроракофе открыт", "ru") == ["Ауроракофе"]


def test_adding_more_than_a_word_is_refused_and_changes_nothing(
    checker: SpellChecker, socialdesk_home: Path
) -> None:
    with pytest.raises(ProofingError, match="single word"):
        checker.add_to_dictionary("two words", "en")
    assert not (socialdesk_home / "data" / "dictionary" / "en.txt").exists()


def test_unwritable_personal_dictionary_is_reported_and_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    checker = SpellChecker(blocker / "dictionary")
    with pytest.raises(ProofingError, match="personal dictionary"):
        checker.add_to_dictionary("Аврорка", "ru")
    assert flagged(checker, "Аврорка", "ru") == ["Аврорка"]


def test_missing_dictionary_is_reported_once(checker: SpellChecker) -> None:
    assert checker.check("Ein Fehlerr hier", "de") == []
    notice = checker.missing_notice("de")
    assert notice is not None and "German (de)" in notice
    assert checker.missing_notice("de") is None
    # languages that are checked, and Chinese (never spell-checked), have nothing to say
    assert checker.missing_notice("ru") is None
    assert checker.missing_notice("zh-CN") is None
    assert checker.check("软件很好用", "zh-CN") == []


def test_only_changed_blocks_are_checked_again(checker: SpellChecker) -> None:
    lines = [f"Строка номер {n} про кофе и ошипка" for n in range(50)]
    text = "\n".join(lines)
    assert len(checker.check(text, "ru")) == 50
    assert checker.blocks_checked == 50
    lines[7] = lines[7] + "у"  # one keystroke
    found = checker.check("\n".join(lines), "ru")
    assert checker.blocks_checked == 51
    assert len(found) == 50
    # offsets still point at the words in the whole text
    edited = "\n".join(lines)
    assert all(edited[m.start : m.end] == m.word for m in found)


def test_cached_block_never_checks(checker: SpellChecker) -> None:
    assert not checker.is_ready("ru")
    assert checker.cached_block("ошипка тут", "ru") is None
    assert checker.blocks_checked == 0
    checker.check("ошипка тут", "ru")
    assert checker.is_ready("ru")
    cached = checker.cached_block("ошипка тут", "ru")
    assert cached is not None and [m.word for m in cached] == ["ошипка"]


def test_a_forgotten_line_is_let_go_and_checked_again_when_it_comes_back(
    checker: SpellChecker,
) -> None:
    checker.check("ошипка тут\nвторая строка", "ru")
    assert checker.cached_lines == 2
    checker.forget_block("ошипка тут", "ru")
    assert checker.cached_lines == 1
    assert checker.cached_block("ошипка тут", "ru") is None
    assert flagged(checker, "ошипка тут", "ru") == ["ошипка"]
    assert checker.blocks_checked == 3


def test_adding_a_word_rechecks_the_blocks_that_hold_it(checker: SpellChecker) -> None:
    assert flagged(checker, "Аврорка\nАврорка ждёт", "ru") == ["Аврорка", "Аврорка"]
    checker.add_to_dictionary("Аврорка", "ru")
    assert flagged(checker, "Аврорка\nАврорка ждёт", "ru") == []
