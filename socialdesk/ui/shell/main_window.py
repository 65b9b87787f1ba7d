"""The editor window: one draft, a live preview card per platform. Its menus, dialogs,
autosave and saved layout are in the `window_*` and `autosave` modules beside it; the
master and variant editors in `ui/editor/`.

Extension points for the features (each in its `ui/<feature>/install.py`) — hook in
here, don't reach into private widgets:

- `window.document` — the `DraftDocument` (socialdesk/ui/shell/document.py): change the draft
  only through its methods (`set_variant_text(pid, text, origin="translated")`,
  `set_field`, `edit(...)`…); signals `changed`, `master_changed`, `variant_changed(pid)`,
  `fields_changed`, `media_changed`, `options_changed`, `draft_replaced`, `path_changed`,
  `dirty_changed(bool)`.
- `window.menus` — `dict[str, QMenu]` with keys "file", "edit", "view", "tools", "help";
  add actions with `window.menus["tools"].addAction(...)`.
- `window.toolbar` — the main `QToolBar`.
- `window.cards` — `dict[str, PlatformCard]` by platform id; a card offers
  `add_action(action, in_menu=False)`, `set_notice(text, level)` ("info"/"warning"/
  "error"; empty text hides), `set_busy(bool)`, `set_account(name, handle)`.
- `window.open_draft(path)`, `window.save()`, `window.maybe_save()`,
  `window.selected_platform`, `window.show_error(title, text)`, `window.statusBar()`.
- `window.install_features()` — where features hook themselves in (`ui/shell/features.py`,
  one line each). A hook adds actions, menus and light widgets only: the window must
  paint fast, so a feature imports its heavy modules when first used, or runs its
  start-up work through `window.after_first_paint(callback)`. `MainWindow(features=...)`
  picks the features (`ALL_FEATURES` in the app; `DEFAULT_FEATURES` otherwise, e.g. in
  tests); with `paint_first=True` (the app) those the first paint doesn't show are
  installed just after it.
  `window.close_guards` (callables returning False to keep the window open) and
  `window.shutdown_hooks` (called on a clean exit, e.g. to stop worker threads).
- Dialog seams tests replace: `ask_save_changes()`, `ask_restore(entry)`,
  `ask_open_path()`, `ask_save_path()`, `show_error(title, text)`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
)

from socialdesk.draft import SUFFIX, Draft, DraftError
from socialdesk.platforms import PLATFORM_IDS, get_platform, incremental
from socialdesk.platforms.base import Check
from socialdesk.recovery import (
    RecoveryEntry,
    RecoverySession,
    register_live,
    unregister_live,
)
from socialdesk.settings import Settings
from socialdesk.ui.cards.card import PlatformCard
from socialdesk.ui.cards.preview_grid import PreviewGrid
from socialdesk.ui.cards.preview_updater import ASYNC_MIN_CHARS, PreviewUpdater
from socialdesk.ui.common.qt_settings import add_recent, qt_settings
from socialdesk.ui.common.theme import THEME_MODES, ThemeMode, theme_manager
from socialdesk.ui.common.widgets import check_quietly
from socialdesk.ui.editor.editor_tabs import EditorTabs
from socialdesk.ui.editor.fields_panel import FieldsPanel
from socialdesk.ui.editor.master_pane import MasterPane
from socialdesk.ui.editor.variant_panel import VariantPanel
from socialdesk.ui.shell import autosave, window_dialogs
from socialdesk.ui.shell.document import DraftDocument
from socialdesk.ui.shell.features import ALL_FEATURES, DEFAULT_FEATURES, install_features
from socialdesk.ui.shell.first_paint import FirstPaint
from socialdesk.ui.shell.window_dialogs import RestoreChoice, SaveChoice
from socialdesk.ui.shell.window_menus import (
    build_actions,
    build_menus,
    build_toolbar,
    fill_recent_menu,
)
from socialdesk.ui.shell.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:
    from socialdesk.media.rules import MediaRules

DEFAULT_AUTOSAVE_SECONDS = 5.0


class MainWindow(QMainWindow):
    """The copywriter's editor: master text, template fields, four live previews."""

    def __init__(
        self,
        autosave_seconds: float | None = None,
        *,
        features: Iterable[str] = DEFAULT_FEATURES,
        paint_first: bool = False,
        draft: Draft | None = None,
    ) -> None:
        """`draft`: shown unsaved from the start (the first run's sample), rather than
        opened into a new window, which would count and lay out an empty one first."""
        super().__init__()
        self.settings: QSettings = qt_settings()
        self.app_settings = Settings.load()
        self.document = DraftDocument(draft)
        self.theme = theme_manager()
        self.selected_platform = str(self.settings.value("selected_platform", "twitter"))
        if self.selected_platform not in PLATFORM_IDS:
            self.selected_platform = PLATFORM_IDS[0]
        hidden = self.settings.value("hidden_cards", [])
        self.hidden_cards: set[str] = set(
            hidden if isinstance(hidden, list) else [hidden] if hidden else []
        )
        self.menus: dict[str, QMenu] = {}
        self.updater = PreviewUpdater(self)
        self.updater.updated.connect(self._card_updated)
        self._closed = False
        # Features register here: a guard returns False to keep the window open (e.g. a
        # publish in progress); shutdown hooks stop their threads on a clean exit.
        self.close_guards: list[Callable[[], bool]] = []
        self.shutdown_hooks: list[Callable[[], None]] = []
        self._first_paint = FirstPaint(self)
        # what counting needs, built after the first paint unless the draft needed it
        self.after_first_paint(_prepare_platforms)

        self.setAcceptDrops(True)  # drop a .sdraft file to open it
        self._build_cards()
        self._build_central()
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        self._build_status()
        self._connect_document()

        self.recovery = RecoverySession()
        register_live(self.recovery)
        self.autosaved_revision = -1  # the document revision last autosaved
        seconds = autosave_seconds
        if seconds is None:
            value = self.app_settings.get("editor", "autosave_seconds", DEFAULT_AUTOSAVE_SECONDS)
            seconds = value if isinstance(value, int | float) and value > 0 else 5.0
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(int(seconds * 1000))
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

        self._dark_shown = False
        self.theme.scheme_changed.connect(self._apply_dark)
        mode = str(self.settings.value("theme", "system"))
        self.set_theme(mode if mode in THEME_MODES else "system")  # type: ignore[arg-type]
        restore_window_state(self)
        self._on_draft_replaced()
        self.select_platform(self.selected_platform)
        self.install_features(features, paint_first=paint_first)

    def install_features(
        self, features: Iterable[str] = ALL_FEATURES, *, paint_first: bool = False
    ) -> None:
        """Features add their menus, toolbar buttons and card actions here, in menu order
        (`features.FEATURE_HOOKS`). A hook is cheap, and called again returns what it
        made before. With `paint_first`, those the first paint doesn't show wait for it."""
        install_features(self, features, paint_first=paint_first)

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the window has painted for the first time: start-up work
        the writer should not wait for (indexing, warming caches). At once (on the next
        turn of the event loop) if it has painted, or if it is not being shown."""
        self._first_paint.then(callback)

    # == building =======================================================================
    def _build_cards(self) -> None:
        grid = self.preview_grid = PreviewGrid()  # each card made in its place: see column_for
        self.cards: dict[str, PlatformCard] = {}
        for index, pid in enumerate(PLATFORM_IDS):
            card = PlatformCard(get_platform(pid), parent=grid.column_for(index, len(PLATFORM_IDS)))
            card.clicked.connect(self.select_platform)
            card.edit_requested.connect(self.open_variant_editor)
            card.revert_requested.connect(self.document.revert_variant)
            card.hide_requested.connect(lambda pid: self.set_card_hidden(pid, True))
            card.expanded_changed.connect(self._refresh_card)
            self.cards[pid] = card

    def _build_central(self) -> None:
        self.master_pane = MasterPane(get_platform(self.selected_platform))
        pane = self.master_pane
        # the names features and tests know the master pane's parts by
        self.master_editor, self.title_edit = pane.editor, pane.title_edit
        self.platform_selector, self.master_ring = pane.platform_selector, pane.ring
        self.master_count, self.master_language = pane.count, pane.language
        self.master_editor.text_edited.connect(self.document.set_master)
        self.title_edit.textEdited.connect(self.document.set_title)
        pane.platform_chosen.connect(self.select_platform)
        self.editor_tabs = EditorTabs(pane, self.document, self.check_for)
        self.variant_panels = self.editor_tabs.panels

        self.fields_panel = FieldsPanel()
        self.fields_panel.field_edited.connect(self.document.set_field)
        self.fields_panel.field_added.connect(lambda name: self.document.set_field(name, ""))
        self.fields_panel.field_removed.connect(self.document.remove_field)

        self.editor_splitter = QSplitter(Qt.Orientation.Vertical)
        self.editor_splitter.addWidget(self.editor_tabs)
        self.editor_splitter.addWidget(self.fields_panel)
        self.editor_splitter.setStretchFactor(0, 4)
        self.editor_splitter.setStretchFactor(1, 1)
        self.editor_splitter.setChildrenCollapsible(False)

        self.preview_grid.set_cards(list(self.cards.values()))
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.editor_splitter)
        self.main_splitter.addWidget(self.preview_grid)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setSizes([520, 900])
        self.setCentralWidget(self.main_splitter)

    def _build_status(self) -> None:
        self.autosave_label = QLabel()
        self.statusBar().addPermanentWidget(self.autosave_label)

    def _connect_document(self) -> None:
        doc = self.document
        doc.master_changed.connect(self._on_master_changed)
        doc.variant_changed.connect(self._on_variant_changed)
        doc.fields_changed.connect(lambda: self.fields_panel.set_fields(doc.draft.fields))
        doc.media_changed.connect(self._on_media_changed)
        doc.options_changed.connect(self._on_options_changed)
        doc.draft_replaced.connect(self._on_draft_replaced)
        doc.path_changed.connect(self._update_title)
        doc.path_changed.connect(self._on_media_changed)  # relative image paths move with it
        doc.dirty_changed.connect(self._update_title)

    # == reacting to the document =======================================================
    def _on_draft_replaced(self) -> None:
        draft = self.document.draft
        self.editor_tabs.close_all()
        self.master_editor.set_text(draft.master)
        self.master_editor.document().clearUndoRedoStacks()
        self.master_pane.show_title(draft.title, from_start=True)
        self.master_pane.show_language(draft.source_language)
        self.fields_panel.set_fields(draft.fields)
        for pid, act in self.enabled_actions.items():
            check_quietly(act, draft.variants[pid].enabled)
        check_quietly(self.premium_action, draft.twitter_premium)
        self._on_media_changed()
        self._update_visible_cards()
        self._refresh_all()
        self._update_title()

    def _on_master_changed(self) -> None:
        draft = self.document.draft
        # typed here, this changes nothing; set by code (a template, a restore), the
        # editor shows it before anything is marked in it
        self.master_editor.follow(draft.master)
        for pid in PLATFORM_IDS:
            if draft.variants[pid].inherits:
                self._refresh_card(pid)
                panel = self.variant_panels.get(pid)
                if panel is not None and panel.isVisible():
                    self.editor_tabs.show_text(pid)
            else:
                self._refresh_state(pid)
        self._update_master_marks()
        self.preview_grid.settle()  # one layout, then one paint, per keystroke

    def _on_variant_changed(self, pid: str) -> None:
        draft = self.document.draft
        if pid in self.enabled_actions:
            check_quietly(self.enabled_actions[pid], draft.variants[pid].enabled)
        self._update_visible_cards()
        self._refresh_card(pid)
        self.editor_tabs.show_text(pid)
        if pid == self.selected_platform:
            self._update_master_marks()
        self.preview_grid.settle()

    def _on_options_changed(self) -> None:
        check_quietly(self.premium_action, self.document.draft.twitter_premium)
        self.master_pane.show_title(self.document.draft.title)
        self.master_pane.show_language(self.document.draft.source_language)
        self._refresh_all()
        self._update_title()

    def _on_media_changed(self) -> None:
        base, draft = self.document.path.parent if self.document.path else None, self.document.draft
        for card in self.cards.values():
            card.set_media(draft.media, base, _media_rules(draft, card.pid))

    # == cards ==========================================================================
    def _refresh_all(self) -> None:
        for pid in PLATFORM_IDS:
            self._refresh_card(pid)
        self._update_master_marks()
        self.editor_tabs.show_all_checks()

    def _refresh_card(self, pid: str) -> None:
        card = self.cards[pid]
        draft = self.document.draft
        self._refresh_state(pid)
        if card.pid in self.preview_grid.visible_pids():
            self.updater.request(card, draft.text_for(pid), draft.limit_for(pid))

    def _refresh_state(self, pid: str) -> None:
        draft = self.document.draft
        self.cards[pid].set_state(draft.variants[pid], draft.master_changed_since(pid))
        self.editor_tabs.show_state(pid)

    def _card_updated(self, pid: str) -> None:
        # an asynchronously counted long text arrived
        if pid == self.selected_platform:
            self._update_master_marks()
        self.editor_tabs.show_check(pid)

    def _update_visible_cards(self) -> None:
        draft = self.document.draft
        visible = {
            pid
            for pid in PLATFORM_IDS
            if draft.variants[pid].enabled and pid not in self.hidden_cards
        }
        newly = visible - self.preview_grid.visible_pids()
        self.preview_grid.set_visible_cards(visible)
        for pid in newly:
            self._refresh_card(pid)

    def set_card_hidden(self, pid: str, hidden: bool) -> None:
        """Hide or show a card (a view preference; the platform stays in the draft)."""
        if hidden:
            self.hidden_cards.add(pid)
        else:
            self.hidden_cards.discard(pid)
        check_quietly(self.card_actions[pid], not hidden)
        self.settings.setValue("hidden_cards", sorted(self.hidden_cards))
        self._update_visible_cards()

    def check_for(self, pid: str, text: str) -> Check | None:
        """The platform's check of `text`, reusing the card's when it shows that text."""
        card = self.cards[pid]
        limit = self.document.draft.limit_for(pid)
        if card.preview is not None and not card.needs(text, limit):
            return card.preview.check
        if len(text) >= ASYNC_MIN_CHARS:
            return None  # counted off the GUI thread; shown when it arrives
        return incremental.check(get_platform(pid), text, limit)

    def _update_master_marks(self) -> None:
        """Count what the selected platform gets (its own text, or the master)."""
        pid, draft = self.selected_platform, self.document.draft
        check = self.check_for(pid, draft.text_for(pid))
        if check is not None:
            own = not draft.variants[pid].inherits
            self.master_pane.show_check(get_platform(pid).name, check, own_text=own)

    def select_platform(self, pid: str) -> None:
        """The platform whose rules mark the master editor (clicking a card selects it)."""
        if pid not in self.cards:
            return
        self.selected_platform = pid
        for card in self.cards.values():
            card.set_selected(card.pid == pid)
        self.master_pane.select_platform(get_platform(pid))
        self.settings.setValue("selected_platform", pid)
        self._update_master_marks()

    def open_variant_editor(self, pid: str) -> VariantPanel:
        """Show (creating if needed) the tab where the writer edits `pid`'s own text."""
        return self.editor_tabs.open_variant(pid)

    # == theme and layout ===============================================================
    def set_theme(self, mode: ThemeMode) -> None:
        self.theme.apply(mode)
        self.settings.setValue("theme", mode)
        self.theme_actions[mode].setChecked(True)
        self._apply_dark(self.theme.dark)

    def _apply_dark(self, dark: bool) -> None:
        if dark == self._dark_shown:
            return  # shown already (cards and editors are made light): no recount
        self._dark_shown = dark
        for card in self.cards.values():
            card.set_dark(dark)
        self.master_editor.highlighter.set_dark(dark)
        self.editor_tabs.set_dark(dark)
        self._refresh_all()

    def set_preview_layout(self, mode: str) -> None:
        if mode not in ("grid", "row"):
            return
        self.preview_grid.set_layout_mode(mode)  # type: ignore[arg-type]
        self.layout_actions[mode].setChecked(True)
        self.settings.setValue("preview_layout", mode)

    # == files ==========================================================================
    def new_draft(self) -> None:
        if self.maybe_save():
            self.document.replace(Draft(), None)

    def open_draft(self, path: Path | str | None = None) -> bool:
        """Open a draft file; a bad file is reported and the current draft stays open."""
        if not self.maybe_save():
            return False
        target = Path(path) if path is not None else self.ask_open_path()
        if target is None:
            return False
        try:
            draft = Draft.load(target)
        except DraftError as exc:
            self.show_error(self.tr("Cannot open the draft"), str(exc))
            return False
        self.document.replace(draft, target)
        self._remember_recent(target)
        self.statusBar().showMessage(self.tr("Opened {target}").format(target=target), 4000)
        return True

    def open_draft_as_new(self, draft: Draft) -> None:
        """Show `draft` as an unsaved document (the sample on first run)."""
        self.document.replace(draft, None)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        target = self.ask_save_path()
        if target is None:
            return False
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        try:
            self.document.save(target)
        except DraftError as exc:
            self.show_error(self.tr("Cannot save the draft"), str(exc))
            return False
        self.recovery.clear()
        self.autosaved_revision = self.document.revision
        self._remember_recent(target)
        self.statusBar().showMessage(self.tr("Saved {target}").format(target=target), 4000)
        return True

    def _is_open_file(self, path: Path) -> bool:
        current = self.document.path
        return current is not None and _same_path(current, path)

    def follow_renamed_file(self, old: Path, new: Path, title: str) -> None:
        """The open draft's file was renamed elsewhere (the library): Save writes there."""
        if not self._is_open_file(old):
            return
        self.document.file_renamed(new, title)
        self._remember_recent(new)
        self.statusBar().showMessage(
            self.tr("The draft was renamed to {name}").format(name=new.name), 6000
        )

    def forget_deleted_file(self, path: Path) -> None:
        """The open draft's file was deleted elsewhere: keep the text, unsaved, no file."""
        if not self._is_open_file(path):
            return
        name = path.name
        self.document.file_deleted()
        self.statusBar().showMessage(
            self.tr(
                "{name} was removed from the library; the draft stays open here, unsaved — Save asks where to keep it."
            ).format(name=name),
            10000,
        )

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current draft."""
        if not self.document.dirty:
            return True
        choice = self.ask_save_changes()
        if choice == "save":
            return self.save()
        return choice == "discard"

    def _remember_recent(self, path: Path) -> None:
        add_recent(self.settings, path)
        fill_recent_menu(self)

    # == autosave and recovery ==========================================================
    def autosave_now(self) -> bool:
        """Write the unsaved draft to the recovery folder if it changed since last time."""
        return autosave.autosave_now(self)

    def offer_recovery(self) -> bool:
        """After a crash: offer each orphaned autosave; True if one was restored."""
        return autosave.offer_recovery(self)

    # == dialog seams (tests replace these) =============================================
    def ask_save_changes(self) -> SaveChoice:
        return window_dialogs.ask_save_changes(self)

    def ask_restore(self, entry: RecoveryEntry) -> RestoreChoice:
        return window_dialogs.ask_restore(self, entry)

    def ask_open_path(self) -> Path | None:
        return window_dialogs.ask_open_path(self)

    def ask_save_path(self) -> Path | None:
        return window_dialogs.ask_save_path(self)

    def show_error(self, title: str, text: str) -> None:
        window_dialogs.show_error(self, title, text)

    # == misc ===========================================================================
    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("{display_name}[*] — SocialDesk").format(
                display_name=self.document.display_name()
            )
        )
        self.setWindowModified(self.document.dirty)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_draft(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_draft(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_draft(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not all(guard() for guard in self.close_guards) or not self.maybe_save():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Clean exit: remember the layout, stop timers and threads, drop the autosave."""
        if self._closed:
            return
        self._closed = True
        save_window_state(self)
        self.autosave_timer.stop()
        for hook in self.shutdown_hooks:
            hook()
        self.updater.close()
        self.recovery.clear()
        unregister_live(self.recovery)
        with contextlib.suppress(RuntimeError, TypeError):
            self.theme.scheme_changed.disconnect(self._apply_dark)


def _prepare_platforms() -> None:
    for pid in PLATFORM_IDS:
        get_platform(pid).prepare()


def _media_rules(draft: Draft, pid: str) -> MediaRules | None:
    """The platform's media rules on the draft's publishing path, for a draft with
    pictures; without any, None, and the media modules stay unloaded."""
    if not draft.media:
        return None
    from socialdesk.media.check import rules_for

    return rules_for(draft, pid)


def _dropped_draft(mime: QMimeData) -> Path | None:
    """The .sdraft file being dragged onto the window, if that is what it is."""
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


__all__ = ["ALL_FEATURES", "DEFAULT_FEATURES", "MainWindow"]
