"""The glossary: terms never translated (brands, products) and terms with a fixed
translation per language. One JSON file in the user data dir, shared by every backend
(the engine masks the terms before any service sees the text).

File: `{"format": "socialdesk-glossary", "version": 1, "terms": [{"term": "Aurora",
"translations": {"ru": "Аврора"}, "case_sensitive": true, "note": ""}]}`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socialdesk import paths
from socialdesk.draft import DraftError, atomic_write
from socialdesk.readfile import FileProblem, read_regular
from socialdesk.translation import languages

FORMAT = "socialdesk-glossary"
VERSION = 1
FILENAME = "glossary.json"
MAX_BYTES = 5 * 1024 * 1024


class GlossaryError(Exception):
    """The glossary file cannot be read or written; the message names it and the problem."""


@dataclass
class GlossaryTerm:
    term: str
    translations: dict[str, str] = field(default_factory=dict)  # language → fixed translation
    case_sensitive: bool = True
    note: str = ""

    def rendering(self, language: str) -> str:
        """What the term becomes in `language`: its fixed translation, or itself."""
        code = languages.match_code(language, [k for k, v in self.translations.items() if v])
        return self.translations[code] if code else self.term

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"term": self.term, "translations": dict(self.translations)}
        if not self.case_sensitive:
            data["case_sensitive"] = False
        if self.note:
            data["note"] = self.note
        return data


def default_path() -> Path:
    return paths.data_dir() / FILENAME


class Glossary:
    def __init__(self, terms: list[GlossaryTerm] | None = None, path: Path | None = None) -> None:
        self.terms: list[GlossaryTerm] = list(terms or [])
        self.path = path
        self._compiled: tuple[tuple[tuple[str, str, bool], ...], re.Pattern[str] | None] | None = (
            None
        )

    # -- finding terms in text ----------------------------------------------------------
    def _pattern(self) -> re.Pattern[str] | None:
        key = tuple((t.term, t.term.lower(), t.case_sensitive) for t in self.terms)
        if self._compiled is None or self._compiled[0] != key:
            alternatives = []
            # Longest first, so "Aurora Cloud" wins over "Aurora".
            order = sorted(range(len(self.terms)), key=lambda i: -len(self.terms[i].term))
            for i in order:
                term = self.terms[i]
                if not term.term.strip():
                    continue
                body = re.escape(term.term)
                if not term.case_sensitive:
                    body = f"(?i:{body})"
                # Word boundaries only where the term begins/ends with a spaced-script letter
                before = r"(?<!\w)" if _spaced_word_char(term.term[0]) else ""
                after = r"(?!\w)" if _spaced_word_char(term.term[-1]) else ""
                alternatives.append(f"(?P<t{i}>{before}{body}{after})")
            pattern = re.compile("|".join(alternatives)) if alternatives else None
            self._compiled = (key, pattern)
        return self._compiled[1]

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Non-overlapping `(start, end, term index)` of glossary terms in `text`."""
        pattern = self._pattern()
        if pattern is None:
            return []
        found = []
        for m in pattern.finditer(text):
            name = m.lastgroup
            if name is not None:
                found.append((m.start(), m.end(), int(name[1:])))
        return found

    def term_for(self, text: str) -> GlossaryTerm | None:
        """The term that `text` is exactly (a hashtag word, say), if any."""
        found = self.find(text)
        if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text):
            return self.terms[found[0][2]]
        return None

    # -- file -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Glossary:
        """The glossary at `path` (default: the data dir); no file means an empty one."""
        target = path or default_path()
        try:
            raw = read_regular(target, MAX_BYTES, "glossary")
        except FileProblem as exc:
            if exc.missing:
                return cls([], target)
            raise GlossaryError(f"{target}: cannot read the glossary ({exc.reason})") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise GlossaryError(f"{target}: the glossary is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise GlossaryError(
                f"{target}: the glossary is not valid JSON (line {exc.lineno}: {exc.msg}); "
                "fix or remove the file"
            ) from None
        except (ValueError, RecursionError) as exc:  # nested too deeply, endless numbers
            raise GlossaryError(f"{target}: the glossary cannot be read ({exc})") from None
        return cls(parse_terms(data, str(target)), target)

    def save(self, path: Path | None = None) -> None:
        target = path or self.path or default_path()
        problems = validate(self.terms)
        if problems:
            raise GlossaryError(f"{target}: not saved: {problems[0]}")
        payload = {
            "format": FORMAT,
            "version": VERSION,
            "terms": [t.to_json() for t in self.terms],
        }
        data = (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        try:
            atomic_write(target, data)
        except DraftError as exc:
            raise GlossaryError(str(exc)) from None
        self.path = target

    def fingerprint(self) -> str:
        return json.dumps([t.to_json() for t in self.terms], ensure_ascii=False, sort_keys=True)


def _spaced_word_char(ch: str) -> bool:
    return (ch.isalnum() or ch == "_") and not _is_cjk(ch)


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3040 <= cp <= 0x30FF  # kana
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xAC00 <= cp <= 0xD7AF  # hangul
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x2FFFF
    )


def validate(terms: list[GlossaryTerm]) -> list[str]:
    """Problems that would make the glossary ambiguous, in words; empty when fine."""
    problems = []
    seen: dict[str, int] = {}
    for n, term in enumerate(terms, 1):
        if not term.term.strip():
            problems.append(f"term {n} is empty")
            continue
        if term.term != term.term.strip():
            problems.append(f"term {term.term!r} starts or ends with a space")
        key = term.term.lower()
        if key in seen:
            problems.append(f"{term.term!r} is in the glossary twice (terms {seen[key]} and {n})")
        seen.setdefault(key, n)
        for language in term.translations:
            if not languages.normalize(language) or language == languages.AUTO:
                problems.append(f"{term.term!r} has a translation for an empty language code")
    return problems


def parse_terms(data: Any, source: str) -> list[GlossaryTerm]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GlossaryError(f'{source}: not a SocialDesk glossary ("format" is not "{FORMAT}")')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise GlossaryError(f'{source}: "version" must be a whole number')
    if version > VERSION:
        raise GlossaryError(
            f"{source}: written by a newer SocialDesk (glossary version {version}); update the app"
        )
    raw_terms = data.get("terms", [])
    if not isinstance(raw_terms, list):
        raise GlossaryError(f'{source}: "terms" must be a list')
    terms = []
    for n, raw in enumerate(raw_terms, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("term"), str):
            raise GlossaryError(f"{source}: term {n} must be an object with a text 'term'")
        translations = raw.get("translations", {})
        if not isinstance(translations, dict) or not all(
            isinstance(v, str) for v in translations.values()
        ):
            raise GlossaryError(
                f"{source}: the translations of {raw['term']!r} must map languages to texts"
            )
        case_sensitive = raw.get("case_sensitive", True)
        note = raw.get("note", "")
        if not isinstance(case_sensitive, bool) or not isinstance(note, str):
            raise GlossaryError(
                f"{source}: term {raw['term']!r} has a bad 'case_sensitive' or 'note'"
            )
        terms.append(
            GlossaryTerm(
                term=raw["term"],
                translations={languages.normalize(str(k)): v for k, v in translations.items()},
                case_sensitive=case_sensitive,
                note=note,
            )
        )
    problems = validate(terms)
    if problems:
        raise GlossaryError(f"{source}: {problems[0]}")
    return terms
