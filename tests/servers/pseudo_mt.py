"""A deterministic "machine translation" for the loopback translation servers.

Each line is translated on its own (as real services keep line breaks): words found in
a small dictionary are replaced, everything else (placeholders ⟦1⟧, links, digits) is
left alone, and a line of more than one word gets a `[ru] ` prefix so tests can see
what was translated and into which language. A single word gets no prefix, so that
translated hashtag words stay clean.
"""

from __future__ import annotations

import re

DICTIONARY: dict[str, dict[str, str]] = {
    "ru": {
        "hello": "привет",
        "world": "мир",
        "launch": "запуск",
        "summer": "лето",
        "sale": "распродажа",
        "new": "новый",
        "today": "сегодня",
        "visit": "посетите",
        "and": "и",
        "sentence": "предложение",
        "price": "цена",
    },
    "zh": {
        "hello": "你好",
        "world": "世界",
        "launch": "发布",
        "summer": "夏季",
        "sale": "促销",
        "new": "新",
        "today": "今天",
        "visit": "访问",
        "and": "和",
        "sentence": "句子",
        "price": "价格",
    },
    "de": {"hello": "hallo", "world": "Welt", "launch": "Start", "sentence": "Satz"},
    "fr": {"hello": "bonjour", "world": "monde", "launch": "lancement", "sentence": "phrase"},
    "en": {"привет": "hello", "мир": "world", "запуск": "launch"},
}

_WORD = re.compile(r"[^\W\d_]+")


def dictionary_for(target: str) -> dict[str, str]:
    return DICTIONARY.get(target.lower().split("-")[0], {})


def translate_line(line: str, target: str, marker: str) -> str:
    words = dictionary_for(target)

    def swap(m: re.Match[str]) -> str:
        word = m.group()
        found = words.get(word.lower())
        if found is None:
            return word
        return found[:1].upper() + found[1:] if word[:1].isupper() else found

    out = _WORD.sub(swap, line)
    if len(_WORD.findall(line)) > 1:
        out = f"[{marker}] {out}"
    return out


def pseudo_translate(text: str, target: str, marker: str | None = None) -> str:
    return "\n".join(translate_line(line, target, marker or target) for line in text.split("\n"))


def unmark(text: str) -> str:
    """The translation without its `[xx] ` markers."""
    return re.sub(r"\[[A-Za-z-]+\] ", "", text)
