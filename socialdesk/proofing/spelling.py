"""Spell checking in the writer's languages, offline: Hunspell dictionaries via pyenchant.

Why pyenchant: it is the maintained binding to Enchant, which drives the system's
Hunspell dictionaries on Linux and ships the Enchant library with Hunspell and
dictionaries inside its Windows wheels, so the app needs no separate install there.

What is checked: words in the text's language and script. Links, e-mail addresses,
mentions, hashtags, Weibo `#话题#`, VK `[id1|Name]`, template tags and emoji are
found by the same code that protects them from translation and never flagged; nor are
numbers, words with digits, ALL-CAPS abbreviations, and words in another script (an
English brand name in a Russian post). Chinese, Japanese and Thai are not checked.

Incremental: a text is checked block by block (a block = one line, as in the editor),
and each block's result is cached, so after a keystroke only the changed block is
checked again; words are cached too.

The personal word list is one UTF-8 file per language (`en.txt`, `ru.txt`) in the
data folder, one word a line, shared by all drafts. "Ignore" lasts for the session.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from socialdesk import paths
from socialdesk.draft import DraftError, atomic_write
from socialdesk.proofing.issues import ProofingError
from socialdesk.translation.languages import is_unspaced, name_of, normalize, primary

# letters (with combining accents), joined by inner apostrophes or hyphens: don't, кто-то
_WORD = re.compile(r"[\w\u0300-\u036f]+(?:['’\-][\w\u0300-\u036f]+)*")
_NOT_A_WORD = re.compile(r"[\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"})

BLOCK_CACHE_SIZE = 4096
WORD_CACHE_SIZE = 100_000


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int  # text[start:end] == word
    word: str


def _script(text: str) -> str:
    if _LATIN.search(text):
        return "latin"
    if _CYRILLIC.search(text):
        return "cyrillic"
    if _GREEK.search(text):
        return "greek"
    return "other"


def _language_script(language: str) -> str:
    head = primary(language)
    if head in _CYRILLIC_LANGUAGES:
        return "cyrillic"
    if head == "el":
        return "greek"
    return "latin"


def words(block: str, language: str, *, ignore_uppercase: bool = True) -> list[tuple[int, int]]:
    """Spans of the words in `block` a spell checker of `language` should look at."""
    # here: the window makes its spell checker before its first paint, checks after it
    from socialdesk.proofing.entities import entity_spans

    script = _language_script(language)
    candidates = []
    for m in _WORD.finditer(block):
        word = m.group()
        if _NOT_A_WORD.search(word) or _script(word) != script:
            continue
        if ignore_uppercase and len(word) > 1 and word.isupper():
            continue
        candidates.append(m.span())
    if not candidates:  # a line in another script: no need to find its entities
        return []
    skip = entity_spans(block)
    return [(s, e) for s, e in candidates if not any(s < b and e > a for a, b in skip)]


def _pick_tag(language: str, tags: Iterable[str]) -> str | None:
    """Enchant's tag for our language code: `ru` → `ru_RU`, `en` → `en_US`, `de-AT` → `de_AT`."""
    by_lower = {t.replace("-", "_").lower(): t for t in tags}
    code = normalize(language).replace("-", "_").lower()
    head = primary(language)
    for wanted in (code, head, f"{head}_{head}", "en_us" if head == "en" else ""):
        if wanted in by_lower:
            return by_lower[wanted]
    regional = sorted(t for low, t in by_lower.items() if low.split("_")[0] == head)
    return regional[0] if regional else None


