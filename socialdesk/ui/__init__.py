"""Qt widgets. Imports the core; the core never imports this package."""

import sys

import PySide6.QtCore  # noqa: F401  (loads the import hook changed below)


def _spare_pyside_source_scan() -> None:
    """Once loaded, PySide6 reads the whole source of every module imported after it
    (through `inspect` and `linecache`, which keeps it in memory) to see whether it names
    PySide6, for its opt-in `from __feature__ import snake_case, true_property`
    (PYSIDE-2029): ~20 ms and ~4 MB at start-up. SocialDesk opts into no feature, so every
    module answers "doesn't use it", which is what the frozen build, without sources,
    already answers."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda module: False


_spare_pyside_source_scan()
