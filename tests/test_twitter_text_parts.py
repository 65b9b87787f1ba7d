"""X counting loads only the parts of twitter-text-parser it uses: no `pkg_resources`,
no emoji regex, no `parse_tweet` — and still counts exactly as twitter-text does.

Fresh interpreters, because this test process has long imported `twitter_text` whole.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support import SHARED, run_fresh
from twitter_text.regexp import emoji as package_emoji

from socialdesk.platforms.twitter import twitter_text_parts
from socialdesk.platforms.twitter.rules import _url_finder

CONFORMANCE = SHARED / "conformance"
MIXED = (
    "☕ Aurora Coffee is open in Berlin-Mitte! 👩🏻‍💻 🇩🇪 1️⃣ #AuroraCoffee @AuroraCoffeeHQ "
    "Зерно из Юньнани 精选云南咖啡豆 https://auroracoffee.de/berlin?x=1 and auroracoffee.de. "
)


def test_the_emoji_list_is_the_packages() -> None:
    listed = twitter_text_parts.emoji_list()
    codepoints = [item.codepoint.split() for item in package_emoji.emoji_list]
    sequences = {"".join(chr(int(c, 16)) for c in cps) for cps in codepoints if len(cps) > 1}
    singles = {
        chr(cp)
        for low, high in package_emoji.single_codepoint_emoji_ranges
        for cp in range(low, high + 1)
    }
    assert listed.sequences == sequences
    assert listed.singles == singles
    assert len(sequences) > 2000 and len(singles) > 1000


def test_counting_skips_the_emoji_regex_and_still_follows_twitter_text() -> None:
    result = run_fresh(
        f"""
        import json, sys, yaml
        from socialdesk.platforms import get_platform

        X = get_platform("twitter")
        mixed = {MIXED!r}
        tests = yaml.safe_load(open({str(CONFORMANCE / "twitter-text-validate.yml")!r},
                                    encoding="utf-8"))["tests"]
        cases = (tests["WeightedTweetsWithDiscountedEmojiCounterTest"]
                 + tests["UnicodeDirectionalMarkerCounterTest"])
        wrong = [c["description"] for c in cases
                 if X.count(c["text"]) != c["expected"]["weightedLength"]]
        ours = [X.count(mixed), X.count(mixed * 3), [e.kind for e in X.entities(mixed)]]
        loaded = sorted(m for m in ("pkg_resources", "twitter_text.regexp.emoji",
                                    "twitter_text.parse_tweet") if m in sys.modules)
        # anyone importing the package's own names still gets the whole package
        from twitter_text import parse_tweet
        theirs = [parse_tweet(mixed).weightedLength, parse_tweet(mixed * 3).weightedLength]
        print(json.dumps({{"cases": len(cases), "wrong": wrong, "loaded": loaded,
                          "ours": ours, "theirs": theirs}}))
        """
    )
    assert result["loaded"] == []
    assert isinstance(result["cases"], int) and result["cases"] >= 20
    assert result["wrong"] == []
    ours, theirs = result["ours"], result["theirs"]
    assert isinstance(ours, list) and isinstance(theirs, list)
    assert ours[:2] == theirs
    assert ours[2] == ["hashtag", "mention", "url", "url"]


def test_plain_text_loads_nothing_from_twitter_text() -> None:
    result = run_fresh(
        """
        import json, sys
        from socialdesk.platforms import get_platform

        X = get_platform("twitter")
        count = X.count("Hello world, no dot here and no emoji #launch @aurora")
        print(json.dumps({"count": count,
                          "loaded": sorted(m for m in sys.modules if m.startswith("twitter_text"))}))
        """
    )
    assert result == {"count": 53, "loaded": []}


def _reference_dot_tld() -> re.Pattern[str]:
    """What the URL finder compiled before: a dot, then any of the domains, any case."""
    rules = twitter_text_parts.url_rules()
    tlds = (rules.valid_gtld, rules.valid_cctld, rules.valid_punycode)
    return re.compile(rf"\.(?=\w)(?:{'|'.join(p.pattern for p in tlds)})", re.IGNORECASE)


REFERENCE_DOT_TLD = _reference_dot_tld()
DOMAIN_LETTERS = st.sampled_from(
    [*"comnetorgdeiKkſSsıİXN-\u212a", "рф", "中国", "香港", "ελ", "भारत", "닷컴", "xn--", "CoM"]
)
words = st.lists(
    st.one_of(DOMAIN_LETTERS, st.just("."), st.characters(exclude_categories=["Cs"])),
    max_size=12,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(word=words)
@example(word="aurora.ſite")  # ſ is s to the regex engine, ignoring case
@example(word="aurora.\u212aim")  # the Kelvin sign is k
@example(word="aurora.İt")  # dotted capital I is i
@example(word="例子.中國")
@example(word="a.XN--p1ai")
def test_the_domain_filter_lets_through_every_word_the_full_regex_would(word: str) -> None:
    """The URL finder skips words without a dot and a known top-level domain; it checks
    with a set lookup now, not by compiling all domains into one more regex, and must never
    skip a word that regex let through (the extractor decides on the rest)."""
    passes = _url_finder().has_dot_tld(word)
    if REFERENCE_DOT_TLD.search(word):
        assert passes
    if "." not in word:
        assert not passes


def test_the_domain_filter_skips_words_without_a_known_domain() -> None:
    has_dot_tld = _url_finder().has_dot_tld
    assert has_dot_tld("see aurora-coffee.example/berlin") is False
    assert has_dot_tld("version 3.14") is False
    assert has_dot_tld("aurora.COFFEE/berlin") is True
    assert has_dot_tld("Aurora.De") is True
    assert has_dot_tld("例子.中国") is True
    for odd in ("aurora.ſite", "aurora.\u212aim", "aurora.İt"):  # other cases of s, k, i
        assert REFERENCE_DOT_TLD.search(odd) and has_dot_tld(odd), odd
