"""The features that plug into the main window, and when: each one's `install(window)`
hook (`ui/<feature>/install.py`), called by `MainWindow.install_features`."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

# In the order their menu entries appear.
FEATURE_HOOKS = {
    # File ▸ Publish…, Tools ▸ Accounts…
    "publishing": "socialdesk.ui.publishing.install:install_publishing",
    # template chooser and fields form, Tools ▸ Templates…
    "templates": "socialdesk.ui.templates.install:install_templates",
    # the Images panel, Edit ▸ Attach Images…, picture drops and pastes
    "media": "socialdesk.ui.media.install:install_media",
    # card Translate buttons, Translate all, Tools entries
    "translation": "socialdesk.ui.translation.install:install_translation",
    # X: Post as a thread, Number the parts (card, Edit menu)
    "threads": "socialdesk.ui.threads.install:install_threads",
    "export": "socialdesk.ui.export.install:install_export",  # File ▸ Export…
    # versions kept on save, publish…; File ▸ History…
    "history": "socialdesk.ui.history.install:install_history",
    # the drafts library dock, View ▸ Library (Ctrl+L)
    "library": "socialdesk.ui.library.install:install_library",
    # spelling and typography in the editors, Tools ▸ Proofing
    "proofing": "socialdesk.ui.proofing.install:install_proofing",
    "schedule": "socialdesk.ui.schedule.install:install_schedule",  # View ▸ Calendar, queue runner
    # link previews on the cards, fetched off the GUI thread
    "linkcards": "socialdesk.ui.cards.install:install_link_cards",
}
ALL_FEATURES = tuple(FEATURE_HOOKS)
# What these add, the first paint doesn't show: menu entries, a dock that opens closed,
# work that waits for the paint anyway. The app installs them just after its first paint
# (`paint_first`); they come last above, so the menus are in the same order either way.
# (Not threads: the X card of a thread, or of a text over the limit, shows it at once.)
UNSEEN_AT_FIRST_PAINT = frozenset(
    {"export", "history", "library", "proofing", "schedule", "linkcards"}
)
# A window built without `features=` (tests, tools) gets these; the app asks for all.
# Translation adds buttons to every card and the library indexes a folder on disk, so a
# test that wants them installs them (`install_translation(window)`…).
DEFAULT_FEATURES = ("publishing", "templates", "media", "threads", "history")


def install_features(window: Any, features: Iterable[str], *, paint_first: bool) -> None:
    """Install `features` in menu order, then the editor column and the Help and Settings
    entries; with `paint_first`, what the first paint doesn't show once it has been."""
    wanted = set(features)
    if unknown := wanted - set(ALL_FEATURES):
        raise ValueError(f"unknown features {sorted(unknown)}; known: {ALL_FEATURES}")
    later = UNSEEN_AT_FIRST_PAINT & wanted if paint_first else set()
    if "library" in later:
        from socialdesk.ui.library.install import library_left_open

        if library_left_open(window):
            later -= {"library"}  # its dock shows at once
    for name in FEATURE_HOOKS:
        if name in wanted - later:
            _install(window, name)
    # the template, fields and images panels fold under the master editor
    from socialdesk.ui.editor.folding import install_editor_column

    install_editor_column(window)

    def install_rest() -> None:
        for name in FEATURE_HOOKS:
            if name in later:
                _install(window, name)
        # always: Help ▸ User guide, Tour, Report a problem, About; Tools ▸ Settings
        from socialdesk.ui.shell.install import install_shell

        install_shell(window)

    if paint_first:
        window.after_first_paint(install_rest)
    else:
        install_rest()


def _install(window: Any, name: str) -> None:
    # imported only when wanted: the window must paint fast
    module, function = FEATURE_HOOKS[name].split(":")
    getattr(importlib.import_module(module), function)(window)


__all__ = ["ALL_FEATURES", "DEFAULT_FEATURES", "FEATURE_HOOKS", "install_features"]
