"""Keeping secrets out of every text the app shows or writes: one place for all of it.

Two layers:

- **Known secrets.** Anything that reads a token, key or password (the keyring, a
  publisher, a sign-in flow) calls `register_secret(value)`. `redact()` then finds the
  secret in every form a server or library may echo it: raw; percent-encoded, upper
  or lower case hex, `+` for a space, whole or in part; JSON-escaped (`\\/`, `\\uXXXX`);
  base64, standard or URL-safe, with or without padding, alone or inside a longer
  base64 text (`Basic dXNlcjpzZWNyZXQ=`).
- **Patterns.** Secrets the app never saw (a line from an older version, a key typed
  into a URL): `name=value` where the name says it is a secret, `Bearer ...`, and long
  opaque runs of letters and digits.

`scrub_api_text()` is for a server's error text: query strings and form bodies it
echoed are dropped, whatever they hold, then everything is redacted.
"""

from __future__ import annotations

import base64
import re
import threading
from collections.abc import Iterable

REDACTED = "[redacted]"
MIN_SECRET_CHARS = 4  # shorter values ("1", "yes") would redact ordinary words
MAX_API_TEXT_CHARS = 500

_lock = threading.Lock()
_secrets: set[str] = set()
_compiled: tuple[frozenset[str], re.Pattern[str] | None] = (frozenset(), None)


def register_secret(secret: str | None) -> None:
    """From now on, `redact()` hides `secret` in all its forms (for this process)."""
    if not secret or len(secret) < MIN_SECRET_CHARS:
        return
    with _lock:
        _secrets.add(secret)


def register_secrets(secrets: Iterable[str | None]) -> None:
    for secret in secrets:
        register_secret(secret)


def forget_secret(secret: str) -> None:
    with _lock:
        _secrets.discard(secret)


def known_secrets() -> frozenset[str]:
    with _lock:
        return frozenset(_secrets)


# -- the forms of one secret ---------------------------------------------------------------


def _char_forms(char: str) -> str:
    """A regex for one character as written raw, percent-encoded or JSON-escaped."""
    forms = [re.escape(char)]
    encoded = char.encode("utf-8", "surrogatepass")  # %XX for each byte, in a row
    forms.append("".join("%" + "".join(_hex_digit(d) for d in f"{b:02X}") for b in encoded))
    if char == " ":
        forms.append(r"\+")
    code = ord(char)
    if code <= 0xFFFF:
        forms.append(r"\\u" + "".join(_hex_digit(d) for d in f"{code:04X}"))
    else:  # a UTF-16 surrogate pair, as JSON writes characters past U+FFFF
        code -= 0x10000
        pair = (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))
        forms.append("".join(r"\\u" + "".join(_hex_digit(d) for d in f"{u:04X}") for u in pair))
    if char in '/"\\':
        forms.append(r"\\" + re.escape(char))
    if char in _JSON_SHORT:
        forms.append(r"\\" + _JSON_SHORT[char])
    return "(?:" + "|".join(forms) + ")"


_JSON_SHORT = {"\n": "n", "\r": "r", "\t": "t", "\b": "b", "\f": "f"}


def _hex_digit(digit: str) -> str:
    return f"[{digit}{digit.lower()}]" if digit.isalpha() else digit


def _char_sequence(secret: str) -> str:
    # a percent-encoded multibyte character is several %XX in a row: match them together
    return "".join(_char_forms(c) for c in secret)


