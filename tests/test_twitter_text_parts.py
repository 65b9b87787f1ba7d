"""X counting runs nothing of twitter-text-parser (no `pkg_resources`, no emoji regex, no
`parse_tweet`): its emoji list is a resource file, checked here against the package —
and it still counts exactly as twitter-text does.

Fresh interpreters, because this test process has long imported `twitter_text` whole.
"""

from __future__ import annotations

from support import SHARED, run_fresh
from twitter_text.regexp import emoji as package_emoji

from socialdesk.platforms.twitter import twitter_text_parts

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
        loaded = sorted(m for m in sys.modules if m.startswith(("pkg_resources", "twitter_text")))
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
