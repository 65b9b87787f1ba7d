"""X entities against twitter-text's official extraction conformance: every case of the
hashtag, cashtag, mention, list and URL sections (with their indices) and of the TLD file.

Not run: `replies` (the app does not mark a post as a reply).
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from support import SHARED

from socialdesk.platforms import get_platform

CONFORMANCE = SHARED / "conformance"
EXTRACT: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (CONFORMANCE / "twitter-text-extract.yml").read_text(encoding="utf-8")
)["tests"]
TLDS: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (CONFORMANCE / "twitter-text-tlds.yml").read_text(encoding="utf-8")
)["tests"]
X = get_platform("twitter")

# section → (entity kind, key of a found value in `expected` when it has indices)
SECTIONS = {
    "mentions": ("mention", None),
    "mentions_with_indices": ("mention", "screen_name"),
    "mentions_or_lists_with_indices": ("mention|list", "screen_name"),
    "hashtags": ("hashtag", None),
    "hashtags_from_astral": ("hashtag", None),
    "hashtags_with_indices": ("hashtag", "hashtag"),
    "cashtags": ("cashtag", None),
    "cashtags_with_indices": ("cashtag", "cashtag"),
    "urls": ("url", None),
    "urls_with_indices": ("url", "url"),
    "urls_with_directional_markers": ("url", "url"),
    "tco_urls_with_params": ("url", None),
}


def cases(sections: dict[str, list[dict[str, Any]]], names: list[str]) -> list[Any]:
    return [
        pytest.param(name, case["text"], case["expected"], id=f"{name}: {case['description']}")
        for name in names
        for case in sections[name]
    ]


def test_every_section_is_there() -> None:
    # a renamed section would silently run zero cases
    for name in SECTIONS:
        assert len(EXTRACT[name]) >= 2, name
    assert sum(len(section) for section in TLDS.values()) > 1000


def value(kind: str, entity_text: str, target: str) -> str:
    """What twitter-text reports: the URL as written, a handle or tag without its sign."""
    return entity_text if kind == "url" else target


@pytest.mark.parametrize(("section", "text", "expected"), cases(EXTRACT, list(SECTIONS)))
def test_extraction(section: str, text: str, expected: Any) -> None:
    kind, key = SECTIONS[section]
    found = [e for e in X.entities(text) if e.kind in kind.split("|")]
    for entity in found:
        assert text[entity.start : entity.end] == entity.text
    if kind == "mention|list":  # the handle and the slug apart
        assert [(*e.target.partition("/")[::2], [e.start, e.end]) for e in found] == [
            (item["screen_name"], item["list_slug"].lstrip("/"), item["indices"])
            for item in expected
        ]
    elif key is None:
        assert [value(kind, e.text, e.target) for e in found] == expected
    else:
        # indices are in code points: none of these texts has an astral character
        assert [(value(kind, e.text, e.target), [e.start, e.end]) for e in found] == [
            (item[key], item["indices"]) for item in expected
        ]


@pytest.mark.parametrize(("section", "text", "expected"), cases(TLDS, list(TLDS)))
def test_top_level_domains(section: str, text: str, expected: list[str]) -> None:
    assert [e.text for e in X.entities(text) if e.kind == "url"] == expected


@pytest.mark.parametrize(
    ("text", "tag", "at"),
    [
        ("❤️#love", "love", 2),  # heart with the emoji presentation selector
        ("✌︎#tag", "tag", 2),  # text presentation selector
        ("👍🏽#yes", "yes", 2),  # skin tone modifier
        ("#\U00020021\U00020022 ok", "\U00020021\U00020022", 0),  # astral CJK letters
        ("#\U00016f04\U00016f51", "\U00016f04\U00016f51", 0),  # astral letter + mark
    ],
)
def test_hashtags_after_emoji_and_in_astral_letters(text: str, tag: str, at: int) -> None:
    hashtags = [(e.target, e.start) for e in X.entities(text) if e.kind == "hashtag"]
    assert hashtags == [(tag, at)]


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("RT@jack great", ["jack"]),
        ("rt@jack", ["jack"]),
        ("RT:@jack", ["jack"]),
        ("ART@jack", []),  # a word ending in rt, not a retweet
        ("x.rt@jack", []),
        ("@joséphine", []),  # followed by an accented letter: no mention at all
        ("@jose ok", ["jose"]),
    ],
)
def test_mentions_after_rt_and_before_accents(text: str, handles: list[str]) -> None:
    assert [e.target for e in X.entities(text) if e.kind == "mention"] == handles
