"""Offline proofing (Qt-free): spelling, Chinese script, typography.

- `spelling.SpellChecker` checks words against installed Hunspell dictionaries
  (through pyenchant), block by block with a cache, plus a personal word list per
  language in the data folder;
- `chinese` converts simplified ↔ traditional (OpenCC, Taiwan and Hong Kong
  vocabulary) and finds characters of the wrong script;
- `typography` finds punctuation that breaks a language's house rules;
- `issues.ProofIssue` is what `chinese` and `typography` report: a span, a message
  and the text that fixes it (`issues.apply_fix`, a pure function the UI can undo).
"""
