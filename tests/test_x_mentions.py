"""X's mentions, lists and cashtags (`socialdesk.platforms.twitter.rules`) against the
official twitter-text library: the same spans on every text.

twitter-text-parser, the Python port the URL finder is checked against, has no mention
or cashtag extractor; the official JavaScript library (`tests/oracle`, pinned, installed
by `npm ci --prefix tests/oracle`) is the reference. Its `extractMentionsOrListsWithIndices`,
`extractCashtagsWithIndices` and `extractEntitiesWithIndices` run once on every text here,
in one node process: the conformance texts, handles and lists of every length between
every kind of neighbour, cashtags alike, and random text from an alphabet of the
characters that matter.
"""

from __future__ import annotations

import itertools
import json
import random
import shutil
import subprocess
from functools import cache
from typing import Any

import pytest
import yaml
from support import REPO, SHARED

from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter import rules

ORACLE = REPO / "tests" / "oracle"
X = get_platform("twitter")

Mention = tuple[str, str, int, int]  # handle, "/slug" or "", start, end
Cashtag = tuple[str, int, int]


@cache
def _node() -> str:
    node = shutil.which("node")
    if node is None or not (ORACLE / "node_modules" / "twitter-text").is_dir():
        pytest.skip("twitter-text for node is missing: run `npm ci --prefix tests/oracle`")
    return node


