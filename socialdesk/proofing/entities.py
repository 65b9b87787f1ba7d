"""The parts of a post proofing never touches: links, mentions, tags, template tags…

The same spans that translation protects (`translation.masking.protected_spans`),
plus Weibo's mentions right after a Chinese character (关注@咖啡小组), which that
code leaves alone because a letter before `@` usually means an e-mail address.
"""

from __future__ import annotations

import re
from collections.abc import Container

from socialdesk.translation.masking import protected_spans

# not after ASCII letters, digits or dots: that is an e-mail address
_HAN_MENTION = re.compile(r"(?<![A-Za-z0-9._%+-])@[\w\-]{1,30}")


def entity_spans(text: str, kinds: Container[str] | None = None) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) of entities, only of `kinds` when given
    (`masking.TokenKind` names; Weibo mentions count as "mention")."""
    spans = [
        (s, e) for s, e, token in protected_spans(text) if kinds is None or token.kind in kinds
    ]
    if kinds is None or "mention" in kinds:
        for m in _HAN_MENTION.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e in spans):
                spans.append(m.span())
    return sorted(spans)
