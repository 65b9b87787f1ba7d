"""Translating one master text into one language: mask, segment, remember, send, restore.

`prepare` is quick and offline (masking, segmentation, memory lookup); `complete`
sends only what the memory lacks, in as few requests as each service's size limit
allows, and remembers the answers. `translate` does both.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from socialdesk.draft import text_fingerprint
from socialdesk.platforms.weibo.paths import rules_for
from socialdesk.translation import languages
from socialdesk.translation.base import Translator
from socialdesk.translation.glossary import Glossary
from socialdesk.translation.masking import (
    Token,
    missing_placeholders,
    protect,
    renumber,
    restore,
)
from socialdesk.translation.memory import TranslationMemory
from socialdesk.translation.segments import split_segments

Progress = Callable[[int, int], None]  # (segments done, segments to send)

# Platforms whose hashtags are `#topic#` (hash at both ends); everyone else writes `#tag`.
TOPIC_FORM_PLATFORMS = frozenset({"weibo"})

_CAMEL = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])|_+")


@dataclass
class _Part:
    """A piece of the post: masked text numbered from ⟦1⟧ and its own tokens.

    For a translatable part, `key` is the memory key; other parts (whitespace, a line
    of only links or emoji) are kept as written.
    """

    key: str
    tokens: list[Token]
    translatable: bool


@dataclass
class Plan:
    """What translating `master` into `target` needs; `missing` is what must be sent."""

    master: str
    fingerprint: str
    source: str
    target: str
    backend: str
    translate_hashtags: bool
    layout: list[_Part]
    hashtag_words: dict[
        str, str
    ]  # hashtag body → words to translate ("SummerSale" → "Summer Sale")
    known: dict[str, str] = field(default_factory=dict)  # key → translation (memory + sent)

    @property
    def keys(self) -> list[str]:
        seen = [p.key for p in self.layout if p.translatable]
        if self.translate_hashtags:
            seen.extend(self.hashtag_words.values())
        return list(dict.fromkeys(seen))

    @property
    def missing(self) -> list[str]:
        return [k for k in self.keys if k not in self.known]


@dataclass
class LanguageTranslation:
    """A finished translation of one master into one language, ready for each platform."""

    plan: Plan
    glossary: Glossary
    requests: int = 0  # calls to the service
    sent: int = 0  # segments sent (not remembered)

    @property
    def target(self) -> str:
        return self.plan.target

    @property
    def fingerprint(self) -> str:
        return self.plan.fingerprint

    @property
    def remembered(self) -> int:
        return len(self.plan.keys) - self.sent

    def text_for(self, pid: str, weibo_path: str = "by_hand") -> str:
        """The translated post as platform `pid` writes it (Weibo: `#topic#` by hand,
        plain words for the sharing API, which refuses topics)."""
        topic_form = pid in TOPIC_FORM_PLATFORMS
        plain = topic_form and not rules_for(weibo_path).topics_allowed
        plan = self.plan

        def render(token: Token) -> str:
            return render_token(token, plan, self.glossary, topic_form=topic_form, plain=plain)

        out = []
        for part in plan.layout:
            text = plan.known.get(part.key, part.key) if part.translatable else part.key
            out.append(restore(text, part.tokens, render))
        return "".join(out)


def render_token(
    token: Token, plan: Plan, glossary: Glossary, *, topic_form: bool, plain: bool = False
) -> str:
    if token.kind == "term":
        return glossary.terms[token.term].rendering(plan.target)
    if token.kind not in ("hashtag", "topic"):
        return token.text
    body = token.body
    term = glossary.term_for(body)
    if term is not None:
        body = term.rendering(plan.target)
    elif plan.translate_hashtags:
        words = plan.hashtag_words.get(body)
        if words is not None and words in plan.known:
            body = plan.known[words].strip() or body
    if plain:  # a tag where tags are refused: keep its words
        return body.replace("#", "").strip() or token.body
    if topic_form:
        return "#" + (body.replace("#", "").strip() or token.body) + "#"
    return "#" + (join_tag_words(body, plan.target) or token.body) + token.suffix


def join_tag_words(words: str, language: str) -> str:
    """Hashtags have no spaces: `Summer Sale` → `SummerSale`, `夏季 促销` → `夏季促销`."""
    parts = [re.sub(r"[^\w]", "", p) for p in words.split()]
    parts = [p for p in parts if p]
    if len(parts) <= 1 or languages.is_unspaced(language):
        return "".join(parts)
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def tag_words(body: str) -> str:
    """`SummerSale` → `Summer Sale`, `summer_sale` → `summer sale`: what gets translated."""
    return " ".join(_CAMEL.sub(" ", body).split())


class TranslationEngine:
    def __init__(
        self,
        translator: Translator,
        glossary: Glossary | None = None,
        memory: TranslationMemory | None = None,
    ) -> None:
        self.translator = translator
        self.glossary = glossary or Glossary()
        self.memory = memory
        self.memory_problem: str | None = memory.problem if memory is not None else None

    # -- offline part -----------------------------------------------------------------
    def prepare(
        self,
        master: str,
        source: str,
        target: str,
        *,
        translate_hashtags: bool = False,
        use_memory: bool = True,
    ) -> Plan:
        translator = self.translator
        limit = translator.max_chars(target)

        def fits(text: str) -> bool:
            return translator.measure(text) <= limit

        masked, tokens = protect(master, self.glossary)
        layout = []
        for piece in split_segments(masked, fits):
            key, local = renumber(piece.text, tokens)
            layout.append(_Part(key, local, piece.translatable))
        hashtag_words = {
            t.body: tag_words(t.body)
            for t in tokens
            if t.kind in ("hashtag", "topic") and self.glossary.term_for(t.body) is None
        }
        plan = Plan(
            master=master,
            fingerprint=text_fingerprint(master),
            source=source,
            target=target,
            backend=translator.name,
            translate_hashtags=translate_hashtags,
            layout=layout,
            hashtag_words=hashtag_words,
        )
        if use_memory and self.memory is not None and plan.keys:
            try:
                plan.known = self.memory.lookup(translator.name, source, target, plan.keys)
            except sqlite3.Error as exc:  # the memory is a cache: translate without it
                self.memory_problem = f"The translation memory could not be read ({exc})."
        return plan

    # -- online part ------------------------------------------------------------------
    def complete(self, plan: Plan, progress: Progress | None = None) -> LanguageTranslation:
        """Send what `plan` is missing (raises TranslationError); remember the answers."""
        result = LanguageTranslation(plan, self.glossary)
        missing = plan.missing
        total = len(missing)
        if progress is not None:
            progress(0, total)
        done = 0
        for batch in self._batches(missing, plan.target):
            translated = self.translator.translate(batch, plan.source, plan.target)
            result.requests += 1
            fresh = dict(zip(batch, translated, strict=True))
            plan.known.update(fresh)
            self._remember(plan, fresh)
            done += len(batch)
            result.sent += len(batch)
            if progress is not None:
                progress(done, total)
        return result

    def translate(
        self,
        master: str,
        source: str,
        target: str,
        *,
        translate_hashtags: bool = False,
        progress: Progress | None = None,
    ) -> LanguageTranslation:
        plan = self.prepare(master, source, target, translate_hashtags=translate_hashtags)
        return self.complete(plan, progress)

    def _remember(self, plan: Plan, fresh: dict[str, str]) -> None:
        if self.memory is None:
            return
        # Only remember answers that kept every placeholder: a damaged one is shown
        # (with a quality warning) but asked for again next time.
        good = {k: v for k, v in fresh.items() if not missing_placeholders(v, k.count("⟦"))}
        try:
            self.memory.store(plan.backend, plan.source, plan.target, good)
        except sqlite3.Error as exc:
            self.memory_problem = f"The translation memory could not be written ({exc})."

    def _batches(self, items: list[str], target: str) -> list[list[str]]:
        """Group items into requests within the service's size limit (newline-joined)."""
        limit = self.translator.max_chars(target)
        batches: list[list[str]] = []
        current: list[str] = []
        for item in items:
            if current and self.translator.measure("\n".join([*current, item])) > limit:
                batches.append(current)
                current = []
            current.append(item)
        if current:
            batches.append(current)
        return batches