def twitter_text(texts: list[str]) -> list[dict[str, Any]]:
    """What the official twitter-text finds in each text (indices in code points)."""
    done = subprocess.run(
        [_node(), str(ORACLE / "extract.js")],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def our_mentions(text: str) -> list[Mention]:
    return [(m.group(1), m.group(2) or "", m.start(), m.end()) for m in rules._mentions(text)]


def our_cashtags(text: str) -> list[Cashtag]:
    return [(m.group(1), m.start(), m.end()) for m in rules._cashtags(text)]


def conformance_texts() -> list[str]:
    texts: list[str] = []
    for name in ("twitter-text-extract.yml", "twitter-text-validate.yml"):
        tests: dict[str, list[dict[str, Any]]] = yaml.safe_load(
            (SHARED / "conformance" / name).read_text(encoding="utf-8")
        )["tests"]
        texts += [case["text"] for cases in tests.values() for case in cases]
    return [text for text in texts if isinstance(text, str)]


# what may stand before and after an entity: ASCII word characters and the punctuation
# twitter-text names, the retweet prefixes, white space of every kind, accents, other
# scripts, emoji, an astral letter
BEFORE = [
    "", " ", "a", "Z", "7", "_", "!", "#", "$", "%", "&", "*", "@", "＠", "+", "~", ".", "-",
    "/", ":", "(", "'", "\n", "\t", "\u00a0", "\u3000", "\u2028", "\u180e", "\u0085", "\ufeff",
    "RT", "rt", "Rt", "rT", "RT:", "rt:", "xRT", "x RT", ".RT", "-rt:", "ART", "\u00e9", "é ",
    "の", "к", "中", "😀", "❤️", "\U00020021", "\u0301", "$ ",
]  # fmt: skip
AFTER = [
    "", " ", "a", "_", "-", ".", ",", "!", "?", ":", ";", "'", ")", "@", "＠", "@x", "#",
    "$", "/", "/x", "://", ":/", "é", "ì", "\u00c0", "\u0301", "\u1e00", "\u024f", "\u0250",
    "の", "к", "中", "😀", "\n", "\u00a0", "\u3000", "\u2028", "\ufeff", "\u0085", "\u180e",
    "\u200b", "\U00020021", "~", "+", "=", "|", "…",
]  # fmt: skip
HANDLES = ["a", "_", "7", "ab_1", "x" * 15, "y" * 16, "A1" * 10, "z" * 20, "q" * 21, "w" * 30]
SLUGS = ["", "/l", "/list-name", "/list_name-01", "/7list", "/-x", "/_x", "/" + "s" * 25,
         "/" + "t" * 26, "/a/b", "/"]  # fmt: skip
TICKERS = ["A", "AAPL", "Stock", "symbol", "ABCDEF", "ABCDEFG", "TEST.T", "test.tt", "T.ttt",
           "Stock_X", "sym_ab", "X_", "X.", "X.1", "A1", "1A", "株", "TEST.", "a.b.c", "Ǆ",
           "ſ", "\u212a"]  # fmt: skip


def mention_texts() -> list[str]:
    texts = []
    for handle, slug in itertools.product(HANDLES, SLUGS):
        for before in BEFORE:
            texts.append(f"{before}@{handle}{slug} ok")
        for after in AFTER:
            texts.append(f"see @{handle}{slug}{after}")
        texts.append(f"＠{handle}{slug}")
    # two or more in a row, glued or apart
    for a, b in itertools.product(["@a", "@bb/l", "＠c", "RT@d", "@" + "e" * 21], repeat=2):
        for glue in ("", " ", "@", "/", ",", "RT", " RT:"):
            texts.append(a + glue + b)
    return texts


def cashtag_texts() -> list[str]:
    texts = []
    for ticker in TICKERS:
        for before in BEFORE:
            texts.append(f"{before}${ticker} ok")
        for after in AFTER:
            texts.append(f"buy ${ticker}{after}")
        texts.append(f"${ticker}")
        texts.append(f"＄{ticker} ${ticker}${ticker} $${ticker}")
    return texts


ALPHABET = "aZ7_ @＠$#/.-:RTrt!&*+~éìの中😀\u00a0\u3000\n\u0301"


def random_texts(count: int = 4000) -> list[str]:
    rng = random.Random(17)
    return ["".join(rng.choices(ALPHABET, k=rng.randrange(1, 40))) for _ in range(count)]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return conformance_texts() + mention_texts() + cashtag_texts() + random_texts()


@pytest.fixture(scope="module")
def theirs(corpus: list[str]) -> list[dict[str, Any]]:
    return twitter_text(corpus)


def test_the_corpus_has_what_it_is_for(corpus: list[str], theirs: list[dict[str, Any]]) -> None:
    # a corpus in which twitter-text finds nothing would prove nothing
    mentions = [m for found in theirs for m in found["mentions"]]
    cashtags = [c for found in theirs for c in found["cashtags"]]
    assert sum(1 for m in mentions if len(m[0]) == 20) > 100  # long handles, cut at 20
    assert sum(1 for m in mentions if m[1]) > 100  # lists
    assert len(cashtags) > 300
    assert len(corpus) > 8000


def test_mentions_and_lists_are_twitter_texts(
    corpus: list[str], theirs: list[dict[str, Any]]
) -> None:
    differ = [
        (text, our_mentions(text), [tuple(m) for m in found["mentions"]])
        for text, found in zip(corpus, theirs, strict=True)
        if our_mentions(text) != [tuple(m) for m in found["mentions"]]
    ]
    assert differ == []


def test_cashtags_are_twitter_texts(corpus: list[str], theirs: list[dict[str, Any]]) -> None:
    differ = [
        (text, our_cashtags(text), [tuple(c) for c in found["cashtags"]])
        for text, found in zip(corpus, theirs, strict=True)
        if our_cashtags(text) != [tuple(c) for c in found["cashtags"]]
    ]
    assert differ == []


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def test_all_entities_are_twitter_texts(corpus: list[str], theirs: list[dict[str, Any]]) -> None:
    """What the cards and the splitter use: `entities` is twitter-text's
    `extractEntitiesWithIndices` (links, mentions and lists, hashtags, cashtags, overlaps
    resolved as it does), compared in UTF-16 units as it counts them."""
    differ = []
    for text, found in zip(corpus, theirs, strict=True):
        ours = [[e.kind, utf16(text, e.start), utf16(text, e.end)] for e in X.entities(text)]
        if ours != found["entities"]:
            differ.append((text, ours, found["entities"]))
    assert differ == []