class SpellChecker:
    """Checks texts per language; safe to use from the GUI thread and a worker at once."""

    def __init__(self, words_dir: Path | None = None, *, ignore_uppercase: bool = True) -> None:
        self._words_dir = words_dir
        self.ignore_uppercase = ignore_uppercase
        self._lock = threading.RLock()
        self._broker: Any = None
        self._broker_error = ""
        self._dicts: dict[str, Any] = {}  # language code → enchant.Dict or None
        self._personal: dict[str, set[str]] = {}
        self._ignored: dict[str, set[str]] = {}
        self._word_cache: dict[tuple[str, str], bool] = {}
        self._blocks: OrderedDict[tuple[str, str], tuple[Misspelling, ...]] = OrderedDict()
        self._noticed: set[str] = set()
        self.blocks_checked = 0  # blocks actually spell-checked (not from the cache)

    # -- dictionaries ---------------------------------------------------------------

    @property
    def words_dir(self) -> Path:
        if self._words_dir is None:
            self._words_dir = paths.data_dir() / "dictionary"
        return self._words_dir

    def _get_broker(self) -> Any:
        if self._broker is None and not self._broker_error:
            try:
                import enchant  # the C library loads here; missing → ImportError
            except ImportError as exc:
                self._broker_error = str(exc) or "the Enchant library is not installed"
            else:
                self._broker = enchant.Broker()
        return self._broker

    def available_languages(self) -> list[str]:
        """Enchant tags of the installed dictionaries, e.g. `['en_US', 'ru_RU']`."""
        with self._lock:
            broker = self._get_broker()
            return sorted(broker.list_languages()) if broker is not None else []

    def dictionary_tag(self, language: str) -> str | None:
        """The installed dictionary used for `language`, or None."""
        with self._lock:
            d = self._dict(language)
            return str(d.tag) if d is not None else None

    def _dict(self, language: str) -> Any:
        key = normalize(language)
        if key not in self._dicts:
            broker = self._get_broker()
            d = None
            if broker is not None and not is_unspaced(language):
                tag = _pick_tag(language, broker.list_languages())
                if tag is not None:
                    d = broker.request_dict(tag)
            self._dicts[key] = d
        return self._dicts[key]

    def is_ready(self, language: str) -> bool:
        """Whether `language`'s dictionary was looked up already (so checking a line now
        costs no dictionary load, which takes 20–150 ms)."""
        with self._lock:
            return normalize(language) in self._dicts

    def can_check(self, language: str) -> bool:
        with self._lock:
            return self._dict(language) is not None

    def missing_notice(self, language: str) -> str | None:
        """Once per language: why `language` is not spell-checked; None if it is, or told."""
        with self._lock:
            key = normalize(language)
            if not language or is_unspaced(language) or key in self._noticed:
                return None
            if self._dict(language) is not None:
                return None
            self._noticed.add(key)
            if self._broker_error:
                return f"Spell checking is off: {self._broker_error}."
            return (
                f"No spelling dictionary for {name_of(language)} is installed, "
                "so its spelling is not checked."
            )

    # -- checking -------------------------------------------------------------------

    def check_block(self, block: str, language: str) -> tuple[Misspelling, ...]:
        """Misspelt words of one line, offsets within it; cached by (language, line)."""
        with self._lock:
            cache_key = (normalize(language), block)
            cached = self._blocks.get(cache_key)
            if cached is not None:
                self._blocks.move_to_end(cache_key)
                return cached
            d = self._dict(language)
            result: tuple[Misspelling, ...] = ()
            if d is not None:
                self.blocks_checked += 1
                result = tuple(
                    Misspelling(s, e, block[s:e])
                    for s, e in words(block, language, ignore_uppercase=self.ignore_uppercase)
                    if not self._word_ok(d, language, block[s:e])
                )
            self._blocks[cache_key] = result
            if len(self._blocks) > BLOCK_CACHE_SIZE:
                self._blocks.popitem(last=False)
            return result

    def cached_block(self, block: str, language: str) -> tuple[Misspelling, ...] | None:
        """The cached result for a line, or None if it was not checked yet (never checks:
        the editor asks this while a worker checks the whole text)."""
        with self._lock:
            return self._blocks.get((normalize(language), block))

    def forget_block(self, block: str, language: str) -> None:
        """Drop a line's cached result: an editor no longer shows it (it was typed into).
        Otherwise every version of a line typed into stays cached, up to the bound."""
        with self._lock:
            self._blocks.pop((normalize(language), block), None)

    @property
    def cached_lines(self) -> int:
        """How many lines' results are cached (all languages)."""
        return len(self._blocks)

    def check(self, text: str, language: str) -> list[Misspelling]:
        """Misspelt words of a whole text, offsets within it."""
        found: list[Misspelling] = []
        offset = 0
        for block in text.split("\n"):
            for m in self.check_block(block, language):
                found.append(Misspelling(m.start + offset, m.end + offset, m.word))
            offset += len(block) + 1
        return found

    def is_correct(self, word: str, language: str) -> bool:
        with self._lock:
            d = self._dict(language)
            return d is None or self._word_ok(d, language, word)

    def _word_ok(self, d: Any, language: str, word: str) -> bool:
        code = normalize(language)
        cached = self._word_cache.get((code, word))
        if cached is None:
            if len(self._word_cache) >= WORD_CACHE_SIZE:
                self._word_cache.clear()
            cached = self._known(_key(language), word) or bool(
                d.check(unicodedata.normalize("NFC", word))
            )
            self._word_cache[(code, word)] = cached
        return cached

    def _known(self, key: str, word: str) -> bool:
        """In the personal list or ignored; a lowercase entry also covers Capitalised."""
        for words_ in (self._personal_words(key), self._ignored.get(key, set())):
            if word in words_ or word.lower() in words_:
                return True
        return False

    def suggest(self, word: str, language: str, limit: int = 6) -> list[str]:
        with self._lock:
            d = self._dict(language)
            if d is None:
                return []
            return [str(s) for s in d.suggest(unicodedata.normalize("NFC", word))][:limit]

    # -- personal words -------------------------------------------------------------

    def ignore(self, word: str, language: str) -> None:
        """Accept `word` in `language` until the app closes."""
        with self._lock:
            key = _key(language)
            self._ignored.setdefault(key, set()).add(word)
            self._forget(key)

    def add_to_dictionary(self, word: str, language: str) -> None:
        """Accept `word` in `language` for good: it goes into the personal word list."""
        word = word.strip()
        if not word or any(c.isspace() for c in word):
            raise ProofingError(f"Only a single word can be added to the dictionary: {word!r}.")
        with self._lock:
            key = _key(language)
            personal = self._personal_words(key)
            if word in personal:
                return
            path = self._personal_path(key)
            data = "".join(f"{w}\n" for w in sorted(personal | {word})).encode()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(path, data)
            except (DraftError, OSError) as exc:
                raise ProofingError(f"Cannot save the personal dictionary: {exc}") from exc
            personal.add(word)
            self._forget(key)

    def personal_words(self, language: str) -> list[str]:
        with self._lock:
            return sorted(self._personal_words(_key(language)))

    def _personal_path(self, key: str) -> Path:
        return self.words_dir / f"{key}.txt"

    def _personal_words(self, key: str) -> set[str]:
        words_ = self._personal.get(key)
        if words_ is None:
            try:
                lines = self._personal_path(key).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                lines = []  # no list yet, or unreadable: check with the dictionary alone
            words_ = {line.strip() for line in lines if line.strip()}
            self._personal[key] = words_
        return words_

    def _forget(self, key: str) -> None:
        """Drop cached results of language `key` (any region) after its accepted words changed."""
        self._word_cache = {k: v for k, v in self._word_cache.items() if primary(k[0]) != key}
        for cache_key in [k for k in self._blocks if primary(k[0]) == key]:
            del self._blocks[cache_key]


def _key(language: str) -> str:
    """Personal lists and caches are per language, whatever the region: `en-GB` → `en`."""
    return primary(language) if language else ""
