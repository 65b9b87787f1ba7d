"""The data of `twitter-text-parser` the X counter uses: its emoji list.

Nothing of the package runs in the app: importing any of its modules runs its
`__init__`, which imports `parse_tweet`, whose emoji module imports `pkg_resources`
(~60 ms) and compiles one regex of every emoji (~55 ms); a frozen build would have to
carry both. URLs are found by `urls` (its own tables, `resources/x_tlds.json`); the emoji
list is `resources/x_emoji.json`, what the package's `parse_emoji_list` takes from its
`regexp/emoji-test.txt` (every status, the Component group left out).
`tests/test_twitter_text_parts.py` checks both files against the installed package.

Loaded on first use (an ASCII text needs no emoji); `load()` loads it now, to warm up
off the critical path.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from socialdesk.resources import load_json

EMOJI_FILE = "x_emoji.json"


class EmojiList(NamedTuple):
    sequences: frozenset[str]  # every listed emoji of more than one code point
    singles: frozenset[str]  # every listed emoji of one code point


@cache
def emoji_list() -> EmojiList:
    """The package's emoji list (the file holds the strings themselves: parsing code
    points would cost more than the rest of the first count)."""
    listed: list[str] = load_json(EMOJI_FILE)["emoji"]
    return EmojiList(
        frozenset(e for e in listed if len(e) > 1), frozenset(e for e in listed if len(e) == 1)
    )


def load() -> None:
    """Load everything now (e.g. after the window's first paint), not on the first count."""
    emoji_list()


__all__ = ["EMOJI_FILE", "EmojiList", "emoji_list", "load"]
