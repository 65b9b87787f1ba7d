"""The part of `twitter-text-parser` the X counter uses: its emoji list, the data file.

(URLs are found by `urls`, which needs none of the package's regexes.) Importing any
`twitter_text` submodule normally runs the package `__init__` first, which imports
`parse_tweet`, whose emoji module imports `pkg_resources` (~60 ms) and compiles one regex
of every emoji (~55 ms): more than the whole editor window costs to start, for nothing
the counter uses.

So the package is entered through its own import spec without executing the
`__init__` (nothing of it is imported: only its data file is read). The `__init__` still runs, in full,
the first time anyone asks the package for a name it defines (`parse_tweet`…), so
other code sees the package as if it had been imported normally. The emoji list is
read from the package's own `regexp/emoji-test.txt` with the same rules as its
`parse_emoji_list`; `tests/test_platform_counting.py` checks both give the same set.

Everything loads on first use (the package is entered under a lock: the preview counts
long texts on a worker thread); `load()` loads it all, to warm up off the critical path.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

PACKAGE = "twitter_text"
_lock = threading.RLock()


def _package() -> ModuleType:
    """The `twitter_text` package module; entered without running its `__init__` if
    nobody has imported it yet."""
    with _lock:
        module = sys.modules.get(PACKAGE)
        if module is not None:
            return module
        spec = importlib.util.find_spec(PACKAGE)
        if spec is None or spec.loader is None or not spec.submodule_search_locations:
            raise ImportError(f"{PACKAGE} (twitter-text-parser) is not installed")
        module = importlib.util.module_from_spec(spec)
        loader = spec.loader

        def complete(name: str) -> object:
            # someone wants a name the __init__ defines: run it now, once
            with _lock:
                if module.__dict__.pop("__getattr__", None) is not None:
                    loader.exec_module(module)
            try:
                return module.__dict__[name]
            except KeyError:
                raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}") from None

        module.__dict__["__getattr__"] = complete  # PEP 562: asked only for missing names
        sys.modules[PACKAGE] = module
        return module


@dataclass(frozen=True)
class EmojiList:
    sequences: frozenset[str]  # every listed emoji of more than one code point
    singles: frozenset[str]  # every listed emoji of one code point


def emoji_data_path() -> Path:
    spec = _package().__spec__
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        raise ImportError(f"{PACKAGE} is not a package with files")
    return Path(locations[0]) / "regexp" / "emoji-test.txt"


@cache
def emoji_list() -> EmojiList:
    """The package's emoji list: what its `parse_emoji_list` takes from the file (every
    status, the Component group left out), as strings."""
    text = emoji_data_path().read_text(encoding="utf-8")
    sequences: set[str] = set()
    singles: set[str] = set()
    group = ""
    for line in text.splitlines():
        if line == "# Status Counts":  # the statistics after the list
            break
        if line.startswith("# group:"):
            group = line.split(":")[-1].strip()
            continue
        if not line or line.startswith("#") or group == "Component":
            continue
        if not re.match("[0-9A-F]{3,}", line):
            continue
        emoji = "".join(chr(int(cp, 16)) for cp in line.split(";")[0].split())
        (sequences if len(emoji) > 1 else singles).add(emoji)
    return EmojiList(frozenset(sequences), frozenset(singles))


def load() -> None:
    """Load everything now (e.g. after the window's first paint), not on the first count."""
    emoji_list()


__all__ = ["EmojiList", "emoji_data_path", "emoji_list", "load"]
