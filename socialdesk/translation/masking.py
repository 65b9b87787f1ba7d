"""Protected content: the parts of a post no translation service may touch.

URLs, e-mail addresses, @mentions, VK `[id1|Name]` links, hashtags and Weibo
`#topics#`, emoji, template tags and glossary terms are replaced by numbered
placeholders `⟦1⟧` before a service sees the text, and put back afterwards. The
placeholder is punctuation-free digits in rare brackets: services keep it as is,
and `restore` tolerates the spaces some of them insert (`⟦ 1 ⟧`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from socialdesk.platforms.base import find_urls
from socialdesk.translation.glossary import Glossary

TokenKind = Literal[
    "literal", "template", "url", "email", "vk_link", "topic", "mention", "hashtag", "term", "emoji"
]

OPEN, CLOSE = "⟦", "⟧"
PLACEHOLDER = re.compile(r"⟦\s*(\d+)\s*⟧")

_LITERAL = re.compile(r"[⟦⟧]")  # our brackets in the writer's own text
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_VK_LINK = re.compile(r"\[(?:(?:id|club|public|event)\d+|[A-Za-z0-9_.]{2,32})\|[^\]\n]+\]")
_TOPIC = re.compile(r"(?<![\w#&])#([^#\s](?:[^#\n]{0,62}[^#\s])?)#")
_MENTION = re.compile(r"(?<![\w@/.])@[\w-]+(?:\.[\w-]+)*")
_HASHTAG = re.compile(r"(?<![\w#&])#(\w*[^\W\d_]\w*)(@[A-Za-z0-9_.]+)?")

_EMOJI_BASE = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2190-\u21ff"
    "\u2934\u2935\u3030\u303d\u3297\u3299\u00a9\u00ae\u203c\u2049\u2122\u2139\u24c2"
    "\u25aa-\u25fe"
)
_EMOJI_ONE = (
    r"(?:[0-9#*]\ufe0f?\u20e3"  # keycaps
    r"|[\U0001f1e6-\U0001f1ff]{2}"  # flags
    rf"|[{_EMOJI_BASE}][\ufe0e\ufe0f]?[\U0001f3fb-\U0001f3ff]?[\U000e0020-\U000e007f]*"
    rf"(?:\u200d[{_EMOJI_BASE}][\ufe0e\ufe0f]?[\U0001f3fb-\U0001f3ff]?)*)"
)
_EMOJI = re.compile(f"(?:{_EMOJI_ONE})+")


@dataclass(frozen=True)
class Token:
    """One protected piece: `text` as written, plus what rendering it needs."""

    kind: TokenKind
    text: str
    body: str = ""  # hashtag / topic words without the marks
    suffix: str = ""  # VK community suffix of `#tag@community`
    term: int = -1  # index of the glossary term


def placeholder(n: int) -> str:
    return f"{OPEN}{n}{CLOSE}"


def protected_spans(text: str, glossary: Glossary | None = None) -> list[tuple[int, int, Token]]:
    """Every protected span in `text`, sorted, without overlaps (earlier kinds win).

    Hashtags are always protected whole; whether their words get translated is decided
    when they are put back (`translate_hashtags` on the draft).
    """
    spans: list[tuple[int, int, Token]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, token: Token) -> None:
        if e > s and free(s, e):
            spans.append((s, e, token))
            taken.append((s, e))

    for m in _LITERAL.finditer(text):
        add(*m.span(), Token("literal", m.group()))
    for m in _TEMPLATE.finditer(text):
        add(*m.span(), Token("template", m.group()))
    for s, e in find_urls(text):
        add(s, e, Token("url", text[s:e]))
    for m in _EMAIL.finditer(text):
        add(*m.span(), Token("email", m.group()))
    for m in _VK_LINK.finditer(text):
        add(*m.span(), Token("vk_link", m.group()))
    for m in _TOPIC.finditer(text):
        add(*m.span(), Token("topic", m.group(), body=m.group(1)))
    for m in _MENTION.finditer(text):
        add(*m.span(), Token("mention", m.group()))
    for m in _HASHTAG.finditer(text):
        add(*m.span(), Token("hashtag", m.group(), body=m.group(1), suffix=m.group(2) or ""))
    if glossary is not None:
        for s, e, index in glossary.find(text):
            add(s, e, Token("term", text[s:e], term=index))
    for m in _EMOJI.finditer(text):
        add(*m.span(), Token("emoji", m.group()))
    spans.sort(key=lambda span: span[0])
    return spans


def protect(text: str, glossary: Glossary | None = None) -> tuple[str, list[Token]]:
    """`text` with protected spans replaced by `⟦1⟧`, `⟦2⟧`…, and the tokens in order."""
    out: list[str] = []
    tokens: list[Token] = []
    pos = 0
    for start, end, token in protected_spans(text, glossary):
        out.append(text[pos:start])
        tokens.append(token)
        out.append(placeholder(len(tokens)))
        pos = end
    out.append(text[pos:])
    return "".join(out), tokens


def renumber(masked: str, tokens: Sequence[Token]) -> tuple[str, list[Token]]:
    """The same text numbered from 1 in order of appearance, with its own token list.

    A sentence then reads the same wherever it stands in the post, so the translation
    memory recognises it.
    """
    local: list[Token] = []

    def swap(m: re.Match[str]) -> str:
        local.append(tokens[int(m.group(1)) - 1])
        return placeholder(len(local))

    return PLACEHOLDER.sub(swap, masked), local


def restore(text: str, tokens: Sequence[Token], render: Callable[[Token], str]) -> str:
    """Put each token back (as `render` shows it); unknown numbers stay as they are."""

    def back(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return render(tokens[n - 1]) if 1 <= n <= len(tokens) else m.group()

    return PLACEHOLDER.sub(back, text)


def missing_placeholders(text: str, count: int) -> list[int]:
    """Placeholder numbers 1..count that a translation lost."""
    present = {int(m.group(1)) for m in PLACEHOLDER.finditer(text)}
    return [n for n in range(1, count + 1) if n not in present]