def base64_forms(secret: str) -> set[str]:
    """The secret's base64, alone and at each of the three offsets inside longer data,
    standard and URL-safe alphabets (the parts that do not depend on neighbours)."""
    data = secret.encode("utf-8", "surrogatepass")
    forms = set()
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + data).decode("ascii")
        whole = 4 * ((offset + len(data)) // 3)  # characters made of secret bytes only
        skip = {0: 0, 1: 2, 2: 3}[offset]  # characters that carry the prefix
        core = encoded[skip:whole]
        if offset == 0:
            forms.add(encoded)  # padded
            forms.add(encoded.rstrip("="))  # unpadded
        if len(core) >= 8:
            forms.add(core)
    forms |= {f.replace("+", "-").replace("/", "_") for f in forms}
    return {f for f in forms if len(f) >= MIN_SECRET_CHARS}


def _pattern_for(secrets: frozenset[str]) -> re.Pattern[str] | None:
    if not secrets:
        return None
    alternatives: list[str] = []
    for secret in secrets:
        alternatives.extend(re.escape(form) for form in base64_forms(secret))
        alternatives.append(_char_sequence(secret))
    # longest first, so a whole form wins over a part of it
    alternatives.sort(key=len, reverse=True)
    return re.compile("|".join(alternatives))


def _known_pattern() -> re.Pattern[str] | None:
    global _compiled
    with _lock:
        current = frozenset(_secrets)
        if _compiled[0] != current:
            _compiled = (current, _pattern_for(current))
        return _compiled[1]


# -- patterns for secrets never registered -------------------------------------------------

_SECRET_NAMES = (
    r"(?:access_?token|refresh_?token|id_?token|token|api_?key|auth_?key|apikey|secret|"
    r"client_?secret|consumer_?secret|password|passwd|pwd|oauth_\w+|signature|sig|key|"
    r"verifier)"
)
_NAMED = re.compile(
    rf"""(?ix)
    (?P<name>["']?\b\w*{_SECRET_NAMES}["']?)      # access_token, "api_key", oauth_token
    (?P<sep>\s*[=:]\s*["']?)                          # = or : or ": "
    (?!\[redacted\])                                 # not once more
    (?P<value>[^\s"'&,;)}}\]]+)                       # up to a delimiter
    """
)
_AUTH_HEADER = re.compile(r"(?i)\b(bearer|basic|oauth|token)\s+[A-Za-z0-9._~+/=%-]{8,}")
# opaque credentials: long runs of token characters mixing letters and digits
_OPAQUE = re.compile(r"(?<![\w/.-])[A-Za-z0-9][A-Za-z0-9_\-.~+=]{23,}(?![\w/])")


def _looks_opaque(candidate: str) -> bool:
    if "." in candidate and candidate.replace(".", "").isalpha():
        return False  # a domain or dotted name, not a token
    has_digit = any(c.isdigit() for c in candidate)
    has_alpha = any(c.isalpha() for c in candidate)
    return has_digit and has_alpha


def redact_patterns(text: str) -> str:
    text = _NAMED.sub(lambda m: f"{m['name']}{m['sep']}{REDACTED}", text)
    text = _AUTH_HEADER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _OPAQUE.sub(lambda m: REDACTED if _looks_opaque(m.group(0)) else m.group(0), text)


def redact(text: str, extra: Iterable[str] = (), *, patterns: bool = True) -> str:
    """`text` with every registered secret (and those in `extra`) hidden in any of its
    encodings; with `patterns`, anything else that looks like a secret too."""
    more = frozenset(s for s in extra if s and len(s) >= MIN_SECRET_CHARS)
    for pattern in (_known_pattern(), _pattern_for(more - known_secrets())):
        if pattern is not None:
            text = pattern.sub(REDACTED, text)
    return redact_patterns(text) if patterns else text


# -- error texts from servers --------------------------------------------------------------

_REMOVED = "[request details removed]"
_QUERY = re.compile(r"(?P<url>(?:https?://[^\s?#\"'<>]*|(?<![\w.])/[\w./-]*))\?[^\s#\"'<>]*")
_JSON_OBJECT = re.compile(r'\{[^{}]*"\s*:[^{}]*\}')  # innermost first, repeated
_FORM_BODY = re.compile(r"\b[\w.\[\]-]+=[^\s&]*(?:&[\w.\[\]-]+=[^\s&]*)+")


def scrub_api_text(text: str, extra: Iterable[str] = ()) -> str:
    """A server's error text fit to show and keep: no query strings, no echoed form
    bodies, secrets redacted, one line of reasonable length."""
    text = _QUERY.sub(lambda m: m["url"], text)
    text = _FORM_BODY.sub(_REMOVED, text)
    for _ in range(8):  # nested objects, from the inside out
        text, found = _JSON_OBJECT.subn(_REMOVED, text)
        if not found:
            break
    text = " ".join(redact(text, extra).split())
    if len(text) > MAX_API_TEXT_CHARS:
        text = text[: MAX_API_TEXT_CHARS - 1] + "…"
    return text
