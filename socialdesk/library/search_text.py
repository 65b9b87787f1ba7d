"""Full-text search across Latin, Cyrillic and CJK.

SQLite's unicode61 tokenizer splits on spaces and punctuation, which Chinese does not
use; so CJK characters are indexed one per token, and a CJK query becomes a phrase of
consecutive characters ("咖啡" matches 咖 followed by 啡). Other words match by prefix
("Берлин" finds "Берлине"), case- and diacritic-insensitively; ё and е are one letter,
as Russian writers use them interchangeably.
"""

from __future__ import annotations

import re
from functools import cache

_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0002ffff"  # extensions B and later
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A CJK character; a query's CJK run or other word. Compiled on first use (~10 ms
    for the wide CJK ranges): the library indexes after the window's first paint."""
    return re.compile(f"([{_CJK}])"), re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")


TOKENIZER = "unicode61 remove_diacritics 2"
_YO = str.maketrans("ёЁ", "еЕ")  # unicode61 leaves Cyrillic diacritics alone


def index_text(text: str) -> str:
    """`text` with every CJK character set apart, so each becomes its own token."""
    return _patterns()[0].sub(r" \1 ", text.translate(_YO))


def match_expression(query: str) -> str:
    """An FTS5 MATCH expression requiring every word of `query`; "" when it has no words."""
    terms = []
    for cjk, word in _patterns()[1].findall(query.translate(_YO)):
        if cjk:
            terms.append('"' + " ".join(cjk) + '"')
        else:
            terms.append(f'"{word}"*')
    return " ".join(terms)
