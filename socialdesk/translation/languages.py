"""Language codes as the app writes them (BCP 47-ish: `en`, `ru`, `zh-CN`) and their names.

Each backend spells codes its own way; `match_code` picks a backend's spelling of one
of ours from the codes that backend offers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from socialdesk.platforms import get_platform

if TYPE_CHECKING:
    from socialdesk.draft import Draft

AUTO = "auto"

# The languages the pickers offer first; any other code a backend knows still works.
NAMES: dict[str, str] = {
    "auto": "Detect automatically",
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "hi": "Hindi",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "kk": "Kazakh",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "th": "Thai",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "zh-CN": "Chinese (Simplified)",
    "zh-TW": "Chinese (Traditional)",
}

# Scripts without letter case or spaces between words (hashtag joining, splitting).
UNSPACED_PRIMARY = frozenset({"zh", "ja", "th", "lo", "km", "my"})

_SIMPLIFIED_ALIASES = ("zh-cn", "zh-hans", "zh-sg", "zh")
_TRADITIONAL_ALIASES = ("zh-tw", "zh-hant", "zh-hk", "zh-mo")


def primary(code: str) -> str:
    return code.replace("_", "-").split("-")[0].lower()


def base_language(tag: str) -> str:
    """ "zh-CN" → "zh", "ru_RU" → "ru"; empty → "en"."""
    return primary(tag.strip()) or "en"


def target_language(draft: Draft, pid: str) -> str:
    """The language `pid`'s text is in: the variant's own, else its audience's."""
    return normalize(draft.variants[pid].language) or get_platform(pid).default_language


def is_same_language(source: str, target: str) -> bool:
    return normalize(source) == normalize(target)


def name_of(code: str) -> str:
    """`Russian (ru)`: how messages name a language."""
    name = NAMES.get(code) or NAMES.get(primary(code))
    return f"{name} ({code})" if name and code != AUTO else (name or code)


def is_unspaced(code: str) -> bool:
    return primary(code) in UNSPACED_PRIMARY


def normalize(code: str) -> str:
    """`zh_cn` → `zh-CN`, `RU` → `ru`; empty stays empty."""
    code = code.strip().replace("_", "-")
    if not code:
        return ""
    if code.lower() == AUTO:
        return AUTO
    head, _, rest = code.partition("-")
    if not rest:
        return head.lower()
    if len(rest) == 2:
        return f"{head.lower()}-{rest.upper()}"
    return f"{head.lower()}-{rest[:1].upper()}{rest[1:].lower()}"


def match_code(code: str, offered: Iterable[str]) -> str | None:
    """The backend's spelling of our `code` among `offered`, or None if it has none.

    Exact (case-insensitive) first; then Chinese script aliases (zh-CN ≈ zh-Hans ≈ zh);
    then a regional variant of the same language, preferring `ru-RU` style, then the
    first offered.
    """
    choices = list(offered)
    lowered = {c.lower(): c for c in choices}
    wanted = code.lower()
    if wanted in lowered:
        return lowered[wanted]
    for family in (_SIMPLIFIED_ALIASES, _TRADITIONAL_ALIASES):
        if wanted in family:
            for alias in family:
                if alias in lowered:
                    return lowered[alias]
            return None
    head = primary(code)
    if head in lowered:
        return lowered[head]
    regional = [c for c in choices if primary(c) == head and c.lower() not in _TRADITIONAL_ALIASES]
    preferred = f"{head}-{head}"
    for c in regional:
        if c.lower() == preferred:
            return c
    return regional[0] if regional else None


def _known_tables() -> tuple[set[str], dict[str, str]]:
    """Primary subtags of every language a backend knows, and name → code."""
    from deep_translator.constants import (
        GOOGLE_LANGUAGES_TO_CODES,
        LIBRE_LANGUAGES_TO_CODES,
        MY_MEMORY_LANGUAGES_TO_CODES,
    )

    by_name: dict[str, str] = {name.lower(): code for code, name in NAMES.items()}
    primaries = {primary(code) for code in NAMES}
    for table in (
        MY_MEMORY_LANGUAGES_TO_CODES,
        LIBRE_LANGUAGES_TO_CODES,
        GOOGLE_LANGUAGES_TO_CODES,
    ):
        for name, code in table.items():
            primaries.add(primary(code))
            by_name[name.lower()] = normalize(code)
    return primaries, by_name


def resolve(code: str) -> str | None:
    """A language the writer typed (`ru`, `zh_cn`, `Russian`) as our code, or None
    when no translation service knows it — checked offline, before any request."""
    wanted = code.strip()
    if not wanted:
        return None
    primaries, by_name = _known_tables()
    normalized = normalize(wanted)
    if normalized != AUTO and primary(normalized) in primaries and len(primary(normalized)) <= 3:
        return normalized
    return by_name.get(wanted.lower())
