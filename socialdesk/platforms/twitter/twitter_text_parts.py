"""The parts of `twitter-text-parser` the X counter uses, loaded without its `__init__`.

The counter needs the package's URL extractor, three regex pieces behind it, and its
emoji list (the data, not the regex). Importing any `twitter_text` submodule normally
runs the package `__init__` first, which imports `parse_tweet`, whose emoji module
imports `pkg_resources` (~60 ms) and compiles one regex of every emoji (~55 ms):
more than the whole editor window costs to start, for nothing the counter uses.

So the package is entered through its own import spec without executing the
`__init__`; the submodules then import as usual. The `__init__` still runs, in full,
the first time anyone asks the package for a name it defines (`parse_tweet`…), so
other code sees the package as if it had been imported normally. The emoji list is
read from the package's own `regexp/emoji-test.txt` with the same rules as its
`parse_emoji_list`; `tests/test_platform_counting.py` checks both give the same set.

Everything loads on first use (the package is entered under a lock: the preview counts
long texts on a worker thread); `load()` loads it all, to warm up off the critical path.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

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


def _submodule(name: str) -> ModuleType:
    _package()
    return importlib.import_module(f"{PACKAGE}.{name}")


@dataclass(frozen=True)
class UrlRules:
    extract_urls_with_indices: Callable[[str], list[dict[str, Any]]]
    spaces_group: str  # regex class body of what twitter-text counts as spaces
    valid_gtld: re.Pattern[str]
    valid_cctld: re.Pattern[str]
    valid_punycode: re.Pattern[str]


@cache
def url_rules() -> UrlRules:
    """twitter-text's URL extractor and the regex pieces the counter builds on."""
    return UrlRules(
        extract_urls_with_indices=_submodule("extract_urls").extract_urls_with_indices,
        spaces_group=_submodule("regexp.spaces_group").spaces_group,
        valid_gtld=_submodule("regexp.valid_gtld").valid_gtld,
        valid_cctld=_submodule("regexp.valid_cctld").valid_cctld,
        valid_punycode=_submodule("regexp.valid_punycode").valid_punycode,
    )


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
    url_rules()
    emoji_list()


__all__ = ["EmojiList", "UrlRules", "emoji_data_path", "emoji_list", "load", "url_rules"]
