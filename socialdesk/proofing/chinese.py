"""Chinese script: simplified ↔ traditional conversion and wrong-script checks (OpenCC).

OpenCC (PyPI `opencc`, the project's own binding with wheels for CPython 3.11 on
Linux, macOS and Windows) converts by phrase, and its `s2twp` / `s2hk` / `tw2sp`
configurations also swap regional vocabulary: 软件 → 軟體, 鼠标 → 滑鼠, 信息 → 資訊.

Mentions, links, e-mail addresses, VK links and template tags are left as written
(a nickname is a name); hashtags and `#话题#` are words and are converted.
"""

from __future__ import annotations

import difflib
import re
import threading
from typing import Any, Literal

from socialdesk.proofing.entities import entity_spans
from socialdesk.proofing.issues import ProofIssue
from socialdesk.translation.languages import primary

Target = Literal["zh-CN", "zh-TW", "zh-HK"]
TARGETS: tuple[Target, ...] = ("zh-TW", "zh-HK", "zh-CN")

_KEEP = frozenset({"template", "url", "email", "vk_link", "mention", "literal"})
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Written in Taiwan and Hong Kong as well, though OpenCC's standard form differs (臺).
_ALSO_TRADITIONAL = frozenset("台")


_converters: dict[str, Any] = {}
_lock = threading.Lock()


def _converter(config: str) -> Any:
    with _lock:
        if config not in _converters:
            import opencc  # loads the dictionaries: only when Chinese is first converted

            _converters[config] = opencc.OpenCC(config)
        return _converters[config]


def script_of(language: str) -> Literal["simplified", "traditional"] | None:
    """Which script a Chinese language code is written in; None for other languages."""
    if primary(language) != "zh":
        return None
    rest = language.replace("_", "-").lower().split("-")[1:]
    traditional = {"tw", "hk", "mo", "hant"}
    return "traditional" if traditional & set(rest) else "simplified"


def config_for(target: Target, source: str = "zh-CN") -> str:
    """The OpenCC configuration that turns text in `source` into `target`."""
    if target == "zh-TW":
        return "s2twp"  # Taiwan characters and vocabulary (from traditional input too)
    if target == "zh-HK":
        return "s2hk"
    code = source.replace("_", "-").lower()
    if code.endswith("-tw"):
        return "tw2sp"  # back from Taiwan vocabulary: 軟體 → 软件
    if code.endswith("-hk") or code.endswith("-mo"):
        return "hk2s"
    return "t2s"


def convert(text: str, target: Target, source: str = "zh-CN") -> str:
    """`text` in `target`'s script and vocabulary; mentions, links, tags as written."""
    return _convert_with(text, config_for(target, source))


def _convert_with(text: str, config: str) -> str:
    converter = _converter(config)
    out: list[str] = []
    pos = 0
    for start, end in entity_spans(text, _KEEP):
        out.append(converter.convert(text[pos:start]))
        out.append(text[start:end])
        pos = end
    out.append(converter.convert(text[pos:]))
    return "".join(out)


def check_script(text: str, language: str) -> list[ProofIssue]:
    """Traditional characters in a simplified text (zh-CN), simplified ones in a traditional
    text (zh-TW, zh-HK); each fix replaces the character (or phrase) with OpenCC's choice."""
    script = script_of(language)
    if script is None or not _HAN.search(text):
        return []
    if script == "simplified":
        config, wanted, found = "t2s", "simplified", "traditional"
    else:
        region = language.replace("_", "-").lower()
        config = "s2hk" if region.endswith(("-hk", "-mo")) else "s2tw"
        wanted, found = "traditional", "simplified"
    converted = _convert_with(text, config)
    issues = []
    for start, end, replacement in _differences(text, converted):
        original = text[start:end]
        if script == "traditional" and set(original) <= _ALSO_TRADITIONAL:
            continue
        issues.append(
            ProofIssue(
                "zh_script",
                start,
                end,
                original,
                replacement,
                f"“{original}” is {found}; this text is in {wanted} Chinese: “{replacement}”.",
            )
        )
    return issues


def _differences(text: str, converted: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) where `converted` differs from `text`, char by char when
    the conversion kept the length (s2t and t2s do), by alignment otherwise."""
    if len(text) == len(converted):
        return [
            (i, i + 1, b) for i, (a, b) in enumerate(zip(text, converted, strict=True)) if a != b
        ]
    matcher = difflib.SequenceMatcher(None, text, converted, autojunk=False)
    return [
        (i1, i2, converted[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
    ]
